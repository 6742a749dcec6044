import type { NetworkNode, ServiceNode } from '../analyze/types.js'
import {
  describeService,
  indexIntents,
  isTier,
  joinStep,
  membershipOf,
  membershipSpan,
  networkLabel,
  productOf,
  profilesOf,
  serviceLabel,
  servicesOn,
  shareNamespace,
  sortMemberships
} from './helpers.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'excess-reachability',
  name: 'Reachable data store it never uses',
  description:
    'An application service shares a declared network with data stores it never refers to, while other services on that network use them: it has more reach than it needs.',
  severity: 'low',
  kind: 'security',
  precision: 'medium',
  tags: ['network', 'least-privilege'],
  help: {
    what: 'An application service (not a proxy, not a data store) can connect directly, over a network declared in the project, to a data store it never refers to: no `depends_on`, link or environment value names it. To stay quiet where the evidence is thin, it is reported only when the service does declare what it uses (it has at least one such reference) but refers to none of the data stores on that network (it joined the network for something else, such as an API), when some other service on that network does refer to the data store (the store is there for someone else), and never on the implicit `default` network or a network every service of the project joins (a default network in all but name), where everything reaches everything by design and `flat-network` already speaks. One finding per service and data store, at the service’s entry for the shared network.',
    why: 'Least privilege for networks: every service that can open a connection to a database is one more way into it. A service that joined a backend network only to reach an API also reaches the database behind it, so a bug in that service exposes data it never needed.',
    fix: 'Split the network: put the data store on a network that only its clients join, and connect the other service to what it uses (an API) over a different network. If the service does use the store through configuration tierguard cannot see, add it to `depends_on` to make the dependency explicit.',
    bad: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks:
      - frontend
  web:
    image: ghcr.io/example/web:1.0
    depends_on:
      - api
    networks:
      - frontend
      - backend
  api:
    image: ghcr.io/example/api:1.0
    depends_on:
      - db
    networks:
      - backend
  db:
    image: postgres:16
    networks:
      - backend
networks:
  frontend: {}
  backend: {}
`,
    good: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks:
      - frontend
  web:
    image: ghcr.io/example/web:1.0
    depends_on:
      - api
    networks:
      - frontend
      - services
  api:
    image: ghcr.io/example/api:1.0
    depends_on:
      - db
    networks:
      - services
      - data
  db:
    image: postgres:16
    networks:
      - data
networks:
  frontend: {}
  services: {}
  data:
    internal: true
`
  },
  messages: {
    unreferenced:
      '{{name}} can connect to {{store}} over {{network}}, but never refers to it (no `depends_on`, link or environment value names it): a compromise of {{name}} reaches {{product}} without need. Move {{storeName}} to a network only its clients join, or, if {{name}} does use it, declare it in `depends_on`.'
  },
  check({ topology, report }) {
    const intents = indexIntents(topology)
    const dataOn = new Map<NetworkNode, ServiceNode[]>()
    /** Data stores on the network, namespace sharers included, in the topology's order. */
    const dataStoresOn = (network: NetworkNode): ServiceNode[] => {
      let list = dataOn.get(network)
      if (!list) {
        list = servicesOn(network).filter(s => isTier(s, 'data') && membershipOf(s, network))
        dataOn.set(network, list)
      }
      return list
    }
    const wholeProject = new Map<ServiceNode['project'], Map<NetworkNode, boolean>>()
    const clientsOn = new Map<string, Set<string>>()
    /** Ids of the services on the network whose intents point to the store. */
    const clientsOfStoreOn = (store: ServiceNode, network: NetworkNode): Set<string> => {
      const key = `${store.id}\u0000${network.id}`
      let clients = clientsOn.get(key)
      if (clients) return clients
      clients = new Set()
      for (const source of intents.sourcesOf(store)) {
        const node = topology.serviceById(source)
        if (node && membershipOf(node, network)) clients.add(source)
      }
      clientsOn.set(key, clients)
      return clients
    }

    for (const service of topology.services) {
      if (!isTier(service, 'app')) continue
      const targets = intents.targetsOf(service)
      if (targets.length === 0) continue
      // Each store the service shares a declared network with, over the first such network in
      // the service's file order (the one the finding points at).
      const over = new Map<ServiceNode, NetworkNode>()
      for (const network of declaredNetworksInOrder(service)) {
        for (const store of dataStoresOn(network)) {
          if (store.id === service.id || targets.includes(store.id) || over.has(store)) continue
          if (shareNamespace(service, store)) continue
          over.set(store, network)
        }
      }
      const usesStoreOn = new Map<NetworkNode, boolean>()
      const stores = [...over.keys()].sort((a, b) => a.index - b.index)
      for (const store of stores) {
        const network = over.get(store) as NetworkNode
        let byNetwork = wholeProject.get(service.project)
        if (!byNetwork) wholeProject.set(service.project, (byNetwork = new Map()))
        let whole = byNetwork.get(network)
        if (whole === undefined)
          byNetwork.set(network, (whole = joinedByWholeProject(service, network)))
        if (whole) continue
        // A client of one store on the network is there for the data: a data network shared by
        // the stores of one application is a sound design, not excess reach.
        let usesOne = usesStoreOn.get(network)
        if (usesOne === undefined) {
          usesOne = dataStoresOn(network).some(d => targets.includes(d.id))
          usesStoreOn.set(network, usesOne)
        }
        if (usesOne) continue
        const clients = clientsOfStoreOn(store, network)
        const usedByOthers = clients.size > (clients.has(service.id) ? 1 : 0)
        if (!usedByOthers) continue
        const serviceMembership = membershipOf(service, network)
        const storeMembership = membershipOf(store, network)
        if (!serviceMembership || !storeMembership) continue
        const netName = networkLabel(network, service.project)
        report({
          subject: service,
          location: membershipSpan(serviceMembership),
          messageId: 'unreferenced',
          data: {
            name: serviceLabel(service),
            store: describeService(store, service),
            network: netName,
            product: productOf(store),
            storeName: serviceLabel(store, service)
          },
          related: [
            {
              span: membershipSpan(storeMembership),
              message: `${serviceLabel(store, service)} joins ${netName} here`
            }
          ],
          path: [joinStep(serviceMembership, service), joinStep(storeMembership, service)],
          services: [service.id, store.id],
          networks: [network.id],
          profiles: profilesOf(service, store)
        })
      }
    }
  }
})

/**
 * Whether every networked service of the service's project is on the network: a project's one
 * network, declared only to name it, is its default network in all but name.
 */
function joinedByWholeProject(service: ServiceNode, network: NetworkNode): boolean {
  const project = service.project
  return project.services.every(s => {
    if (s.networkMode) return true
    return s.networks.some(a => {
      const declared = project.networks.find(n => n.key === a.network)
      return declared !== undefined && network.declarations.some(d => d.network === declared)
    })
  })
}

/**
 * The service's networks with icc on that a project declared (not `default`, even declared to
 * rename it: the network everything joins unless told not to), in the service's file order.
 */
function declaredNetworksInOrder(service: ServiceNode): NetworkNode[] {
  const memberships = sortMemberships(
    service.memberships
      .filter(
        m =>
          !m.network.iccDisabled &&
          m.network.primary !== undefined &&
          !m.network.primary.network.implicit &&
          m.network.primary.network.key !== 'default'
      )
      .map(m => ({ ...m, service }))
  )
  return [...new Set(memberships.map(m => m.network))]
}
