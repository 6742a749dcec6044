/**
 * Who can open a connection to whom, and how the outside gets in.
 *
 * A service's one-hop neighbours are grouped into ways: its namespace, each network it is on
 * (icc on), and the host (from a host-mode service to everything the host reaches; through the
 * gateway to host-mode services and to published ports). `waysOf` lists them best first, and it
 * is the only place that knows the order: `edgesFrom`, `directReach`, `connection` and the
 * path search all read it. Answers are computed on demand from memberships indexed by network,
 * never as an all-pairs table: a scan of thousands of services answers `directReach` for each
 * in well under a second.
 */
import { EMPTY_LIST } from '../core/lists.js'
import { compareSpans, type SourceSpan } from '../core/span.js'
import type { PortBinding } from '../model/types.js'
import { effectiveBinding } from './port-binding.js'
import type { Exposure, Hop, Intent, NetworkNode, Path, ServiceNode } from './types.js'

const UNREACHED = -1
const ROOT = -2

/** What the reachability answers are computed from: the topology's services and proxy routes. */
export interface ReachabilityInput {
  /** The topology's services, sorted by id, `index` and memberships set. */
  services: readonly ServiceNode[]
  /** Where each host-mode service (and sharer of one) was put in the host namespace. */
  hostSpans: ReadonlyMap<ServiceNode, SourceSpan>
  /** The `proxy-route` intents: a service a public proxy routes to is exposed through it. */
  routes: readonly Intent[]
}

/** The reachability questions the topology answers (see `Topology` for each). */
export interface Reachability {
  edgesFrom(a: ServiceNode): Hop[]
  directReach(a: ServiceNode): Hop[]
  connection(a: ServiceNode, b: ServiceNode): Hop | undefined
  findPath(a: ServiceNode, b: ServiceNode): Path | undefined
  sharedNetworks(a: ServiceNode, b: ServiceNode): NetworkNode[]
  exposures(s: ServiceNode): Exposure[]
}

/**
 * A set of services one service reaches alike: its namespace, one network, or one side of the
 * host. Shared by every service that has it, so a search expands it once.
 */
interface Way {
  /** Dense, from 0: a search marks the ways it has expanded. */
  id: number
  /** Every service reached this way, by index (may include the one asking: `hop` skips it). */
  targets: readonly ServiceNode[]
  /** The hop from `from` (which has this way) to `to` this way, or undefined if `to` is not on it. */
  hop(from: ServiceNode, to: ServiceNode): Hop | undefined
}

/** How a service is networked once `service:`/`container:` is followed to its owner. */
type EffectiveMode = 'networks' | 'host' | 'none' | 'bridge' | 'isolated'

interface Facts {
  effective: EffectiveMode
  /** The service itself, or its namespace owner. */
  owner: ServiceNode
  /** On a non-internal network, in bridge or host mode: can reach the host's gateway. */
  egress: boolean
  /** For host mode (and sharers of a host-mode owner): where it was put there. */
  hostSpan?: SourceSpan
  /** Ports actually published on the host for this namespace. */
  ports: readonly PortBinding[]
  /** The first port published on a non-loopback address: what containers reach via the gateway. */
  gatewayPort?: PortBinding
  /** Its ways out, best first: namespace, networks by id, then the host. */
  ways: readonly Way[]
}

/**
 * Whether a port `node` publishes is reachable on a non-loopback address: bound to every or a
 * specific interface (as written, or by its network's default bind address, or opened to routing),
 * or a Swarm ingress port (published on every node; the default mode in a stack).
 */
export function isPublicPort(node: ServiceNode, port: PortBinding): boolean {
  if (node.project.kind === 'stack' && port.mode !== 'host') return true
  return effectiveBinding(node, port).bind !== 'loopback'
}

/**
 * The identity of an edge across two topologies of the same repository (a pull request's base
 * and head): the two services' ids, the way, and the network's id or the port's text.
 */
export function edgeKey(edge: Hop): string {
  const via =
    edge.via.kind === 'network'
      ? `network ${edge.via.network.id}`
      : edge.via.kind === 'host-port'
        ? `host-port ${edge.via.port.text}`
        : edge.via.kind
  return `${edge.from.id} -> ${edge.to.id} by ${via}`
}

/** Indexes the topology's services for the reachability questions. */
export function createReachability({
  services,
  hostSpans,
  routes
}: ReachabilityInput): Reachability {
  /** By service index: an array, not a map, since every service has its facts. */
  const facts: Facts[] = []
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
      .filter(port => isPublicPort(owner ?? node, port))
      .sort((a, b) => compareSpans(a.span, b.span))[0]
    facts[node.index] = {
      effective,
      owner: owner ?? node,
      egress,
      hostSpan: effective === 'host' ? hostSpans.get(node) : undefined,
      ports,
      gatewayPort,
      ways: EMPTY_LIST
    }
  }

  function factsOf(node: ServiceNode): Facts {
    const found = facts[node.index]
    if (!found || services[node.index] !== node)
      throw new Error(`service ${node.id} is not part of this topology`)
    return found
  }

  /**
   * In host mode, networked with egress, or on an internal bridge network: the host (and a
   * host-mode service) reaches it. An internal bridge still has an address on the host ("processes
   * on the docker host can access the network", Docker's packet-filtering page), unless its IPv4
   * gateway mode is `isolated`; an internal overlay has none.
   */
  function isReachableFromHost(f: Facts, node: ServiceNode): boolean {
    if (f.effective === 'host') return true
    if (f.effective !== 'networks' && f.effective !== 'bridge') return false
    return f.egress || node.memberships.some(m => hasHostAddress(m.network))
  }

  function hostModeSpan(node: ServiceNode): SourceSpan {
    return factsOf(node).hostSpan ?? node.service.span
  }

  /** Every way, by id. */
  const allWays: Way[] = []
  function register(way: Omit<Way, 'id'>): Way {
    const registered = { id: allWays.length, ...way }
    allWays.push(registered)
    return registered
  }

  const fromHost = register({
    targets: services.filter(node => isReachableFromHost(factsOf(node), node)),
    hop: (from, to) =>
      to !== from && isReachableFromHost(factsOf(to), to)
        ? { from, to, via: { kind: 'host-mode' }, span: hostModeSpan(from) }
        : undefined
  })
  const toHostMode = register({
    targets: services.filter(node => factsOf(node).effective === 'host'),
    hop: (from, to) =>
      to !== from && factsOf(to).effective === 'host'
        ? { from, to, via: { kind: 'host-mode' }, span: hostModeSpan(to) }
        : undefined
  })
  const toHostPort = register({
    targets: services.filter(node => factsOf(node).gatewayPort),
    hop(from, to) {
      const port = to !== from ? factsOf(to).gatewayPort : undefined
      return port ? { from, to, via: { kind: 'host-port', port }, span: port.span } : undefined
    }
  })

  const networkWays = new Map<NetworkNode, Way>()
  function networkWay(network: NetworkNode): Way {
    let way = networkWays.get(network)
    if (way) return way
    way = register({
      targets: network.members.map(m => m.service),
      hop(from, to) {
        const member = to !== from ? to.memberships.find(m => m.network === network) : undefined
        return member
          ? { from, to, via: { kind: 'network', network }, span: member.attachment.span }
          : undefined
      }
    })
    networkWays.set(network, way)
    return way
  }

  /** Owner and sharers of one namespace, by index: one way for the whole group. */
  const groups = new Map<ServiceNode, ServiceNode[]>()
  for (const node of services) {
    const owner = node.mode === 'namespace' ? node.namespaceOwner : undefined
    if (!owner) continue
    const group = groups.get(owner)
    if (group) group.push(node)
    else groups.set(owner, [owner, node])
  }
  const namespaceWays = new Map<ServiceNode, Way>()
  for (const [owner, group] of groups) {
    group.sort((a, b) => a.index - b.index)
    namespaceWays.set(
      owner,
      register({
        targets: group,
        hop(from, to) {
          if (to === from || factsOf(to).owner !== owner || factsOf(from).owner !== owner) {
            return undefined
          }
          // The line that put the sharer there: the owner's side of the pair has none.
          const sharer = to === owner ? from : to
          const span = sharer.service.networkMode?.span ?? sharer.service.span
          return { from, to, via: { kind: 'namespace' }, span }
        }
      })
    )
  }

  /** The ways out of `node`, best first: the one place that says who reaches whom. */
  function waysOf(node: ServiceNode): readonly Way[] {
    const f = factsOf(node)
    const ways: Way[] = []
    const namespace = namespaceWays.get(f.owner)
    if (namespace) ways.push(namespace)
    if (f.effective !== 'isolated' && f.effective !== 'none') {
      const networks = node.memberships
        .map(m => m.network)
        .filter(network => !network.iccDisabled)
        .sort((x, y) => compareIds(x.id, y.id))
      for (const network of networks) ways.push(networkWay(network))
      if (f.effective === 'host') ways.push(fromHost)
      else if (f.egress) ways.push(toHostMode, toHostPort)
    }
    return ways.length === 0 ? EMPTY_LIST : ways
  }
  for (const node of services) factsOf(node).ways = waysOf(node)

  /**
   * Every direct connection from `a`, way by way (best first), each way's targets by index: a
   * target reached several ways (two shared networks) has an edge for each.
   */
  function edgesFrom(a: ServiceNode): Hop[] {
    const edges: Hop[] = []
    for (const way of factsOf(a).ways) {
      for (const to of way.targets) {
        const hop = way.hop(a, to)
        if (hop) edges.push(hop)
      }
    }
    return edges
  }

  function directReach(a: ServiceNode): Hop[] {
    const best = new Map<ServiceNode, Hop>()
    for (const way of factsOf(a).ways) {
      for (const to of way.targets) {
        if (best.has(to)) continue
        const hop = way.hop(a, to)
        if (hop) best.set(to, hop)
      }
    }
    return [...best.values()].sort((x, y) => x.to.index - y.to.index)
  }

  /** The first way of `a` that reaches `b`: asks each way about `b`, never lists targets. */
  function connection(a: ServiceNode, b: ServiceNode): Hop | undefined {
    if (a === b) return undefined
    factsOf(b)
    for (const way of factsOf(a).ways) {
      const hop = way.hop(a, b)
      if (hop) return hop
    }
    return undefined
  }

  /** Breadth-first search trees by source, kept: callers ask many paths from few sources. */
  const trees = new Map<ServiceNode, { parents: Int32Array; ways: Int32Array }>()

  /**
   * Level by level, each level in id order: a service's parent is the first service of the
   * previous level (by id) that reaches it, by the parent's best way to it, so paths do not
   * depend on enumeration order. The first service to expand a way reaches all its targets, so
   * each way is expanded once per search: O(services + memberships) per search.
   */
  function searchFrom(a: ServiceNode): { parents: Int32Array; ways: Int32Array } {
    let tree = trees.get(a)
    if (tree) return tree
    const parents = new Int32Array(services.length).fill(UNREACHED)
    const ways = new Int32Array(services.length).fill(UNREACHED)
    const expanded = new Uint8Array(allWays.length)
    parents[a.index] = ROOT
    let level = [a.index]
    while (level.length > 0) {
      const next: number[] = []
      for (const index of level) {
        for (const way of factsOf(services[index] as ServiceNode).ways) {
          if (expanded[way.id]) continue
          expanded[way.id] = 1
          for (const to of way.targets) {
            if (parents[to.index] !== UNREACHED) continue
            parents[to.index] = index
            ways[to.index] = way.id
            next.push(to.index)
          }
        }
      }
      level = next.sort((x, y) => x - y)
    }
    tree = { parents, ways }
    trees.set(a, tree)
    return tree
  }

  function findPath(a: ServiceNode, b: ServiceNode): Path | undefined {
    if (a === b) return { from: a, to: b, hops: [] }
    factsOf(a)
    factsOf(b)
    const { parents, ways } = searchFrom(a)
    const hops: Hop[] = []
    for (let i = b.index; i !== a.index; i = parents[i] as number) {
      if (parents[i] === UNREACHED) return undefined
      const from = services[parents[i] as number] as ServiceNode
      const hop = allWays[ways[i] as number]?.hop(from, services[i] as ServiceNode)
      // A search reaches a service only by a way that has it as a target.
      if (!hop) throw new Error(`no hop to ${services[i]?.id ?? i} on a found path`)
      hops.push(hop)
    }
    return { from: a, to: b, hops: hops.reverse() }
  }

  function sharedNetworks(a: ServiceNode, b: ServiceNode): NetworkNode[] {
    return a.memberships
      .map(m => m.network)
      .filter(network => !network.iccDisabled && b.memberships.some(m => m.network === network))
      .sort((x, y) => compareIds(x.id, y.id))
  }

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
        public: isPublicPort(fs.owner, port)
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
  let proxied: Map<ServiceNode, Exposure[]> | undefined

  return {
    edgesFrom,
    directReach,
    connection,
    findPath,
    sharedNetworks,
    exposures(s) {
      proxied ??= computeProxied()
      return [...exposuresWithoutProxies(s), ...(proxied.get(s) ?? [])]
    }
  }
}

/** An internal bridge network whose bridge has a host address (any gateway mode but `isolated`). */
function hasHostAddress(network: NetworkNode): boolean {
  return (
    network.internal &&
    network.driver === 'bridge' &&
    network.primary?.network.gatewayModeIpv4?.value !== 'isolated'
  )
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
