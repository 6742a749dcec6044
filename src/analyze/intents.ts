/**
 * Intents: the connections the configuration says it needs. From `depends_on`, `links`,
 * `external_links`, `network_mode: service:`/`container:`, environment values that name another
 * service (URLs anywhere, host-like variables such as `DB_HOST`), command-line options read the
 * same way (`--redis-host=redis`, `--db-url postgres://db/app`), what the user declares
 * (`x-tierguard: {uses: [redis]}`) when nothing in the file names it, and proxy routing
 * (Traefik labels, nginx-proxy's `VIRTUAL_HOST`, caddy-docker-proxy's `caddy` labels).
 */
import { compareSpans, type SourceSpan } from '../core/span.js'
import type { EnvironmentVariable, Label, Located, Service } from '../model/types.js'
import { parseImageReference } from './image-ref.js'
import { isDockerGenImage, NGINX_CONTAINER_LABELS } from './tiers.js'
import { createNameIndex, type NameIndex } from './names.js'
import type { Intent, NetworkNode, ServiceNode } from './types.js'

/** Variable name endings whose values are host names or host lists (`DB_HOST`, `KAFKA_BROKERS`). */
const HOST_VARIABLE_SUFFIXES = [
  'HOST',
  'HOSTS',
  'HOSTNAME',
  'ADDR',
  'ADDRESS',
  'SERVER',
  'SERVERS',
  'URL',
  'URLS',
  'URI',
  'URIS',
  'DSN',
  'ENDPOINT',
  'ENDPOINTS',
  'BROKER',
  'BROKERS',
  'CONNECT'
]
/** Variables that end like a host variable but hold something else (a domain to serve). */
const NOT_HOST_VARIABLES = new Set(['VIRTUAL_HOST', 'LETSENCRYPT_HOST', 'VIRTUAL_HOST_ALIAS'])
const STANDALONE_HOST_VARIABLES = new Set(['PGHOST', 'MYSQL_HOST', 'DOCKER_HOST'])
const HOST_VARIABLE_ENDINGS = HOST_VARIABLE_SUFFIXES.map(suffix => `_${suffix}`)

/** Whether a variable's value is read as a host, `host:port` or a list of them. */
export function isHostVariable(name: string): boolean {
  const upper = name.toUpperCase()
  if (NOT_HOST_VARIABLES.has(upper)) return false
  if (STANDALONE_HOST_VARIABLES.has(upper)) return true
  return HOST_VARIABLE_ENDINGS.some(ending => upper.endsWith(ending))
}

const URL_AUTHORITY = /([a-z][a-z0-9+.-]*):\/\/([^/?#\s"']*)/gi
const HOST_NAME = /^[a-z0-9_][a-z0-9_.-]*$/i

/**
 * The host names an environment variable names: the hosts of every URL in the value (with
 * user info, ports and multi-host lists like `mongodb://a:27017,b:27017/db`), or, for a
 * host-like variable without URLs, each `host`, `host:port` or `user@host/path` of a list.
 */
export function extractHosts(name: string, value: string): string[] {
  // Most variables hold neither a URL nor a host: answer them without splitting or matching.
  if (!value.includes('://') && !isHostVariable(name)) return []
  const hosts: string[] = []
  let sawUrl = false
  // `http://a:1,http://b:2` is a list of URLs; `mongodb://a:1,b:2/db` one URL of two hosts.
  for (const url of value.split(/,(?=[a-z][a-z0-9+.-]*:\/\/)/i)) {
    URL_AUTHORITY.lastIndex = 0
    for (let match = URL_AUTHORITY.exec(url); match; match = URL_AUTHORITY.exec(url)) {
      sawUrl = true
      let authority = match[2] ?? ''
      authority = authority.slice(authority.lastIndexOf('@') + 1)
      for (const part of authority.split(',')) hosts.push(hostOf(part))
    }
  }
  if (!sawUrl && isHostVariable(name)) {
    for (let part of value.split(/[\s,;]+/)) {
      part = part.slice(part.lastIndexOf('@') + 1)
      const slash = part.indexOf('/')
      hosts.push(hostOf(slash >= 0 ? part.slice(0, slash) : part))
    }
  }
  return [...new Set(hosts.filter(host => HOST_NAME.test(host)))]
}

function hostOf(hostPort: string): string {
  if (hostPort.startsWith('[')) return '' // an IPv6 literal names no service
  const colon = hostPort.indexOf(':')
  return colon >= 0 ? hostPort.slice(0, colon) : hostPort
}

/** `postgres://app:s3cret@db/x` -> `postgres://app:***@db/x`: messages never carry passwords. */
export function maskPasswords(value: string): string {
  return value.replace(/(:\/\/[^/@:\s]*:)[^@/\s]*@/g, '$1***@')
}

/**
 * Every intent of the scan, sorted by source service, then position. `names` indexes the names
 * of `services` (built here when not given).
 */
export function findIntents(
  services: ServiceNode[],
  names: NameIndex = createNameIndex(services)
): Intent[] {
  const intents: Intent[] = []
  // Where the intents of the service being read start: a repeat can only be among them, and a
  // service has few, so they are compared one by one rather than through string keys.
  let fromStart = 0
  const add = (intent: Intent): void => {
    if (intent.from === intent.to) return
    for (let i = fromStart; i < intents.length; i++) {
      if (isSameIntent(intents[i] as Intent, intent)) return
    }
    intents.push(intent)
  }

  for (const from of services) {
    fromStart = intents.length
    const { service, project } = from
    for (const dependency of service.dependsOn) {
      const to = names.serviceInProject(project, dependency.value)
      if (to) add({ from, to, kind: 'depends_on', span: dependency.span })
    }
    for (const link of service.links) {
      const to = names.serviceInProject(project, link.service)
      if (to) add({ from, to, kind: 'links', span: link.span })
    }
    for (const link of service.externalLinks) {
      const [container = ''] = link.value.split(':')
      const to = names.container(container, project)
      if (to) add({ from, to, kind: 'links', span: link.span })
    }
    const mode = service.networkMode
    if (mode?.kind === 'service' || mode?.kind === 'container') {
      const to = names.namespaceTarget(from)
      if (to) add({ from, to, kind: 'network-mode', span: mode.span })
    }
    for (const variable of service.environment) {
      if (variable.value === undefined) continue
      for (const host of extractHosts(variable.name, variable.value)) {
        const to = resolveHost(names, from, host)
        if (to) add({ from, to, kind: 'environment', span: variable.span })
      }
    }
    for (const flag of readCommandFlags(service.command)) {
      for (const host of extractHosts(flag.name, flag.value)) {
        const to = resolveHost(names, from, host)
        if (to) add({ from, to, kind: 'command', span: flag.span })
      }
    }
    for (const used of service.extension?.uses ?? []) {
      const to = resolveHost(names, from, used.value)
      if (to) add({ from, to, kind: 'declared', span: used.span })
    }
  }

  const dockerGens = services.filter(isDockerGen)
  // A route is written on its target (labels, VIRTUAL_HOST), whichever proxy reads it: the
  // routed services of each kind are found once, then each proxy takes those it can see (in its
  // project, or on a network it is on). Looking through every neighbour of every proxy instead
  // cost twenty proxies times 2,000 services in one large project.
  const routedBy = new Map<ProxyKind, { target: ServiceNode; route: Route }[]>()
  const routed = (kind: ProxyKind) => {
    let list = routedBy.get(kind)
    if (!list) {
      list = []
      for (const target of services) {
        const route = findRoute(kind, target)
        if (route) list.push({ target, route })
      }
      routedBy.set(kind, list)
    }
    return list
  }
  for (const proxy of services) {
    const kind = proxyKind(proxy, dockerGens)
    if (!kind) continue
    for (const { target, route } of routed(kind)) {
      if (target === proxy || !isNeighbour(proxy, target)) continue
      const intent: Intent = { from: proxy, to: target, kind: 'proxy-route', span: route.span }
      const named =
        route.network ??
        (kind === 'traefik' ? findProviderNetwork(proxy.service) : undefined)?.value
      const network = named ? networkNamed(target, named) : undefined
      if (network) intent.network = network
      // Each routed service once per proxy, never the proxy itself: no repeat to look for.
      intents.push(intent)
    }
  }

  return intents.sort(
    (a, b) =>
      a.from.index - b.from.index ||
      compareSpans(a.span, b.span) ||
      a.to.index - b.to.index ||
      (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)
  )
}

/** A command-line option with a value, read like a variable: `--redis-host=redis` is `REDIS_HOST`. */
interface CommandFlag {
  name: string
  value: string
  /** The word that holds the value (or the option, for `--option=value`). */
  span: SourceSpan
  /** The option as written, for messages: `--redis-host=redis`. */
  text: string
}

/**
 * The options of a command that take a value: `--redis-host=redis`, `--redis-host redis`,
 * `--providers.docker.endpoint=tcp://socket-proxy:2375`. The option's name becomes a variable
 * name (`REDIS_HOST`, `PROVIDERS_DOCKER_ENDPOINT`), so the same endings and URLs decide what
 * names a host as in the environment.
 */
export function readCommandFlags(
  words: readonly { value: string; span: SourceSpan }[] | undefined
): CommandFlag[] {
  const flags: CommandFlag[] = []
  if (!words) return flags
  for (const [i, word] of words.entries()) {
    const option = /^--?([a-z][a-z0-9._-]*)(?:=(.*))?$/i.exec(word.value)
    if (!option) continue
    const name = (option[1] ?? '').replace(/[-.]/g, '_').toUpperCase()
    let value = option[2]
    let span = word.span
    let text = word.value
    if (value === undefined) {
      const next = words[i + 1]
      if (!next || next.value.startsWith('-')) continue
      value = next.value
      span = next.span
      text = `${word.value} ${next.value}`
    }
    if (value) flags.push({ name, value, span, text })
  }
  return flags
}

/**
 * What was written for an intent, for messages: `depends_on: db`, `links: db:database`,
 * `DATABASE_URL=postgres://app:***@db:5432/app` (passwords in URLs masked), `traefik.enable=true`.
 * Worded from the entry at the intent's span (the target's, for a proxy route) when a message
 * needs it: most intents are met and never reported, and at 50,000 services the words cost MBs.
 */
export function describeIntent(intent: Intent): string {
  const at = (entry: { span: SourceSpan }) => compareSpans(entry.span, intent.span) === 0
  const { service } = intent.from
  switch (intent.kind) {
    case 'depends_on': {
      const dependency = service.dependsOn.find(at)
      if (dependency) return `depends_on: ${dependency.value}`
      break
    }
    case 'links': {
      const link = service.links.find(at)
      if (link) return `links: ${link.service}${link.alias ? `:${link.alias}` : ''}`
      const external = service.externalLinks.find(at)
      if (external) return `external_links: ${external.value}`
      break
    }
    case 'network-mode': {
      const mode = service.networkMode
      if (mode?.kind === 'service' || mode?.kind === 'container') {
        return `network_mode: ${mode.kind}:${mode.target}`
      }
      break
    }
    case 'environment': {
      const variable = service.environment.find(at)
      if (variable) return `${variable.name}=${maskPasswords(variable.value ?? '')}`
      break
    }
    case 'command': {
      const hosts = (flag: CommandFlag) => extractHosts(flag.name, flag.value)
      const flag =
        readCommandFlags(service.command).find(
          f => at(f) && hosts(f).some(h => h.toLowerCase() === intent.to.service.name.toLowerCase())
        ) ?? readCommandFlags(service.command).find(at)
      if (flag) return maskPasswords(flag.text)
      break
    }
    case 'declared': {
      const used = service.extension?.uses?.find(at)
      if (used) return `x-tierguard: uses: ${used.value}`
      break
    }
    case 'proxy-route': {
      const target = intent.to.service
      const label = target.labels.find(at) ?? target.deployLabels.find(at)
      if (label) return `${label.key}=${label.value}`
      const variable = target.environment.find(at)
      if (variable) return `${variable.name}=${variable.value ?? ''}`
      break
    }
  }
  // Every intent is made at one of the entries above; the kind alone is the honest fallback.
  return intent.kind
}

/** Whether a proxy sees the service: in its project, or on a network it is on. */
function isNeighbour(proxy: ServiceNode, target: ServiceNode): boolean {
  if (target.project === proxy.project) return true
  return target.memberships.some(m => proxy.memberships.some(own => own.network === m.network))
}

function isSameIntent(a: Intent, b: Intent): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.kind === b.kind &&
    a.span.file === b.span.file &&
    a.span.startLine === b.span.startLine &&
    a.span.startColumn === b.span.startColumn &&
    a.span.endLine === b.span.endLine &&
    a.span.endColumn === b.span.endColumn
  )
}

/**
 * A host name as `from` resolves it: a service of its own project, a `container_name` there,
 * a name or alias on a network it is on (other projects' services join through shared
 * networks), then any container name of the scan. A name that resolves to nothing may be an
 * outside host: no intent.
 */
function resolveHost(names: NameIndex, from: ServiceNode, name: string): ServiceNode | undefined {
  // Swarm's DNS answers `tasks.<service>` with the addresses of the service's tasks (Portainer
  // reaches its agents as `tasks.agent`): the same service, addressed task by task.
  const host = name.startsWith('tasks.') && name.length > 6 ? name.slice(6) : name
  const own = names.serviceInProject(from.project, host)
  if (own) return own === from ? undefined : own
  const networks = from.memberships
    .map(m => m.network)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const network of networks) {
    const found = names.onNetwork(network, host).find(node => node !== from)
    if (found) return found
  }
  const container = names.container(host, from.project)
  return container === from ? undefined : container
}

type ProxyKind = 'traefik' | 'nginx-proxy' | 'caddy-docker-proxy'

/**
 * Which label- or environment-driven proxy an edge service is, if any. In nginx-proxy's
 * separate-containers setup the router is the nginx container docker-gen configures, never
 * docker-gen itself.
 */
function proxyKind(node: ServiceNode, dockerGens: ServiceNode[]): ProxyKind | undefined {
  if (node.tier.tier !== 'edge') return undefined
  // Built locally (`build: ./proxy`), it is nginx-proxy's nginx when docker-gen's label says so.
  if (!node.service.image)
    return isConfiguredByDockerGen(node, dockerGens) ? 'nginx-proxy' : undefined
  const reference = parseImageReference(node.service.image.value)
  if (!reference || isDockerGenImage(reference)) return undefined
  const name = reference.name
  if (name === 'traefik' || name.startsWith('traefik-')) return 'traefik'
  if (name === 'nginx-proxy') return 'nginx-proxy'
  if (name === 'caddy-docker-proxy') return 'caddy-docker-proxy'
  if (isConfiguredByDockerGen(node, dockerGens)) return 'nginx-proxy'
  return undefined
}

/** Text every docker-gen image name holds (see `isDockerGenImage`), found without parsing it. */
const DOCKER_GEN_NAMES = /docker-gen|nginx-proxy/i

function isDockerGen(node: ServiceNode): boolean {
  const image = node.service.image
  if (!image || !DOCKER_GEN_NAMES.test(image.value)) return false
  const reference = parseImageReference(image.value)
  return reference ? isDockerGenImage(reference) : false
}

/**
 * Whether docker-gen writes this nginx container's configuration: it carries the label the
 * templates look for (or the one a docker-gen of its project names in `NGINX_CONTAINER_LABEL`),
 * takes docker-gen's volumes (`volumes_from`), or mounts a named volume a docker-gen of its
 * project writes.
 */
function isConfiguredByDockerGen(node: ServiceNode, dockerGens: ServiceNode[]): boolean {
  const { service, project } = node
  const labels = [...service.labels, ...service.deployLabels].map(l => l.key)
  if (labels.some(key => NGINX_CONTAINER_LABELS.has(key))) return true
  const siblings = dockerGens.filter(gen => gen.project === project)
  if (siblings.length === 0) return false
  const custom = siblings.flatMap(gen =>
    gen.service.environment.filter(v => v.name === 'NGINX_CONTAINER_LABEL' && v.value)
  )
  if (custom.some(v => labels.includes((v.value ?? '').trim()))) return true
  const borrowed = (service.volumesFrom ?? []).map(entry => {
    const [first = '', second = ''] = entry.value.split(':')
    return (first === 'container' ? second : first).toLowerCase()
  })
  const names = (gen: ServiceNode) =>
    [gen.service.name, gen.service.containerName?.value ?? ''].map(n => n.toLowerCase())
  if (siblings.some(gen => names(gen).some(n => n !== '' && borrowed.includes(n)))) return true
  const read = new Set(
    service.mounts.filter(m => m.type === 'volume' && m.source).map(m => m.source as string)
  )
  return siblings.some(gen =>
    gen.service.mounts.some(
      m => m.type === 'volume' && !m.readOnly && m.source !== undefined && read.has(m.source)
    )
  )
}

interface Route {
  /** Where the decisive label or variable was written (`describeIntent` words it from there). */
  span: SourceSpan
  /** `traefik.docker.network` as written. */
  network?: string
}

const TRAEFIK_ROUTER_PREFIXES = [
  'traefik.http.routers.',
  'traefik.tcp.routers.',
  'traefik.udp.routers.',
  'traefik.frontend.rule'
]

function findRoute(kind: ProxyKind, target: ServiceNode): Route | undefined {
  const labels = [...target.service.labels, ...target.service.deployLabels]
  if (kind === 'nginx-proxy') {
    // `VIRTUAL_HOST=` left for the user to fill in (examples ship it empty) is still a route.
    const virtualHost = target.service.environment.find(
      (v: EnvironmentVariable) => v.name === 'VIRTUAL_HOST'
    )
    return virtualHost ? { span: virtualHost.span } : undefined
  }
  if (kind === 'caddy-docker-proxy') {
    const label = firstBySpan(labels.filter(l => /^caddy(_\d+)?$/.test(l.key)))
    return label ? { span: label.span } : undefined
  }
  const enable = labels.find(l => l.key === 'traefik.enable')
  if (enable && enable.value.trim().toLowerCase() !== 'true') return undefined
  const router = firstBySpan(
    labels.filter(l => TRAEFIK_ROUTER_PREFIXES.some(prefix => l.key.startsWith(prefix)))
  )
  const decisive = enable ?? router
  if (!decisive) return undefined
  const network = labels.find(
    l => l.key === 'traefik.docker.network' || l.key === 'traefik.swarm.network'
  )
  return {
    span: decisive.span,
    network: network?.value.trim() || undefined
  }
}

const PROVIDER_NETWORK_VARIABLES = new Set([
  'TRAEFIK_PROVIDERS_DOCKER_NETWORK',
  'TRAEFIK_PROVIDERS_SWARM_NETWORK',
  'TRAEFIK_DOCKER_NETWORK'
])
const PROVIDER_NETWORK_FLAGS = new Set([
  '--providers.docker.network',
  '--providers.swarm.network',
  '--docker.network'
])

/**
 * The network a Traefik proxy reaches routed containers over by default: its command line
 * (`--providers.docker.network=NAME`, `--providers.swarm.network NAME`, v1's `--docker.network`),
 * else its environment (`TRAEFIK_PROVIDERS_DOCKER_NETWORK`, ...). Undefined when neither sets one.
 */
export function findProviderNetwork(service: Service): Located<string> | undefined {
  const words = service.command ?? []
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Located<string>
    const equals = word.value.indexOf('=')
    const flag = (equals >= 0 ? word.value.slice(0, equals) : word.value).toLowerCase()
    if (!PROVIDER_NETWORK_FLAGS.has(flag)) continue
    const next = words[i + 1]
    const value = equals >= 0 ? word.value.slice(equals + 1) : next?.value
    if (value === undefined || value.startsWith('-')) continue
    if (value.trim() !== '') return { value: value.trim(), span: word.span }
  }
  const variable = service.environment.find(
    v => PROVIDER_NETWORK_VARIABLES.has(v.name.toUpperCase()) && (v.value ?? '').trim() !== ''
  )
  return variable ? { value: (variable.value ?? '').trim(), span: variable.span } : undefined
}

function firstBySpan(labels: Label[]): Label | undefined {
  return [...labels].sort((a, b) => compareSpans(a.span, b.span))[0]
}

/** The target's network `traefik.docker.network` names: by real name, else by project key. */
function networkNamed(target: ServiceNode, name: string): NetworkNode | undefined {
  return (
    target.memberships.find(m => m.network.realName === name)?.network ??
    target.memberships.find(m => m.attachment.network === name)?.network
  )
}
