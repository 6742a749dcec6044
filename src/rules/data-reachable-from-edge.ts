import type { NetworkNode, ServiceNode } from '../analyze/types.js'
import {
  describeService,
  formatList,
  hasIntent,
  isTier,
  joinStep,
  MAX_LISTED,
  membershipOf,
  membershipSpan,
  networkLabel,
  productOf,
  profilesOf,
  serviceLabel,
  shareNamespace,
  sortServices
} from './helpers.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'data-reachable-from-edge',
  name: 'Data store reachable from the edge',
  description:
    'A reverse proxy or load balancer shares a network (or a network namespace) with a database, cache or queue, so nothing stands between the public entry point and the data.',
  severity: 'high',
  kind: 'security',
  precision: 'high',
  tags: ['network', 'segmentation'],
  help: {
    what: 'A service of the edge tier (a reverse proxy or load balancer such as Traefik, nginx, HAProxy or Caddy) and a service of the data tier (a database, cache, queue or object store) are on the same network with inter-container communication enabled, or share one network namespace. The finding points at the data store’s entry for that network (its service key for the implicit `default` network). A proxy that itself uses the store (it depends on it or names it in its environment, as Kong does with its database) is not reported. A proxy that nothing reaches from outside (it publishes nothing, is not in host mode and no public proxy routes to it) is reported with medium severity, and the message says so.',
    why: 'The edge is the part of the stack the internet talks to, and the first to be compromised. From a shell in the proxy container, an attacker can connect to every port of every container on its networks: a data store there is one hop away, with no application in between to enforce authentication, authorisation or query shapes.',
    fix: 'Keep three tiers: put the proxy and the applications on a `frontend` network, and the applications and the data stores on a separate `backend` network (ideally `internal: true`). The proxy then reaches only the applications, and only the applications reach the data.',
    bad: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
  app:
    image: ghcr.io/example/app:1.0
  db:
    image: postgres:16
`,
    good: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks:
      - frontend
  app:
    image: ghcr.io/example/app:1.0
    networks:
      - frontend
      - backend
  db:
    image: postgres:16
    networks:
      - backend
networks:
  frontend: {}
  backend:
    internal: true
`
  },
  messages: {
    publicProxy:
      '{{service}} is on {{where}}, which the public proxy {{edges}} also joins: a compromised proxy can connect to {{product}} directly, with no application in between. Move {{name}} to a network {{edges}} does not join, e.g. an `internal` backend network shared only with the services that use it.',
    publicProxies:
      '{{service}} is on {{where}}, which the public proxies {{edges}} also join: a compromised proxy can connect to {{product}} directly, with no application in between. Move {{name}} to a network {{edges}} do not join, e.g. an `internal` backend network shared only with the services that use it.',
    unexposedProxy:
      '{{service}} is on {{where}}, which the proxy {{edges}} also joins: a compromised proxy can connect to {{product}} directly, with no application in between. Nothing reaches {{edges}} from outside today (it publishes no port and no public proxy routes to it), so this is medium until something exposes it. Move {{name}} to a network {{edges}} does not join, e.g. an `internal` backend network shared only with the services that use it.',
    unexposedProxies:
      '{{service}} is on {{where}}, which the proxies {{edges}} also join: a compromised proxy can connect to {{product}} directly, with no application in between. Nothing reaches {{edges}} from outside today (they publish no port and no public proxy routes to them), so this is medium until something exposes them. Move {{name}} to a network {{edges}} do not join, e.g. an `internal` backend network shared only with the services that use it.',
    namespace:
      "{{service}} and the public proxy {{proxy}} share one network namespace ({{sharer}} has `network_mode` set to join {{other}}'s): a compromised proxy can connect to {{product}} on localhost. Give {{sharer}} its own networks and keep {{name}} off the proxy's networks.",
    unexposedNamespace:
      "{{service}} and the proxy {{proxy}} share one network namespace ({{sharer}} has `network_mode` set to join {{other}}'s): a compromised proxy can connect to {{product}} on localhost. Nothing reaches {{proxy}} from outside today, so this is medium until something exposes it. Give {{sharer}} its own networks and keep {{name}} off the proxy's networks."
  },
  check({ topology, report }) {
    // Edge services in the order findings list them (by position, ties in topology order),
    // ranked once: each store's proxies are then taken in that order, not sorted per store.
    const edges = sortServices(topology.services.filter(s => isTier(s, 'edge')))
    if (edges.length === 0) return
    const rank = new Map(edges.map((edge, index) => [edge, index]))
    const byRank = (a: ServiceNode, b: ServiceNode) => rank.get(a)! - rank.get(b)!
    const publicEdges = new Map<ServiceNode, boolean>()
    const isPublic = (edge: ServiceNode) => {
      let known = publicEdges.get(edge)
      if (known === undefined) {
        known = topology.exposures(edge).some(x => x.public)
        publicEdges.set(edge, known)
      }
      return known
    }
    const edgesOn = new Map<NetworkNode, ServiceNode[]>()
    for (const edge of edges) {
      for (const { network } of edge.memberships) {
        const list = edgesOn.get(network)
        if (!list) edgesOn.set(network, [edge])
        else if (!list.includes(edge)) list.push(edge)
      }
    }
    const edgesByOwner = new Map<ServiceNode, ServiceNode[]>()
    for (const edge of edges) {
      const owner = edge.mode === 'namespace' ? edge.namespaceOwner : edge
      if (!owner) continue
      const list = edgesByOwner.get(owner)
      if (list) list.push(edge)
      else edgesByOwner.set(owner, [edge])
    }
    for (const data of topology.services.filter(s => isTier(s, 'data'))) {
      // Only the edge services on the store's networks or in its namespace can be offending.
      const near = new Set<ServiceNode>()
      let lists = 0
      for (const { network } of data.memberships) {
        if (network.iccDisabled) continue
        const list = edgesOn.get(network)
        if (list) lists++
        for (const edge of list ?? []) near.add(edge)
      }
      const owner = data.mode === 'namespace' ? data.namespaceOwner : data
      const sharers = (owner && edgesByOwner.get(owner)) ?? []
      if (sharers.length > 0) lists++
      for (const edge of sharers) near.add(edge)
      if (near.size === 0) continue
      // One list is in rank order already; several are merged by rank.
      const candidates = lists > 1 ? [...near].sort(byRank) : [...near]
      const offending = candidates.filter(e => e.id !== data.id && !hasIntent(topology, e, data))
      const namespaced = new Set(offending.filter(e => shareNamespace(e, data)))
      for (const edge of namespaced) reportNamespace(edge, data)

      const networks = new Map<string, { network: NetworkNode; edges: ServiceNode[] }>()
      for (const edge of offending) {
        if (namespaced.has(edge)) continue
        for (const network of topology.sharedNetworks(edge, data)) {
          const entry = networks.get(network.id) ?? { network, edges: [] }
          entry.edges.push(edge)
          networks.set(network.id, entry)
        }
      }
      for (const { network, edges: onNetwork } of networks.values()) {
        reportNetwork(data, network, onNetwork)
      }
    }

    function reportNetwork(data: ServiceNode, network: NetworkNode, onNetwork: ServiceNode[]) {
      const dataMembership = membershipOf(data, network)
      if (!dataMembership) return
      // The first proxies are named and located, the others counted: a store on a network of
      // 1,500 proxies makes a finding of the same size as one behind two.
      const listed = onNetwork.slice(0, MAX_LISTED)
      const edgeMemberships = listed.flatMap(e => membershipOf(e, network) ?? [])
      const first = edgeMemberships[0]
      if (!first) return
      const netName = networkLabel(network, data.project)
      const edgeNames = formatList(
        listed.map(e => serviceLabel(e, data)),
        onNetwork.length
      )
      // "Public" only when the outside reaches a proxy today; an edge service is a proxy either
      // way, but one nothing reaches is one step further from the internet: medium, and said.
      const reached = onNetwork.some(isPublic)
      const one = onNetwork.length === 1
      report({
        subject: data,
        ...(reached ? {} : { severity: 'medium' as const }),
        location: membershipSpan(dataMembership),
        messageId: reached
          ? one
            ? 'publicProxy'
            : 'publicProxies'
          : one
            ? 'unexposedProxy'
            : 'unexposedProxies',
        data: {
          service: describeService(data),
          where: network.primary?.network.implicit ? `the implicit ${netName} network` : netName,
          edges: edgeNames,
          product: productOf(data),
          name: serviceLabel(data)
        },
        related: edgeMemberships.map(m => ({
          span: membershipSpan(m),
          message: `${serviceLabel(m.service, data)} (${productOf(m.service)}) joins ${netName} here`
        })),
        path: [joinStep(first, data), joinStep(dataMembership, data)],
        services: [data.id, ...listed.map(e => e.id)],
        networks: [network.id],
        profiles: profilesOf(data, ...onNetwork)
      })
    }

    function reportNamespace(edge: ServiceNode, data: ServiceNode) {
      // The line to change is the `network_mode` of whichever borrows the other's namespace.
      const sharer = data.mode === 'namespace' ? data : edge
      const mode = sharer.service.networkMode
      if (!mode) return
      const other = sharer === data ? edge : data
      const reached = isPublic(edge)
      report({
        subject: data,
        ...(reached ? {} : { severity: 'medium' as const }),
        location: mode.span,
        messageId: reached ? 'namespace' : 'unexposedNamespace',
        data: {
          service: describeService(data),
          proxy: serviceLabel(edge, data),
          sharer: serviceLabel(sharer, data),
          other: serviceLabel(other, data),
          product: productOf(data),
          name: serviceLabel(data)
        },
        related: [{ span: edge.service.span, message: `the proxy ${serviceLabel(edge, data)}` }],
        path: [
          {
            span: mode.span,
            message: `${serviceLabel(sharer, data)} joins the namespace of ${serviceLabel(other, data)}`,
            service: sharer.id
          }
        ],
        services: [data.id, edge.id],
        networks: [],
        profiles: profilesOf(data, edge)
      })
    }
  }
})
