import { describe, expect, it } from '@jest/globals'
import type { SourceSpan } from '../../src/core/span.js'
import { buildTopology } from '../../src/analyze/build-topology.js'
import type { Hop, ServiceNode, Topology } from '../../src/analyze/types.js'
import { buildProject, type ProjectSpec } from '../helpers/build-model.js'
import * as f from './fixtures.js'

function topologyOf(...specs: ProjectSpec[]): Topology {
  return buildTopology(specs.map(buildProject))
}

function node(topology: Topology, id: string): ServiceNode {
  const found = topology.serviceById(id)
  if (!found) throw new Error(`no service ${id}`)
  return found
}

function describeHop(hop: Hop): string {
  const via = hop.via.kind === 'network' ? `network ${hop.via.network.id}` : hop.via.kind
  return `${hop.to.id} via ${via}`
}

function reachOf(topology: Topology, id: string): string[] {
  return topology.directReach(node(topology, id)).map(describeHop)
}

function span(file: string, line: number, col: number, endCol: number): SourceSpan {
  return { file, startLine: line, startColumn: col, endLine: line, endColumn: endCol }
}

describe('buildTopology: networks shared by services', () => {
  const t = topologyOf(f.threeTier)
  const file = 'shop/compose.yaml'

  it('makes a node per service and per real network name, sorted by id', () => {
    expect(t.services.map(s => [s.id, s.mode])).toEqual([
      ['shop/api', 'networks'],
      ['shop/db', 'networks'],
      ['shop/proxy', 'networks']
    ])
    expect(t.networks.map(n => [n.id, n.internal, n.members.map(m => m.service.id)])).toEqual([
      ['shop_back', true, ['shop/api', 'shop/db']],
      ['shop_front', false, ['shop/api', 'shop/proxy']]
    ])
  })

  it('lets peers on a network reach each other, with the span of the target attachment', () => {
    const [toDb] = t.directReach(node(t, 'shop/api')).filter(h => h.to.id === 'shop/db')
    expect(toDb?.via).toMatchObject({ kind: 'network', network: { id: 'shop_back' } })
    // line 18: `      - "back"` under db's networks
    expect(toDb?.span).toEqual(span(file, 18, 9, 15))
    expect(reachOf(t, 'shop/proxy')).toEqual(['shop/api via network shop_front'])
  })

  it('keeps peers on an internal network connected but cuts their way to host ports', () => {
    // db is only on the internal `back`: it reaches api over it, not proxy's published port 80.
    expect(reachOf(t, 'shop/db')).toEqual(['shop/api via network shop_back'])
    // api has egress through `front`, but db's port is not published (internal only).
    expect(reachOf(t, 'shop/api')).toEqual([
      'shop/db via network shop_back',
      'shop/proxy via network shop_front'
    ])
  })

  it('answers sharedNetworks and finds the shortest path hop by hop', () => {
    expect(t.sharedNetworks(node(t, 'shop/api'), node(t, 'shop/db')).map(n => n.id)).toEqual([
      'shop_back'
    ])
    expect(t.sharedNetworks(node(t, 'shop/proxy'), node(t, 'shop/db'))).toEqual([])
    const path = t.findPath(node(t, 'shop/proxy'), node(t, 'shop/db'))
    expect(path?.hops.map(h => [h.from.id, describeHop(h), h.span])).toEqual([
      ['shop/proxy', 'shop/api via network shop_front', span(file, 11, 9, 16)],
      ['shop/api', 'shop/db via network shop_back', span(file, 18, 9, 15)]
    ])
    expect(t.findPath(node(t, 'shop/db'), node(t, 'shop/db'))?.hops).toEqual([])
  })

  it('gives a service only on internal networks no exposure, even with ports', () => {
    expect(t.exposures(node(t, 'shop/db'))).toEqual([])
    expect(t.exposures(node(t, 'shop/proxy'))).toEqual([
      expect.objectContaining({ kind: 'published', public: true, span: span(file, 7, 9, 16) })
    ])
  })
})

describe('buildTopology: inter-container communication disabled', () => {
  const t = topologyOf(f.iccOff)

  it('stops peer connections but not the way through a published host port', () => {
    expect(t.networks[0]).toMatchObject({ id: 'iso_lan', iccDisabled: true })
    expect(t.sharedNetworks(node(t, 'iso/a'), node(t, 'iso/b'))).toEqual([])
    const hops = t.directReach(node(t, 'iso/a'))
    expect(hops.map(describeHop)).toEqual(['iso/b via host-port'])
    expect(hops[0]?.span).toEqual(span('iso/compose.yaml', 11, 9, 18))
    expect(reachOf(t, 'iso/b')).toEqual([])
  })
})

describe('buildTopology: shared namespaces', () => {
  const t = topologyOf(f.namespaces)
  const file = 'ns/compose.yaml'

  it('resolves service:, container: (container_name and generated name) transitively', () => {
    for (const id of ['ns/client', 'ns/helper', 'ns/byname', 'ns/generated']) {
      const sharer = node(t, id)
      expect([id, sharer.mode, sharer.namespaceOwner?.id]).toEqual([id, 'namespace', 'ns/vpn'])
      // The owner's membership, with the owner's attachment (line 6).
      expect(sharer.memberships.map(m => [m.network.id, m.attachment.span])).toEqual([
        ['ns_tunnel', span(file, 6, 9, 17)]
      ])
    }
  })

  it('ends cycles and unknown owners with no memberships and no reach', () => {
    for (const id of ['ns/loopa', 'ns/loopb', 'ns/ghost']) {
      expect([id, node(t, id).namespaceOwner, node(t, id).memberships]).toEqual([id, undefined, []])
      expect(reachOf(t, id)).toEqual([])
      expect(t.exposures(node(t, id))).toEqual([])
    }
  })

  it('lets sharers reach each other and everything the owner reaches', () => {
    const hops = t.directReach(node(t, 'ns/client'))
    expect(hops.map(h => [describeHop(h), h.span.startLine])).toEqual([
      ['ns/byname via namespace', 17],
      ['ns/generated via namespace', 20],
      ['ns/helper via namespace', 14],
      ['ns/peer via network ns_tunnel', 33],
      // to the owner: the sharer's own network_mode line
      ['ns/vpn via namespace', 11]
    ])
    expect(hops.at(-1)?.span).toEqual(span(file, 11, 19, 32))
  })

  it('makes sharers reachable where the owner is, and exposed as the owner is', () => {
    expect(reachOf(t, 'ns/peer')).toEqual([
      'ns/byname via network ns_tunnel',
      'ns/client via network ns_tunnel',
      'ns/generated via network ns_tunnel',
      'ns/helper via network ns_tunnel',
      'ns/vpn via network ns_tunnel'
    ])
    expect(t.exposures(node(t, 'ns/helper'))).toEqual([
      expect.objectContaining({ kind: 'published', public: true, span: span(file, 8, 9, 20) })
    ])
  })
})

describe('buildTopology: host, none and the legacy bridge', () => {
  const t = topologyOf(f.modes)
  const file = 'modes/compose.yaml'
  const agentMode = span(file, 4, 19, 25)

  it('lets a host-mode service reach every service with egress or on an internal bridge, not none', () => {
    const hops = t.directReach(node(t, 'modes/agent'))
    // `sealed` is only on the internal `vault`: its bridge still has a host address.
    expect(hops.map(describeHop)).toEqual([
      'modes/legacy via host-mode',
      'modes/oldpal via host-mode',
      'modes/sealed via host-mode',
      'modes/web via host-mode',
      'modes/worker via host-mode'
    ])
    expect(hops.every(h => JSON.stringify(h.span) === JSON.stringify(agentMode))).toBe(true)
  })

  it('lets containers with egress reach host-mode services and non-loopback published ports', () => {
    const hops = t.directReach(node(t, 'modes/worker'))
    expect(hops.map(h => [describeHop(h), h.span])).toEqual([
      ['modes/agent via host-mode', agentMode],
      ['modes/legacy via host-port', span(file, 30, 9, 20)],
      ['modes/web via network modes_lan', span(file, 8, 9, 14)]
    ])
    // web's port is bound to 127.0.0.1: containers cannot use it, and it is not public.
    expect(t.exposures(node(t, 'modes/web'))).toEqual([
      expect.objectContaining({ kind: 'published', public: false, span: span(file, 10, 9, 28) })
    ])
  })

  it('cuts a none-mode service off in both directions and ignores its ports', () => {
    expect(reachOf(t, 'modes/offline')).toEqual([])
    for (const s of t.services) {
      expect(t.directReach(s).some(h => h.to.id === 'modes/offline')).toBe(false)
    }
    expect(t.exposures(node(t, 'modes/offline'))).toEqual([])
  })

  it('gives internal-only services no egress: no host ports, no host-mode services', () => {
    expect(reachOf(t, 'modes/sealed')).toEqual([])
    expect(t.exposures(node(t, 'modes/sealed'))).toEqual([])
  })

  it('puts bridge-mode services on the shared legacy bridge', () => {
    const bridge = t.networks.find(n => n.id === 'bridge')
    expect(bridge).toMatchObject({
      legacyBridge: true,
      sharedWithUnknown: true,
      internal: false,
      iccDisabled: false,
      declarations: []
    })
    expect(bridge?.members.map(m => [m.service.id, m.attachment.span])).toEqual([
      ['modes/legacy', span(file, 28, 19, 27)],
      ['modes/oldpal', span(file, 33, 19, 27)]
    ])
    expect(reachOf(t, 'modes/oldpal')).toEqual([
      'modes/agent via host-mode',
      'modes/legacy via network bridge'
    ])
  })

  it('exposes host-mode services publicly on every port they listen on', () => {
    expect(t.exposures(node(t, 'modes/agent'))).toEqual([
      { kind: 'host-mode', span: agentMode, public: true }
    ])
  })
})

describe('buildTopology: networks across projects', () => {
  const t = topologyOf(f.infra, f.app)

  it('joins an external network to the project that creates it, with its settings', () => {
    const backend = t.networks.find(n => n.id === 'infra_backend')
    expect(
      backend?.declarations.map(d => [d.project.name, d.network.key, d.network.external])
    ).toEqual([
      ['infra', 'backend', false],
      ['app', 'infra', true]
    ])
    expect(backend).toMatchObject({
      primary: { project: { name: 'infra' } },
      sharedWithUnknown: false,
      attachable: true,
      driver: 'bridge'
    })
    const hop = t.directReach(node(t, 'infra/proxy')).find(h => h.to.id === 'app/api')
    expect(hop?.via).toMatchObject({ kind: 'network', network: { id: 'infra_backend' } })
    expect(hop?.span).toEqual(span('app/compose.yaml', 5, 9, 16))
  })

  it('marks an external network no scanned project creates as shared with unknown others', () => {
    expect(t.networks.find(n => n.id === 'partner')).toMatchObject({
      sharedWithUnknown: true,
      primary: { project: { name: 'app' } }
    })
    expect(t.networks.find(n => n.id === 'infra_public')?.sharedWithUnknown).toBe(false)
  })

  it('answers cross-project paths', () => {
    expect(t.findPath(node(t, 'app/api'), node(t, 'infra/proxy'))?.hops.map(describeHop)).toEqual([
      'infra/proxy via network infra_backend'
    ])
  })
})

describe('exposures of published ports', () => {
  it('tells loopback from every and a specific interface in compose', () => {
    const t = topologyOf(f.bindings)
    expect(
      t.exposures(node(t, 'ports/web')).map(e => [e.port?.text, e.public, e.span.startLine])
    ).toEqual([
      ['0.0.0.0:80:80', true, 5],
      ['10.0.0.5:81:81', true, 6],
      ['[::1]:82:82', false, 7],
      ['3000', true, 8],
      ['127.0.0.1:83:83', false, 9]
    ])
  })

  it('treats Swarm ports without mode as ingress: published on every node', () => {
    const t = topologyOf(f.stack)
    expect(t.exposures(node(t, 'swarm/web')).map(e => [e.port?.target, e.public, e.span])).toEqual([
      ['80', true, span('swarm/compose.yaml', 5, 9, 18)],
      [
        '9000',
        false,
        { file: 'swarm/compose.yaml', startLine: 6, startColumn: 9, endLine: 9, endColumn: 21 }
      ],
      [
        '5000',
        true,
        { file: 'swarm/compose.yaml', startLine: 10, startColumn: 9, endLine: 12, endColumn: 29 }
      ]
    ])
    expect(t.networks[0]).toMatchObject({ id: 'swarm_default', driver: 'overlay' })
  })
})

describe('exposures through a proxy', () => {
  it('exposes what a public Traefik routes to and can reach, at the routing label', () => {
    const t = topologyOf(f.traefik)
    const file = 'web/compose.yaml'
    expect(t.exposures(node(t, 'web/app'))).toEqual([
      {
        kind: 'proxied',
        span: span(file, 14, 9, 30),
        via: node(t, 'web/traefik'),
        public: true
      }
    ])
    // admin is routed by label but shares no network with the proxy: not exposed.
    expect(t.exposures(node(t, 'web/admin'))).toEqual([])
    expect(t.exposures(node(t, 'web/off'))).toEqual([])
    expect(t.exposures(node(t, 'web/cache'))).toEqual([])
  })

  it('marks what a loopback-only proxy routes to as exposed but not public', () => {
    const t = topologyOf(f.nginxProxy)
    expect(t.exposures(node(t, 'local/site'))).toEqual([
      {
        kind: 'proxied',
        span: span('local/compose.yaml', 9, 9, 38),
        via: node(t, 'local/gateway'),
        public: false
      }
    ])
  })

  it('follows a proxy behind a proxy', () => {
    const t = topologyOf({
      name: 'chain',
      services: {
        front: { image: 'traefik:v3', ports: ['443:443'] },
        inner: { image: 'traefik:v3', labels: { 'traefik.enable': 'true' } },
        app: { image: 'x/app', labels: { 'traefik.enable': 'true' } }
      }
    })
    expect(t.exposures(node(t, 'chain/app')).map(e => [e.via?.id, e.public])).toEqual([
      ['chain/front', true],
      ['chain/inner', true]
    ])
  })
})
