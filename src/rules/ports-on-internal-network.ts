import {
  formatList,
  isIngressPort,
  networkLabel,
  profilesOf,
  quote,
  serviceLabel
} from './helpers.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'ports-on-internal-network',
  name: 'Ports published from internal networks only',
  description:
    'A service that is only on `internal` networks publishes ports; they cannot be reached from outside, so the configuration contradicts itself.',
  severity: 'low',
  kind: 'correctness',
  precision: 'high',
  tags: ['network', 'ports'],
  help: {
    what: 'A service whose networks are all `internal: true` has `ports` entries. Docker gives containers on internal networks no route to the host, so those ports are never reachable from outside. Each port entry is reported, except a Swarm stack’s ingress ports: the routing mesh attaches the task to the `ingress` network, so such a port is published on every node whatever the service’s own networks are (`data-port-published` reports it for a data store).',
    why: 'One of the two settings is wrong. Either the service must be reachable (and the `internal` network silently breaks it: connections to the published port fail), or it must not be (and the `ports` entry is a trap: removing `internal` later, for egress say, suddenly publishes it).',
    fix: 'If the service must be reachable from the host or the outside, add a non-internal network to it (or publish through a proxy on such a network). Otherwise remove the `ports` entry; other services on the internal network reach it without it.',
    bad: `services:
  api:
    image: ghcr.io/example/api:1.0
    ports:
      - "8080:8080"
    networks:
      - backend
networks:
  backend:
    internal: true
`,
    good: `services:
  api:
    image: ghcr.io/example/api:1.0
    expose:
      - "8080"
    networks:
      - backend
networks:
  backend:
    internal: true
`
  },
  messages: {
    unreachable:
      '{{name}} publishes {{port}}, but is only on internal {{networks}}: a container without a non-internal network has no route to the host, so the port is never reachable. Remove the entry, or add a non-internal network to {{name}} if it must be reached from outside.'
  },
  check({ topology, report }) {
    for (const node of topology.services) {
      if (node.mode !== 'networks' || node.memberships.length === 0) continue
      if (!node.memberships.every(m => m.network.internal)) continue
      const names = [...new Set(node.memberships.map(m => networkLabel(m.network, node.project)))]
      const networks = `${names.length === 1 ? 'network' : 'networks'} ${formatList(names)}`
      for (const port of node.service.ports) {
        // Swarm's routing mesh attaches the task to its `ingress` network: the port is published.
        if (isIngressPort(node, port.mode)) continue
        report({
          subject: node,
          location: port.span,
          messageId: 'unreachable',
          data: { name: serviceLabel(node), port: quote(port.text), networks },
          fingerprintKey: port.text,
          profiles: profilesOf(node)
        })
      }
    }
  }
})
