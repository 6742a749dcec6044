import { describe, expect, it } from '@jest/globals'
import type { SourceSpan } from '../../src/core/span.js'
import { buildTopology } from '../../src/analyze/build-topology.js'
import {
  describeIntent,
  extractHosts,
  isHostVariable,
  maskPasswords
} from '../../src/analyze/intents.js'
import type { Intent } from '../../src/analyze/types.js'
import { buildProject } from '../helpers/build-model.js'
import * as f from './fixtures.js'

function span(file: string, line: number, col: number, endCol: number): SourceSpan {
  return { file, startLine: line, startColumn: col, endLine: line, endColumn: endCol }
}

function row(intent: Intent): [string, string, string, string, number] {
  return [intent.from.id, intent.to.id, intent.kind, describeIntent(intent), intent.span.startLine]
}

describe('intents from configuration', () => {
  const t = buildTopology([buildProject(f.intents), buildProject(f.bank)])
  const file = 'intents/compose.yaml'
  const fromWeb = t.intents.filter(i => i.from.id === 'intents/web')

  it('finds every kind from the web service, in position order, with passwords masked', () => {
    expect(fromWeb.map(row)).toEqual([
      [
        'intents/web',
        'intents/db',
        'environment',
        'DATABASE_URL=postgres://app:***@db:5432/app',
        8
      ],
      ['intents/web', 'intents/cache', 'environment', 'REDIS_HOST=cache', 9],
      [
        'intents/web',
        'intents/broker',
        'environment',
        'KAFKA_BOOTSTRAP_SERVERS=kafka-1:9092,kafka-2:9092',
        10
      ],
      [
        'intents/web',
        'intents/mongo',
        'environment',
        'MONGO_URL=mongodb://mongo-a:27017,mongo-b:27017/x?replicaSet=rs',
        11
      ],
      [
        'intents/web',
        'intents/search',
        'environment',
        'SEARCH=http://search.internal:9200/_cluster',
        12
      ],
      ['intents/web', 'bank/ledger', 'environment', 'LEDGER_ADDR=ledger:7000', 16],
      ['intents/web', 'intents/api', 'depends_on', 'depends_on: api', 20],
      ['intents/web', 'intents/cache', 'links', 'links: cache:redis', 23],
      ['intents/web', 'bank/old', 'links', 'external_links: legacy-db', 25]
    ])
  })

  it('points at the env entry, the depends_on item and the link', () => {
    expect(fromWeb[0]?.span).toEqual(span(file, 8, 9, 57))
    expect(fromWeb.find(i => i.kind === 'depends_on')?.span).toEqual(span(file, 20, 9, 14))
    expect(fromWeb.find(i => i.kind === 'links')?.span).toEqual(span(file, 23, 9, 22))
  })

  it('ignores names that resolve to nothing, to the service itself, or across no network', () => {
    const details = fromWeb.map(describeIntent)
    // api.example.com is outside; VIRTUAL_HOST names a domain; LOG_LEVEL is not a host;
    // `auditor` is a bank service on a network web is not on; web names itself; `missing`.
    for (const name of ['OUTSIDE_HOST', 'VIRTUAL_HOST', 'LOG_LEVEL', 'AUDIT_HOST', 'SELF_URL']) {
      expect(details.some(d => d.startsWith(name))).toBe(false)
    }
    expect(details).not.toContain('depends_on: missing')
  })

  it('records network_mode: service: as an intent at the network_mode line', () => {
    expect(t.intents.filter(i => i.kind === 'network-mode').map(i => [row(i), i.span])).toEqual([
      [
        ['intents/sidecar', 'intents/web', 'network-mode', 'network_mode: service:web', 59],
        span(file, 59, 19, 32)
      ]
    ])
  })
})

describe('proxy routes', () => {
  it('routes a Traefik proxy to labelled services, over traefik.docker.network when given', () => {
    const t = buildTopology([buildProject(f.traefik)])
    const routes = t.intents.filter(i => i.kind === 'proxy-route')
    expect(routes.map(i => [row(i), i.span, i.network?.id])).toEqual([
      [
        ['web/traefik', 'web/app', 'proxy-route', 'traefik.enable=true', 14],
        span('web/compose.yaml', 14, 9, 30),
        'web_proxy'
      ],
      [
        [
          'web/traefik',
          'web/admin',
          'proxy-route',
          'traefik.http.routers.admin.rule=Host(`admin.example.com`)',
          22
        ],
        span('web/compose.yaml', 22, 11, 70),
        undefined
      ]
    ])
  })

  it('routes nginx-proxy to services with VIRTUAL_HOST', () => {
    const t = buildTopology([buildProject(f.nginxProxy)])
    expect(t.intents.map(row)).toEqual([
      ['local/gateway', 'local/site', 'proxy-route', 'VIRTUAL_HOST=site.localhost', 9]
    ])
  })

  it('routes only from an edge service with a proxy image, and reaches other projects by network', () => {
    const t = buildTopology([
      buildProject({
        name: 'edge',
        services: { traefik: { image: 'traefik:v3.1', networks: ['public'] } },
        networks: { public: { name: 'traefik-public' } }
      }),
      buildProject({
        name: 'blog',
        services: {
          ghost: {
            image: 'ghost:5',
            networks: ['public'],
            deployLabels: { 'traefik.enable': 'true', 'traefik.docker.network': 'traefik-public' }
          },
          notes: { image: 'x/notes', labels: { 'traefik.enable': 'true' } }
        },
        networks: { public: { external: true, name: 'traefik-public' } }
      }),
      buildProject({
        name: 'fake',
        services: {
          whoami: { image: 'traefik/whoami', labels: { 'traefik.enable': 'true' } },
          other: { image: 'x/other', labels: { 'traefik.enable': 'true' } }
        }
      })
    ])
    // blog/notes is on blog's default network only: the edge project's traefik cannot see it.
    expect(t.intents.map(i => [i.from.id, i.to.id, i.network?.id])).toEqual([
      ['edge/traefik', 'blog/ghost', 'traefik-public']
    ])
  })
})

describe('reading environment values', () => {
  it('takes hosts from URLs in any variable and from host-like variables', () => {
    expect(extractHosts('DATABASE', 'jdbc:postgresql://db:5432/app')).toEqual(['db'])
    expect(extractHosts('X', 'http://a:1,http://b:2')).toEqual(['a', 'b'])
    expect(extractHosts('X', 'redis://:pw@cache')).toEqual(['cache'])
    expect(extractHosts('X', 'http://[::1]:80')).toEqual([])
    expect(extractHosts('PGHOST', 'db')).toEqual(['db'])
    expect(extractHosts('ES_HOSTS', 'es1:9200, es2:9200')).toEqual(['es1', 'es2'])
    expect(extractHosts('MEMCACHED_SERVERS', 'user@mc:11211/x')).toEqual(['mc'])
    expect(extractHosts('KAFKA_ZOOKEEPER_CONNECT', 'zk:2181')).toEqual(['zk'])
    expect(extractHosts('GREETING', 'db')).toEqual([])
    expect(extractHosts('HOSTNAME', 'db')).toEqual([])
  })

  it('knows which variables hold hosts', () => {
    expect(
      ['DB_HOST', 'REDIS_URL', 'AMQP_URI', 'SENTRY_DSN', 'API_ADDR', 'SMTP_SERVER'].every(
        isHostVariable
      )
    ).toBe(true)
    expect(['VIRTUAL_HOST', 'HOST', 'HOSTNAME', 'POSTGRES_PASSWORD'].some(isHostVariable)).toBe(
      false
    )
  })

  it('masks passwords in URLs', () => {
    expect(maskPasswords('amqp://guest:guest@mq:5672/ and mysql://root:pw@db')).toBe(
      'amqp://guest:***@mq:5672/ and mysql://root:***@db'
    )
    expect(maskPasswords('http://user@host/')).toBe('http://user@host/')
  })
})
