/**
 * Questions several rules ask the topology, and the wording they share. Not a rule: the
 * completeness test knows this file.
 */
import path from 'node:path'
import picomatch from 'picomatch'
import { EMPTY_LIST } from '../core/lists.js'
import { compareSpans, type SourceSpan } from '../core/span.js'
import type { Membership, NetworkNode, ServiceNode, Topology } from '../analyze/types.js'
import type { Label, Mount } from '../model/types.js'
import type { PathStep } from './types.js'

/** A name in backticks, as messages quote names. */
export function quote(name: string): string {
  return `\`${name}\``
}

/**
 * The service's name for a message about `about`: its bare name in the same project, else
 * `project/service`, so two projects' `db` are told apart.
 */
export function serviceLabel(node: ServiceNode, about?: ServiceNode): string {
  const sameProject = about === undefined || about.project === node.project
  return quote(sameProject ? node.service.name : node.id)
}

/** The network's name for messages: its key in `project`, or its real name elsewhere. */
export function networkLabel(network: NetworkNode, project?: ServiceNode['project']): string {
  const own = network.declarations.find(d => d.project === project)
  return quote(own ? own.network.key : network.realName)
}

/** What a data or edge service is, for messages: "PostgreSQL", or "data store" when unknown. */
export function productOf(node: ServiceNode): string {
  if (node.tier.product) return node.tier.product
  return node.tier.tier === 'data' ? 'a data store' : node.tier.tier === 'edge' ? 'a proxy' : 'it'
}

/** `db` (PostgreSQL), for the first mention of a data or edge service. */
export function describeService(node: ServiceNode, about?: ServiceNode): string {
  const name = serviceLabel(node, about)
  return node.tier.product ? `${name} (${node.tier.product})` : name
}

/** Whether the service is in the given tier. */
export function isTier(node: ServiceNode, tier: ServiceNode['tier']['tier']): boolean {
  return node.tier.tier === tier
}

/**
 * The line that put the service on the network: its entry under `networks:`, its
 * `network_mode` line when it borrows another service's namespace or sits on the legacy bridge,
 * or the service key for the implicit default network.
 */
export function membershipSpan(membership: Membership): SourceSpan {
  const service = membership.service
  if ((service.mode === 'namespace' || service.mode === 'bridge') && service.service.networkMode) {
    return service.service.networkMode.span
  }
  return membership.attachment.implicit ? service.service.span : membership.attachment.span
}

/** The service's membership of `network`, if it has one. */
export function membershipOf(node: ServiceNode, network: NetworkNode): Membership | undefined {
  const found = node.memberships.find(m => m.network.id === network.id)
  // A namespace sharer's membership may name the owner; spans must come from the sharer.
  return found && { ...found, service: node }
}

/** Memberships sorted by where they were written, for deterministic "first" choices. */
export function sortMemberships(memberships: Membership[]): Membership[] {
  return [...memberships].sort((a, b) => compareSpans(membershipSpan(a), membershipSpan(b)))
}

/** Services sorted by the position of their key, each id once. */
export function sortServices(nodes: ServiceNode[]): ServiceNode[] {
  // Ids are unique in a topology: each node once is each id once.
  const unique = [...new Set(nodes)]
  return unique.sort((a, b) => compareSpans(a.service.span, b.service.span))
}

/**
 * Whether the service's networking is one compose would refuse (an undeclared network, or
 * `networks` beside `network_mode`): `invalid-network-reference` reports it, and what the
 * topology says about the service's reach is a guess.
 */
export function hasInvalidNetworking(node: ServiceNode): boolean {
  for (const attachment of node.service.networks) {
    if (attachment.implicit) continue
    if (node.service.networkMode) return true
    if (!attachment.declared && attachment.network !== 'default') return true
  }
  return false
}

/** Services on the network, namespace sharers included, each once, in the topology's order. */
export function servicesOn(network: NetworkNode): ServiceNode[] {
  return [...new Set(network.members.map(m => m.service))]
}

/**
 * The intents of a topology indexed both ways, by service. Lists, not sets: a service has a few
 * intents, and the index lives as long as the topology. Kept by service index in arrays, not in
 * maps of every service.
 */
export interface IntentIndex {
  /** Ids of the services the service's intents point to, each once. */
  targetsOf(node: ServiceNode): readonly string[]
  /** Ids of the services whose intents point to the service, each once. */
  sourcesOf(node: ServiceNode): readonly string[]
}
const intentIndexes = new WeakMap<
  Topology,
  { intents: unknown[]; size: number; index: IntentIndex }
>()

/** The topology's intents indexed by source and target, built once per topology and reused. */
export function indexIntents(topology: Topology): IntentIndex {
  const cached = intentIndexes.get(topology)
  const intents = topology.intents
  if (cached && cached.intents === intents && cached.size === intents.length) return cached.index
  const targets: (readonly string[] | undefined)[] = []
  const sources: (readonly string[] | undefined)[] = []
  const addTo = (lists: (readonly string[] | undefined)[], key: ServiceNode, id: string) => {
    const ids = lists[key.index] ?? EMPTY_LIST
    if (!ids.includes(id)) lists[key.index] = ids.concat(id)
  }
  for (const { from, to } of intents) {
    addTo(targets, from, to.id)
    addTo(sources, to, from.id)
  }
  const index: IntentIndex = {
    targetsOf: node => targets[node.index] ?? EMPTY_LIST,
    sourcesOf: node => sources[node.index] ?? EMPTY_LIST
  }
  intentIndexes.set(topology, { intents, size: intents.length, index })
  return index
}

/** Ids of the services `from`'s intents point to (empty when it has none). */
export function intentTargets(topology: Topology, from: ServiceNode): readonly string[] {
  return indexIntents(topology).targetsOf(from)
}

/** Whether the topology says `from` needs to connect to `to`. */
export function hasIntent(topology: Topology, from: ServiceNode, to: ServiceNode): boolean {
  return intentTargets(topology, from).includes(to.id)
}

/** Whether two services share one network namespace (one borrows the other's, or both a third's). */
export function shareNamespace(a: ServiceNode, b: ServiceNode): boolean {
  const ownerA = a.mode === 'namespace' ? a.namespaceOwner : a
  const ownerB = b.mode === 'namespace' ? b.namespaceOwner : b
  return ownerA !== undefined && ownerB !== undefined && ownerA.id === ownerB.id && a.id !== b.id
}

/**
 * Whether the outside reaches the service directly: a port published on a non-loopback
 * address (or through the Swarm routing mesh), or host networking. Proxied exposure does not
 * count: the proxy is the one exposed.
 */
export function isPubliclyPublished(topology: Topology, node: ServiceNode): boolean {
  if (node.mode === 'host') return true
  return topology
    .exposures(node)
    .some(e => e.public && (e.kind === 'published' || e.kind === 'host-mode'))
}

/** Whether the port publishes through the Swarm routing mesh (explicitly, or a stack's default). */
export function isIngressPort(node: ServiceNode, mode: 'ingress' | 'host' | undefined): boolean {
  return mode === 'ingress' || (mode === undefined && node.project.kind === 'stack')
}

/** Whether the network is a Swarm overlay: `driver: overlay`, or a stack's default driver. */
export function isOverlay(network: NetworkNode): boolean {
  if (network.driver === 'overlay') return true
  const primary = network.primary
  return (
    network.driver === '' &&
    primary !== undefined &&
    primary.project.kind === 'stack' &&
    !primary.network.external
  )
}

/** A path step for "`svc` joins `network`". */
export function joinStep(membership: Membership, about?: ServiceNode): PathStep {
  const network = membership.network
  return {
    span: membershipSpan(membership),
    message: `${serviceLabel(membership.service, about)} joins ${networkLabel(network, membership.service.project)}`,
    service: membership.service.id,
    network: network.id
  }
}

/**
 * How many names a message lists (and a rule that could name thousands, such as the proxies
 * beside a store, locates): a finding about one store on a network of 1,500 proxies names five
 * and says how many more, so its size, and the work of writing it, does not grow with the stack.
 */
export const MAX_LISTED = 5

/**
 * What any finding carries at most, whatever its rule: related locations and services. Larger
 * than any real stack needs (the corpus's largest finding has 16), so they only stop a fan-out;
 * services feed the finding's fingerprint, which must not change on ordinary stacks.
 */
export const FINDING_BOUNDS = { relatedLocations: 20, services: 50 }

/**
 * `a`, `a` and `b`, `a`, `b` and `c`; past `MAX_LISTED` names, the first ones and how many
 * more (`a`, ..., `j` and 1,490 more). `total` is the count when `items` holds only the first.
 */
export function formatList(items: string[], total = items.length): string {
  if (total > items.length || items.length > MAX_LISTED) {
    const shown = items.slice(0, MAX_LISTED)
    return `${shown.join(', ')} and ${(total - shown.length).toLocaleString('en-US')} more`
  }
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** The networks a service is on, for messages: "`frontend` and `backend`", or its mode. */
export function describeNetworks(node: ServiceNode): string {
  switch (node.mode) {
    case 'host':
      return 'the host network (`network_mode: host`)'
    case 'none':
      return 'no network (`network_mode: none`)'
    case 'bridge':
      return "Docker's legacy default bridge (`network_mode: bridge`)"
    default: {
      const names = [...new Set(node.memberships.map(m => networkLabel(m.network, node.project)))]
      return names.length === 0 ? 'no network' : formatList(names)
    }
  }
}

/** Profiles of the given services, when any is behind a profile. */
export function profilesOf(...nodes: ServiceNode[]): string[] | undefined {
  const profiles = [...new Set(nodes.flatMap(n => n.service.profiles.map(p => p.value)))].sort()
  return profiles.length > 0 ? profiles : undefined
}

/** Labels a proxy reads: `deploy.labels` first for stacks (Traefik's swarm mode), then `labels`. */
export function proxyLabels(node: ServiceNode): Label[] {
  const { labels, deployLabels } = node.service
  return node.project.kind === 'stack' ? [...deployLabels, ...labels] : [...labels, ...deployLabels]
}

/** Host folders that hold the Docker socket: the root, and the run folders the socket lives in. */
const SOCKET_FOLDERS = new Set(['/', '/run', '/var/run'])

/**
 * The host folder holding the Docker socket that a bind mount brings in (`/`, `/run`,
 * `/var/run`), if it is one: `host-root-mounted` reports these, `docker-socket-mounted` the
 * socket file itself, so one mount gets one finding.
 */
export function socketFolder(mount: Mount): string | undefined {
  if (mount.type !== 'bind' || !mount.source?.startsWith('/')) return undefined
  let folder = path.posix.normalize(mount.source)
  if (folder.length > 1 && folder.endsWith('/')) folder = folder.slice(0, -1)
  return SOCKET_FOLDERS.has(folder) ? folder : undefined
}

/**
 * Whether a service pattern names the service: a pattern without a slash is matched against
 * the service name, one with a slash against `project/service`. Globs allowed (`*-worker`).
 */
export function matchesServicePattern(pattern: string, project: string, service: string): boolean {
  return pattern.includes('/')
    ? picomatch.isMatch(`${project}/${service}`, pattern, { dot: true })
    : picomatch.isMatch(service, pattern, { dot: true })
}
