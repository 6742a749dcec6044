import { profilesOf, serviceLabel } from './helpers.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'legacy-default-bridge',
  name: 'Service on the legacy default bridge',
  description:
    'A service runs with `network_mode: bridge`, Docker’s legacy default bridge that every container started without a network shares.',
  severity: 'medium',
  kind: 'security',
  precision: 'very-high',
  tags: ['network', 'docker'],
  help: {
    what: 'A service has `network_mode: bridge`. Compose then does not put it on the project’s networks but on the `bridge` network that Docker creates on every host.',
    why: 'The legacy default bridge is shared with every container on the host that was started without a network (`docker run` with no `--network`), from any project or user. They can all connect to each other’s ports. It also has no service-name DNS, which invites `links` or hard-coded addresses.',
    fix: 'Remove `network_mode: bridge` and let the service join the project’s networks (the implicit `default` network, or the ones it lists under `networks:`).',
    bad: `services:
  worker:
    image: ghcr.io/example/worker:1.0
    network_mode: bridge
`,
    good: `services:
  worker:
    image: ghcr.io/example/worker:1.0
    networks:
      - jobs
networks:
  jobs: {}
`
  },
  messages: {
    bridge:
      "{{name}} runs on Docker's legacy default bridge (`network_mode: bridge`), which every container on the host started without a network also joins: any of them can connect to {{name}}'s ports, whatever project it belongs to. Remove `network_mode: bridge` and put {{name}} on the project's own networks."
  },
  check({ topology, report }) {
    for (const node of topology.services) {
      const mode = node.service.networkMode
      if (mode?.kind !== 'bridge') continue
      report({
        subject: node,
        location: mode.span,
        messageId: 'bridge',
        data: { name: serviceLabel(node) },
        profiles: profilesOf(node)
      })
    }
  }
})
