/**
 * Name lookups shared by namespace resolution and intents: service names per project,
 * `container_name`s, compose's generated container names, and the DNS names each network
 * answers (service names, aliases, container names of its members).
 */
import type { Project } from '../model/types.js'
import type { NetworkNode, ServiceNode } from './types.js'

export interface NameIndex {
  /** The service `name` of `project` (case-insensitive, as DNS). */
  serviceInProject(project: Project, name: string): ServiceNode | undefined
  /**
   * A container named `name` in the scan: a `container_name` (one of `project`'s first), else
   * compose's generated name `<project>-<service>-<n>` (or `_` as compose v1 wrote it).
   */
  container(name: string, project?: Project): ServiceNode | undefined
  /** Services `name` resolves to on `network`: service names, aliases, container names. */
  onNetwork(network: NetworkNode, name: string): ServiceNode[]
  /** The direct owner named by `network_mode: service:`/`container:`, if it resolves. */
  namespaceTarget(node: ServiceNode): ServiceNode | undefined
}

/** Indexes the names of `services` (sorted by id, memberships set for `onNetwork`). */
export function createNameIndex(services: ServiceNode[]): NameIndex {
  const byProject = new Map<Project, Map<string, ServiceNode>>()
  const byContainerName = new Map<string, ServiceNode[]>()
  for (const node of services) {
    const names = byProject.get(node.project) ?? new Map<string, ServiceNode>()
    byProject.set(node.project, names)
    const own = node.service.name.toLowerCase()
    if (!names.has(own)) names.set(own, node)
    const containerName = node.service.containerName?.value.toLowerCase()
    if (containerName) push(byContainerName, containerName, node)
  }

  // Only a name like `app-web-1` needs compose's generated names: indexed when one is asked.
  let byGeneratedName: Map<string, ServiceNode> | undefined
  const generatedNames = (): Map<string, ServiceNode> => {
    if (byGeneratedName) return byGeneratedName
    byGeneratedName = new Map()
    for (const node of services) {
      for (const separator of ['-', '_']) {
        const generated = `${node.project.name}${separator}${node.service.name}`.toLowerCase()
        if (!byGeneratedName.has(generated)) byGeneratedName.set(generated, node)
      }
    }
    return byGeneratedName
  }

  const networkNames = new Map<NetworkNode, Map<string, ServiceNode[]>>()
  const namesOn = (network: NetworkNode): Map<string, ServiceNode[]> => {
    let names = networkNames.get(network)
    if (names) return names
    names = new Map()
    // A namespace sharer answers on its owner's addresses; the owner is named first.
    const members = [...network.members].sort(
      (a, b) =>
        Number(a.service.mode === 'namespace') - Number(b.service.mode === 'namespace') ||
        a.service.index - b.service.index
    )
    for (const { service: node, attachment } of members) {
      const keys = new Set([node.service.name.toLowerCase()])
      if (node.service.containerName) keys.add(node.service.containerName.value.toLowerCase())
      for (const alias of attachment.aliases) keys.add(alias.value.toLowerCase())
      for (const key of keys) push(names, key, node)
    }
    networkNames.set(network, names)
    return names
  }

  const serviceInProject = (project: Project, name: string) =>
    byProject.get(project)?.get(name.toLowerCase())

  const container = (name: string, project?: Project): ServiceNode | undefined => {
    const key = name.toLowerCase()
    const named = byContainerName.get(key)
    if (named?.length) return named.find(n => n.project === project) ?? named[0]
    const generated = /^(.*)[-_]\d+$/.exec(key)
    return generated?.[1] ? generatedNames().get(generated[1]) : undefined
  }

  return {
    serviceInProject,
    container,
    onNetwork: (network, name) => namesOn(network).get(name.toLowerCase()) ?? [],
    namespaceTarget(node) {
      const mode = node.service.networkMode
      if (mode?.kind === 'service') return serviceInProject(node.project, mode.target)
      if (mode?.kind !== 'container') return undefined
      const key = mode.target.toLowerCase()
      return (
        byContainerName.get(key)?.find(n => n.project === node.project) ??
        byContainerName.get(key)?.[0] ??
        serviceInProject(node.project, mode.target) ??
        container(mode.target)
      )
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
