import type { NetworkNode, ServiceNode } from '../analyze/types.js'
import {
  describeService,
  hasIntent,
  isTier,
  joinStep,
  membershipOf,
  membershipSpan,
  networkLabel,
  productOf,
  profilesOf,
  serviceLabel,
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
  check({ topology, report }) {
    const data = topology.services.filter(s => isTier(s, 'data'))
    for (const service of topology.services) {
      if (!isTier(service, 'app')) continue
      if (!topology.intents.some(i => i.from.id === service.id)) continue
      for (const store of data) {
        if (store.id === service.id || hasIntent(topology, service, store)) continue
        if (shareNamespace(service, store)) continue
        const network = firstSharedDeclaredNetwork(service, topology.sharedNetworks(service, store))
        if (!network || joinedByWholeProject(service, network)) continue
        // A client of one store on the network is there for the data: a data network shared by
        // the stores of one application is a sound design, not excess reach.
        const storesOnNetwork = data.filter(d => membershipOf(d, network))
        if (storesOnNetwork.some(d => hasIntent(topology, service, d))) continue
        const usedByOthers = topology.intents.some(
          i =>
            i.to.id === store.id &&
            i.from.id !== service.id &&
            membershipOf(i.from, network) !== undefined
        )
        if (!usedByOthers) continue
        const serviceMembership = membershipOf(service, network)
        const storeMembership = membershipOf(store, network)
        if (!serviceMembership || !storeMembership) continue
        const netName = networkLabel(network, service.project)
        report({
          subject: service,
          location: membershipSpan(serviceMembership),
          message:
            `${serviceLabel(service)} can connect to ${describeService(store, service)} over ${netName}, but never refers to it (no \`depends_on\`, link or environment value names it): a compromise of ${serviceLabel(service)} reaches ${productOf(store)} without need. ` +
            `Move ${serviceLabel(store, service)} to a network only its clients join, or, if ${serviceLabel(service)} does use it, declare it in \`depends_on\`.`,
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

/** The first shared network (in the service's file order) that a project declared. */
function firstSharedDeclaredNetwork(
  service: ServiceNode,
  shared: NetworkNode[]
): NetworkNode | undefined {
  // `default`, even declared (to rename it), is the network everything joins unless told not to.
  const declared = new Set(
    shared
      .filter(n => n.primary && !n.primary.network.implicit && n.primary.network.key !== 'default')
      .map(n => n.id)
  )
  const memberships = sortMemberships(
    service.memberships.filter(m => declared.has(m.network.id)).map(m => ({ ...m, service }))
  )
  return memberships[0]?.network
}
