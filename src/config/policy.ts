/**
 * The flow policy: which services a `policy.forbid` or `policy.allow` entry names, and the
 * forbidden flows of a topology. A flow is a direct connection (one hop: a shared network,
 * a shared namespace, host mode, or a host port published by a service of the same project). Longer paths are not flows of their
 * own: edge -> app -> data is the three-tier design a policy exists to keep, and each of its
 * hops is judged on its own.
 */
import { compareSpans } from '../core/span.js'
import type { Hop, ServiceNode, Topology } from '../analyze/types.js'
import { matchesServicePattern } from './globs.js'
import picomatch from 'picomatch'
import type { FlowEntry, FlowPolicy, FlowSelector } from './types.js'

/** A forbidden flow found in the topology: the entry, both ends and the hop that makes it. */
export interface ForbiddenFlow {
  entry: FlowEntry
  from: ServiceNode
  to: ServiceNode
  hop: Hop
}

/** Whether every key of the selector holds for the service. */
export function matchesSelector(selector: FlowSelector, node: ServiceNode): boolean {
  if (selector.tier && node.tier.tier !== selector.tier) return false
  if (
    selector.service &&
    !matchesServicePattern(selector.service, node.project.name, node.service.name)
  ) {
    return false
  }
  if (selector.network) {
    const pattern = selector.network
    const onNetwork = node.memberships.some(
      m =>
        picomatch.isMatch(m.attachment.network, pattern, { dot: true }) ||
        picomatch.isMatch(m.network.id, pattern, { dot: true }) ||
        m.network.declarations.some(d =>
          picomatch.isMatch(d.network.realName, pattern, { dot: true })
        )
    )
    if (!onNetwork) return false
  }
  return true
}

/** The first `allow` entry that names the flow from `from` to `to`, if any. */
export function findAllowingEntry(
  policy: FlowPolicy,
  from: ServiceNode,
  to: ServiceNode
): FlowEntry | undefined {
  return policy.allow.find(e => matchesSelector(e.from, from) && matchesSelector(e.to, to))
}

/**
 * Every forbidden flow: for each `forbid` entry, each pair of distinct services matching
 * `from` and `to` where `from` can open a connection to `to` directly, and no `allow` entry
 * names the pair. One flow per pair (the first entry that forbids it), through the hop written
 * first.
 */
export function findForbiddenFlows(topology: Topology, policy: FlowPolicy): ForbiddenFlow[] {
  const flows: ForbiddenFlow[] = []
  if (policy.forbid.length === 0) return flows
  // One flow per pair: the first entry that forbids it (a reviewer wants one annotation).
  const reported = new Set<string>()
  for (const entry of policy.forbid) {
    const sources = topology.services.filter(s => matchesSelector(entry.from, s))
    if (sources.length === 0) continue
    for (const from of sources) {
      const hops = topology
        .directReach(from)
        .filter(hop => hop.to !== from && isProjectFlow(hop) && matchesSelector(entry.to, hop.to))
      const firstByTarget = new Map<ServiceNode, Hop>()
      for (const hop of hops) {
        const known = firstByTarget.get(hop.to)
        if (!known || compareSpans(hop.span, known.span) < 0) firstByTarget.set(hop.to, hop)
      }
      for (const [to, hop] of firstByTarget) {
        const pair = `${from.id}\0${to.id}`
        if (reported.has(pair) || findAllowingEntry(policy, from, to)) continue
        reported.add(pair)
        flows.push({ entry, from, to, hop })
      }
    }
  }
  return flows
}

/**
 * A published host port reaches every container on the host, of every project: across projects
 * that is `data-port-published`'s finding, once at the port, rather than a flow per service of
 * the whole scan. Within a project (deployed together, on one host) it is a flow like any other.
 */
function isProjectFlow(hop: Hop): boolean {
  return hop.via.kind !== 'host-port' || hop.from.project === hop.to.project
}
