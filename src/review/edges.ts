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
  | { kind: 'host-port'; port: string }

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
 * (one edge per shared network, else the one direct hop), sorted by key.
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
      const via: EdgeVia =
        hop.via.kind === 'host-port'
          ? { kind: 'host-port', port: hop.via.port.text }
          : hop.via.kind === 'namespace'
            ? { kind: 'namespace' }
            : { kind: 'host-mode' }
      const viaKey =
        hop.via.kind === 'host-port' ? `host-port ${hop.via.port.published ?? ''}` : hop.via.kind
      edges.push({
        ...ends,
        key: `reaches ${service.id} ${store.id} ${viaKey}`,
        via,
        evidence: [{ key: `${service.id} ${store.id} ${viaKey}`, span: hop.span }]
      })
    }
  }
  return edges.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
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
