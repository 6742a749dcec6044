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
  check({ topology, report }) {
    for (const node of topology.services) {
      const mode = node.service.networkMode
      if (node.mode !== 'host' || mode?.kind !== 'host') continue
      const critical = isTier(node, 'edge') || isTier(node, 'data')
      const what = isTier(node, 'data')
        ? `the data store ${describeService(node)}`
        : isTier(node, 'edge')
          ? `the proxy ${describeService(node)}`
          : serviceLabel(node)
      const consequence = isTier(node, 'data')
        ? `${productOf(node)} listens on every interface of the host with no \`ports\` mapping in between, and a compromise of it reaches everything the host can reach`
        : isTier(node, 'edge')
          ? `the public entry point reaches every service the host can reach, including those bound to \`127.0.0.1\``
          : `every port it opens is open on every interface of the host, and it reaches every service the host can reach, including those bound to \`127.0.0.1\``
      report({
        subject: node,
        ...(critical ? { severity: 'critical' as const } : {}),
        location: mode.span,
        message: `${capitalise(what)} runs in the host's network namespace (\`network_mode: host\`): ${consequence}. Remove \`network_mode: host\`, put ${serviceLabel(node)} on the networks it needs and publish only the ports that must be reachable.`,
        profiles: profilesOf(node)
      })
    }
  }
})

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
