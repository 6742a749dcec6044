import type { NetworkNode, ServiceNode, Topology } from '../analyze/types.js'
import type { Label } from '../model/types.js'
import {
  formatList,
  networkLabel,
  profilesOf,
  proxyLabels,
  quote,
  serviceLabel,
  sortServices
} from './helpers.js'
import { findProviderNetwork } from '../analyze/intents.js'
import { indexNeighbours } from '../analyze/neighbours.js'
import { defineRule } from './types.js'

const NETWORK_LABELS = ['traefik.docker.network', 'traefik.swarm.network']

export default defineRule({
  id: 'proxy-network-ambiguous',
  name: 'Proxy network ambiguous',
  description:
    'A service routed by Traefik is on several networks without `traefik.docker.network`, or that label names a network the proxy is not on, so Traefik may try to reach it over a network it cannot use.',
  severity: 'medium',
  kind: 'security',
  precision: 'medium',
  tags: ['network', 'traefik', 'proxy'],
  help: {
    what: 'A service enabled for Traefik (`traefik.enable=true`, or Traefik router labels) is on two or more networks, at least one of which the Traefik proxy of the scan does not join, and has no `traefik.docker.network` (or `traefik.swarm.network`) label; or the label names a network the service is not on, or one the proxy is not on. Services whose proxy sets a default network, on its command line (`--providers.docker.network=NAME`, `--providers.swarm.network=NAME`, or the flag and the name as two words) or through `TRAEFIK_PROVIDERS_DOCKER_NETWORK`, are left alone; a default set in a static configuration file (`traefik.yml`) is not visible to tierguard, so suppress the finding with that reason.',
    why: 'Without the label, Traefik takes whichever of the container’s addresses Docker lists first. When that address is on a network the proxy is not on, requests hang and fail with 504 Gateway Timeout, intermittently, after a restart or a redeploy. The usual “fix”, putting the proxy on the backend network too, lets the public proxy reach the data tier.',
    fix: 'Add `traefik.docker.network` with the real name of the network the proxy and the service share (in swarm mode, `traefik.swarm.network` under `deploy.labels`), or set the provider’s default network on the proxy (`--providers.docker.network=...`).',
    bad: `services:
  traefik:
    image: traefik:v3.1
    ports:
      - "80:80"
    networks:
      - web
  app:
    image: ghcr.io/example/app:1.0
    labels:
      traefik.enable: "true"
    networks:
      - web
      - backend
networks:
  web:
    name: web
  backend: {}
`,
    good: `services:
  traefik:
    image: traefik:v3.1
    ports:
      - "80:80"
    networks:
      - web
  app:
    image: ghcr.io/example/app:1.0
    labels:
      traefik.enable: "true"
      traefik.docker.network: web
    networks:
      - web
      - backend
networks:
  web:
    name: web
  backend: {}
`
  },
  messages: {
    noNetworkLabel:
      '{{name}} is routed by Traefik ({{label}}) and is on {{networks}}, but has no `traefik.docker.network` label: Traefik uses whichever address Docker lists first, and when that is on {{unshared}}, which {{proxies}} {{does}} not join, requests fail with 504 Gateway Timeout. Add `traefik.docker.network: {{suggestion}}`.',
    noNetworkLabelNoProxy:
      '{{name}} is routed by Traefik ({{label}}) and is on {{networks}}, but has no `traefik.docker.network` label: Traefik uses whichever address Docker lists first, and when that is on {{unshared}}, which the proxy does not join, requests fail with 504 Gateway Timeout. Add `traefik.docker.network: {{suggestion}}` (the real name of the network the proxy joins).',
    unknownNetwork:
      "{{label}} names a network {{name}} is not on (it is on {{networks}}): Traefik falls back to whichever address Docker lists first, and requests fail with 504 Gateway Timeout when that network is not the proxy's. Set the label to the real name of the network {{name}} shares with the proxy, {{shared}}.",
    unknownNetworkNoneShared:
      "{{label}} names a network {{name}} is not on (it is on {{networks}}): Traefik falls back to whichever address Docker lists first, and requests fail with 504 Gateway Timeout when that network is not the proxy's. Set the label to the real name of the network {{name}} shares with the proxy.",
    proxyNotOnNetwork:
      '{{label}} tells Traefik to reach {{name}} over {{network}}, which {{proxies}} {{does}} not join: every request fails with 504 Gateway Timeout. Set the label to {{shared}}, the network {{name}} shares with the proxy.'
  },
  check({ topology, report }) {
    const traefiks = sortServices(topology.services.filter(isTraefik))
    const proxiesOf = createProxyFinder(topology, traefiks)
    for (const node of topology.services) {
      if (node.mode !== 'networks' || isTraefik(node)) continue
      const labels = proxyLabels(node)
      const anchor = routingAnchor(labels)
      if (!anchor) continue
      const networks = uniqueNetworks(node)
      const proxies = proxiesOf(node)
      const onProxy = (n: NetworkNode) =>
        proxies.some(p => p.memberships.some(m => m.network.id === n.id))
      const shared = networks.filter(onProxy)
      // No shared network at all is unreachable-dependency's finding, not an ambiguity.
      if (proxies.length > 0 && shared.length === 0) continue
      const proxyNames = formatList(proxies.map(p => serviceLabel(p, node)))
      const networkLabelEntry = labels.find(l => NETWORK_LABELS.includes(l.key))

      if (!networkLabelEntry) {
        if (networks.length < 2 || shared.length === networks.length) continue
        if (proxies.some(setsDefaultNetwork)) continue
        const unshared = networks.filter(n => !onProxy(n))
        const suggestion = shared[0] ?? networks[0]
        report({
          subject: node,
          location: anchor.span,
          messageId: proxies.length > 0 ? 'noNetworkLabel' : 'noNetworkLabelNoProxy',
          data: {
            name: serviceLabel(node),
            label: quote(`${anchor.key}=${anchor.value}`),
            networks: formatList(networks.map(n => networkLabel(n, node.project))),
            unshared: formatList(unshared.map(n => networkLabel(n, node.project))),
            proxies: proxyNames,
            does: proxies.length > 1 ? 'do' : 'does',
            suggestion: suggestion?.realName ?? '<network>'
          },
          related: proxies.map(p => ({
            span: p.service.span,
            message: `the Traefik proxy ${serviceLabel(p, node)}`
          })),
          services: [node.id, ...proxies.map(p => p.id)],
          networks: networks.map(n => n.id),
          profiles: profilesOf(node, ...proxies)
        })
        continue
      }

      const named = networks.find(n => namesNetwork(networkLabelEntry.value, n))
      if (!named) {
        // With one network Traefik falls back to it; that works when the proxy is on it.
        if (networks.length < 2 && (proxies.length === 0 || shared.length === networks.length))
          continue
        report({
          subject: node,
          location: networkLabelEntry.span,
          messageId: shared[0] ? 'unknownNetwork' : 'unknownNetworkNoneShared',
          data: {
            label: quote(`${networkLabelEntry.key}=${networkLabelEntry.value}`),
            name: serviceLabel(node),
            networks: formatList(networks.map(n => quote(n.realName))),
            shared: shared[0] ? quote(shared[0].realName) : ''
          },
          services: [node.id, ...proxies.map(p => p.id)],
          networks: networks.map(n => n.id),
          profiles: profilesOf(node, ...proxies)
        })
        continue
      }
      if (proxies.length === 0 || onProxy(named)) continue
      report({
        subject: node,
        location: networkLabelEntry.span,
        messageId: 'proxyNotOnNetwork',
        data: {
          label: quote(`${networkLabelEntry.key}=${networkLabelEntry.value}`),
          name: serviceLabel(node),
          network: networkLabel(named, node.project),
          proxies: proxyNames,
          does: proxies.length > 1 ? 'do' : 'does',
          shared: quote(shared[0]?.realName ?? '')
        },
        related: proxies.map(p => ({
          span: p.service.span,
          message: `the Traefik proxy ${serviceLabel(p, node)}`
        })),
        services: [node.id, ...proxies.map(p => p.id)],
        networks: [named.id],
        profiles: profilesOf(node, ...proxies)
      })
    }
  }
})

function isTraefik(node: ServiceNode): boolean {
  if (node.tier.product?.toLowerCase() === 'traefik') return true
  if (node.tier.tier !== 'edge') return false
  const image = node.service.image?.value.toLowerCase() ?? ''
  const repository = image.split('@')[0]?.split(':')[0] ?? ''
  return repository.split('/').pop() === 'traefik'
}

/** The label that enables Traefik routing: `traefik.enable=true`, else the first router label. */
function routingAnchor(labels: Label[]): Label | undefined {
  const enable = labels.find(l => l.key === 'traefik.enable')
  if (enable) return enable.value.trim().toLowerCase() === 'true' ? enable : undefined
  return labels.find(l => /^traefik\.(http|tcp|udp)\.(routers|services)\./.test(l.key))
}

/** Answers "which Traefik instances route to this service", indexed once per check. */
type ProxyFinder = (node: ServiceNode) => ServiceNode[]

/**
 * The Traefik instances that route to a service: from the intents, else those deployed with it
 * (same project, or a shared network), in the order of `traefiks` (sorted by position).
 */
function createProxyFinder(topology: Topology, traefiks: ServiceNode[]): ProxyFinder {
  const routesTo = new Map<string, ServiceNode[]>()
  for (const intent of topology.intents) {
    if (intent.kind !== 'proxy-route' || !isTraefik(intent.from)) continue
    const list = routesTo.get(intent.to.id)
    if (list) list.push(intent.from)
    else routesTo.set(intent.to.id, [intent.from])
  }
  const traefiksNear = indexNeighbours(traefiks)
  return node => {
    const routing = routesTo.get(node.id) ?? []
    const unique = [...new Map(routing.map(p => [p.id, p])).values()]
    if (unique.length > 0) return sortServices(unique)
    // Without a route in the intents, the Traefik instances deployed with the service.
    return traefiksNear(node)
  }
}

/** Whether the proxy names the network to use by default, on its command line or environment. */
function setsDefaultNetwork(proxy: ServiceNode): boolean {
  return findProviderNetwork(proxy.service) !== undefined
}

function uniqueNetworks(node: ServiceNode): NetworkNode[] {
  return [...new Map(node.memberships.map(m => [m.network.id, m.network])).values()]
}

/**
 * Whether a label value names the network. Traefik wants the real name; the key, or the real
 * name under another project prefix, are accepted too, because the project or stack name
 * given at deploy time may not be the one the scan derives from the folder.
 */
function namesNetwork(value: string, network: NetworkNode): boolean {
  const wanted = value.trim()
  if (wanted === network.realName) return true
  return network.declarations.some(
    d => d.network.key === wanted || (wanted.endsWith(`_${d.network.key}`) && !d.network.external)
  )
}
