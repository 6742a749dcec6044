import { profilesOf, quote, serviceLabel } from './helpers.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'invalid-network-reference',
  name: 'Invalid network reference',
  description:
    'A service names a network the project does not declare, or sets both `networks` and `network_mode`: compose refuses the file.',
  severity: 'high',
  kind: 'correctness',
  precision: 'very-high',
  tags: ['network', 'compose'],
  help: {
    what: 'A service lists, under `networks:`, a network that is not declared under the top-level `networks:` of its project (after overrides, `extends` and `include` are applied), or it has both `networks:` and `network_mode:`. The finding points at the network entry, or at `network_mode`.',
    why: '`docker compose up` and `docker stack deploy` refuse such a file (“service refers to undefined network”, “network_mode and networks cannot be combined”), so the change cannot be deployed as written, and what tierguard infers about the service’s reach is a guess.',
    fix: 'Declare the network under the top-level `networks:` (with `external: true` and its real `name:` if another project creates it), or fix the name; choose either `network_mode` or `networks` for a service.',
    bad: `services:
  app:
    image: ghcr.io/example/app:1.0
    networks:
      - backend
`,
    good: `services:
  app:
    image: ghcr.io/example/app:1.0
    networks:
      - backend
networks:
  backend: {}
`
  },
  messages: {
    modeAndNetworks:
      '{{name}} sets both `network_mode` and `networks` ({{networks}}): compose refuses the file ("cannot be combined"), so it cannot be deployed as written. Keep one: `network_mode` for a shared or host namespace, `networks` otherwise.',
    undeclared:
      '{{name}} joins {{network}}, which project {{project}} does not declare ({{declared}}): compose refuses the file with "service refers to undefined network". Declare {{network}} under the top-level `networks:` (as `external: true` with its real `name:` if another project creates it), or fix the name.'
  },
  check({ topology, report }) {
    for (const node of topology.services) {
      const mode = node.service.networkMode
      const listed = node.service.networks.filter(a => !a.implicit)
      if (mode && listed.length > 0) {
        report({
          subject: node,
          location: mode.span,
          messageId: 'modeAndNetworks',
          data: {
            name: serviceLabel(node),
            networks: listed.map(a => quote(a.network)).join(', ')
          },
          related: listed.map(a => ({
            span: a.span,
            message: `${serviceLabel(node)} lists ${quote(a.network)} here`
          })),
          fingerprintKey: 'network_mode+networks',
          profiles: profilesOf(node)
        })
      }
      for (const attachment of listed) {
        if (attachment.declared || attachment.network === 'default') continue
        const declared = node.project.networks.filter(n => !n.implicit).map(n => quote(n.key))
        const known =
          declared.length > 0 ? `it declares ${declared.join(', ')}` : 'it declares no networks'
        report({
          subject: node,
          location: attachment.span,
          messageId: 'undeclared',
          data: {
            name: serviceLabel(node),
            network: quote(attachment.network),
            project: quote(node.project.name),
            declared: known
          },
          fingerprintKey: attachment.network,
          profiles: profilesOf(node)
        })
      }
    }
  }
})
