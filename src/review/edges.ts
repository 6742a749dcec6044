/**
 * The reachability edges a review compares between two commits: the outside reaching a service,
 * and a service reaching a data store. Read from the topology through its public questions
 * (`exposures`, `connection`, `sharedNetworks`) only, so the way reachability is computed can
 * change without this file noticing.
 */
import type { SourceSpan } from '../core/span.js'
import type { Topology, ServiceNode } from '../analyze/types.js'

/** How an edge gets from one end to the other. */
export type EdgeVia =
  | { kind: 'network'; network: string }
  | { kind: 'published-port'; port: string }
  | { kind: 'host-mode' }
  | { kind: 'proxy'; proxy: string }
  | { kind: 'namespace' }

/** One fact an edge rests on (an attachment, a published port), with where it is written. */
export interface EdgeEvidence {
  /** The fact's identity across commits: `member <service id> <network id>`, `port ...`. */
  key: string
  span: SourceSpan
}

/** Who can open a connection to whom, and over what, as plain data. */
export interface ReachEdge {
  /** Identity across commits: kind, ends (service ids) and the way between them. */
  key: string
  /** Identity of the two ends alone: one pair may have several edges (networks, ports). */
  pairKey: string
  kind: 'exposed' | 'reaches-store'
  /** The project of the target. */
  project: string
  /** The service that connects (`undefined`: the outside). */
  from?: string
  to: string
  /** What the target is, when known: "PostgreSQL". */
  toProduct?: string
  via: EdgeVia
  /** The facts that make the edge, most telling first. */
  evidence: EdgeEvidence[]
}

/**
 * Every edge of a topology: each public exposure of a service (published port on a non-loopback
 * address, host mode, a public proxy routing to it), and each way a service reaches a data store
 * over a network (one edge per shared network) or a shared namespace, sorted by key. A store's
 * port published on the host is its `exposed` edge: every service with egress reaches it
 * through the gateway too, and an edge from each would drown the review.
 */
export function collectEdges(topology: Topology): ReachEdge[] {
  const edges: ReachEdge[] = []
  const stores = topology.services.filter(s => s.tier.tier === 'data')
  for (const service of topology.services) {
    for (const exposure of topology.exposures(service)) {
      if (!exposure.public) continue
      const via: EdgeVia =
        exposure.kind === 'published'
          ? { kind: 'published-port', port: exposure.port?.text ?? '' }
          : exposure.kind === 'host-mode'
            ? { kind: 'host-mode' }
            : { kind: 'proxy', proxy: exposure.via?.service.name ?? '' }
      const viaKey =
        exposure.kind === 'published'
          ? `port ${exposure.port?.published ?? ''}/${exposure.port?.protocol ?? ''}`
          : exposure.kind === 'proxied'
            ? `proxy ${exposure.via?.id ?? ''}`
            : exposure.kind
      edges.push({
        key: `exposed ${service.id} ${viaKey}`,
        pairKey: `exposed ${service.id}`,
        kind: 'exposed',
        project: service.project.name,
        to: service.service.name,
        toProduct: service.tier.product,
        via,
        evidence: [
          { key: `${service.id} ${viaKey} ${exposure.port?.text ?? ''}`, span: exposure.span }
        ]
      })
    }
    for (const store of stores) {
      const hop = topology.connection(service, store)
      if (!hop) continue
      const ends = {
        pairKey: `reaches ${service.id} ${store.id}`,
        kind: 'reaches-store' as const,
        project: store.project.name,
        from: service.service.name,
        to: store.service.name,
        toProduct: store.tier.product
      }
      if (hop.via.kind === 'network') {
        for (const network of topology.sharedNetworks(service, store)) {
          edges.push({
            ...ends,
            key: `reaches ${service.id} ${store.id} network ${network.id}`,
            via: { kind: 'network', network: networkName(service, network.id) },
            evidence: [service, store].flatMap(s => membershipEvidence(s, network.id))
          })
        }
        continue
      }
      if (hop.via.kind !== 'namespace') continue
      edges.push({
        ...ends,
        key: `reaches ${service.id} ${store.id} namespace`,
        via: { kind: 'namespace' },
        evidence: [{ key: `${service.id} ${store.id} namespace`, span: hop.span }]
      })
    }
  }
  return edges.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/**
 * Every attachment of a service to a network, as the fact keys edges use: what a commit has
 * even where it makes no edge (the proxy on `front` before a store joins it), so the line given
 * for a new edge is the fact the other commit lacked.
 */
export function collectMembershipFacts(topology: Topology): string[] {
  return topology.services.flatMap(service =>
    service.memberships.map(m => `member ${service.id} ${m.network.id}`)
  )
}

/** The network as the service's file names it (`back`), else its id. */
function networkName(service: ServiceNode, networkId: string): string {
  const membership = service.memberships.find(m => m.network.id === networkId)
  return membership?.attachment.network ?? networkId
}

function membershipEvidence(service: ServiceNode, networkId: string): EdgeEvidence[] {
  return service.memberships
    .filter(m => m.network.id === networkId)
    .map(m => ({ key: `member ${service.id} ${networkId}`, span: m.attachment.span }))
}
