/** Services near a service: in its project, or on a network it is on. */
import type { ServiceNode } from './types.js'

/**
 * Indexes `nodes` by project and by network. The function returned gives those of `nodes` in a
 * service's project or on a network it is on (the service itself too, when it is one of them),
 * in the order of `nodes`: a lookup costs the service's neighbours, not the scan.
 */
export function indexNeighbours(nodes: readonly ServiceNode[]): (of: ServiceNode) => ServiceNode[] {
  const position = new Map<ServiceNode, number>()
  const byProject = new Map<ServiceNode['project'], ServiceNode[]>()
  const byNetwork = new Map<ServiceNode['memberships'][number]['network'], ServiceNode[]>()
  for (const [index, node] of nodes.entries()) {
    position.set(node, index)
    const inProject = byProject.get(node.project)
    if (inProject) inProject.push(node)
    else byProject.set(node.project, [node])
    for (const { network } of node.memberships) {
      const onNetwork = byNetwork.get(network)
      if (!onNetwork) byNetwork.set(network, [node])
      else if (onNetwork[onNetwork.length - 1] !== node) onNetwork.push(node)
    }
  }
  return of => {
    const found = new Set(byProject.get(of.project))
    for (const { network } of of.memberships) {
      for (const node of byNetwork.get(network) ?? []) found.add(node)
    }
    return [...found].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))
  }
}
