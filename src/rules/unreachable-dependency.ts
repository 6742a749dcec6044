import { describeIntent } from '../analyze/intents.js'
import type { Intent, ServiceNode } from '../analyze/types.js'
import {
  describeNetworks,
  hasInvalidNetworking,
  profilesOf,
  quote,
  serviceLabel
} from './helpers.js'
import { defineRule } from './types.js'

const KIND_WORDS: Record<Intent['kind'], string> = {
  depends_on: 'depends on',
  links: 'links to',
  environment: 'names',
  command: 'names on its command line',
  declared: 'declares it uses',
  'proxy-route': 'routes to',
  'network-mode': 'shares the network namespace of'
}

export default defineRule({
  id: 'unreachable-dependency',
  name: 'Dependency not reachable',
  description:
    'A service needs to connect to another (depends_on, links, a URL or host name in its environment, a proxy route), but no network, namespace or published port connects them.',
  severity: 'high',
  kind: 'correctness',
  precision: 'high',
  tags: ['network', 'reachability'],
  help: {
    what: 'A connection the configuration says a service needs (a `depends_on` or `links` entry, a proxy routing label, a `network_mode: service:` target, or an environment value naming another service such as `DATABASE_URL=postgres://db:5432/app` or `REDIS_HOST=cache`) has no way through: the two services share no network with inter-container communication enabled, no namespace, and the target publishes no port on the host the client could use. Severity follows the evidence for the pair: `links`, proxy routes and `network_mode` make the connection certain (high); a `depends_on` alone is often only start order, and an environment value alone may name an outside host by coincidence (medium each); both together make it high. A `depends_on` to or from a service with `network_mode: none` is only about start order and is left alone, and so are services whose networking compose would refuse (`invalid-network-reference` reports those).',
    why: 'Compose starts the stack, and the client fails at run time: name resolution errors, connection timeouts, a proxy answering 502 or 504. Such breakage usually follows an edit that moved one of the two services to another network.',
    fix: 'Put both services on a common network (add the network the target is on to the client’s `networks:`), or, if the dependency is obsolete, remove the `depends_on`, link, label or variable.',
    bad: `services:
  app:
    image: ghcr.io/example/app:1.0
    depends_on:
      - db
    networks:
      - frontend
  db:
    image: postgres:16
    networks:
      - backend
networks:
  frontend: {}
  backend:
    internal: true
`,
    good: `services:
  app:
    image: ghcr.io/example/app:1.0
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
    fails:
      '{{from}} {{verb}} {{to}} ({{written}}), but nothing connects them: {{from}} is on {{fromNetworks}}, {{to}} is on {{toNetworks}}, and {{to}} publishes no port {{from}} could reach through the host. The connection fails at run time. Put {{from}} on a network {{to}} is on, or remove the dependency if it is obsolete.',
    startOrder:
      '{{from}} {{verb}} {{to}} ({{written}}), but nothing connects them: {{from}} is on {{fromNetworks}}, {{to}} is on {{toNetworks}}, and {{to}} publishes no port {{from}} could reach through the host. If {{from}} connects to {{to}}, the connection fails at run time; if it only needs {{to}} started first, nothing is wrong (accept it with `# tierguard-ignore unreachable-dependency: start order only`). Put {{from}} on a network {{to}} is on, or remove the dependency if it is obsolete.',
    hostName:
      '{{from}} {{verb}} {{to}} ({{written}}), but nothing connects them: {{from}} is on {{fromNetworks}}, {{to}} is on {{toNetworks}}, and {{to}} publishes no port {{from}} could reach through the host. If the value is a host name, the connection fails at run time. Put {{from}} on a network {{to}} is on, or remove the dependency if it is obsolete.'
  },
  check({ topology, report }) {
    const unreachable = topology.intents.filter(intent => {
      const { from, to } = intent
      if (from.id === to.id) return false
      if (intent.kind === 'depends_on' && (from.mode === 'none' || to.mode === 'none')) return false
      if (hasInvalidNetworking(from) || hasInvalidNetworking(to)) return false
      // Direct only: a client cannot reach `db` through a service in between (that service
      // would have to relay the connection), so a path of several hops does not satisfy it.
      return !topology.connection(from, to)
    })
    const kindsByPair = kindsOfPairs(topology.intents, new Set(unreachable.map(i => i.from)))
    for (const intent of unreachable) {
      const { from, to } = intent
      const kinds = kindsByPair.get(from)?.get(to) ?? new Set([intent.kind])
      const certain =
        kinds.has('links') ||
        kinds.has('proxy-route') ||
        kinds.has('network-mode') ||
        kinds.has('declared') ||
        (kinds.has('depends_on') && kinds.has('environment'))
      const written = describeIntent(intent)
      const toName = serviceLabel(to, from)
      report({
        subject: from,
        ...(certain ? {} : { severity: 'medium' as const }),
        location: intent.span,
        messageId: certain ? 'fails' : intent.kind === 'depends_on' ? 'startOrder' : 'hostName',
        data: {
          from: serviceLabel(from),
          verb: KIND_WORDS[intent.kind],
          to: toName,
          written: quote(written),
          fromNetworks: describeNetworks(from),
          toNetworks: describeNetworks(to)
        },
        related: [{ span: to.service.span, message: `${toName} is defined here` }],
        services: [from.id, to.id],
        networks: [
          ...new Set([...from.memberships, ...to.memberships].map(m => m.network.id))
        ].sort(),
        fingerprintKey: `${intent.kind}:${written}`,
        profiles: profilesOf(from, to)
      })
    }
  }
})

/**
 * How sure the configuration is that `from` connects to `to`, for the pairs whose source is in
 * `sources` (the few that fail; a map for every pair would cost a set per intent): links,
 * `network_mode` and proxy routes are certain; `depends_on` is often start order only, and an
 * environment value may name an outside host that happens to share the name. Either alone is
 * medium; both together, or any certain kind, make every intent of the pair high.
 */
function kindsOfPairs(
  intents: readonly Intent[],
  sources: ReadonlySet<ServiceNode>
): Map<ServiceNode, Map<ServiceNode, Set<Intent['kind']>>> {
  const kindsByPair = new Map<ServiceNode, Map<ServiceNode, Set<Intent['kind']>>>()
  for (const { from, to, kind } of intents) {
    if (!sources.has(from)) continue
    let byTarget = kindsByPair.get(from)
    if (!byTarget) kindsByPair.set(from, (byTarget = new Map()))
    const kinds = byTarget.get(to)
    if (kinds) kinds.add(kind)
    else byTarget.set(to, new Set([kind]))
  }
  return kindsByPair
}
