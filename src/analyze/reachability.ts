/**
 * Who can open a connection to whom, and how the outside gets in. Answers are computed on
 * demand from memberships indexed by network, never as an all-pairs table: a scan of thousands
 * of services answers `directReach` for each in well under a second.
 */
import { EMPTY_LIST } from '../core/lists.js'
import { compareSpans, type SourceSpan } from '../core/span.js'
import type { PortBinding, Project } from '../model/types.js'
import type { Exposure, Hop, Intent, Membership, NetworkNode, Path, ServiceNode } from './types.js'

const UNREACHED = -1
const ROOT = -2

type Emit = (
  to: ServiceNode,
  kind: Hop['via']['kind'],
  network: NetworkNode | undefined,
  port: PortBinding | undefined,
  /** The membership of `to` (network), the namespace owner, the host-mode service or `to`. */
  where: Membership | ServiceNode
) => void

/** How a service is networked once `service:`/`container:` is followed to its owner. */
type EffectiveMode = 'networks' | 'host' | 'none' | 'bridge' | 'isolated'

interface Facts {
  effective: EffectiveMode
  /** The service itself, or its namespace owner. */
  owner: ServiceNode
  /** Owner and sharers of one namespace, sorted; undefined when the service shares with none. */
  group?: ServiceNode[]
  /** On a non-internal network, in bridge or host mode: can reach the host's gateway. */
  egress: boolean
  /** For host mode (and sharers of a host-mode owner): where it was put there. */
  hostSpan?: SourceSpan
  /** Ports actually published on the host for this namespace. */
  ports: readonly PortBinding[]
  /** The first published port other containers can reach through the gateway. */
  gatewayPort?: PortBinding
  /**
   * Its entries in `members` of each network, one per network: what a peer enumerating the
   * network finds. Its memberships, except for a service put in host mode after joining.
   * Lists, not maps: a service is on a few networks, and a scan holds one per service.
   */
  asMember: readonly Membership[]
  /** Memberships by network id: the order hops over networks are preferred in. */
  sortedMemberships: readonly Membership[]
}

export interface Reachability {
  directReach(a: ServiceNode): Hop[]
  connection(a: ServiceNode, b: ServiceNode): Hop | undefined
  findPath(a: ServiceNode, b: ServiceNode): Path | undefined
  sharedNetworks(a: ServiceNode, b: ServiceNode): NetworkNode[]
  exposures(s: ServiceNode): Exposure[]
  /** The proxy routes (`proxy-route` intents) that make services `proxied`. */
  setRoutes(routes: Intent[]): void
}

/**
 * Whether a published port is reachable on a non-loopback address: bound to every or a specific
 * interface, or a Swarm ingress port (published on every node; the default mode in a stack).
 */
export function isPublicPort(project: Project, port: PortBinding): boolean {
  if (project.kind === 'stack' && port.mode !== 'host') return true
  return port.bind !== 'loopback'
}

/**
 * Indexes `services` (the topology's: sorted by id, `index` and memberships set) for the
 * reachability questions.
 */
export function createReachability(
  services: ServiceNode[],
  hostSpans: Map<ServiceNode, SourceSpan>
): Reachability {
  /** By service index: an array, not a map, since every service has its facts. */
  const facts: Facts[] = []
  /** A dense index per network, for the per-search "expanded" flags. */
  const networkIndex = new Map<NetworkNode, number>()
  const groups = new Map<ServiceNode, ServiceNode[]>()
  for (const node of services) {
    const owner = node.mode === 'namespace' ? node.namespaceOwner : node
    const effective: EffectiveMode = !owner
      ? 'isolated'
      : owner.mode === 'namespace'
        ? 'isolated'
        : owner.mode
    const egress = effective === 'host' || node.memberships.some(m => !m.network.internal)
    const ports =
      owner && (effective === 'networks' || effective === 'bridge') && egress
        ? owner.service.ports
        : EMPTY_LIST
    const gatewayPort = ports
      .filter(port => isPublicPort(owner?.project ?? node.project, port))
      .sort((a, b) => compareSpans(a.span, b.span))[0]
    facts[node.index] = {
      effective,
      owner: owner ?? node,
      egress,
      hostSpan: effective === 'host' ? hostSpans.get(node) : undefined,
      ports,
      gatewayPort,
      asMember: EMPTY_LIST,
      sortedMemberships: sortedByNetworkId(node.memberships)
    }
    if (owner && owner !== node) {
      const group = groups.get(owner) ?? [owner]
      group.push(node)
      groups.set(owner, group)
    }
  }
  for (const group of groups.values()) {
    group.sort((a, b) => a.index - b.index)
    for (const node of group) factsOf(node).group = group
  }

  /** In host mode, or networked with egress: the host (and a host-mode service) reaches it. */
  function isReachableFromHost(f: Facts): boolean {
    return (
      f.effective === 'host' ||
      ((f.effective === 'networks' || f.effective === 'bridge') && f.egress)
    )
  }

  function factsOf(node: ServiceNode): Facts {
    const found = facts[node.index]
    if (!found || services[node.index] !== node)
      throw new Error(`service ${node.id} is not part of this topology`)
    return found
  }

  const hostModeServices = services.filter(node => factsOf(node).effective === 'host')
  const gatewayTargets = services.filter(node => factsOf(node).gatewayPort)
  const reachableFromHost = services.filter(node => isReachableFromHost(factsOf(node)))
  for (const node of services) {
    for (const { network } of node.memberships) {
      if (networkIndex.has(network)) continue
      networkIndex.set(network, networkIndex.size)
      for (const member of network.members) {
        const f = factsOf(member.service)
        if (!f.asMember.some(m => m.network === network)) f.asMember = f.asMember.concat(member)
      }
    }
  }
  for (const node of services) {
    // Usually its own memberships: share that list rather than keep a copy.
    const f = factsOf(node)
    const own = node.memberships
    if (f.asMember.length === own.length && f.asMember.every(m => own.includes(m))) {
      f.asMember = own
    }
  }

  function namespaceSpan(from: ServiceNode, to: ServiceNode, owner: ServiceNode): SourceSpan {
    const sharer = to === owner ? from : to
    return sharer.service.networkMode?.span ?? sharer.service.span
  }

  /**
   * Calls `emit` for every service `a` reaches in one hop, best way first (namespace, then
   * networks by id, then host mode, then a host port); a target may be emitted more than once.
   * Allocation-free, so a breadth-first search over thousands of services stays cheap.
   */
  function enumerate(a: ServiceNode, emit: Emit): void {
    const fa = factsOf(a)
    if (fa.group) {
      for (const peer of fa.group) {
        if (peer !== a) emit(peer, 'namespace', undefined, undefined, fa.owner)
      }
    }
    if (fa.effective === 'isolated' || fa.effective === 'none') return
    for (const { network } of fa.sortedMemberships) {
      if (network.iccDisabled) continue
      for (const member of network.members) {
        if (member.service !== a) emit(member.service, 'network', network, undefined, member)
      }
    }
    if (fa.effective === 'host') {
      for (const target of reachableFromHost) {
        if (target !== a) emit(target, 'host-mode', undefined, undefined, a)
      }
    } else if (fa.egress) {
      for (const target of hostModeServices) emit(target, 'host-mode', undefined, undefined, target)
      for (const target of gatewayTargets) {
        if (target !== a) emit(target, 'host-port', undefined, factsOf(target).gatewayPort, target)
      }
    }
  }

  function makeHop(
    ...[a, to, kind, network, port, where]: [ServiceNode, ...Parameters<Emit>]
  ): Hop {
    if (kind === 'network' && network) {
      return { from: a, to, via: { kind, network }, span: (where as Membership).attachment.span }
    }
    if (kind === 'host-port' && port) return { from: a, to, via: { kind, port }, span: port.span }
    if (kind === 'namespace') {
      return { from: a, to, via: { kind }, span: namespaceSpan(a, to, where as ServiceNode) }
    }
    const hostNode = where as ServiceNode
    const span = factsOf(hostNode).hostSpan ?? hostNode.service.span
    return { from: a, to, via: { kind: 'host-mode' }, span }
  }

  function directReach(a: ServiceNode): Hop[] {
    const hops = new Map<ServiceNode, Hop>()
    enumerate(a, (...emitted) => {
      if (!hops.has(emitted[0])) hops.set(emitted[0], makeHop(a, ...emitted))
    })
    return [...hops.values()].sort((x, y) => x.to.index - y.to.index)
  }

  /**
   * The hop `directReach(a)` has to `b` (the first way `enumerate` offers), from the two
   * services' facts alone: the namespace group, `a`'s networks looked up in `b`'s, then the
   * host. Never enumerates other services.
   */
  function connection(a: ServiceNode, b: ServiceNode): Hop | undefined {
    if (a === b) return undefined
    const fa = factsOf(a)
    const fb = factsOf(b)
    if (fa.group && fa.group === fb.group) {
      return makeHop(a, b, 'namespace', undefined, undefined, fa.owner)
    }
    if (fa.effective === 'isolated' || fa.effective === 'none') return undefined
    if (fb.asMember.length > 0) {
      for (const { network } of fa.sortedMemberships) {
        if (network.iccDisabled) continue
        const member = fb.asMember.find(m => m.network === network)
        if (member) return makeHop(a, b, 'network', network, undefined, member)
      }
    }
    if (fa.effective === 'host') {
      return isReachableFromHost(fb)
        ? makeHop(a, b, 'host-mode', undefined, undefined, a)
        : undefined
    }
    if (!fa.egress) return undefined
    if (fb.effective === 'host') return makeHop(a, b, 'host-mode', undefined, undefined, b)
    if (fb.gatewayPort) return makeHop(a, b, 'host-port', undefined, fb.gatewayPort, b)
    return undefined
  }

  /** Breadth-first search trees by source, kept: callers ask many paths from few sources. */
  const trees = new Map<ServiceNode, Int32Array>()

  /**
   * Level by level, each level in id order: a service's parent is the first service of the
   * previous level (by id) that reaches it, so paths do not depend on enumeration order. The
   * first service to expand a network reaches all its members, so each network is expanded
   * once per search; the host likewise (once from a host-mode service, once through the
   * gateway): O(services + memberships) per search.
   */
  function searchFrom(a: ServiceNode): Int32Array {
    let parents = trees.get(a)
    if (parents) return parents
    parents = new Int32Array(services.length).fill(UNREACHED)
    const seenNetworks = new Uint8Array(networkIndex.size)
    let hostFromHostMode = false
    let hostFromGateway = false
    const start = a.index
    parents[start] = ROOT
    let level = [start]
    while (level.length > 0) {
      const next: number[] = []
      const visit = (to: ServiceNode, parent: number): void => {
        const i = to.index
        if (parents[i] !== UNREACHED) return
        parents[i] = parent
        next.push(i)
      }
      for (const index of level) {
        const fu = factsOf(services[index] as ServiceNode)
        if (fu.group) for (const peer of fu.group) visit(peer, index)
        if (fu.effective === 'isolated' || fu.effective === 'none') continue
        for (const { network } of fu.sortedMemberships) {
          if (network.iccDisabled) continue
          const n = networkIndexOf(network)
          if (seenNetworks[n]) continue
          seenNetworks[n] = 1
          for (const member of network.members) visit(member.service, index)
        }
        if (fu.effective === 'host') {
          if (hostFromHostMode) continue
          hostFromHostMode = true
          for (const target of reachableFromHost) visit(target, index)
        } else if (fu.egress && !hostFromGateway) {
          hostFromGateway = true
          for (const target of hostModeServices) visit(target, index)
          for (const target of gatewayTargets) visit(target, index)
        }
      }
      level = next.sort((x, y) => x - y)
    }
    trees.set(a, parents)
    return parents
  }

  function networkIndexOf(network: NetworkNode): number {
    const found = networkIndex.get(network)
    if (found === undefined) throw new Error(`network ${network.id} is not part of this topology`)
    return found
  }

  function findPath(a: ServiceNode, b: ServiceNode): Path | undefined {
    if (a === b) return { from: a, to: b, hops: [] }
    const parents = searchFrom(a)
    const chain: ServiceNode[] = []
    for (let i = b.index; i !== ROOT; i = parents[i] as number) {
      if (i === UNREACHED) return undefined
      chain.push(services[i] as ServiceNode)
    }
    chain.reverse()
    const hops: Hop[] = []
    for (let k = 1; k < chain.length; k++) {
      const from = chain[k - 1] as ServiceNode
      const to = chain[k] as ServiceNode
      const hop = connection(from, to)
      if (!hop) throw new Error(`no hop from ${from.id} to ${to.id} on a found path`)
      hops.push(hop)
    }
    return { from: a, to: b, hops }
  }

  function sharedNetworks(a: ServiceNode, b: ServiceNode): NetworkNode[] {
    return a.memberships
      .map(m => m.network)
      .filter(network => !network.iccDisabled && b.memberships.some(m => m.network === network))
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
  }

  let routes: Intent[] = []
  let proxied: Map<ServiceNode, Exposure[]> | undefined
  const baseExposures = new Map<ServiceNode, Exposure[]>()

  function exposuresWithoutProxies(s: ServiceNode): Exposure[] {
    let list = baseExposures.get(s)
    if (list) return list
    const fs = factsOf(s)
    list = []
    if (fs.effective === 'host') {
      list.push({ kind: 'host-mode', span: fs.hostSpan ?? s.service.span, public: true })
    }
    for (const port of fs.ports) {
      list.push({
        kind: 'published',
        span: port.span,
        port,
        public: isPublicPort(fs.owner.project, port)
      })
    }
    baseExposures.set(s, list)
    return list
  }

  /**
   * Proxied exposures for every routed service at once, as a fixpoint over the routes, so a
   * service behind a proxy behind a proxy is found and the answer does not depend on call order.
   */
  function computeProxied(): Map<ServiceNode, Exposure[]> {
    const level = new Map<ServiceNode, number>() // 0 not exposed, 1 loopback only, 2 public
    const levelOf = (node: ServiceNode): number => {
      const known = level.get(node)
      if (known !== undefined) return known
      const base = exposuresWithoutProxies(node)
      const value = base.some(e => e.public) ? 2 : base.length > 0 ? 1 : 0
      level.set(node, value)
      return value
    }
    const live = routes.filter(route => connection(route.from, route.to) !== undefined)
    for (let changed = true; changed;) {
      changed = false
      for (const route of live) {
        const value = levelOf(route.from)
        if (value > levelOf(route.to)) {
          level.set(route.to, value)
          changed = true
        }
      }
    }
    const result = new Map<ServiceNode, Exposure[]>()
    for (const route of live) {
      const value = levelOf(route.from)
      if (value === 0) continue
      const list = result.get(route.to) ?? []
      list.push({ kind: 'proxied', span: route.span, via: route.from, public: value === 2 })
      result.set(route.to, list)
    }
    for (const list of result.values()) list.sort((x, y) => compareSpans(x.span, y.span))
    return result
  }

  return {
    directReach,
    connection,
    findPath,
    sharedNetworks,
    exposures(s) {
      proxied ??= computeProxied()
      return [...exposuresWithoutProxies(s), ...(proxied.get(s) ?? [])]
    },
    setRoutes(list) {
      routes = [...list]
      proxied = undefined
    }
  }
}

/** `memberships` by network id: the list itself when already in that order (the usual case). */
function sortedByNetworkId(memberships: readonly Membership[]): readonly Membership[] {
  const sorted = [...memberships].sort((x, y) =>
    x.network.id < y.network.id ? -1 : x.network.id > y.network.id ? 1 : 0
  )
  return sorted.every((m, i) => m === memberships[i]) ? memberships : sorted
}
