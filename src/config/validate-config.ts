/**
 * Validates a configuration file's tree into a `TierguardConfig`. Every problem is collected
 * (not only the first) with the span and key path it concerns, and a suggestion when a key or
 * value looks like a typo of a valid one.
 */
import path from 'node:path'
import { SEVERITIES } from '../core/severity.js'
import type { SourceSpan } from '../core/span.js'
import { matchComposeFileName } from '../discover/file-names.js'
import type { ProjectPlan } from '../model/plan.js'
import type { Tier } from '../analyze/types.js'
import { describeNode, type YMap, type YNode, type YSeq } from '../yaml/yaml-tree.js'
import type { FlowEntry, FlowSelector } from '../rules/policy-violation.js'
import { isValidGlob } from './globs.js'
import { describeChoices } from './suggest.js'
import {
  emptyConfig,
  type IgnoreEntry,
  type OverrideEntry,
  type RuleSetting,
  type RuleSettingEntry,
  type TierEntry,
  type TierguardConfig
} from './types.js'

/** One thing wrong with the configuration. */
export interface ConfigProblem {
  span: SourceSpan
  /** Key path: `rules.flat-netwrk`, `policy.forbid[0].from.tier`. */
  path: string
  message: string
}

export interface ValidateOptions {
  /** Rule ids `rules`, `overrides` and `ignore` may name. */
  ruleIds: readonly string[]
  /** Whether a file (relative to the base directory) exists; for `projects[].files`. */
  fileExists?: (file: string) => boolean
}

export const TOP_LEVEL_KEYS = [
  'include',
  'exclude',
  'maxFileBytes',
  'env',
  'projects',
  'tiers',
  'rules',
  'overrides',
  'ignore',
  'policy'
] as const
export const TIERS: readonly Tier[] = ['edge', 'app', 'data']
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', ...SEVERITIES]
const PROJECT_KEYS = ['files', 'name', 'kind', 'env_files']
const OVERRIDE_KEYS = ['files', 'rules']
const IGNORE_KEYS = ['rule', 'files', 'services', 'reason']
const POLICY_KEYS = ['forbid', 'allow']
const FLOW_KEYS = ['from', 'to', 'reason']
const SELECTOR_KEYS = ['tier', 'service', 'network']
const TIERS_KEYS = ['services', 'images']

type Segment = string | number

/** Validates the tree of `file`; the config is complete only when `problems` is empty. */
export function validateConfig(
  root: YNode | undefined,
  file: string,
  options: ValidateOptions
): { config: TierguardConfig; problems: ConfigProblem[] } {
  const v = new Validator(file, options)
  const config = emptyConfig(file)
  // An empty file is a valid configuration that changes nothing.
  if (!root || (root.kind === 'scalar' && root.value === null)) return { config, problems: [] }
  const top = v.map(root, [])
  if (!top) return { config, problems: v.problems }
  v.checkKeys(top, TOP_LEVEL_KEYS, [])

  const get = (key: string) => top.entries.get(key)?.value
  config.include = v.globList(get('include'), ['include'])
  config.exclude = v.globList(get('exclude'), ['exclude'])
  const maxFileBytes = get('maxFileBytes')
  if (maxFileBytes) {
    if (
      maxFileBytes.kind === 'scalar' &&
      typeof maxFileBytes.value === 'number' &&
      Number.isInteger(maxFileBytes.value) &&
      maxFileBytes.value > 0
    ) {
      config.maxFileBytes = maxFileBytes.value
    } else {
      v.add(
        maxFileBytes.span,
        ['maxFileBytes'],
        `expected a positive whole number of bytes, found ${describeValue(maxFileBytes)}`
      )
    }
  }
  config.env = v.env(get('env'), ['env'])
  config.projects = v.projects(get('projects'), ['projects'])
  config.tiers = v.tiers(get('tiers'), ['tiers'])
  config.rules = v.ruleSettings(get('rules'), ['rules'])
  config.overrides = v.overrides(get('overrides'), ['overrides'])
  config.ignore = v.ignores(get('ignore'), ['ignore'])
  config.policy = v.policy(get('policy'), ['policy'])
  return { config, problems: v.problems }
}

/** `rules.flat-network`, `policy.forbid[0].from`. */
export function formatKeyPath(segments: readonly Segment[]): string {
  let out = ''
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`
    else out += out === '' ? s : `.${s}`
  }
  return out
}

function describeValue(node: YNode): string {
  if (node.kind === 'scalar' && node.value !== null) return `\`${String(node.value)}\``
  return describeNode(node)
}

class Validator {
  readonly problems: ConfigProblem[] = []

  constructor(
    readonly file: string,
    readonly options: ValidateOptions
  ) {}

  add(span: SourceSpan, at: readonly Segment[], message: string): void {
    this.problems.push({ span, path: formatKeyPath(at), message })
  }

  map(node: YNode, at: Segment[]): YMap | undefined {
    if (node.kind === 'map') return node
    this.add(node.span, at, `expected a mapping, found ${describeNode(node)}`)
    return undefined
  }

  list(node: YNode | undefined, at: Segment[]): YNode[] {
    if (!node || (node.kind === 'scalar' && node.value === null)) return []
    if (node.kind === 'seq') return (node as YSeq).items
    this.add(node.span, at, `expected a list, found ${describeNode(node)}`)
    return []
  }

  /** Unknown keys, with the closest known one. `x-` keys are left alone (anchors, notes). */
  checkKeys(node: YMap, known: readonly string[], at: Segment[]): void {
    for (const [key, pair] of node.entries) {
      if (known.includes(key) || key.startsWith('x-')) continue
      this.add(pair.key.span, [...at, key], `unknown key${describeChoices(key, known)}`)
    }
  }

  string(node: YNode | undefined, at: Segment[]): string | undefined {
    if (!node) return undefined
    if (node.kind === 'scalar' && typeof node.value === 'string' && node.value.trim() !== '') {
      return node.value
    }
    this.add(node.span, at, `expected a non-empty string, found ${describeNode(node)}`)
    return undefined
  }

  choice<T extends string>(
    node: YNode | undefined,
    choices: readonly T[],
    at: Segment[],
    what: string
  ): T | undefined {
    if (!node) return undefined
    const value = node.kind === 'scalar' && node.value !== null ? String(node.value) : undefined
    if (value !== undefined && (choices as readonly string[]).includes(value)) return value as T
    if (value === undefined) {
      this.add(
        node.span,
        at,
        `expected ${what} (${choices.map(c => `\`${c}\``).join(', ')}), found ${describeNode(node)}`
      )
    } else {
      this.add(node.span, at, `unknown ${what} \`${value}\`${describeChoices(value, choices)}`)
    }
    return undefined
  }

  stringList(node: YNode | undefined, at: Segment[]): { value: string; span: SourceSpan }[] {
    const out: { value: string; span: SourceSpan }[] = []
    this.list(node, at).forEach((item, i) => {
      const value = this.string(item, [...at, i])
      if (value !== undefined) out.push({ value, span: item.span })
    })
    return out
  }

  globList(node: YNode | undefined, at: Segment[]): string[] {
    return this.stringList(node, at)
      .filter((g, i) => this.glob(g.value, g.span, [...at, i]))
      .map(g => g.value)
  }

  glob(pattern: string, span: SourceSpan, at: Segment[]): boolean {
    if (isValidGlob(pattern)) return true
    this.add(span, at, `\`${pattern}\` is not a valid glob`)
    return false
  }

  env(node: YNode | undefined, at: Segment[]): Record<string, string> {
    // No prototype: `__proto__` or `constructor` is a variable name like any other.
    const env: Record<string, string> = Object.create(null)
    if (!node) return env
    const map = this.map(node, at)
    if (!map) return env
    for (const [key, pair] of map.entries) {
      const value = pair.value
      if (value.kind === 'scalar' && value.value !== null) env[key] = String(value.value)
      else
        this.add(
          value.span,
          [...at, key],
          `expected a string, number or boolean, found ${describeNode(value)}`
        )
    }
    return env
  }

  projects(node: YNode | undefined, at: Segment[]): ProjectPlan[] {
    const plans: ProjectPlan[] = []
    this.list(node, at).forEach((item, i) => {
      const here = [...at, i]
      const map = this.map(item, here)
      if (!map) return
      this.checkKeys(map, PROJECT_KEYS, here)
      const filesNode = map.entries.get('files')?.value
      if (!filesNode) {
        this.add(
          map.span,
          here,
          'a project needs `files`, the compose files docker compose -f would be given, in order'
        )
        return
      }
      const files = this.relativePaths(filesNode, [...here, 'files'])
      const envFiles = this.relativePaths(map.entries.get('env_files')?.value, [
        ...here,
        'env_files'
      ])
      const name = this.string(map.entries.get('name')?.value, [...here, 'name'])
      const kindNode = map.entries.get('kind')?.value
      const kind = this.choice(
        kindNode,
        ['compose', 'stack'] as const,
        [...here, 'kind'],
        'project kind'
      )
      const first = files[0]
      if (!first) {
        if (filesNode.kind === 'seq' && filesNode.items.length === 0) {
          this.add(filesNode.span, [...here, 'files'], 'a project needs at least one file')
        }
        return
      }
      if (files.length !== this.list(filesNode, []).length) return
      const role = matchComposeFileName(path.posix.basename(first))?.role
      const plan: ProjectPlan = {
        files,
        directory: path.posix.dirname(first),
        kind: kind ?? (role === 'stack-base' || role === 'stack-variant' ? 'stack' : 'compose')
      }
      if (name) plan.name = name
      if (envFiles.length > 0) plan.envFiles = envFiles
      plans.push(plan)
    })
    return plans
  }

  /** Paths relative to the base directory, normalised; absolute and escaping paths refused. */
  relativePaths(node: YNode | undefined, at: Segment[]): string[] {
    const out: string[] = []
    this.stringList(node, at).forEach((item, i) => {
      const normal = path.posix.normalize(item.value.replace(/\\/g, '/'))
      if (path.posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) {
        this.add(
          item.span,
          [...at, i],
          `\`${item.value}\` is outside the base directory; give a path relative to it`
        )
        return
      }
      if (this.options.fileExists && !this.options.fileExists(normal)) {
        this.add(
          item.span,
          [...at, i],
          `\`${item.value}\` does not exist (paths are relative to the base directory)`
        )
        return
      }
      out.push(normal)
    })
    return out
  }

  tiers(node: YNode | undefined, at: Segment[]): TierguardConfig['tiers'] {
    const tiers: TierguardConfig['tiers'] = { services: [], images: [] }
    if (!node) return tiers
    const map = this.map(node, at)
    if (!map) return tiers
    this.checkKeys(map, TIERS_KEYS, at)
    for (const key of TIERS_KEYS) {
      const value = map.entries.get(key)?.value
      if (!value) continue
      const entries = this.map(value, [...at, key])
      if (!entries) continue
      const out: TierEntry[] = key === 'services' ? tiers.services : tiers.images
      for (const [pattern, pair] of entries.entries) {
        const here = [...at, key, pattern]
        if (!this.glob(pattern, pair.key.span, here)) continue
        const tier = this.choice(pair.value, TIERS, here, 'tier')
        if (tier) out.push({ pattern, tier, span: pair.key.span })
      }
    }
    return tiers
  }

  ruleId(value: string, span: SourceSpan, at: Segment[]): boolean {
    if (this.options.ruleIds.includes(value)) return true
    this.add(span, at, `unknown rule${describeChoices(value, this.options.ruleIds)}`)
    return false
  }

  ruleSettings(node: YNode | undefined, at: Segment[]): RuleSettingEntry[] {
    const out: RuleSettingEntry[] = []
    if (!node) return out
    const map = this.map(node, at)
    if (!map) return out
    for (const [rule, pair] of map.entries) {
      const here = [...at, rule]
      const known = this.ruleId(rule, pair.key.span, here)
      // YAML 1.1 habits: `off`/`false` written unquoted arrive as the boolean false.
      const raw = pair.value
      const setting =
        raw.kind === 'scalar' && raw.value === false
          ? 'off'
          : this.choice(raw, RULE_SETTINGS, here, 'setting')
      if (known && setting) out.push({ rule, setting, span: pair.key.span })
    }
    return out
  }

  overrides(node: YNode | undefined, at: Segment[]): OverrideEntry[] {
    const out: OverrideEntry[] = []
    this.list(node, at).forEach((item, i) => {
      const here = [...at, i]
      const map = this.map(item, here)
      if (!map) return
      this.checkKeys(map, OVERRIDE_KEYS, here)
      const filesNode = map.entries.get('files')?.value
      const rulesNode = map.entries.get('rules')?.value
      if (!filesNode) this.add(map.span, here, 'an override needs `files`, the globs it applies to')
      if (!rulesNode) this.add(map.span, here, 'an override needs `rules`, the settings it applies')
      const files = this.globList(filesNode, [...here, 'files'])
      const rules = this.ruleSettings(rulesNode, [...here, 'rules'])
      if (files.length > 0) out.push({ files, rules, span: map.span })
    })
    return out
  }

  ignores(node: YNode | undefined, at: Segment[]): IgnoreEntry[] {
    const out: IgnoreEntry[] = []
    this.list(node, at).forEach((item, i) => {
      const here = [...at, i]
      const map = this.map(item, here)
      if (!map) return
      this.checkKeys(map, IGNORE_KEYS, here)
      const ruleNode = map.entries.get('rule')?.value
      const reasonNode = map.entries.get('reason')?.value
      if (!ruleNode) this.add(map.span, here, 'an ignore needs `rule`, the rule id it suppresses')
      if (!reasonNode) {
        this.add(
          map.span,
          here,
          'an ignore needs `reason`: say why the finding is accepted, for reviewers and the SARIF'
        )
      }
      const rule = this.string(ruleNode, [...here, 'rule'])
      const known =
        rule !== undefined &&
        ruleNode !== undefined &&
        this.ruleId(rule, ruleNode.span, [...here, 'rule'])
      const reason = this.string(reasonNode, [...here, 'reason'])
      const files = this.globList(map.entries.get('files')?.value, [...here, 'files'])
      const services = this.globList(map.entries.get('services')?.value, [...here, 'services'])
      if (known && rule && reason && ruleNode) {
        out.push({ rule, files, services, reason, span: item.span, ruleSpan: ruleNode.span })
      }
    })
    return out
  }

  policy(node: YNode | undefined, at: Segment[]): TierguardConfig['policy'] {
    const policy: TierguardConfig['policy'] = { forbid: [], allow: [] }
    if (!node) return policy
    const map = this.map(node, at)
    if (!map) return policy
    this.checkKeys(map, POLICY_KEYS, at)
    for (const kind of ['forbid', 'allow'] as const) {
      this.list(map.entries.get(kind)?.value, [...at, kind]).forEach((item, index) => {
        const flow = this.flow(item, kind, index, [...at, kind, index])
        if (flow) policy[kind].push(flow)
      })
    }
    return policy
  }

  flow(node: YNode, kind: 'forbid' | 'allow', index: number, at: Segment[]): FlowEntry | undefined {
    const map = this.map(node, at)
    if (!map) return undefined
    this.checkKeys(map, FLOW_KEYS, at)
    const fromNode = map.entries.get('from')?.value
    const toNode = map.entries.get('to')?.value
    if (!fromNode)
      this.add(
        map.span,
        at,
        `a flow needs \`from\`: \`{tier: edge}\`, \`{service: web}\` or \`{network: frontend}\``
      )
    if (!toNode)
      this.add(
        map.span,
        at,
        `a flow needs \`to\`: \`{tier: data}\`, \`{service: db}\` or \`{network: backend}\``
      )
    const from = fromNode && this.selector(fromNode, [...at, 'from'])
    const to = toNode && this.selector(toNode, [...at, 'to'])
    const reasonNode = map.entries.get('reason')?.value
    const reason = this.string(reasonNode, [...at, 'reason'])
    if (!from || !to || (reasonNode && reason === undefined)) return undefined
    const flow: FlowEntry = { kind, index, from, to, span: map.span }
    if (reason) flow.reason = reason
    return flow
  }

  /** `{tier, service, network}`, or a bare tier name (`from: edge`). */
  selector(node: YNode, at: Segment[]): FlowSelector | undefined {
    if (node.kind === 'scalar') {
      const value = node.value === null ? undefined : String(node.value)
      if (value !== undefined && (TIERS as readonly string[]).includes(value)) {
        return { tier: value as Tier, span: node.span }
      }
      this.add(
        node.span,
        at,
        `\`${value ?? 'null'}\` is not a tier (\`edge\`, \`app\`, \`data\`); for a service or a network write \`{service: ${value ?? 'NAME'}}\` or \`{network: ${value ?? 'NAME'}}\``
      )
      return undefined
    }
    const map = this.map(node, at)
    if (!map) return undefined
    this.checkKeys(map, SELECTOR_KEYS, at)
    const selector: FlowSelector = { span: map.span }
    let ok = true
    const tierNode = map.entries.get('tier')?.value
    if (tierNode) {
      const tier = this.choice(tierNode, TIERS, [...at, 'tier'], 'tier')
      if (tier) selector.tier = tier
      else ok = false
    }
    for (const key of ['service', 'network'] as const) {
      const valueNode = map.entries.get(key)?.value
      if (!valueNode) continue
      const value = this.string(valueNode, [...at, key])
      if (value !== undefined && this.glob(value, valueNode.span, [...at, key]))
        selector[key] = value
      else ok = false
    }
    if (!tierNode && !map.entries.has('service') && !map.entries.has('network')) {
      this.add(map.span, at, 'a flow end needs `tier`, `service` or `network`')
      return undefined
    }
    return ok ? selector : undefined
  }
}
