import { describe, expect, it } from '@jest/globals'
import { classifyBind, parseShortPort } from '../../src/load/ports.js'
import { isDockerSocket, parseShortVolume } from '../../src/load/volumes.js'
import { at, diagnosticsOf, loadFixture, serviceOf, span } from './helpers.js'

const P = 'ports/compose.yaml'
const V = 'volumes/compose.yaml'

describe('ports', () => {
  const project = loadFixture([P])
  const ports = serviceOf(project, 'web').ports

  it('parses every short form with the span of the entry', () => {
    const short = ports.slice(0, 11).map(p => ({
      text: p.text,
      hostIp: p.hostIp,
      published: p.published,
      target: p.target,
      protocol: p.protocol,
      bind: p.bind,
      line: p.span.startLine
    }))
    expect(short).toEqual([
      {
        text: '80',
        hostIp: undefined,
        published: undefined,
        target: '80',
        protocol: 'tcp',
        bind: 'all',
        line: 5
      },
      {
        text: '8080:80',
        hostIp: undefined,
        published: '8080',
        target: '80',
        protocol: 'tcp',
        bind: 'all',
        line: 6
      },
      {
        text: '127.0.0.1:8443:443',
        hostIp: '127.0.0.1',
        published: '8443',
        target: '443',
        protocol: 'tcp',
        bind: 'loopback',
        line: 7
      },
      {
        text: '0.0.0.0::9000',
        hostIp: '0.0.0.0',
        published: undefined,
        target: '9000',
        protocol: 'tcp',
        bind: 'all',
        line: 8
      },
      {
        text: '8000-8010:8000-8010',
        hostIp: undefined,
        published: '8000-8010',
        target: '8000-8010',
        protocol: 'tcp',
        bind: 'all',
        line: 9
      },
      {
        text: '53:53/udp',
        hostIp: undefined,
        published: '53',
        target: '53',
        protocol: 'udp',
        bind: 'all',
        line: 10
      },
      {
        text: '[::1]:8081:81',
        hostIp: '::1',
        published: '8081',
        target: '81',
        protocol: 'tcp',
        bind: 'loopback',
        line: 11
      },
      {
        text: '[::]:8082:82',
        hostIp: '::',
        published: '8082',
        target: '82',
        protocol: 'tcp',
        bind: 'all',
        line: 12
      },
      {
        text: '127.0.0.1:5432:5432',
        hostIp: '127.0.0.1',
        published: '5432',
        target: '5432',
        protocol: 'tcp',
        bind: 'loopback',
        line: 13
      },
      {
        text: '192.168.1.10:8083:83/sctp',
        hostIp: '192.168.1.10',
        published: '8083',
        target: '83',
        protocol: 'sctp',
        bind: 'specific',
        line: 14
      },
      {
        text: 'localhost:8084:84',
        hostIp: 'localhost',
        published: '8084',
        target: '84',
        protocol: 'tcp',
        bind: 'loopback',
        line: 15
      }
    ])
    expect(ports[0]?.span).toEqual(span(P, 5, 9, 5, 11))
    expect(ports[1]?.span).toEqual(span(P, 6, 9, 6, 18))
    expect(ports[2]?.span).toEqual(span(P, 7, 9, 7, 27))
  })

  it('parses the long syntax', () => {
    expect(ports.slice(11)).toEqual([
      {
        span: expect.objectContaining(at(P, 18, 9)),
        text: '127.0.0.2:9091:9090/udp',
        hostIp: '127.0.0.2',
        published: '9091',
        target: '9090',
        protocol: 'udp',
        mode: 'host',
        bind: 'loopback'
      },
      {
        span: expect.objectContaining(at(P, 23, 9)),
        text: '7000-7005:7000',
        published: '7000-7005',
        target: '7000',
        protocol: 'tcp',
        mode: 'ingress',
        bind: 'all'
      },
      {
        span: expect.objectContaining(at(P, 28, 9)),
        text: '[::]::6000',
        hostIp: '::',
        target: '6000',
        protocol: 'tcp',
        bind: 'all'
      }
    ])
  })

  it('reports malformed entries at the entry and skips them', () => {
    expect(diagnosticsOf(project)).toEqual([
      `unset-variable ${P}:13:9`,
      `invalid-value ${P}:16:9`,
      `invalid-value ${P}:17:9`,
      `invalid-value ${P}:30:9`
    ])
    expect(project.diagnostics[1]?.message).toBe(
      'port `99999:80` of service `web` is malformed: `99999` is not a host port or range; compose refuses it'
    )
    expect(project.diagnostics[2]?.message).toContain('unknown protocol `quic`')
  })

  it('follows the interpolated address: `:-` also replaces an empty value', () => {
    const empty = loadFixture([P], { env: { BIND: '' } })
    expect(serviceOf(empty, 'web').ports[8]).toMatchObject({
      text: '127.0.0.1:5432:5432',
      bind: 'loopback'
    })
    const all = loadFixture([P], { env: { BIND: '0.0.0.0' } })
    expect(serviceOf(all, 'web').ports[8]).toMatchObject({ text: '0.0.0.0:5432:5432', bind: 'all' })
  })

  it('binds every interface when an address variable without default is empty', () => {
    const p = parseShortPort(':5432:5432')
    expect(p).toMatchObject({ published: '5432', bind: 'all' })
    expect(p).not.toHaveProperty('hostIp')
  })

  it.each([
    ['1.2.3.4::80', { hostIp: '1.2.3.4', target: '80' }],
    ['::1:8080:80', { hostIp: '::1', published: '8080', target: '80', bind: 'loopback' }],
    ['127.9.9.9:1:1', { bind: 'loopback' }]
  ])('parses %s', (text, expected) => {
    expect(parseShortPort(text)).toMatchObject(expected)
  })

  it.each(['', ':', '80:', 'abc', '1.2.3:80:80', '[::1]8080:80', '80-70', 'host.example:80:80'])(
    'refuses %j',
    text => {
      expect(typeof parseShortPort(text)).toBe('string')
    }
  )

  it.each([
    [undefined, 'all'],
    ['0.0.0.0', 'all'],
    ['::', 'all'],
    ['[::]', 'all'],
    ['0:0:0:0:0:0:0:0', 'all'],
    ['127.0.0.1', 'loopback'],
    ['127.1.2.3', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['localhost', 'loopback'],
    ['10.0.0.1', 'specific'],
    ['fe80::1', 'specific']
  ] as const)('classifies %s as %s', (ip, bind) => {
    expect(classifyBind(ip)).toBe(bind)
  })
})

describe('volumes', () => {
  const project = loadFixture([V])
  const mounts = serviceOf(project, 'agent').mounts

  it('reads short and long syntax with spans', () => {
    expect(
      mounts.map(m => [m.type, m.source, m.target, m.readOnly, m.dockerSocket, m.span.startLine])
    ).toEqual([
      ['bind', '/var/run/docker.sock', '/var/run/docker.sock', true, true, 5],
      ['bind', '//var/run/docker.sock', '/var/run/docker.sock', false, true, 6],
      ['bind', '/run/user/1000/podman/podman.sock', '/var/run/docker.sock', false, true, 7],
      ['volume', 'data', '/data', false, false, 8],
      ['volume', undefined, '/anonymous', false, false, 9],
      ['bind', './config', '/etc/agent', true, false, 10],
      ['bind', '~/cache', '/cache', false, false, 11],
      ['bind', '/run/docker.sock', '/var/run/docker.sock', true, true, 12],
      ['volume', 'logs', '/logs', false, false, 16],
      ['tmpfs', undefined, '/tmp', false, false, 19]
    ])
    expect(mounts[0]?.span).toEqual(span(V, 5, 9, 5, 53))
  })

  it('reports malformed entries', () => {
    expect(diagnosticsOf(project)).toEqual([`invalid-value ${V}:21:9`, `invalid-value ${V}:22:15`])
  })

  it.each([
    ['/var/run/docker.sock', true],
    ['/run/docker.sock', true],
    ['//var/run/docker.sock', true],
    ['/var/run/docker.sock/', true],
    ['/run/podman/podman.sock', true],
    ['/run/user/1000/docker.sock', true],
    ['/run/user/1000/podman.sock', true],
    ['/var/run', true],
    ['\\\\.\\pipe\\docker_engine', true],
    ['/var/run/docker.sock.bak', false],
    ['/home/me/docker.sock.txt', false],
    ['/var/lib/docker', false],
    ['/run/user/abc/docker.sock', false]
  ])('%s is the Docker socket: %s', (source, expected) => {
    expect(isDockerSocket(source)).toBe(expected)
  })

  it('reads Windows drive paths', () => {
    expect(parseShortVolume('C:\\data:/data:ro')).toEqual({
      type: 'bind',
      source: 'C:\\data',
      target: '/data',
      readOnly: true
    })
    expect(parseShortVolume('a:b:nonsense')).toBeUndefined()
  })

  it('keeps a socket mount whose source variable is unset, and says so', () => {
    const p = loadFixture(['volumes/unset-source.yaml'])
    expect(serviceOf(p, 'vector').mounts).toEqual([
      {
        span: span('volumes/unset-source.yaml', 5, 9, 5, 49),
        type: 'bind',
        target: '/var/run/docker.sock',
        readOnly: true,
        dockerSocket: true
      }
    ])
    expect(diagnosticsOf(p, 'invalid-value')).toEqual([
      'invalid-value volumes/unset-source.yaml:5:9'
    ])
  })
})
