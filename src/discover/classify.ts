/**
 * Tells compose files from other YAML. The shape test is strict for files that only an
 * `include` glob brought in (any YAML may match a glob); a file *named* like a compose file is
 * taken as compose unless it is clearly something else, so that the loader reports what is
 * wrong with it as compose would.
 */
import type { Diagnostic } from '../core/diagnostic.js'
import { fileSpan, type SourceSpan } from '../core/span.js'
import type { ParsedFile } from '../yaml/parse-yaml.js'
import { describeNode, getEntry, type YMap, type YNode } from '../yaml/yaml-tree.js'

/** Top-level keys of the Compose Specification (besides `x-` extensions). */
const TOP_LEVEL_KEYS = new Set([
  'version',
  'name',
  'include',
  'services',
  'models',
  'networks',
  'volumes',
  'secrets',
  'configs'
])

/** Service attributes of the Compose Specification and of the legacy 2.x/3.x formats. */
const SERVICE_KEYS = new Set(
  (
    'annotations attach blkio_config build cap_add cap_drop cgroup cgroup_parent command configs ' +
    'container_name cpu_count cpu_percent cpu_period cpu_quota cpu_rt_period cpu_rt_runtime ' +
    'cpu_shares cpus cpuset credential_spec depends_on deploy develop device_cgroup_rules devices ' +
    'dns dns_opt dns_search domainname entrypoint env_file environment expose extends ' +
    'external_links extra_hosts gpus group_add healthcheck hostname image init ipc isolation ' +
    'label_file labels links logging mac_address mem_limit mem_reservation mem_swappiness ' +
    'memswap_limit models network_mode networks oom_kill_disable oom_score_adj pid pids_limit ' +
    'platform ports post_start pre_stop privileged profiles provider pull_policy ' +
    'pull_refresh_after read_only restart runtime scale secrets security_opt shm_size stdin_open ' +
    'stop_grace_period stop_signal storage_opt sysctls tmpfs tty ulimits use_api_socket user ' +
    'userns_mode uts volume_driver volumes volumes_from working_dir'
  ).split(' ')
)

/** Why a tree is not a compose document, and the node that shows it. */
interface ShapeProblem {
  reason: string
  span?: SourceSpan
}

/**
 * Whether a tree has the shape of a compose file: a top-level mapping of compose keys whose
 * `services` is a mapping of services, each a mapping (or empty, as in a file being edited) with
 * compose attributes.
 */
export function isComposeDocument(root: YNode): boolean {
  return findShapeProblem(root) === undefined
}

/**
 * Decides whether a parsed file is loaded as compose. `matchedByName` is true for files found
 * by a compose or stack file name (or named explicitly as a scan path). A file with YAML errors
 * is not (its parse diagnostics say why); a file that is not compose comes back with a
 * `not-compose` note when it was named like one, or brought in by an `include` glob.
 */
export function classifyDocument(
  parsed: ParsedFile,
  matchedByName: boolean
): { compose: boolean; diagnostic?: Diagnostic } {
  if (parsed.diagnostics.some(d => d.severity === 'error')) return { compose: false }
  const root = parsed.root
  const problem = root ? findShapeProblem(root) : { reason: 'the file is empty' }
  if (!problem) return { compose: true }

  const other = root ? recognizeOtherFormat(root) : undefined
  if (matchedByName && !other) return { compose: true }

  const reason = other ? `it looks like ${other.what}` : problem.reason
  return {
    compose: false,
    diagnostic: {
      code: 'not-compose',
      severity: 'note',
      message: `\`${parsed.path}\` is not a compose file: ${reason}. It was not analysed`,
      span: (other ? other.span : problem.span) ?? fileSpan(parsed.path)
    }
  }
}

/**
 * Whether a tree looks like compose at a glance: a top-level mapping with `services`. Such a
 * file is accounted for in the report even when the classifier leaves it out.
 */
export function looksLikeCompose(root: YNode | undefined): boolean {
  return root?.kind === 'map' && root.entries.has('services')
}

/** Why a parsed file is not taken as compose, in words for the report (see `classifyDocument`). */
export function explainNotCompose(parsed: ParsedFile): string {
  if (parsed.diagnostics.some(d => d.severity === 'error')) {
    const first = parsed.diagnostics.find(d => d.severity === 'error')
    return `its YAML could not be read (${first?.code ?? 'error'} at line ${first?.span.startLine ?? 1})`
  }
  const root = parsed.root
  if (!root) return 'the file is empty'
  const other = recognizeOtherFormat(root)
  if (other) return `it looks like ${other.what}`
  return findShapeProblem(root)?.reason ?? 'it is not a compose file'
}

function findShapeProblem(root: YNode): ShapeProblem | undefined {
  if (root.kind !== 'map') {
    return { reason: `its top level is ${describeNode(root)}, not a mapping`, span: root.span }
  }
  const services = getEntry(root, 'services')
  if (!services) return { reason: 'it has no top-level `services` mapping' }
  if (services.value.kind !== 'map') {
    return {
      reason: `\`services\` is ${describeNode(services.value)}, not a mapping of services`,
      span: services.value.span
    }
  }
  for (const [name, { key, value }] of services.value.entries) {
    if (value.kind === 'map' || (value.kind === 'scalar' && value.value === null)) continue
    return {
      reason: `service \`${name}\` is ${describeNode(value)}, not a mapping`,
      span: value.kind === 'scalar' ? value.span : key.span
    }
  }
  for (const [name, { key }] of root.entries) {
    if (!TOP_LEVEL_KEYS.has(name) && !name.startsWith('x-')) {
      return { reason: `\`${name}\` is not a top-level compose key`, span: key.span }
    }
  }
  for (const [name, { key, value }] of services.value.entries) {
    if (value.kind !== 'map' || value.entries.size === 0) continue
    if (![...value.entries.keys()].some(k => SERVICE_KEYS.has(k) || k.startsWith('x-'))) {
      return {
        reason: `service \`${name}\` has no compose attribute (\`image\`, \`build\`, \`ports\`...)`,
        span: key.span
      }
    }
  }
  return undefined
}

/** Recognises the YAML formats most often mistaken for compose, when `services` is absent. */
function recognizeOtherFormat(root: YNode): { what: string; span?: SourceSpan } | undefined {
  if (root.kind === 'seq') {
    const first = root.items[0]
    if (first?.kind === 'map' && first.entries.has('hosts')) {
      return { what: 'an Ansible playbook (its plays have `hosts`)', span: keySpan(first, 'hosts') }
    }
    return undefined
  }
  if (root.kind !== 'map' || root.entries.has('services')) return undefined
  const has = (key: string) => root.entries.has(key)
  if (has('apiVersion') && has('kind')) {
    return {
      what: 'a Kubernetes manifest (it has `apiVersion` and `kind`)',
      span: keySpan(root, 'kind')
    }
  }
  // YAML 1.1 readers turn the key `on` into `true`; accept both spellings.
  if (has('jobs') && (has('on') || has('true'))) {
    return {
      what: 'a GitHub Actions workflow (it has `on` and `jobs`)',
      span: keySpan(root, 'jobs')
    }
  }
  if (has('openapi') || has('swagger')) {
    const key = has('openapi') ? 'openapi' : 'swagger'
    return { what: `an OpenAPI document (it has \`${key}\`)`, span: keySpan(root, key) }
  }
  if (has('AWSTemplateFormatVersion') || getEntry(root, 'Resources')?.value.kind === 'map') {
    const key = has('AWSTemplateFormatVersion') ? 'AWSTemplateFormatVersion' : 'Resources'
    return { what: `an AWS CloudFormation template (it has \`${key}\`)`, span: keySpan(root, key) }
  }
  if (has('provider') && has('functions')) {
    return {
      what: 'an OpenFaaS stack file (it has `provider` and `functions`)',
      span: keySpan(root, 'functions')
    }
  }
  if ((has('resolver') || has('snapshot')) && has('packages')) {
    const key = has('resolver') ? 'resolver' : 'snapshot'
    return {
      what: `a Haskell Stack project file (it has \`${key}\` and \`packages\`)`,
      span: keySpan(root, key)
    }
  }
  if (has('apiVersion') && has('name') && has('version')) {
    return {
      what: 'a Helm chart (it has `apiVersion`, `name` and `version`)',
      span: keySpan(root, 'apiVersion')
    }
  }
  return undefined
}

function keySpan(map: YMap, key: string): SourceSpan | undefined {
  return map.entries.get(key)?.key.span
}
