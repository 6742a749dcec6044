import {
  describeService,
  formatList,
  isTier,
  networkLabel,
  isOverlay,
  profilesOf,
  servicesOn,
  sortServices
} from './helpers.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'attachable-data-network',
  name: 'Attachable overlay carries data stores',
  description:
    'A Swarm overlay network that carries data stores is `attachable: true`, so any container started by hand on a swarm node can join it and reach the data.',
  severity: 'medium',
  kind: 'security',
  precision: 'very-high',
  tags: ['network', 'swarm'],
  help: {
    what: 'A network with `driver: overlay` and `attachable: true` has at least one data store (database, cache, queue, object store) among its members. The finding points at the `attachable` value.',
    why: 'An attachable overlay accepts standalone containers (`docker run --network ...`) besides the stack’s services, on any node of the swarm. Anyone who can start a container on any node, including through a compromised CI runner or a mounted Docker socket, can then connect to the data stores on that network, outside the stack’s definition and its review.',
    fix: 'Remove `attachable: true` from networks that carry data. For one-off admin tasks, run them as a service of the stack or through `docker exec` in an existing task.',
    bad: `services:
  db:
    image: postgres:16
    networks:
      - backend
networks:
  backend:
    driver: overlay
    driver_opts:
      encrypted: "true"
    internal: true
    attachable: true
`,
    good: `services:
  db:
    image: postgres:16
    networks:
      - backend
networks:
  backend:
    driver: overlay
    driver_opts:
      encrypted: "true"
    internal: true
`
  },
  messages: {
    attachable:
      "The overlay {{network}} is `attachable` and carries {{stores}}: any container started by hand on any swarm node can join it and connect to the data, outside the stack's definition. Remove `attachable: true` from {{network}}."
  },
  check({ topology, report }) {
    for (const network of topology.networks) {
      const primary = network.primary
      if (!primary) continue
      const { project, network: declaration } = primary
      const members = servicesOn(network)
      const attachable = declaration.attachable
      if (!attachable?.value || !isOverlay(network)) continue
      const data = sortServices(members.filter(s => isTier(s, 'data')))
      const firstData = data[0]
      if (!firstData) continue
      const netName = networkLabel(network, project)
      report({
        subject: firstData,
        location: attachable.span,
        messageId: 'attachable',
        data: {
          network: netName,
          stores: formatList(data.map(s => describeService(s, firstData)))
        },
        services: data.map(s => s.id),
        networks: [network.id],
        profiles: profilesOf(...data)
      })
    }
  }
})
