import { describeService, isTier, productOf, profilesOf, serviceLabel } from './helpers.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'host-network',
  name: 'Service on the host network',
  description:
    'A service runs with `network_mode: host`: it shares the host’s network stack, reaches every local service and listens on the host’s interfaces with no isolation.',
  severity: 'high',
  kind: 'security',
  precision: 'very-high',
  tags: ['network', 'docker'],
  help: {
    what: 'A service has `network_mode: host` (or, in a Swarm stack, joins the external network named `host`). The finding is critical when the service is a reverse proxy (edge tier) or a data store (data tier), high otherwise. A stack’s `network_mode` is not flagged: `docker stack deploy` ignores it (docker/cli lists it among the unsupported options and prints “Ignoring unsupported options: network_mode”), so the service runs on the stack’s networks; tierguard says so with a `stack-ignored-key` diagnostic.',
    why: 'In the host namespace a container bypasses Docker networking entirely: every port it listens on is open on every interface of the host (no `ports` mapping, no Docker firewall rules), and it can connect to everything the host can, including services bound to `127.0.0.1`, other containers’ published ports and the cloud metadata endpoint. A compromise of the service is a foothold on the host’s network. For a public proxy or a database, that is the most exposed position there is.',
    fix: 'Remove `network_mode: host`, put the service on the networks it needs, and publish only the ports that must be reachable from outside with `ports` (bound to `127.0.0.1` when only local tools use them). Monitoring agents that truly need the host namespace should be reviewed and suppressed with a reason.',
    bad: `services:
  proxy:
    image: nginx:1.27
    network_mode: host
`,
    good: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
`
  },
  messages: {
    data: "The data store {{service}} runs in the host's network namespace (`network_mode: host`): {{product}} listens on every interface of the host with no `ports` mapping in between, and a compromise of it reaches everything the host can reach. Remove `network_mode: host`, put {{name}} on the networks it needs and publish only the ports that must be reachable.",
    edge: "The proxy {{service}} runs in the host's network namespace (`network_mode: host`): the public entry point reaches every service the host can reach, including those bound to `127.0.0.1`. Remove `network_mode: host`, put {{name}} on the networks it needs and publish only the ports that must be reachable.",
    service:
      "{{name}} runs in the host's network namespace (`network_mode: host`): every port it opens is open on every interface of the host, and it reaches every service the host can reach, including those bound to `127.0.0.1`. Remove `network_mode: host`, put {{name}} on the networks it needs and publish only the ports that must be reachable."
  },
  check({ topology, report }) {
    for (const node of topology.services) {
      const mode = node.service.networkMode
      if (node.mode !== 'host' || mode?.kind !== 'host') continue
      const critical = isTier(node, 'edge') || isTier(node, 'data')
      report({
        subject: node,
        ...(critical ? { severity: 'critical' as const } : {}),
        location: mode.span,
        messageId: isTier(node, 'data') ? 'data' : isTier(node, 'edge') ? 'edge' : 'service',
        data: {
          service: describeService(node),
          name: serviceLabel(node),
          product: productOf(node)
        },
        profiles: profilesOf(node)
      })
    }
  }
})
