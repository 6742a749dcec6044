import type { Exposure, Hop, NetworkNode, ServiceNode } from '../analyze/types.js'
import {
  formatList,
  hasIntent,
  joinStep,
  membershipOf,
  membershipSpan,
  networkLabel,
  profilesOf,
  quote,
  serviceLabel,
  socketFolder
} from './helpers.js'
import type { RelatedLocation } from './types.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'socket-holder-reachable',
  name: 'Docker socket holder reachable from an exposed service',
  description:
    'A service that holds the Docker socket shares a network (or a network namespace) with a service the outside reaches or that publishes a port: whoever compromises that service is one hop from the Docker API.',
  severity: 'high',
  kind: 'security',
  precision: 'high',
  tags: ['docker', 'network', 'privilege'],
  help: {
    what: 'A service mounts the Docker socket (or the host folder that holds it: `/`, `/run`, `/var/run`), and another service on one of its networks, or in its network namespace, is exposed: the outside reaches it (a port published on a non-loopback address or through the Swarm routing mesh, host networking, or a route from a public proxy), which makes the finding critical, or it publishes a port on loopback only, which makes it high. Services routed to by the socket holder itself (a Traefik with the socket and the applications behind it) are its own routes, not a way in, and are left out; so are the declared clients of the holder (services that name it in their environment, command, `links` or `depends_on`: the consumers of a socket proxy such as `tecnativa/docker-socket-proxy`, Portainer reaching its agent as `tasks.agent`), since the connection is what the stack is built for and moving the holder away would break it. One finding per socket holder and network, at the holder’s entry for that network, naming the exposed services.',
    why: 'The socket is root on the host, and a container that holds it is the shortest way there. A service the internet talks to is the first to be compromised; from a shell in it, an attacker can connect to every port of every container on its networks. If one of them holds the socket and listens (a Docker API proxy, Portainer’s agent, a dashboard, an exporter), it is one request from controlling every container on the host; if it is any other service, one exploit away.',
    fix: 'Put the socket holder on a network of its own that only the services that must talk to it join (the proxy that reads container labels through a socket proxy, say), and keep exposed services off it. Prefer a socket proxy that allows only the read-only endpoints the tool needs over mounting the socket.',
    bad: `services:
  web:
    image: ghcr.io/example/web:1.0
    ports:
      - "443:8443"
  watchtower:
    image: containrrr/watchtower:1.7.1
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
`,
    good: `services:
  web:
    image: ghcr.io/example/web:1.0
    ports:
      - "443:8443"
    networks:
      - frontend
  watchtower:
    image: containrrr/watchtower:1.7.1
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
    networks:
      - updates
networks:
  frontend: {}
  updates: {}
`
  },
  messages: {
    networkReached:
      '{{holder}} is on {{network}} with {{names}}, which {{are}} reached from outside: whoever compromises {{them}} is one hop from {{holder}}, which holds the Docker socket ({{socket}}): the Docker API controls every container and network on the host, and the host itself. Move {{holder}} to a network that only the services that must talk to it join.',
    networkPublished:
      '{{holder}} is on {{network}} with {{names}}, which {{publish}} a port on the host: whoever compromises {{them}} is one hop from {{holder}}, which holds the Docker socket ({{socket}}): the Docker API controls every container and network on the host, and the host itself. Move {{holder}} to a network that only the services that must talk to it join.',
    namespaceReached:
      '{{holder}} shares a network namespace with {{names}}, which {{are}} reached from outside: whoever compromises {{them}} is one hop from {{holder}}, which holds the Docker socket ({{socket}}): the Docker API controls every container and network on the host, and the host itself. Give {{holder}} its own network namespace and networks.',
    namespacePublished:
      '{{holder}} shares a network namespace with {{names}}, which {{publish}} a port on the host: whoever compromises {{them}} is one hop from {{holder}}, which holds the Docker socket ({{socket}}): the Docker API controls every container and network on the host, and the host itself. Give {{holder}} its own network namespace and networks.'
  },
  check({ topology, report }) {
    const holders = topology.services.filter(holdsSocket)
    if (holders.length === 0) return
    const exposed = new Map<ServiceNode, Exposure[]>()
    for (const s of topology.services) {
      const ways = topology.exposures(s)
      if (ways.length > 0) exposed.set(s, ways)
    }
    const nearby = indexNearbyServices(topology.networks, [...exposed.keys()])

    for (const holder of holders) {
      /** Exposed neighbours by the network (or namespace) they share with the holder. */
      const byWay = new Map<string, { hop: Hop; nodes: ServiceNode[]; reached: boolean }>()
      // Only a shared network or namespace makes a finding: the others need no hop computed.
      for (const node of nearby(holder)) {
        const exposures = exposed.get(node) ?? []
        // The holder's own routes are reached through it, not past it.
        const ways = exposures.filter((e: Exposure) => !(e.kind === 'proxied' && e.via === holder))
        if (ways.length === 0) continue
        // A declared client (it names the holder: a socket proxy's consumer, Portainer reaching its
        // agent) is the connection the stack is built for; the fix below would cut it.
        if (hasIntent(topology, node, holder)) continue
        const hop = topology.connection(node, holder)
        if (!hop || (hop.via.kind !== 'network' && hop.via.kind !== 'namespace')) continue
        const key = hop.via.kind === 'network' ? hop.via.network.id : '(namespace)'
        const entry = byWay.get(key) ?? { hop, nodes: [], reached: false }
        entry.nodes.push(node)
        entry.reached ||= ways.some(e => e.public)
        byWay.set(key, entry)
      }
      for (const { hop, nodes, reached } of byWay.values()) {
        reportWay(holder, hop, nodes, reached)
      }
    }

    function reportWay(holder: ServiceNode, hop: Hop, nodes: ServiceNode[], reached: boolean) {
      const names = formatList(nodes.map(n => serviceLabel(n, holder)))
      const plural = nodes.length > 1
      const severity = reached ? ('critical' as const) : ('high' as const)
      const words = {
        holder: serviceLabel(holder),
        names,
        are: plural ? 'are' : 'is',
        publish: plural ? 'publish' : 'publishes',
        them: plural ? 'one of them' : 'it',
        socket: describeSocket(holder)
      }
      if (hop.via.kind === 'network') {
        const network = hop.via.network
        const own = membershipOf(holder, network)
        if (!own) return
        const netName = networkLabel(network, holder.project)
        const related: RelatedLocation[] = nodes.flatMap(n => {
          const m = membershipOf(n, network)
          return m
            ? [
                {
                  span: membershipSpan(m),
                  message: `${serviceLabel(n, holder)} joins ${netName} here`
                }
              ]
            : []
        })
        const first = nodes[0] && membershipOf(nodes[0], network)
        report({
          subject: holder,
          severity,
          location: membershipSpan(own),
          messageId: reached ? 'networkReached' : 'networkPublished',
          data: { ...words, network: netName },
          related,
          ...(first ? { path: [joinStep(first, holder), joinStep(own, holder)] } : {}),
          services: [holder.id, ...nodes.map(n => n.id)],
          networks: [network.id],
          fingerprintKey: network.id,
          profiles: profilesOf(holder, ...nodes)
        })
        return
      }
      const sharer =
        holder.mode === 'namespace' ? holder : (nodes.find(n => n.mode === 'namespace') ?? holder)
      const mode = sharer.service.networkMode
      report({
        subject: holder,
        severity,
        location: mode?.span ?? holder.service.span,
        messageId: reached ? 'namespaceReached' : 'namespacePublished',
        data: words,
        related: nodes.map(n => ({
          span: n.service.span,
          message: `${serviceLabel(n, holder)} is exposed`
        })),
        services: [holder.id, ...nodes.map(n => n.id)],
        fingerprintKey: 'namespace',
        profiles: profilesOf(holder, ...nodes)
      })
    }
  }
})

/** Whether the service mounts the Docker socket or a host folder holding it. */
function holdsSocket(node: ServiceNode): boolean {
  return node.service.mounts.some(m => m.dockerSocket || socketFolder(m) !== undefined)
}

function describeSocket(node: ServiceNode): string {
  const mount = node.service.mounts.find(m => m.dockerSocket || socketFolder(m) !== undefined)
  return mount ? `it mounts ${quote(mount.source ?? mount.target)}` : 'it mounts the socket'
}

/**
 * For a service, those of `candidates` that share a network namespace with it or join a network
 * on which it can be reached (one it joins or is listed a member of), in topology order: the
 * only ones `connection` can give a network or namespace hop to it. A lookup costs the service's
 * networks, not the scan.
 */
function indexNearbyServices(
  networks: readonly NetworkNode[],
  candidates: readonly ServiceNode[]
): (of: ServiceNode) => ServiceNode[] {
  const joining = new Map<NetworkNode, ServiceNode[]>()
  const byOwner = new Map<ServiceNode, ServiceNode[]>()
  for (const node of candidates) {
    for (const { network } of node.memberships) append(joining, network, node)
    const owner = namespaceOwnerOf(node)
    if (owner) append(byOwner, owner, node)
  }
  const listedIn = new Map<ServiceNode, NetworkNode[]>()
  const all = new Set([...networks, ...joining.keys()])
  for (const network of all) {
    for (const { service } of network.members) append(listedIn, service, network)
  }
  return of => {
    const found = new Set<ServiceNode>()
    const owner = namespaceOwnerOf(of)
    for (const peer of (owner && byOwner.get(owner)) ?? []) found.add(peer)
    for (const network of [...of.memberships.map(m => m.network), ...(listedIn.get(of) ?? [])]) {
      for (const node of joining.get(network) ?? []) found.add(node)
    }
    found.delete(of)
    return [...found].sort((a, b) => a.index - b.index)
  }
}

function namespaceOwnerOf(node: ServiceNode): ServiceNode | undefined {
  return node.mode === 'namespace' ? node.namespaceOwner : node
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
