import { describe, expect, it } from '@jest/globals'
import { diagnosticsOf, loadFixture, serviceOf, span } from './helpers.js'

const N = 'networks/compose.yaml'
const M = 'network-mode/compose.yaml'

describe('service networks', () => {
  const project = loadFixture([N])

  it('attaches a service listing networks to exactly those, list form', () => {
    expect(serviceOf(project, 'proxy').networks).toEqual([
      {
        network: 'front',
        span: span(N, 6, 9, 6, 14),
        implicit: false,
        declared: true,
        aliases: []
      },
      {
        network: 'default',
        span: span(N, 7, 9, 7, 16),
        implicit: false,
        declared: true,
        aliases: []
      }
    ])
  })

  it('reads the map form with null values, aliases, addresses and priority', () => {
    expect(serviceOf(project, 'api').networks).toEqual([
      {
        network: 'front',
        span: span(N, 11, 7, 11, 12),
        implicit: false,
        declared: true,
        aliases: []
      },
      {
        network: 'back',
        span: span(N, 12, 7, 12, 11),
        implicit: false,
        declared: true,
        aliases: [{ value: 'backend-api', span: span(N, 14, 13, 14, 24) }],
        ipv4Address: { value: '172.20.0.5', span: span(N, 15, 23, 15, 33) },
        ipv6Address: { value: '2001:db8::5', span: span(N, 16, 23, 16, 36) },
        priority: 100
      }
    ])
  })

  it('marks an undeclared network without a diagnostic', () => {
    expect(serviceOf(project, 'db').networks.map(a => [a.network, a.declared, a.span])).toEqual([
      ['back', true, span(N, 20, 16, 20, 20)],
      ['ghost', false, span(N, 20, 22, 20, 27)]
    ])
    expect(project.diagnostics).toEqual([])
  })

  it('puts a service without networks on the implicit default, at the service key', () => {
    expect(serviceOf(project, 'worker').networks).toEqual([
      {
        network: 'default',
        span: span(N, 21, 3, 21, 9),
        implicit: true,
        declared: true,
        aliases: []
      }
    ])
  })

  it('lists declared networks with real names and options, plus the implicit default', () => {
    expect(project.name).toBe('shop')
    expect(project.networks.map(n => [n.key, n.realName, n.external, n.implicit])).toEqual([
      ['front', 'shop_front', false, false],
      ['back', 'shop-backend', false, false],
      ['shared', 'shared', true, false],
      ['legacy', 'infra_backend', true, false],
      ['named-external', 'corp-net', true, false],
      ['mesh', 'shop_mesh', false, false],
      ['default', 'shop_default', false, true]
    ])
    const [front, back, , , , mesh, implicit] = project.networks
    expect(front).toMatchObject({
      span: span(N, 24, 3, 24, 8),
      driver: { value: 'bridge', span: span(N, 25, 13, 25, 19) },
      iccDisabled: { value: true, span: span(N, 27, 45, 27, 52) },
      labels: [{ key: 'tier', value: 'edge', span: span(N, 29, 7, 29, 17) }]
    })
    expect(front?.encrypted).toBeUndefined()
    expect(back).toMatchObject({
      internal: { value: true, span: span(N, 31, 15, 31, 19) },
      extension: { span: span(N, 33, 5, 33, 16), raw: { tier: 'data' } }
    })
    expect(mesh).toMatchObject({
      attachable: { value: true, span: span(N, 45, 17, 45, 21) },
      encrypted: { value: true, span: span(N, 47, 7, 47, 16) }
    })
    expect(implicit?.span).toBeUndefined()
  })

  it('lets top-level `networks.default` rename the default or make it external', () => {
    const p = loadFixture(['networks-default/compose.yaml'])
    expect(p.networks).toEqual([
      {
        key: 'default',
        realName: 'my-prebuilt',
        span: span('networks-default/compose.yaml', 5, 3, 5, 10),
        implicit: false,
        external: true,
        labels: []
      }
    ])
    expect(serviceOf(p, 'app').networks[0]).toMatchObject({ network: 'default', implicit: true })
  })
})

describe('network_mode', () => {
  const project = loadFixture([M])
  const mode = (name: string) => serviceOf(project, name).networkMode

  it('parses every mode with the span of its value', () => {
    expect(mode('host-svc')).toEqual({ kind: 'host', span: span(M, 6, 19, 6, 23) })
    expect(mode('isolated')).toEqual({ kind: 'none', span: span(M, 9, 19, 9, 23) })
    expect(mode('legacy')).toEqual({ kind: 'bridge', span: span(M, 12, 19, 12, 25) })
    expect(mode('sidecar')).toEqual({
      kind: 'service',
      target: 'vpn',
      span: span(M, 15, 19, 15, 30)
    })
    expect(mode('attached')).toEqual({
      kind: 'container',
      target: 'some-container',
      span: span(M, 21, 19, 21, 43)
    })
    expect(mode('custom')).toEqual({
      kind: 'other',
      value: 'macvlan0',
      span: span(M, 24, 19, 24, 27)
    })
    expect(mode('vpn')).toBeUndefined()
  })

  it('joins no network with a mode, keeps `networks` beside a mode for the rules', () => {
    expect(serviceOf(project, 'host-svc').networks).toEqual([])
    expect(serviceOf(project, 'sidecar').networks).toEqual([])
    expect(serviceOf(project, 'custom').networks.map(a => [a.network, a.implicit])).toEqual([
      ['default', false]
    ])
    expect(serviceOf(project, 'vpn').networks.map(a => [a.network, a.implicit])).toEqual([
      ['default', true]
    ])
  })

  it('reports `service:` naming no service of the project', () => {
    expect(diagnosticsOf(project)).toEqual([`unknown-service ${M}:18:19`])
    expect(project.diagnostics[0]?.message).toContain('`nowhere`')
  })
})
