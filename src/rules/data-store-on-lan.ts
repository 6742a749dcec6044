import { findOpenAccess } from '../analyze/authentication.js'
import {
  describeService,
  isTier,
  membershipSpan,
  networkLabel,
  productOf,
  profilesOf,
  quote,
  serviceLabel,
  sortMemberships
} from './helpers.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'data-store-on-lan',
  name: 'Data store on a macvlan or ipvlan network',
  description:
    'A database, cache or queue joins a `macvlan` or `ipvlan` network: it gets its own address on the host’s LAN and every port it listens on is reachable from there, with no `ports` entry.',
  severity: 'high',
  kind: 'security',
  precision: 'very-high',
  tags: ['network', 'lan'],
  help: {
    what: 'A service of the data tier is a member of a network whose `driver` is `macvlan` or `ipvlan`, as declared by the file that creates the network (a project joining it as `external` is judged by that file when it is in the scan). The finding points at the line that puts the store on the network, with the network’s `driver` line as a related location; it is critical when the store’s configuration shows that anyone can connect (the same evidence as `data-port-published`). An `external` network that no scanned file creates is not judged: its driver is unknown.',
    why: 'A macvlan or ipvlan network gives each container an interface and an address on the parent network, the LAN the host is on (ipvlan in L3 mode: a subnet the LAN routes to the host). Docker’s documentation says the container appears “directly connected to the physical network”; no NAT, no port mapping and no Docker firewall rule sit in between, so every port the store listens on is open to every machine on that network, `ports` or not. Port mappings do nothing there: Docker refuses to publish ports on a macvlan network (docker/libnetwork#2050: “the container IPs are directly accessible from outside the host (without having to go through NAT). So publishing ports in macvlan is not necessary”), so a store only on such a network is not reported by `data-port-published`; this rule reports it instead. Sources: https://docs.docker.com/engine/network/drivers/macvlan/ and https://docs.docker.com/engine/network/drivers/ipvlan/.',
    fix: 'Keep the store on a `bridge` network that only its clients join (the application can be on both networks), and leave the LAN network to the services that must have an address there. If something on the LAN needs the store, publish one port on the host, bound to the address that LAN reaches, and protect it with credentials.',
    bad: `services:
  db:
    image: postgres:16
    networks:
      - lan
networks:
  lan:
    driver: macvlan
    driver_opts:
      parent: eth0
`,
    good: `services:
  app:
    image: ghcr.io/example/app:1.0
    networks:
      - lan
      - backend
  db:
    image: postgres:16
    networks:
      - backend
networks:
  lan:
    driver: macvlan
    driver_opts:
      parent: eth0
  backend:
    internal: true
`
  },
  messages: {
    onLan:
      "{{service}} is on {{network}}{{through}}, a network with the {{driver}} driver: it has its own address on the host's LAN, and every machine there can connect to {{product}} on any port it listens on, with no `ports` entry and past the host's firewall.{{critical}} Put {{name}} on a bridge network that only its clients join, and leave {{network}} to the services that must be on the LAN."
  },
  check({ topology, report }) {
    for (const data of topology.services.filter(s => isTier(s, 'data'))) {
      if (data.mode !== 'networks' && data.mode !== 'namespace') continue
      const open = findOpenAccess(data)
      for (const membership of sortMemberships(data.memberships.filter(m => m.network.lan))) {
        const network = membership.network
        const declared = network.primary?.network
        const driver = declared?.driver
        if (!declared || declared.external || !driver) continue
        const label = networkLabel(network, data.project)
        const owner = data.mode === 'namespace' ? data.namespaceOwner : undefined
        const through = owner ? ` (through the namespace of ${serviceLabel(owner, data)})` : ''
        report({
          subject: data,
          ...(open ? { severity: 'critical' as const } : {}),
          location: membershipSpan({ ...membership, service: data }),
          messageId: 'onLan',
          data: {
            service: describeService(data),
            network: label,
            through,
            driver: quote(network.driver),
            product: productOf(data),
            critical: open ? ` It is critical because ${open.reason}.` : '',
            name: serviceLabel(data)
          },
          related: [
            { span: driver.span, message: `${label} uses the ${driver.value} driver here` },
            ...(open ? [{ span: open.span, message: open.reason }] : [])
          ],
          networks: [network.id],
          profiles: profilesOf(data)
        })
      }
    }
  }
})
