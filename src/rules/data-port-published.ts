import { findOpenAccess, type OpenAccess } from '../analyze/authentication.js'
import { effectiveBinding } from '../analyze/port-binding.js'
import type { ServiceNode } from '../analyze/types.js'
import { isDataStorePort, parseSinglePort, wellKnownPorts } from '../analyze/tiers.js'
import type { PortBinding } from '../model/types.js'
import {
  describeService,
  isIngressPort,
  isTier,
  productOf,
  profilesOf,
  quote,
  serviceLabel
} from './helpers.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'data-port-published',
  name: 'Data store port published',
  description:
    'A database, cache or queue publishes a port on every interface of the host, on a non-loopback address, or through the Swarm routing mesh.',
  severity: 'high',
  kind: 'security',
  precision: 'very-high',
  tags: ['network', 'ports'],
  help: {
    what: 'A service of the data tier has a `ports` entry that binds every interface (`"5432:5432"`, `"5432"`, `0.0.0.0`, `::`), a specific non-loopback address, or that a Swarm stack publishes through the ingress routing mesh (which ignores a host address). A port bound to `127.0.0.1` or `::1` in a compose project is reported with low severity. The address in force is the one written, else the default bind address of the bridge network that carries the port (`com.docker.network.bridge.host_binding_ipv4` in its `driver_opts`, as declared by the file that creates the network, which also holds for projects joining it as `external`); when the service is on several non-internal bridge networks that disagree on it, the written address is kept, since Docker maps ports on the one gateway network it picks. On a network with the `routed` gateway mode (`com.docker.network.bridge.gateway_mode_ipv6: routed` with `enable_ipv6: true`, or `gateway_mode_ipv4: routed`), a mapping that applies to that address family ignores its host address and opens the container’s port to anyone with a route to it, so `"[::1]:5432:5432"` there is high, not low. In a stack, an ingress port is public even when the service’s only networks are `internal`. A store only on `macvlan`/`ipvlan` networks publishes nothing (`data-store-on-lan` reports it). The finding is critical when the store’s configuration shows that anyone can connect: Elasticsearch with `xpack.security.enabled=false` (or a version before 8.0 without it set to `true`), OpenSearch with its security plugin disabled, Redis, Valkey or KeyDB with `--protected-mode no` or with no `requirepass` and no configuration file that could set one, MongoDB without root credentials or `--auth`, Cassandra with its default authenticator, Kafka or Redpanda with `PLAINTEXT` listeners and no SASL, `POSTGRES_HOST_AUTH_METHOD=trust`, an empty password allowed, or a well-known default password (`password`, `postgres`, `root`, `admin`, `123`, ...); the evidence is quoted in the message and pointed at as a related location. A store that joined another service’s network namespace (`network_mode: service:vpn`) listens on the ports that service publishes: a published port that is the store’s own (its well-known port, or one it `expose`s) is reported about the store, at the owner’s `ports` entry.',
    why: 'A published port is reachable from the network the host is on, and often from the internet: Docker writes its own firewall rules, so a host firewall such as `ufw` does not stop it. Data stores are the usual target of mass scans, and many run with default or weak credentials. Through the Swarm routing mesh, the port is open on every node of the cluster, and the mesh attaches the task to its `ingress` network, so an `internal` network does not stop it. The bind address rules follow moby’s bridge driver (`daemon/libnetwork/drivers/bridge/port_mapping_linux.go`, `configurePortBindingIPv4`/`configurePortBindingIPv6`): a port without a host address binds to the network’s default; a default that is an IPv4 address (`127.0.0.1`) creates no IPv6 binding at all, so `"5432:5432"` on such a network is loopback-only on both families, while the usual default `0.0.0.0` also binds `[::]`; a default that is an IPv6 address binds IPv6 only. In routed mode the driver replaces the host address by `0.0.0.0` or `::` and only opens the container’s port for direct routing; Docker’s documentation: “In `routed` mode, a host port in a `-p` or `--publish` port mapping is not used, and the host address is only used to decide whether to apply the mapping to IPv4 or IPv6” (https://docs.docker.com/engine/network/packet-filtering-firewalls/).',
    fix: 'Remove the `ports` entry: the services that use the store reach it over a shared network by its service name. For local tools on the host, bind to loopback (`"127.0.0.1:5432:5432"`); in a Swarm stack, use a one-off `docker run --network` or an SSH tunnel instead.',
    bad: `services:
  app:
    image: ghcr.io/example/app:1.0
  db:
    image: postgres:16
    ports:
      - "5432:5432"
`,
    good: `services:
  app:
    image: ghcr.io/example/app:1.0
  db:
    image: postgres:16
    expose:
      - "5432"
`
  },
  messages: {
    loopback:
      '{{service}} publishes {{port}} on the loopback interface only{{bindingNote}}: fine for local development, but every process on the host (and every container that reaches the host) can connect to {{product}}. If no tool on the host needs it, remove the entry and let the services that use {{name}} reach it over a shared network.',
    everyInterface:
      "{{service}} publishes {{port}} on every interface of the host{{bindingNote}}: anyone who can reach the host can connect to {{product}} directly, past every application, and Docker's firewall rules bypass a host firewall.{{critical}} Remove the entry (services reach {{name}} over a shared network), or bind it to loopback (`127.0.0.1:...`) if a tool on the host needs it.",
    address:
      "{{service}} publishes {{port}} on the non-loopback address {{address}}{{bindingNote}}: anyone who can reach the host can connect to {{product}} directly, past every application, and Docker's firewall rules bypass a host firewall.{{critical}} Remove the entry (services reach {{name}} over a shared network), or bind it to loopback (`127.0.0.1:...`) if a tool on the host needs it.",
    routed:
      "{{service}} publishes {{port}} to anyone with a route to the container's address{{bindingNote}}: anyone who can reach the host can connect to {{product}} directly, past every application, and Docker's firewall rules bypass a host firewall.{{critical}} Remove the entry (services reach {{name}} over a shared network), or bind it to loopback (`127.0.0.1:...`) if a tool on the host needs it.",
    routingMesh:
      "{{service}} publishes {{port}} through the Swarm routing mesh, on every node of the cluster{{hostAddressIgnored}}: anyone who can reach the host can connect to {{product}} directly, past every application, and Docker's firewall rules bypass a host firewall.{{critical}} Remove the entry: services reach {{name}} over the stack's networks; for admin access, use a tunnel or a one-off container on the network.",
    sharedNamespace:
      "{{service}} listens on {{port}}, which {{owner}} publishes {{where}} for the network namespace {{name}} shares (`network_mode: {{networkMode}}`): anyone who can reach the host can connect to {{product}} directly, past every application.{{critical}} Remove the entry from {{owner}}'s `ports`, or bind it to loopback (`127.0.0.1:...`) if a tool on the host needs it."
  },
  check({ topology, report }) {
    for (const data of topology.services.filter(s => isTier(s, 'data'))) {
      // In another's namespace the store listens on the ports its owner publishes.
      if (data.mode === 'namespace') {
        checkSharedNamespace(data)
        continue
      }
      // Ports are ignored in host mode; a service only on internal networks cannot be reached
      // through them (ports-on-internal-network says so), except through Swarm's routing mesh,
      // which attaches the task to the `ingress` network.
      if (data.mode !== 'networks' && data.mode !== 'bridge') continue
      const internalOnly =
        data.mode === 'networks' &&
        data.memberships.length > 0 &&
        data.memberships.every(m => m.network.internal)
      // On macvlan/ipvlan networks only, nothing is published: data-store-on-lan reports it.
      if (data.memberships.length > 0 && data.memberships.every(m => m.network.lan)) continue
      // A tier read from a well-known port alone is weak evidence: a service with no known image
      // that only `expose`s 3306 and publishes 3000 publishes no data store. Once it publishes a
      // data-store port, its other published ports (Elasticsearch's 9300) are the store's too.
      if (data.tier.basis === 'port' && !data.service.ports.some(p => isDataStorePort(p.target)))
        continue
      const open = findOpenAccess(data)
      for (const written of data.service.ports) {
        const ingress = isIngressPort(data, written.mode)
        if (internalOnly && !ingress) continue
        // A network's default bind address applies, and a routed gateway mode voids the address.
        const binding = effectiveBinding(data, written)
        const port = { ...written, bind: binding.bind, hostIp: binding.hostIp }
        const byDefault = binding.defaultFrom?.defaultBindIp
        const routed = binding.routedBy?.routedIpv6 ?? binding.routedBy?.routedIpv4
        const defaultWords = routed
          ? ` (its network ${quote(binding.routedBy?.realName ?? '')} is in \`routed\` gateway mode: the host address has no effect)`
          : byDefault
            ? ` (its network ${quote(binding.defaultFrom?.realName ?? '')} binds ports without a host address to ${quote(byDefault.value)})`
            : ''
        const defaultRelated = routed
          ? [{ span: routed.span, message: 'The routed gateway mode of the network' }]
          : byDefault
            ? [{ span: byDefault.span, message: 'The default bind address of the network' }]
            : []
        if (port.bind === 'loopback' && !ingress) {
          report({
            subject: data,
            severity: 'low',
            location: port.span,
            messageId: 'loopback',
            data: {
              service: describeService(data),
              port: quote(port.text),
              product: productOf(data),
              name: serviceLabel(data),
              bindingNote: defaultWords
            },
            ...(byDefault ? { related: defaultRelated } : {}),
            fingerprintKey: port.text,
            profiles: profilesOf(data)
          })
          continue
        }
        report({
          subject: data,
          ...(open ? { severity: 'critical' as const } : {}),
          location: port.span,
          messageId: ingress
            ? 'routingMesh'
            : routed
              ? 'routed'
              : port.bind === 'specific'
                ? 'address'
                : 'everyInterface',
          data: {
            service: describeService(data),
            port: quote(port.text),
            address: quote(port.hostIp ?? ''),
            hostAddressIgnored:
              port.bind !== 'all' ? ' (the routing mesh ignores the host address)' : '',
            product: productOf(data),
            critical: openWords(open),
            name: serviceLabel(data),
            bindingNote: defaultWords
          },
          related: [
            ...defaultRelated,
            ...(open ? [{ span: open.span, message: `${open.reason}` }] : [])
          ],
          fingerprintKey: port.text,
          profiles: profilesOf(data)
        })
      }
    }

    /**
     * A store in another service's namespace (a VPN container's, say) listens on the ports its
     * owner publishes: a published port that is the store's own (its product's well-known port,
     * or one it `expose`s) is reported about the store, at the owner's `ports` entry.
     */
    function checkSharedNamespace(data: ServiceNode) {
      const owner = data.namespaceOwner
      if (!owner || (owner.mode !== 'networks' && owner.mode !== 'bridge')) return
      if (owner.memberships.length > 0 && owner.memberships.every(m => m.network.internal)) return
      const own = new Set([
        ...wellKnownPorts(data.tier.product),
        ...data.service.expose.flatMap(e => parseSinglePort(e.value) ?? [])
      ])
      const open = findOpenAccess(data)
      for (const port of owner.service.ports) {
        const target = parseSinglePort(port.target)
        if (target === undefined || !own.has(target)) continue
        const ingress = isIngressPort(owner, port.mode)
        const binding = effectiveBinding(owner, port)
        if ((binding.bind === 'loopback' || binding.routedBy) && !ingress) continue
        const mode = data.service.networkMode
        report({
          subject: data,
          ...(open ? { severity: 'critical' as const } : {}),
          location: port.span,
          messageId: 'sharedNamespace',
          data: {
            service: describeService(data),
            port: quote(port.text),
            owner: serviceLabel(owner, data),
            where: where(port, ingress),
            name: serviceLabel(data),
            networkMode:
              mode?.kind === 'service' || mode?.kind === 'container'
                ? `${mode.kind}:${mode.target}`
                : '',
            product: productOf(data),
            critical: openWords(open)
          },
          related: [
            ...(mode
              ? [
                  {
                    span: mode.span,
                    message: `${serviceLabel(data)} joins the namespace of ${serviceLabel(owner, data)} here`
                  }
                ]
              : []),
            ...(open ? [{ span: open.span, message: open.reason }] : [])
          ],
          services: [data.id, owner.id],
          fingerprintKey: port.text,
          profiles: profilesOf(data, owner)
        })
      }
    }
  }
})

/** The authentication evidence, for a critical finding's message. */
function openWords(open: OpenAccess | undefined): string {
  return open ? ` It is critical because ${open.reason}.` : ''
}

function where(port: PortBinding, ingress: boolean): string {
  if (ingress) {
    const ignored = port.bind !== 'all' ? ' (the routing mesh ignores the host address)' : ''
    return `through the Swarm routing mesh, on every node of the cluster${ignored}`
  }
  if (port.bind === 'specific') return `on the non-loopback address ${quote(port.hostIp ?? '')}`
  return 'on every interface of the host'
}
