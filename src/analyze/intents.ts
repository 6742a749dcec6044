/**
 * Intents: the connections the configuration says it needs. From `depends_on`, `links`,
 * `external_links`, `network_mode: service:`/`container:`, environment values that name another
 * service (URLs anywhere, host-like variables such as `DB_HOST`), and proxy routing (Traefik
 * labels, nginx-proxy's `VIRTUAL_HOST`, caddy-docker-proxy's `caddy` labels).
 */
import { compareSpans, type SourceSpan } from '../core/span.js'
import type { EnvironmentVariable, Label } from '../model/types.js'
import { parseImageReference } from './image-ref.js'
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

/** Whether a variable's value is read as a host, `host:port` or a list of them. */
export function isHostVariable(name: string): boolean {
  const upper = name.toUpperCase()
  if (NOT_HOST_VARIABLES.has(upper)) return false
  if (STANDALONE_HOST_VARIABLES.has(upper)) return true
  return HOST_VARIABLE_SUFFIXES.some(suffix => upper.endsWith(`_${suffix}`))
}

const URL_AUTHORITY = /([a-z][a-z0-9+.-]*):\/\/([^/?#\s"']*)/gi
const HOST_NAME = /^[a-z0-9_][a-z0-9_.-]*$/i

/**
 * The host names an environment variable names: the hosts of every URL in the value (with
 * user info, ports and multi-host lists like `mongodb://a:27017,b:27017/db`), or, for a
 * host-like variable without URLs, each `host`, `host:port` or `user@host/path` of a list.
 */
export function extractHosts(name: string, value: string): string[] {
  const hosts: string[] = []
  let sawUrl = false
  // `http://a:1,http://b:2` is a list of URLs; `mongodb://a:1,b:2/db` one URL of two hosts.
  const urls = value.split(/,(?=[a-z][a-z0-9+.-]*:\/\/)/i)
  for (const match of urls.flatMap(url => [...url.matchAll(URL_AUTHORITY)])) {
    sawUrl = true
    let authority = match[2] ?? ''
    authority = authority.slice(authority.lastIndexOf('@') + 1)
    for (const part of authority.split(',')) hosts.push(hostOf(part))
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

/** Every intent of the scan, sorted by source service, then position. */
export function findIntents(services: ServiceNode[]): Intent[] {
  const names = createNameIndex(services)
  const intents: Intent[] = []
  const seen = new Set<string>()
  const add = (intent: Intent): void => {
    if (intent.from === intent.to) return
    const key = `${intent.from.id}\u0000${intent.to.id}\u0000${intent.kind}\u0000${spanKey(intent.span)}`
    if (seen.has(key)) return
    seen.add(key)
    intents.push(intent)
  }

  for (const from of services) {
    const { service, project } = from
    for (const dependency of service.dependsOn) {
      const to = names.serviceInProject(project, dependency.value)
      if (to)
        add({
          from,
          to,
          kind: 'depends_on',
          span: dependency.span,
          detail: `depends_on: ${dependency.value}`
        })
    }
    for (const link of service.links) {
      const to = names.serviceInProject(project, link.service)
      const detail = `links: ${link.service}${link.alias ? `:${link.alias}` : ''}`
      if (to) add({ from, to, kind: 'links', span: link.span, detail })
    }
    for (const link of service.externalLinks) {
      const [container = ''] = link.value.split(':')
      const to = names.container(container, project)
      if (to)
        add({ from, to, kind: 'links', span: link.span, detail: `external_links: ${link.value}` })
    }
    const mode = service.networkMode
    if (mode?.kind === 'service' || mode?.kind === 'container') {
      const to = names.namespaceTarget(from)
      const detail = `network_mode: ${mode.kind}:${mode.target}`
      if (to) add({ from, to, kind: 'network-mode', span: mode.span, detail })
    }
    for (const variable of service.environment) {
      if (variable.value === undefined) continue
      for (const host of extractHosts(variable.name, variable.value)) {
        const to = resolveHost(names, from, host)
        if (!to) continue
        const detail = `${variable.name}=${maskPasswords(variable.value)}`
        add({ from, to, kind: 'environment', span: variable.span, detail })
      }
    }
  }

  for (const proxy of services) {
    const kind = proxyKind(proxy)
    if (!kind) continue
    for (const target of routeCandidates(proxy, services)) {
      const route = findRoute(kind, target)
      if (!route) continue
      const intent: Intent = {
        from: proxy,
        to: target,
        kind: 'proxy-route',
        span: route.span,
        detail: route.detail
      }
      const network = route.network ? networkNamed(target, route.network) : undefined
      if (network) intent.network = network
      add(intent)
    }
  }

  const order = new Map(services.map((node, i) => [node, i]))
  return intents.sort(
    (a, b) =>
      (order.get(a.from) ?? 0) - (order.get(b.from) ?? 0) ||
      compareSpans(a.span, b.span) ||
      (order.get(a.to) ?? 0) - (order.get(b.to) ?? 0) ||
      (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)
  )
}

function spanKey(span: SourceSpan): string {
  return `${span.file}:${span.start.line}:${span.start.col}:${span.end.line}:${span.end.col}`
}

/**
 * A host name as `from` resolves it: a service of its own project, a `container_name` there,
 * a name or alias on a network it is on (other projects' services join through shared
 * networks), then any container name of the scan. A name that resolves to nothing may be an
 * outside host: no intent.
 */
function resolveHost(names: NameIndex, from: ServiceNode, host: string): ServiceNode | undefined {
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

/** Which label- or environment-driven proxy an edge service is, if any. */
function proxyKind(node: ServiceNode): ProxyKind | undefined {
  if (node.tier.tier !== 'edge' || !node.service.image) return undefined
  const name = parseImageReference(node.service.image.value)?.name
  if (!name) return undefined
  if (name === 'traefik' || name.startsWith('traefik-')) return 'traefik'
  if (name === 'nginx-proxy') return 'nginx-proxy'
  if (name === 'caddy-docker-proxy') return 'caddy-docker-proxy'
  return undefined
}

/** Services a proxy can see: its own project's, and those on a network it is on. */
function routeCandidates(proxy: ServiceNode, services: ServiceNode[]): ServiceNode[] {
  const networks = new Set(proxy.memberships.map(m => m.network))
  return services.filter(
    node =>
      node !== proxy &&
      (node.project === proxy.project || node.memberships.some(m => networks.has(m.network)))
  )
}

interface Route {
  span: SourceSpan
  detail: string
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
    const virtualHost = target.service.environment.find(
      (v: EnvironmentVariable) => v.name === 'VIRTUAL_HOST' && v.value
    )
    return virtualHost
      ? { span: virtualHost.span, detail: `VIRTUAL_HOST=${virtualHost.value}` }
      : undefined
  }
  if (kind === 'caddy-docker-proxy') {
    const label = firstBySpan(labels.filter(l => /^caddy(_\d+)?$/.test(l.key)))
    return label ? { span: label.span, detail: `${label.key}=${label.value}` } : undefined
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
    detail: `${decisive.key}=${decisive.value}`,
    network: network?.value.trim() || undefined
  }
}

function firstBySpan(labels: Label[]): Label | undefined {
  return [...labels].sort((a, b) => compareSpans(a.span, b.span))[0]
}

/** The target's network `traefik.docker.network` names: by real name, else by project key. */
function networkNamed(target: ServiceNode, name: string): NetworkNode | undefined {
  return (
    target.memberships.find(m => m.network.id === name)?.network ??
    target.memberships.find(m => m.attachment.network === name)?.network
  )
}
