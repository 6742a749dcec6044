import { identifyConsole } from '../analyze/store-evidence.js'
import type { ServiceNode } from '../analyze/types.js'
import {
  describeService,
  formatList,
  intentTargets,
  isIngressPort,
  profilesOf,
  quote,
  serviceLabel
} from './helpers.js'
import { effectiveBinding } from '../analyze/port-binding.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'data-console-published',
  name: 'Database console published',
  description:
    'A database console (Adminer, pgAdmin, phpMyAdmin, Mongo Express, RedisInsight, Redis Commander, ...) publishes its web interface on every interface of the host: it hands out the data store behind it to whoever reaches the host.',
  severity: 'high',
  kind: 'security',
  precision: 'high',
  tags: ['network', 'ports'],
  help: {
    what: 'A service whose image is a known database console (`adminer`, `dpage/pgadmin4`, `phpmyadmin`, `mongo-express`, `redis/redisinsight`, `rediscommander/redis-commander`, `dbgate`, `cloudbeaver`, `kafka-ui`, `kafdrop`, `akhq`) has a `ports` entry bound to every interface (`"8080:8080"`, `0.0.0.0`, `::`) or published through the Swarm routing mesh. A console is no data store (its tier is app), which is why `data-port-published` does not see it. A port bound to `127.0.0.1` is not reported. High, like a published data store: the console is a door to the store with a browser for a key.',
    why: 'A console speaks to the store with credentials it holds (Mongo Express and Redis Commander are configured with them, Adminer and phpMyAdmin log into any server the container reaches) and serves a browser anyone can open: many ship without a login of their own, or with a default one. Published on every interface, it is the store published, behind whatever authentication the console adds, and consoles are a favourite target of scanners.',
    fix: 'Bind the console to loopback (`"127.0.0.1:8080:8080"`) and reach it through an SSH tunnel, put it behind the authenticating proxy of the stack, or run it only when needed (a `profiles:` entry such as `tools`).',
    bad: `services:
  db:
    image: postgres:16
  adminer:
    image: adminer:4
    ports:
      - "8080:8080"
`,
    good: `services:
  db:
    image: postgres:16
  adminer:
    image: adminer:4
    ports:
      - "127.0.0.1:8080:8080"
`
  },
  messages: {
    everyInterface:
      "The database console {{name}} ({{console}}) publishes {{port}} on every interface of the host: whoever reaches the host gets a browser into {{stores}}, with the credentials the console holds or accepts. Bind it to loopback (`127.0.0.1:{{published}}:{{target}}`) and use a tunnel, or put it behind the stack's authenticating proxy.",
    routingMesh:
      "The database console {{name}} ({{console}}) publishes {{port}} through the Swarm routing mesh, on every node of the cluster: whoever reaches the host gets a browser into {{stores}}, with the credentials the console holds or accepts. Bind it to loopback (`127.0.0.1:{{published}}:{{target}}`) and use a tunnel, or put it behind the stack's authenticating proxy."
  },
  check({ topology, report }) {
    for (const node of topology.services) {
      const console = identifyConsole(node.service.image?.value)
      if (!console) continue
      // In another's namespace its ports are refused; in host mode host-network speaks.
      if (node.mode !== 'networks' && node.mode !== 'bridge') continue
      for (const port of node.service.ports) {
        const ingress = isIngressPort(node, port.mode)
        if (!ingress && effectiveBinding(node, port).bind !== 'all') continue
        report({
          subject: node,
          location: port.span,
          messageId: ingress ? 'routingMesh' : 'everyInterface',
          data: {
            name: serviceLabel(node),
            console,
            port: quote(port.text),
            stores: storesBehind(topology, node),
            published: port.published ?? port.target,
            target: port.target
          },
          services: [node.id, ...storeIds(topology, node)],
          fingerprintKey: port.text,
          profiles: profilesOf(node)
        })
      }
    }
  }
})

/** The data stores the console is configured for (its intents), for the message. */
function storeNodes(topology: Parameters<typeof intentTargets>[0], node: ServiceNode) {
  return intentTargets(topology, node)
    .map(id => topology.serviceById(id))
    .filter((s): s is ServiceNode => s !== undefined && s.tier.tier === 'data')
}

function storeIds(topology: Parameters<typeof intentTargets>[0], node: ServiceNode): string[] {
  return storeNodes(topology, node).map(s => s.id)
}

function storesBehind(topology: Parameters<typeof intentTargets>[0], node: ServiceNode): string {
  const stores = storeNodes(topology, node)
  if (stores.length === 0) return 'every data store it can reach'
  return formatList(stores.map(s => describeService(s, node)))
}
