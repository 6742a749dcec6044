/**
 * Builds the topology of a whole scan from its projects (DESIGN section 4): a node per service,
 * a node per real network name (so external networks join projects), memberships in effect
 * after `network_mode`, tiers, intents, and the reachability and exposure answers.
 */
import type { SourceSpan } from '../core/span.js'
import type { Network, NetworkAttachment, Project, Service } from '../model/types.js'
import { findIntents } from './intents.js'
import { createNameIndex } from './names.js'
import { createReachability } from './reachability.js'
import { classifyTier } from './tiers.js'
import type { Membership, NetworkNode, ServiceNode, TierAssignment, Topology } from './types.js'

export interface BuildTopologyOptions {
  /** A tier decided elsewhere (configuration overrides); `classifyTier` decides when undefined. */
  tierOf?: (service: Service, project: Project) => TierAssignment | undefined
}

/** The id of Docker's legacy default bridge network. */
export const LEGACY_BRIDGE = 'bridge'

/** Builds the topology of every project of a scan. Never throws on odd input. */
export function buildTopology(projects: Project[], options: BuildTopologyOptions = {}): Topology {
  const networks = buildNetworkNodes(projects)
  const graph = buildServiceNodes(projects, networks, options)
  const networkList = [...networks.values()].sort((a, b) => compareIds(a.id, b.id))
  for (const network of networkList) {
    network.members.sort((a, b) => graph.indexOf(a.service) - graph.indexOf(b.service))
  }
  const reach = createReachability(graph.services, graph.hostSpans)
  const intents = findIntents(graph.services)
  reach.setRoutes(intents.filter(intent => intent.kind === 'proxy-route'))
  const byId = new Map(graph.services.map(node => [node.id, node]))
  return {
    projects,
    services: graph.services,
    networks: networkList,
    intents,
    serviceById: id => byId.get(id),
    sharedNetworks: (a, b) => reach.sharedNetworks(a, b),
    findPath: (a, b) => reach.findPath(a, b),
    directReach: a => reach.directReach(a),
    exposures: s => reach.exposures(s)
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** External networks Docker treats as network modes rather than networks. */
function modeNetwork(network: Network): 'host' | 'none' | undefined {
  if (!network.external) return undefined
  return network.realName === 'host' || network.realName === 'none' ? network.realName : undefined
}

function createNetworkNode(id: string): NetworkNode {
  return {
    id,
    declarations: [],
    legacyBridge: false,
    internal: false,
    iccDisabled: false,
    attachable: false,
    encrypted: false,
    driver: 'bridge',
    sharedWithUnknown: true,
    members: []
  }
}

function buildNetworkNodes(projects: Project[]): Map<string, NetworkNode> {
  const nodes = new Map<string, NetworkNode>()
  for (const project of projects) {
    for (const network of project.networks) {
      if (modeNetwork(network)) continue
      let node = nodes.get(network.realName)
      if (!node) nodes.set(network.realName, (node = createNetworkNode(network.realName)))
      node.declarations.push({ project, network })
    }
  }
  for (const node of nodes.values()) {
    // Creating declarations first, then by project, so input order never decides settings.
    node.declarations.sort(
      (a, b) =>
        Number(a.network.external) - Number(b.network.external) ||
        compareIds(a.project.name, b.project.name) ||
        compareIds(a.project.directory, b.project.directory)
    )
    const primary = node.declarations[0]
    if (!primary) continue
    node.primary = primary
    const { network, project } = primary
    node.sharedWithUnknown = network.external
    node.internal = network.internal?.value === true
    node.iccDisabled = network.iccDisabled?.value === true
    node.attachable = network.attachable?.value === true
    node.encrypted = network.encrypted?.value === true
    node.driver = network.driver?.value ?? (project.kind === 'stack' ? 'overlay' : 'bridge')
    if (node.id === LEGACY_BRIDGE && network.external) markLegacyBridge(node)
  }
  return nodes
}

function markLegacyBridge(node: NetworkNode): void {
  // Every container started without a network joins it: always shared with unknown others.
  Object.assign(node, { legacyBridge: true, sharedWithUnknown: true, driver: 'bridge' })
  Object.assign(node, { internal: false, iccDisabled: false })
}

interface ServiceGraph {
  /** Sorted by id. */
  services: ServiceNode[]
  indexOf(node: ServiceNode): number
  /** Where each host-mode service (and sharer of one) was put in the host namespace. */
  hostSpans: Map<ServiceNode, SourceSpan>
}

function buildServiceNodes(
  projects: Project[],
  networks: Map<string, NetworkNode>,
  options: BuildTopologyOptions
): ServiceGraph {
  const services: ServiceNode[] = []
  const usedIds = new Map<string, number>()
  for (const project of projects) {
    for (const service of project.services) {
      let id = `${project.name}/${service.name}`
      // Two scanned projects with one name (two folders called `app`): keep ids unique.
      const seen = usedIds.get(id) ?? 0
      usedIds.set(id, seen + 1)
      if (seen > 0) id = `${id}#${seen + 1}`
      const tier = options.tierOf?.(service, project) ?? classifyTier(service)
      services.push({ id, project, service, tier, mode: 'networks', memberships: [] })
    }
  }
  services.sort((a, b) => compareIds(a.id, b.id))
  const index = new Map(services.map((node, i) => [node, i]))
  const hostSpans = new Map<ServiceNode, SourceSpan>()
  const networksByProject = new Map<Project, Map<string, Network>>(
    projects.map(p => [p, new Map(p.networks.map(n => [n.key, n]))])
  )

  const join = (node: ServiceNode, network: NetworkNode, attachment: NetworkAttachment): void => {
    const membership: Membership = { service: node, network, attachment }
    node.memberships.push(membership)
    network.members.push(membership)
  }
  const networkNamed = (id: string): NetworkNode => {
    let network = networks.get(id)
    if (!network) networks.set(id, (network = createNetworkNode(id)))
    if (id === LEGACY_BRIDGE && network.declarations.every(d => d.network.external)) {
      markLegacyBridge(network)
    }
    return network
  }

  for (const node of services) {
    const mode = node.service.networkMode
    if (!mode) {
      attachDeclared(node, networksByProject.get(node.project), networkNamed, join, hostSpans)
      continue
    }
    const synthetic = (network: string): NetworkAttachment => ({
      network,
      span: mode.span,
      implicit: false,
      declared: false,
      aliases: []
    })
    switch (mode.kind) {
      case 'host':
        node.mode = 'host'
        hostSpans.set(node, mode.span)
        break
      case 'none':
        node.mode = 'none'
        break
      case 'bridge':
        node.mode = 'bridge'
        join(node, networkNamed(LEGACY_BRIDGE), synthetic(LEGACY_BRIDGE))
        break
      case 'service':
      case 'container':
        node.mode = 'namespace'
        break
      case 'other':
        // Docker takes any other value as the name of a network to join (`--network NAME`).
        join(node, networkNamed(mode.value), synthetic(mode.value))
        break
    }
  }

  resolveNamespaces(services, hostSpans, join)
  return { services, indexOf: node => index.get(node) ?? -1, hostSpans }
}

function attachDeclared(
  node: ServiceNode,
  declared: Map<string, Network> | undefined,
  networkNamed: (id: string) => NetworkNode,
  join: (node: ServiceNode, network: NetworkNode, attachment: NetworkAttachment) => void,
  hostSpans: Map<ServiceNode, SourceSpan>
): void {
  for (const attachment of node.service.networks) {
    const network = declared?.get(attachment.network)
    // An undeclared network is refused by compose (a rule reports it): no membership.
    if (!network && !(attachment.declared && attachment.network === 'default')) continue
    const realName = network?.realName ?? `${node.project.name}_default`
    const asMode = network ? modeNetwork(network) : undefined
    if (asMode === 'host') {
      node.mode = 'host'
      hostSpans.set(node, attachment.span)
      node.memberships = []
      return
    }
    if (asMode === 'none') {
      node.mode = 'none'
      node.memberships = []
      return
    }
    join(node, networkNamed(realName), attachment)
  }
}

/**
 * Resolves `service:`/`container:` owners transitively and gives each sharer its final owner's
 * memberships. A chain that ends in a cycle or an unknown name leaves the sharer isolated.
 * `service:NAME` names a service of the project; `container:NAME` a `container_name` in the scan
 * (the project's first), else a service of the project, else compose's generated name.
 */
function resolveNamespaces(
  services: ServiceNode[],
  hostSpans: Map<ServiceNode, SourceSpan>,
  join: (node: ServiceNode, network: NetworkNode, attachment: NetworkAttachment) => void
): void {
  const direct = new Map<ServiceNode, ServiceNode | undefined>()
  const names = createNameIndex(services)
  for (const node of services) {
    if (node.mode === 'namespace') direct.set(node, names.namespaceTarget(node))
  }
  for (const node of services) {
    if (node.mode !== 'namespace') continue
    const seen = new Set<ServiceNode>([node])
    let current: ServiceNode | undefined = node
    while (current && current.mode === 'namespace') {
      const next: ServiceNode | undefined = direct.get(current)
      current = next && !seen.has(next) ? next : undefined
      if (current) seen.add(current)
    }
    if (!current) continue
    node.namespaceOwner = current
    const hostSpan = hostSpans.get(current)
    if (hostSpan) hostSpans.set(node, hostSpan)
    for (const membership of current.memberships)
      join(node, membership.network, membership.attachment)
  }
}
