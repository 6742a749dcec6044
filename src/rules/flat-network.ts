import type { NetworkNode, ServiceNode } from '../analyze/types.js'
import {
  describeService,
  formatList,
  intentTargets,
  isPubliclyPublished,
  isTier,
  membershipOf,
  membershipSpan,
  networkLabel,
  profilesOf,
  serviceLabel,
  servicesOn,
  sortServices
} from './helpers.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'flat-network',
  name: 'Flat network',
  description:
    'One network carries both services the outside reaches directly and data stores, so a compromise of any exposed service reaches the data.',
  severity: 'medium',
  kind: 'security',
  precision: 'high',
  tags: ['network', 'segmentation'],
  help: {
    what: 'A network with inter-container communication enabled (most often the implicit `default` network) has, among its members, at least one publicly exposed service (a port published on a non-loopback address or through the Swarm routing mesh, host networking, or a reverse proxy) and at least one data store, and nothing separates them: the network is the `default` one (which every service joins unless it lists networks), or one of the exposed services does not use any of the data stores (a reverse proxy, say). A declared network that only the data stores and their exposed clients join is the segmentation this rule asks for and is not reported (the Swarm voting app: `vote` and Redis on `frontend`, `result` and PostgreSQL on `backend`). A service is a known client of a store when its configuration names it: `depends_on`, `links`, an environment value (`REDIS_HOST=redis`, `DATABASE_URL=postgres://db/app`), or a command-line option read the same way (`--redis-host redis`, `--db-url=postgres://db/app`). When the image connects to a store that nothing in the file names, declare it on the service: `x-tierguard: {uses: [db]}`. A proxy that nothing reaches (it publishes nothing and no public proxy routes to it) is not exposed. It is reported once per network, at the network’s key under `networks:`, or, for the implicit `default` network, at the first data store’s key. An application and its database on the implicit `default` network, the everyday starting point, gets this one finding.',
    why: 'Every member of a Docker network can open a connection to every port of every other member. When the services the internet talks to share a network with the data stores, any vulnerability in any of them is one hop from the data, and every service added later joins that network by default. Splitting the network makes the reachable set explicit and small.',
    fix: 'Put the exposed services on a `frontend` network and the data stores on a `backend` network marked `internal: true`; only the services that use a store join both. Services that list `networks:` no longer join the implicit `default` network.',
    bad: `services:
  web:
    image: ghcr.io/example/web:1.0
    ports:
      - "8080:8080"
    depends_on:
      - db
  db:
    image: postgres:16
`,
    good: `services:
  web:
    image: ghcr.io/example/web:1.0
    ports:
      - "8080:8080"
    depends_on:
      - db
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
    implicitOneStore:
      'The implicit {{network}} network carries {{exposed}}, reached from outside, and the data store {{stores}}, with nothing in between: whoever compromises an exposed service can connect to the data directly, and every service added later joins them. Give the data store a separate `internal: true` network that only its clients also join (services that list `networks:` leave the implicit default).',
    implicitStores:
      'The implicit {{network}} network carries {{exposed}}, reached from outside, and the data stores {{stores}}, with nothing in between: whoever compromises an exposed service can connect to the data directly, and every service added later joins them. Give the data stores a separate `internal: true` network that only their clients also join (services that list `networks:` leave the implicit default).',
    oneStore:
      '{{network}} carries {{exposed}}, reached from outside, and the data store {{stores}}, with nothing in between: whoever compromises an exposed service can connect to the data directly, and every service added later joins them. Give the data store a separate `internal: true` network that only its clients also join.',
    stores:
      '{{network}} carries {{exposed}}, reached from outside, and the data stores {{stores}}, with nothing in between: whoever compromises an exposed service can connect to the data directly, and every service added later joins them. Give the data stores a separate `internal: true` network that only their clients also join.'
  },
  check({ topology, report }) {
    for (const network of topology.networks) {
      if (!network.legacyBridge && !network.iccDisabled) checkNetwork(network)
    }

    function checkNetwork(network: NetworkNode) {
      const primary = network.primary
      if (!primary) return
      const { project, network: declaration } = primary
      const members = servicesOn(network)
      const data = sortServices(members.filter(s => isTier(s, 'data')))
      // Exposed: what the outside reaches (a proxy nothing reaches is not, whatever its image).
      const exposed = sortServices(
        members.filter(
          s =>
            !isTier(s, 'data') &&
            (isPubliclyPublished(topology, s) ||
              (isTier(s, 'edge') && topology.exposures(s).some(e => e.public)))
        )
      )
      const firstData = data[0]
      if (!firstData || exposed.length === 0) return
      // A declared network shared only by data stores and exposed services that use them is
      // the segmentation this rule asks for; the default network is never a deliberate one.
      const isDefault = declaration.key === 'default'
      const dataIds = new Set(data.map(d => d.id))
      const usesData = (s: ServiceNode) => {
        for (const target of intentTargets(topology, s)) if (dataIds.has(target)) return true
        return false
      }
      if (!isDefault && exposed.every(usesData)) return
      const location = declaration.span ?? firstData.service.span

      const netName = networkLabel(network, project)
      const implicit = declaration.implicit
      report({
        subject: firstData,
        location,
        messageId: implicit
          ? data.length === 1
            ? 'implicitOneStore'
            : 'implicitStores'
          : data.length === 1
            ? 'oneStore'
            : 'stores',
        data: {
          network: netName,
          exposed: formatList(exposed.map(s => describeExposed(s, firstData))),
          stores: formatList(data.map(s => describeService(s, firstData)))
        },
        related: [...exposed, ...data].flatMap(s => {
          const m = membershipOf(s, network)
          return m
            ? [
                {
                  span: membershipSpan(m),
                  message: `${serviceLabel(s, firstData)} is on ${netName}`
                }
              ]
            : []
        }),
        services: [...data, ...exposed].map(s => s.id),
        networks: [network.id],
        profiles: profilesOf(...data, ...exposed)
      })
    }
  }
})

function describeExposed(node: ServiceNode, about: ServiceNode): string {
  if (isTier(node, 'edge')) return `the proxy ${describeService(node, about)}`
  return `${serviceLabel(node, about)} (published)`
}
