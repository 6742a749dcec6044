/**
 * The loader's entry point: a project plan (base file, overrides, env files) into the
 * normalised model, with every problem reported as a diagnostic rather than thrown.
 */
import type { Logger } from '../core/logger.js'
import { fileSpan } from '../core/span.js'
import type { ProjectPlan } from '../model/plan.js'
import type { Network, Project, Service } from '../model/types.js'
import { loadModel } from './compose-file.js'
import { envFileToMap, parseEnvFile } from './env-file.js'
import type { ParsedFileCache } from './file-cache.js'
import {
  createContext,
  createScope,
  noteFile,
  readEnvFileText,
  report,
  type LoadContext
} from './load-context.js'
import { implicitDefaultNetwork, normalizeNetworks } from './normalize-network.js'
import { normalizeService } from './normalize-service.js'
import { resolvePath } from './paths.js'
import { resolveProjectName } from './project-name.js'
import { getValue } from '../yaml/yaml-tree.js'

export interface LoadOptions {
  /** Variables given by the user (`--env`, the configuration's `env`); they win, like the shell's. */
  env: Record<string, string>
  logger: Logger
  /** Ends the note on an unset variable: how to give it a value where the scan runs. */
  howToSetVariables?: string
  /**
   * Files whose YAML diagnostics the scan already reports (it parsed them in discovery): the
   * project does not repeat them.
   */
  parsedByScan?: ReadonlySet<string>
}

/**
 * Loads the files of `plan` as `docker compose -f base -f override...` (or `docker stack
 * deploy`) would: interpolation, `include`, `extends`, override merging, then normalisation.
 * Reads every file through `cache`. Never throws on bad input.
 */
export function loadProject(
  plan: ProjectPlan,
  cache: ParsedFileCache,
  options: LoadOptions
): Project {
  const ctx = createContext(cache, options.logger, options.howToSetVariables)
  for (const file of options.parsedByScan ?? []) ctx.reportedFiles.add(file)
  for (const file of plan.files) noteFile(ctx, file)
  const env = buildEnvironment(ctx, plan, options.env)
  const scope = createScope(ctx, env, plan.directory)
  const model = loadModel(scope, plan.files)

  const { name, nameSource } = resolveProjectName(ctx, plan, getValue(model, 'name'), env)
  const networks = normalizeNetworks(ctx, getValue(model, 'networks'), name, plan.kind)
  const declaredNetworks = new Set(networks.map(n => n.key))
  const services: Service[] = []
  const servicesNode = getValue(model, 'services')
  if (servicesNode?.kind === 'map') {
    for (const [serviceName, pair] of servicesNode.entries) {
      if (pair.value.kind !== 'map') continue
      services.push(
        normalizeService(serviceName, pair.key, pair.value, {
          ctx,
          declaredNetworks,
          lookup: variable => env.get(variable)
        })
      )
    }
  } else if (model && plan.files.length > 0) {
    report(
      ctx,
      'not-compose',
      'warning',
      'the project defines no `services`: there is nothing to analyse',
      fileSpan(plan.files[0] as string)
    )
  }
  if (plan.kind === 'stack') dropStackNetworkModes(ctx, services)
  if (
    !declaredNetworks.has('default') &&
    services.some(s => s.networks.some(a => a.network === 'default'))
  ) {
    networks.push(implicitDefaultNetwork(name))
  }
  applyHostNetworks(ctx, services, networks)
  checkNamespaceTargets(ctx, services)

  const base = plan.files[0]
  const project: Project = {
    name,
    nameSource,
    kind: plan.kind,
    directory: plan.directory,
    files: ctx.files,
    services,
    networks,
    diagnostics: ctx.diagnostics,
    unsetVariables: ctx.unsetVariables
  }
  options.logger.debug(
    `Loaded project ${name} (${base ?? 'no file'}): ${services.length} service(s), ${networks.length} network(s), ${ctx.diagnostics.length} diagnostic(s)`
  )
  return project
}

/**
 * Variables for interpolation: the user's (`env`) win, then the project directory's `.env`,
 * then `plan.envFiles` (a later one over an earlier one). Inside an env file, `${VAR}` sees the
 * user's variables, then what was read before.
 */
function buildEnvironment(
  ctx: LoadContext,
  plan: ProjectPlan,
  given: Record<string, string>
): Map<string, string> {
  const user = new Map(Object.entries(given))
  const layers: Map<string, string>[] = []
  const read = (file: string, required: boolean) => {
    const text = readEnvFileText(ctx, file, {
      required,
      span: fileSpan(plan.files[0] ?? file),
      missing: 'configured for this project does not exist'
    })
    if (text === undefined) return
    const sofar = new Map<string, string>()
    for (const layer of layers) for (const [k, v] of layer) sofar.set(k, v)
    const parsed = parseEnvFile(file, text, name => user.get(name) ?? sofar.get(name))
    ctx.diagnostics.push(...parsed.diagnostics)
    ctx.reportedFiles.add(file)
    layers.push(envFileToMap(parsed))
  }
  for (const file of plan.envFiles ?? []) read(file, true)
  read(resolvePath(plan.directory, '.env'), false)
  const env = new Map<string, string>()
  for (const layer of [...layers, user]) for (const [k, v] of layer) env.set(k, v)
  return env
}

/**
 * `docker stack deploy` ignores `network_mode` (docker/cli's loader lists it among the
 * unsupported properties and prints "Ignoring unsupported options: network_mode"): the service
 * runs on the stack's networks, the stack's `default` one when it lists none. A stack's
 * `network_mode: host` does nothing, where a compose project's does everything.
 */
function dropStackNetworkModes(ctx: LoadContext, services: Service[]): void {
  for (const service of services) {
    const mode = service.networkMode
    if (!mode) continue
    report(
      ctx,
      'stack-ignored-key',
      'warning',
      `service \`${service.name}\` sets \`network_mode\`, which \`docker stack deploy\` ignores: it was analysed on the stack's ${service.networks.length > 0 ? 'networks it lists' : '`default` network'}`,
      mode.span
    )
    service.networkMode = undefined
    if (service.networks.length === 0) {
      service.networks = [
        { network: 'default', span: service.span, implicit: true, declared: true, aliases: [] }
      ]
    }
  }
}

/**
 * Swarm stacks reach the host's network through a network, not `network_mode` (which `docker
 * stack deploy` ignores): joining an external network whose real name is `host` is host
 * networking, and `none` is no networking, as the engine treats them. The service gets that
 * network mode, at the attachment that asked for it, and leaves the network list: a container
 * in the host's (or no) namespace is on no other network, and docker refuses the combination.
 */
function applyHostNetworks(ctx: LoadContext, services: Service[], networks: Network[]): void {
  const special = new Map<string, 'host' | 'none'>()
  for (const network of networks) {
    if (network.external && (network.realName === 'host' || network.realName === 'none')) {
      special.set(network.key, network.realName)
    }
  }
  if (special.size === 0) return
  for (const service of services) {
    const attachment = service.networks.find(a => special.has(a.network))
    if (!attachment || service.networkMode) continue
    const kind = special.get(attachment.network) as 'host' | 'none'
    const others = service.networks.filter(a => a !== attachment && !a.implicit)
    if (others.length > 0) {
      report(
        ctx,
        'invalid-value',
        'warning',
        `service \`${service.name}\` joins \`${attachment.network}\` (the engine's \`${kind}\` network) and ${others.map(a => `\`${a.network}\``).join(', ')}: docker refuses to combine the \`${kind}\` network with others. It was analysed in the \`${kind}\` namespace only`,
        attachment.span
      )
    }
    service.networkMode = { kind, span: attachment.span }
    service.networks = []
  }
}

/** `network_mode: service:NAME` must name a service of the project. */
function checkNamespaceTargets(ctx: LoadContext, services: Service[]): void {
  const names = new Set(services.map(s => s.name))
  for (const service of services) {
    const mode = service.networkMode
    if (mode?.kind === 'service' && !names.has(mode.target)) {
      report(
        ctx,
        'unknown-service',
        'error',
        `service \`${service.name}\` shares the network namespace of \`${mode.target}\`, which the project does not define; compose refuses it`,
        mode.span
      )
    }
  }
}
