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
  id: 'unencrypted-overlay',
  name: 'Unencrypted overlay carries data stores',
  description:
    'A Swarm overlay network that carries data stores does not encrypt its traffic between nodes.',
  severity: 'low',
  kind: 'security',
  precision: 'high',
  tags: ['network', 'swarm', 'encryption'],
  help: {
    what: 'An overlay network (declared with `driver: overlay`, or the default network of a Swarm stack) has a data store among its members and no `encrypted` option in `driver_opts`. It is reported at the network’s key, or, for a stack’s implicit default network, at the first data store’s key. External networks that no scanned project creates are left alone.',
    why: 'Overlay traffic between swarm nodes travels as plain VXLAN over the hosts’ network. Queries and results of databases, caches and queues (credentials, personal data) can then be read or altered by anyone on the path between nodes, such as a shared cloud network or a compromised host on the same segment.',
    fix: 'Add `driver_opts: {encrypted: "true"}` to the network (IPsec between nodes; allow IP protocol 50 between them), or use TLS between the services and the data store.',
    bad: `services:
  db:
    image: postgres:16
    networks:
      - backend
networks:
  backend:
    driver: overlay
    internal: true
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
    unencrypted:
      'The overlay {{network}} carries {{stores}} but is not encrypted: traffic between swarm nodes crosses the hosts\' network in clear, where it can be read or altered. Add `driver_opts: {encrypted: "true"}` to {{network}}, or use TLS to the data {{storeWord}}.'
  },
  check({ topology, report }) {
    for (const network of topology.networks) {
      if (network.sharedWithUnknown) continue
      const primary = network.primary
      if (!primary) continue
      const { project, network: declaration } = primary
      const members = servicesOn(network)
      if (!isOverlay(network) || network.encrypted || declaration.external) continue
      const data = sortServices(members.filter(s => isTier(s, 'data')))
      const firstData = data[0]
      if (!firstData) continue
      const location = declaration.span ?? firstData.service.span
      const netName = networkLabel(network, project)
      report({
        subject: firstData,
        location,
        messageId: 'unencrypted',
        data: {
          network: netName,
          stores: formatList(data.map(s => describeService(s, firstData))),
          storeWord: data.length === 1 ? 'store' : 'stores'
        },
        services: data.map(s => s.id),
        networks: [network.id],
        profiles: profilesOf(...data)
      })
    }
  }
})
