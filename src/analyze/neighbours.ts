/** Services near a service: in its project, or on a network it is on. */
import type { ServiceNode } from './types.js'

/**
 * Indexes `nodes` (services of one topology, in any order) by project. The function returned
 * gives those of `nodes` in a service's project or on a network it is on (the service itself
 * too, when it is one of them), in the order of `nodes`: a lookup costs the service's
 * neighbours, not the scan. Networks are read from their members, complete once the topology
 * is built; positions are kept by topology index in an array, not a map of every service.
 */
export function indexNeighbours(nodes: readonly ServiceNode[]): (of: ServiceNode) => ServiceNode[] {
  const position = new Int32Array(nodes.reduce((most, node) => Math.max(most, node.index + 1), 0))
  const byProject = new Map<ServiceNode['project'], ServiceNode[]>()
  for (const [at, node] of nodes.entries()) {
    // Stored one up, so that 0 means "not one of `nodes`".
    position[node.index] = at + 1
    const inProject = byProject.get(node.project)
    if (inProject) inProject.push(node)
    else byProject.set(node.project, [node])
  }
  return of => {
    const found = new Set(byProject.get(of.project))
    for (const { network } of of.memberships) {
      for (const { service } of network.members) {
        if ((position[service.index] ?? 0) > 0) found.add(service)
      }
    }
    return [...found].sort((a, b) => (position[a.index] ?? 0) - (position[b.index] ?? 0))
  }
}
