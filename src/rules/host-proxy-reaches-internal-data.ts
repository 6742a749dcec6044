import type { ServiceNode } from '../analyze/types.js'
import {
  describeService,
  formatList,
  isTier,
  MAX_LISTED,
  membershipSpan,
  networkLabel,
  profilesOf,
  sortMemberships,
  sortServices
} from './helpers.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'host-proxy-reaches-internal-data',
  name: 'Host-mode proxy reaches data on internal networks',
  description:
    'A reverse proxy runs in the host’s network namespace, and the host reaches containers on `internal` networks: the public entry point is one hop from the data stores there.',
  severity: 'high',
  kind: 'security',
  precision: 'high',
  tags: ['network', 'docker'],
  help: {
    what: 'A service of the edge tier has `network_mode: host`, and a data store of the same project is only on `internal` bridge networks (so nothing else reaches it from outside its networks). The finding points at the proxy’s `network_mode` line, with each store’s attachment as a related location (the first few, the others counted). An internal network whose IPv4 gateway mode is `isolated` has no address on the host and is not counted; internal overlay networks have none either.',
    why: '`internal: true` takes a network’s containers off the host’s routes: they cannot reach the outside, and published ports do not work. It does not take the host off theirs: Docker still gives the internal network’s bridge an address on the host, and its firewall rules filter forwarded traffic, not the host’s own. Docker’s documentation: “An address is normally assigned to the bridge device in an `internal` network. So, processes on the docker host can access the network” (https://docs.docker.com/engine/network/packet-filtering-firewalls/, gateway mode `isolated`). A proxy in the host’s namespace is such a process: whoever compromises the public entry point connects to the store directly, although the store was put on an internal network to keep it away from the edge.',
    fix: 'Take the proxy out of the host namespace: put it on a network with the applications it routes to and publish its ports (`ports: ["443:443"]`). If it must stay there, give the internal network no host address with `driver_opts: {com.docker.network.bridge.gateway_mode_ipv4: isolated}` (Docker Engine 28 or later).',
    bad: `services:
  proxy:
    image: traefik:v3.1
    network_mode: host
  db:
    image: postgres:16
    networks:
      - backend
networks:
  backend:
    internal: true
`,
    good: `services:
  proxy:
    image: traefik:v3.1
    network_mode: host
  db:
    image: postgres:16
    networks:
      - backend
networks:
  backend:
    internal: true
    driver_opts:
      com.docker.network.bridge.gateway_mode_ipv4: isolated
`
  },
  messages: {
    hostReachesInternal:
      "The proxy {{proxy}} runs in the host's network namespace, and the host reaches containers on internal networks: it can connect to {{stores}} directly, one hop from the public entry point. `internal` keeps a network's containers off the host's routes, not the host off theirs. Take {{proxy}} out of the host namespace and publish its ports, or give the internal network no host address (`com.docker.network.bridge.gateway_mode_ipv4: isolated`)."
  },
  check({ topology, report }) {
    const sealed = new Map<ServiceNode['project'], ServiceNode[]>()
    for (const data of topology.services) {
      if (!isTier(data, 'data') || data.mode !== 'networks' || data.memberships.length === 0)
        continue
      if (!data.memberships.every(m => m.network.internal)) continue
      const list = sealed.get(data.project)
      if (list) list.push(data)
      else sealed.set(data.project, [data])
    }
    for (const edge of topology.services) {
      const mode = edge.service.networkMode
      if (!isTier(edge, 'edge') || edge.mode !== 'host' || mode?.kind !== 'host') continue
      const reached = sortServices(
        (sealed.get(edge.project) ?? []).filter(
          data => topology.connection(edge, data)?.via.kind === 'host-mode'
        )
      )
      if (reached.length === 0) continue
      const stores = reached.map(data => {
        const networks = [
          ...new Set(data.memberships.map(m => networkLabel(m.network, data.project)))
        ]
        return `${describeService(data, edge)} on ${formatList(networks)}`
      })
      const listed = reached.slice(0, MAX_LISTED)
      report({
        subject: edge,
        location: mode.span,
        messageId: 'hostReachesInternal',
        data: {
          proxy: describeService(edge),
          stores: formatList(stores.slice(0, MAX_LISTED), stores.length)
        },
        related: listed.flatMap(data => {
          const membership = sortMemberships([...data.memberships])[0]
          return membership
            ? [
                {
                  span: membershipSpan(membership),
                  message: `${describeService(data, edge)} joins the internal ${networkLabel(membership.network, data.project)} here`
                }
              ]
            : []
        }),
        services: [edge.id, ...listed.map(data => data.id)],
        networks: [...new Set(listed.flatMap(data => data.memberships.map(m => m.network.id)))],
        profiles: profilesOf(edge, ...listed)
      })
    }
  }
})
