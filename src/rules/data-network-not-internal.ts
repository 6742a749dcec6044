import {
  describeService,
  formatList,
  isTier,
  networkLabel,
  profilesOf,
  serviceLabel,
  servicesOn,
  sortServices
} from './helpers.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'data-network-not-internal',
  name: 'Data network not internal',
  description:
    'A network that only data stores and the services using them join is not marked `internal: true`, so its containers keep a route to and from the outside they do not need.',
  severity: 'medium',
  kind: 'security',
  precision: 'high',
  tags: ['network', 'segmentation', 'egress'],
  help: {
    what: 'A network declared in the scan whose members are data stores and the services that use them: no reverse proxy, no member that publishes a port, and every member that is not a data store also on another, non-internal network (so marking this one internal cuts nobody off). It does not have `internal: true`. External networks that no scanned project creates are left alone: their settings are not in the scan.',
    why: 'A network that is not internal gives every member a route out through the host’s gateway. A compromised database or cache can then download tooling and send data anywhere. Marking the network internal removes that route for members that are only on it, without changing how members reach each other.',
    fix: 'Add `internal: true` to the network. Services that need the internet or are reached from outside keep that through their other, non-internal network.',
    bad: `services:
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
  backend: {}
`,
    good: `services:
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
    storesOnly:
      "{{network}} only connects {{stores}}, but is not `internal`: its members keep a route out through the host's gateway, so a compromised data store can fetch tools and send data anywhere. Add `internal: true` to {{network}}; nothing on it publishes a port or relies on it to reach the outside.",
    storesAndClients:
      "{{network}} only connects {{stores}} and {{clients}}, which {{are}} also on another network, but is not `internal`: its members keep a route out through the host's gateway, so a compromised data store can fetch tools and send data anywhere. Add `internal: true` to {{network}}; nothing on it publishes a port or relies on it to reach the outside."
  },
  check({ topology, report }) {
    for (const network of topology.networks) {
      if (network.legacyBridge || network.sharedWithUnknown) continue
      const primary = network.primary
      if (!primary) continue
      const { project, network: declaration } = primary
      const members = servicesOn(network)
      const span = declaration.span
      if (!span || declaration.implicit || declaration.external || network.internal) continue
      const data = sortServices(members.filter(s => isTier(s, 'data')))
      const firstData = data[0]
      if (!firstData) continue
      if (members.some(s => isTier(s, 'edge') || s.mode === 'host')) continue
      if (members.some(s => s.service.ports.length > 0)) continue
      const others = sortServices(members.filter(s => !isTier(s, 'data')))
      // Marking the network internal would cut a client off the outside if it has no other way out.
      const keepsWayOut = others.every(s =>
        s.memberships.some(m => m.network.id !== network.id && !m.network.internal)
      )
      if (!keepsWayOut) continue

      const netName = networkLabel(network, project)
      report({
        subject: firstData,
        location: span,
        messageId: others.length === 0 ? 'storesOnly' : 'storesAndClients',
        data: {
          network: netName,
          stores: formatList(data.map(s => describeService(s, firstData))),
          clients: formatList(others.map(s => serviceLabel(s, firstData))),
          are: others.length === 1 ? 'is' : 'are'
        },
        services: [...data, ...others].map(s => s.id),
        networks: [network.id],
        profiles: profilesOf(...data, ...others)
      })
    }
  }
})
