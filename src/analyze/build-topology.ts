/**
 * Builds the topology of a whole scan from its projects (DESIGN section 4): a node per service,
 * a node per real network name (so external networks join projects), memberships in effect
 * after `network_mode`, tiers, intents, and the reachability and exposure answers.
 */
import path from 'node:path'
import type { SourceSpan } from '../core/span.js'
import type { Network, NetworkAttachment, Project, Service } from '../model/types.js'
import { findIntents } from './intents.js'
import { createNameIndex, type NameIndex } from './names.js'
import { createReachability } from './reachability.js'
import { classifyTier, refineTiers } from './tiers.js'
import type { Membership, NetworkNode, ServiceNode, TierAssignment, Topology } from './types.js'

export interface BuildTopologyOptions {
  /** A tier decided elsewhere (configuration overrides); `classifyTier` decides when undefined. */
  tierOf?: (service: Service, project: Project) => TierAssignment | undefined
}

/** The id of Docker's legacy default bridge network. */
export const LEGACY_BRIDGE = 'bridge'

/** Builds the topology of every project of a scan. Never throws on odd input. */
export function buildTopology(projects: Project[], options: BuildTopologyOptions = {}): Topology {
  const keys = keyProjects(projects)
  const networks = buildNetworkNodes(projects, keys)
  const graph = buildServiceNodes(projects, keys, networks, options)
  const networkList = networks.all().sort((a, b) => compareIds(a.id, b.id))
  for (const network of networkList) {
    network.members.sort((a, b) => a.service.index - b.service.index)
  }
  const byId = new Map(graph.services.map(node => [node.id, node]))
  const intents = findIntents(graph.services, graph.names)
  // Before anything reads a data tier: proxy routes (read above) depend on edge tiers only.
  refineTiers(graph.services, intents)
  const reach = createReachability({
    services: graph.services,
    hostSpans: graph.hostSpans,
    routes: intents.filter(intent => intent.kind === 'proxy-route')
  })
  return {
    projects,
    services: graph.services,
    networks: networkList,
    intents,
    serviceById: id => byId.get(id),
    nodeOf: (project, service) => byId.get(serviceId(keys, project, service)),
    projectKey: project => keys.get(project) ?? project.name,
    sharedNetworks: (a, b) => reach.sharedNetworks(a, b),
    findPath: (a, b) => reach.findPath(a, b),
    connection: (a, b) => reach.connection(a, b),
    edgesFrom: a => reach.edgesFrom(a),
    directReach: a => reach.directReach(a),
    exposures: s => reach.exposures(s)
  }
}

/**
 * A unique, readable key per project, independent of input order: the name when no other
 * scanned project has it; otherwise `<name> (<file>)` with the first file the project loads that
 * not every namesake loads (the variant of `-f base -f variant`, an alternative planned on its
 * own, the base file of another folder), else its base file (the base planned alone). The file
 * is relative to the project directory when every namesake has the same one, else the path.
 */
export function keyProjects(projects: Project[]): Map<Project, string> {
  const byName = new Map<string, Project[]>()
  for (const project of projects) {
    const group = byName.get(project.name)
    if (group) group.push(project)
    else byName.set(project.name, [project])
  }
  const keys = new Map<Project, string>()
  for (const [name, group] of byName) {
    if (group.length === 1) {
      keys.set(group[0] as Project, name)
      continue
    }
    const sorted = [...group].sort(
      (a, b) =>
        compareIds(a.files.join('\u0000'), b.files.join('\u0000')) ||
        compareIds(a.directory, b.directory)
    )
    const oneFolder = group.every(p => p.directory === group[0]?.directory)
    const used = new Map<string, number>()
    for (const project of sorted) {
      const others = group.filter(other => other !== project)
      const distinct =
        project.files.find(file => !others.every(other => other.files.includes(file))) ??
        project.files[0] ??
        project.directory
      // In one folder, the file name says it; across folders, the path does.
      const shown = oneFolder
        ? path.posix.relative(project.directory, distinct) || distinct
        : distinct
      let key = `${name} (${shown})`
      // Two plans of the very same files: still two keys, numbered in a stable order.
      const seen = used.get(key) ?? 0
      used.set(key, seen + 1)
      if (seen > 0) key = `${name} (${distinct}, ${seen + 1})`
      keys.set(project, key)
    }
  }
  return keys
}

/** `<project key>/<service>`: a service's id in the topology. */
function serviceId(keys: Map<Project, string>, project: Project, service: Service): string {
  return `${keys.get(project) ?? project.name}/${service.name}`
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** External networks Docker treats as network modes rather than networks. */
function modeNetwork(network: Network): 'host' | 'none' | undefined {
  if (!network.external) return undefined
  return network.realName === 'host' || network.realName === 'none' ? network.realName : undefined
}

function createNetworkNode(id: string, realName: string): NetworkNode {
  return {
    id,
    realName,
    declarations: [],
    legacyBridge: false,
    internal: false,
    iccDisabled: false,
    attachable: false,
    encrypted: false,
    driver: 'bridge',
    lan: false,
    sharedWithUnknown: true,
    members: []
  }
}

/** The network nodes of a scan, and which of them a project's declaration puts a service on. */
interface NetworkIndex {
  all(): NetworkNode[]
  /** The nodes a service of `project` joins for `realName`: its own, else every creator's. */
  nodesFor(project: Project, realName: string): NetworkNode[]
}

type Declaration = NetworkNode['declarations'][number]

function buildNetworkNodes(projects: Project[], keys: Map<Project, string>): NetworkIndex {
  const byRealName = new Map<string, Declaration[]>()
  for (const project of projects) {
    for (const network of project.networks) {
      if (modeNetwork(network)) continue
      const list = byRealName.get(network.realName)
      if (list) list.push({ project, network })
      else byRealName.set(network.realName, [{ project, network }])
    }
  }
  const keyOf = (project: Project) => keys.get(project) ?? project.name
  const nodes = new Map<string, NetworkNode[]>()
  const own = new Map<Project, Map<string, NetworkNode>>()
  for (const [realName, declarations] of byRealName) {
    // By project key, so input order never decides ids or settings.
    declarations.sort(
      (a, b) =>
        compareIds(keyOf(a.project), keyOf(b.project)) || compareIds(a.network.key, b.network.key)
    )
    const creators = [...new Set(declarations.filter(d => !d.network.external).map(d => d.project))]
    const namesakes = (project: Project) => creators.filter(c => c.name === project.name).length
    // Creators of one name are alternatives: a node each. Creators of different names share the
    // network on a host (compose reuses it, with a warning), so they meet like external joiners.
    const alternatives = creators.filter(c => namesakes(c) > 1)
    const shared = declarations.filter(
      d => !alternatives.includes(d.project) && !d.network.external
    )
    const joiners = declarations.filter(d => d.network.external)
    if (alternatives.length === 0) {
      const node = createNetworkNode(realName, realName)
      node.declarations = [...shared, ...joiners]
      settle(node)
      nodes.set(realName, [node])
      for (const creator of creators) ownNodes(own, creator).set(realName, node)
      continue
    }
    const list: NetworkNode[] = []
    for (const creator of alternatives) {
      const node = createNetworkNode(`${realName} (${keyOf(creator)})`, realName)
      const mine = declarations.filter(d => d.project === creator && !d.network.external)
      node.declarations = [...mine, ...shared, ...joiners]
      settle(node)
      list.push(node)
      ownNodes(own, creator).set(realName, node)
    }
    nodes.set(realName, list)
  }

  return {
    all: () => [...nodes.values()].flat(),
    nodesFor(project, realName) {
      const mine = own.get(project)?.get(realName)
      if (mine) return [mine]
      let list = nodes.get(realName)
      if (!list) nodes.set(realName, (list = [createNetworkNode(realName, realName)]))
      for (const node of list) {
        if (node.id === LEGACY_BRIDGE && node.declarations.every(d => d.network.external)) {
          markLegacyBridge(node)
        }
      }
      return list
    }
  }
}

function ownNodes(
  own: Map<Project, Map<string, NetworkNode>>,
  project: Project
): Map<string, NetworkNode> {
  let map = own.get(project)
  if (!map) own.set(project, (map = new Map()))
  return map
}

/** Takes the settings in force from the primary declaration: the creating one, else the first. */
function settle(node: NetworkNode): void {
  const primary = node.declarations[0]
  if (!primary) return
  node.primary = primary
  const { network, project } = primary
  node.sharedWithUnknown = network.external
  node.internal = network.internal?.value === true
  node.iccDisabled = network.iccDisabled?.value === true
  node.attachable = network.attachable?.value === true
  node.encrypted = network.encrypted?.value === true
  node.driver = network.driver?.value ?? (project.kind === 'stack' ? 'overlay' : 'bridge')
  node.lan = node.driver === 'macvlan' || node.driver === 'ipvlan'
  if (node.driver === 'bridge') {
    node.defaultBindIp = network.hostBindingIp
    if (network.gatewayModeIpv4?.value === 'routed') node.routedIpv4 = network.gatewayModeIpv4
    if (network.enableIpv6?.value === true && network.gatewayModeIpv6?.value === 'routed') {
      node.routedIpv6 = network.gatewayModeIpv6
    }
  }
  if (node.id === LEGACY_BRIDGE && network.external) markLegacyBridge(node)
}

function markLegacyBridge(node: NetworkNode): void {
  // Every container started without a network joins it: always shared with unknown others.
  Object.assign(node, { legacyBridge: true, sharedWithUnknown: true, driver: 'bridge' })
  Object.assign(node, { internal: false, iccDisabled: false, lan: false })
  Object.assign(node, { defaultBindIp: undefined, routedIpv4: undefined, routedIpv6: undefined })
}

interface ServiceGraph {
  /** Sorted by id, each node's `index` set. */
  services: ServiceNode[]
  /** Where each host-mode service (and sharer of one) was put in the host namespace. */
  hostSpans: Map<ServiceNode, SourceSpan>
  /** The names of `services`, for intents too (its network lookups read final memberships). */
  names: NameIndex
}

function buildServiceNodes(
  projects: Project[],
  keys: Map<Project, string>,
  networks: NetworkIndex,
  options: BuildTopologyOptions
): ServiceGraph {
  const services: ServiceNode[] = []
  for (const project of projects) {
    for (const service of project.services) {
      const id = serviceId(keys, project, service)
      const tier = options.tierOf?.(service, project) ?? classifyTier(service)
      services.push({
        id,
        index: -1,
        project,
        service,
        tier,
        mode: 'networks',
        memberships: []
      })
    }
  }
  services.sort((a, b) => compareIds(a.id, b.id))
  services.forEach((node, index) => (node.index = index))
  const names = createNameIndex(services)
  const hostSpans = new Map<ServiceNode, SourceSpan>()
  const declared = declaredNetworkLookup(projects)

  const join = (node: ServiceNode, network: NetworkNode, attachment: NetworkAttachment): void => {
    if (node.memberships.some(m => m.network === network)) return
    const membership: Membership = { service: node, network, attachment }
    node.memberships = node.memberships.concat(membership)
    network.members.push(membership)
  }
  const joinNamed = (node: ServiceNode, realName: string, attachment: NetworkAttachment): void => {
    for (const network of networks.nodesFor(node.project, realName)) join(node, network, attachment)
  }

  for (const node of services) {
    const mode = node.service.networkMode
    if (!mode) {
      attachDeclared(node, declared, joinNamed, hostSpans)
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
        joinNamed(node, LEGACY_BRIDGE, synthetic(LEGACY_BRIDGE))
        break
      case 'service':
      case 'container':
        node.mode = 'namespace'
        break
      case 'other':
        // Docker takes any other value as the name of a network to join (`--network NAME`).
        joinNamed(node, mode.value, synthetic(mode.value))
        break
    }
  }

  resolveNamespaces(services, names, hostSpans, join)
  return { services, hostSpans, names }
}

/**
 * The network a project declares under a key; the last declaration of a key wins, as compose
 * reads a mapping.
 */
function declaredNetworkLookup(
  projects: readonly Project[]
): (project: Project, key: string) => Network | undefined {
  const byProject = new Map(
    projects.map(project => [project, new Map(project.networks.map(n => [n.key, n]))])
  )
  return (project, key) => byProject.get(project)?.get(key)
}

/**
 * Joins the networks a service lists, or, when one of them is the host's (or `none`), puts it
 * in that mode on no network at all: the mode is decided before any membership is made, so a
 * service is a member of a network exactly when the network has it among its members.
 */
function attachDeclared(
  node: ServiceNode,
  declared: (project: Project, key: string) => Network | undefined,
  joinNamed: (node: ServiceNode, realName: string, attachment: NetworkAttachment) => void,
  hostSpans: Map<ServiceNode, SourceSpan>
): void {
  const joins: { realName: string; attachment: NetworkAttachment }[] = []
  for (const attachment of node.service.networks) {
    const network = declared(node.project, attachment.network)
    // An undeclared network is refused by compose (a rule reports it): no membership.
    if (!network && !(attachment.declared && attachment.network === 'default')) continue
    const asMode = network ? modeNetwork(network) : undefined
    if (asMode === 'host') {
      node.mode = 'host'
      hostSpans.set(node, attachment.span)
      return
    }
    if (asMode === 'none') {
      node.mode = 'none'
      return
    }
    joins.push({ realName: network?.realName ?? `${node.project.name}_default`, attachment })
  }
  for (const { realName, attachment } of joins) joinNamed(node, realName, attachment)
}

/**
 * Resolves `service:`/`container:` owners transitively and gives each sharer its final owner's
 * memberships. A chain that ends in a cycle or an unknown name leaves the sharer isolated.
 * `service:NAME` names a service of the project; `container:NAME` a `container_name` in the scan
 * (the project's first), else a service of the project, else compose's generated name.
 */
function resolveNamespaces(
  services: ServiceNode[],
  names: NameIndex,
  hostSpans: Map<ServiceNode, SourceSpan>,
  join: (node: ServiceNode, network: NetworkNode, attachment: NetworkAttachment) => void
): void {
  const direct = new Map<ServiceNode, ServiceNode | undefined>()
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
