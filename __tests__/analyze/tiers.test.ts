import { describe, expect, it } from '@jest/globals'
import { parseImageReference } from '../../src/analyze/image-ref.js'
import { classifyTier } from '../../src/analyze/tiers.js'
import type { TierAssignment } from '../../src/analyze/types.js'
import type { Service } from '../../src/model/types.js'
import { buildProject, type ServiceSpec } from '../helpers/build-model.js'

/** The assignment as data, its evidence read (it is worded on demand). */
function described({ tier, basis, evidence, product, span }: TierAssignment) {
  return { tier, basis, evidence, product, span }
}

function serviceOf(spec: ServiceSpec): Service {
  const service = buildProject({ name: 't', services: { s: spec } }).services[0]
  if (!service) throw new Error('no service')
  return service
}

function tierOf(image: string): [string, string | undefined] {
  const { tier, product } = classifyTier(serviceOf({ image }))
  return [tier, product]
}

describe('parseImageReference', () => {
  it('separates registry, port, namespace, tag and digest', () => {
    expect(parseImageReference('docker.io/library/postgres:16')).toMatchObject({
      registry: 'docker.io',
      path: 'library/postgres',
      name: 'postgres',
      tag: '16'
    })
    expect(parseImageReference('bitnami/postgresql@sha256:abc123')).toMatchObject({
      registry: 'docker.io',
      path: 'bitnami/postgresql',
      name: 'postgresql',
      digest: 'sha256:abc123'
    })
    expect(parseImageReference('registry:5000/team/redis')).toMatchObject({
      registry: 'registry:5000',
      path: 'team/redis',
      name: 'redis',
      tag: undefined
    })
    expect(parseImageReference('localhost/mongo:7@sha256:ff')).toMatchObject({
      registry: 'localhost',
      path: 'mongo',
      tag: '7',
      digest: 'sha256:ff'
    })
    expect(parseImageReference('mcr.microsoft.com/mssql/server:2022-latest')).toMatchObject({
      registry: 'mcr.microsoft.com',
      path: 'mssql/server',
      name: 'server'
    })
  })

  it('copes with what interpolation leaves behind', () => {
    // `${REGISTRY}/redis:7` with REGISTRY unset, or left unresolved.
    expect(parseImageReference('/redis:7')).toMatchObject({ path: 'library/redis', tag: '7' })
    expect(parseImageReference('${REGISTRY}/app/redis')).toMatchObject({ path: 'app/redis' })
    expect(parseImageReference('')).toBeUndefined()
    expect(parseImageReference(':latest')).toBeUndefined()
  })
})

describe('classifyTier', () => {
  it('knows the reverse proxies and load balancers', () => {
    const edge: [string, string][] = [
      ['nginx:1.27-alpine', 'nginx'],
      ['nginxinc/nginx-unprivileged:stable', 'nginx'],
      ['nginxproxy/nginx-proxy:1.6', 'nginx-proxy'],
      ['jwilder/nginx-proxy', 'nginx-proxy'],
      ['jc21/nginx-proxy-manager:latest', 'Nginx Proxy Manager'],
      ['traefik:v3.1', 'Traefik'],
      ['caddy:2', 'Caddy'],
      ['lucaslorentz/caddy-docker-proxy:ci-alpine', 'Caddy'],
      ['haproxy:2.9', 'HAProxy'],
      ['haproxytech/haproxy-alpine:2.9', 'HAProxy'],
      ['envoyproxy/envoy:v1.30-latest', 'Envoy'],
      ['httpd:2.4', 'Apache httpd'],
      ['kong/kong-gateway:3.6', 'Kong'],
      ['varnish:7', 'Varnish'],
      ['openresty/openresty:alpine', 'OpenResty'],
      ['pomerium/pomerium:v0.25', 'Pomerium'],
      ['quay.io/oauth2-proxy/oauth2-proxy:v7.6.0', 'OAuth2 Proxy']
    ]
    expect(edge.map(([image]) => [image, ...tierOf(image)])).toEqual(
      edge.map(([image, product]) => [image, 'edge', product])
    )
  })

  it('knows the data stores of each family', () => {
    const data: [string, string][] = [
      ['postgres:16', 'PostgreSQL'],
      ['postgis/postgis:16-3.4', 'PostgreSQL'],
      ['timescale/timescaledb-ha:pg16', 'PostgreSQL'],
      ['bitnami/postgresql@sha256:0123', 'PostgreSQL'],
      ['sourcegraph/postgres-12-alpine:5.0', 'PostgreSQL'],
      ['mysql/mysql-server:8.0', 'MySQL'],
      ['mariadb:11', 'MariaDB'],
      ['percona/percona-server:8.0', 'Percona Server'],
      ['mongo:7', 'MongoDB'],
      ['mongodb/mongodb-community-server:7.0-ubi8', 'MongoDB'],
      ['redis:7-alpine', 'Redis'],
      ['redis/redis-stack-server:latest', 'Redis'],
      ['bitnami/redis-sentinel:7.2', 'Redis'],
      ['valkey/valkey:8', 'Valkey'],
      ['eqalpha/keydb', 'KeyDB'],
      ['memcached:1.6', 'Memcached'],
      ['docker.elastic.co/elasticsearch/elasticsearch:8.13.0', 'Elasticsearch'],
      ['opensearchproject/opensearch:2', 'OpenSearch'],
      ['cassandra:5', 'Cassandra'],
      ['scylladb/scylla:5.4', 'ScyllaDB'],
      ['couchdb:3', 'CouchDB'],
      ['influxdb:2.7', 'InfluxDB'],
      ['clickhouse/clickhouse-server:24.3', 'ClickHouse'],
      ['neo4j:5', 'Neo4j'],
      ['rabbitmq:3-management', 'RabbitMQ'],
      ['confluentinc/cp-kafka:7.6.0', 'Kafka'],
      ['bitnami/kafka:3.7', 'Kafka'],
      ['apache/kafka:3.7.0', 'Kafka'],
      ['confluentinc/cp-zookeeper:7.6.0', 'ZooKeeper'],
      ['zookeeper:3.9', 'ZooKeeper'],
      ['quay.io/coreos/etcd:v3.5.13', 'etcd'],
      ['minio/minio:RELEASE.2024-05-01T01-11-10Z', 'MinIO'],
      ['hashicorp/vault:1.16', 'Vault'],
      ['mcr.microsoft.com/mssql/server:2022-latest', 'SQL Server'],
      ['cockroachdb/cockroach:v23.2.4', 'CockroachDB'],
      ['nats:2.10', 'NATS'],
      ['registry:5000/team/redis', 'Redis'],
      ['index.docker.io/sourcegraph/redis-cache:6.1@sha256:204c', 'Redis'],
      ['edoburu/pgbouncer:v1.25.2-p0', 'PgBouncer']
    ]
    expect(data.map(([image]) => [image, ...tierOf(image)])).toEqual(
      data.map(([image, product]) => [image, 'data', product])
    )
  })

  it('leaves the tools named after a product as apps', () => {
    const apps = [
      'prometheuscommunity/postgres-exporter',
      'oliver006/redis_exporter',
      'rediscommander/redis-commander',
      'dpage/pgadmin4',
      'adminer:4',
      'mongo-express:1',
      'nginx/nginx-prometheus-exporter:1.1',
      'provectuslabs/kafka-ui',
      'databack/mysql-backup',
      'traefik/whoami',
      'minio/mc',
      'docker.elastic.co/kibana/kibana:8.13.0',
      'ghcr.io/acme/shop-api:1.2'
    ]
    expect(apps.map(image => [image, tierOf(image)[0]])).toEqual(apps.map(image => [image, 'app']))
  })

  it('says why, and points at the image', () => {
    expect(described(classifyTier(serviceOf({ image: 'postgres:16' })))).toEqual({
      tier: 'data',
      basis: 'image',
      evidence: ['image "postgres:16" (PostgreSQL)'],
      product: 'PostgreSQL',
      span: { file: 't/compose.yaml', startLine: 3, startColumn: 12, endLine: 3, endColumn: 25 }
    })
  })

  it('falls back to a well-known port when the image says nothing', () => {
    // services:/s:/ports:/- "15432:5432"  -> the port entry on line 4
    expect(described(classifyTier(serviceOf({ ports: ['15432:5432'] })))).toEqual({
      tier: 'data',
      basis: 'port',
      evidence: ['port 5432 (PostgreSQL)'],
      product: 'PostgreSQL',
      span: { file: 't/compose.yaml', startLine: 4, startColumn: 9, endLine: 4, endColumn: 21 }
    })
    expect(classifyTier(serviceOf({ image: 'acme/cache', expose: ['6379/tcp'] }))).toMatchObject({
      tier: 'data',
      product: 'Redis',
      span: { startLine: 5, startColumn: 9 }
    })
    expect(classifyTier(serviceOf({ image: 'acme/api', expose: ['8000-8010'] })).tier).toBe('app')
    expect(described(classifyTier(serviceOf({ image: 'acme/api' })))).toEqual({
      tier: 'app',
      basis: 'default',
      evidence: ['image "acme/api" is not a known proxy or data store'],
      span: { file: 't/compose.yaml', startLine: 3, startColumn: 12, endLine: 3, endColumn: 22 }
    })
  })

  it('words the evidence of docker-gen and of a service with neither image nor port', () => {
    expect(classifyTier(serviceOf({ image: 'nginxproxy/docker-gen:0.14' })).evidence).toEqual([
      'image "nginxproxy/docker-gen:0.14" is docker-gen, which writes the proxy\'s configuration'
    ])
    expect(classifyTier(serviceOf({ expose: ['8080'] })).evidence).toEqual([
      'no image and no data-store port'
    ])
  })

  it('lets x-tierguard override, with its span as the evidence', () => {
    // image on line 3, `x-tierguard:` on 4, `tier: "app"` on 5
    expect(described(classifyTier(serviceOf({ image: 'redis:7', tier: 'app' })))).toEqual({
      tier: 'app',
      basis: 'override',
      evidence: ['x-tierguard: tier: app', 'image "redis:7"'],
      product: 'Redis',
      span: { file: 't/compose.yaml', startLine: 5, startColumn: 13, endLine: 5, endColumn: 18 }
    })
    expect(classifyTier(serviceOf({ image: 'acme/gw', tier: 'edge' })).tier).toBe('edge')
    // Not a tier: ignored, the image decides.
    expect(classifyTier(serviceOf({ image: 'redis:7', tier: 'database' })).tier).toBe('data')
  })
})

describe('tier evidence beyond the image', () => {
  const evidenceOf = async (): Promise<Record<string, [string, string, ...string[]]>> => {
    const { scan } = await import('../../src/scan.js')
    const { silentLogger } = await import('../../src/core/logger.js')
    const result = await scan({
      baseDir: process.cwd(),
      paths: ['fixtures/rules/data-reachable-from-edge/tier-evidence'],
      logger: silentLogger
    })
    return Object.fromEntries(
      result.topology.services.map(s => [
        s.service.name,
        [s.tier.tier, s.tier.basis, ...s.tier.evidence] as [string, string, ...string[]]
      ])
    )
  }

  it('reads the store from its own configuration and from what others name', async () => {
    const tiers = await evidenceOf()
    expect(tiers['insights-db']).toEqual([
      'data',
      'evidence',
      'environment sets `PGDATA` (PostgreSQL)'
    ])
    expect(tiers.sessions).toEqual(['data', 'evidence', 'command runs `redis-server` (Redis)'])
    expect(tiers['queue-db']).toEqual([
      'data',
      'evidence',
      'healthcheck runs `pg_isready` (PostgreSQL)'
    ])
    expect(tiers['users-db']).toEqual([
      'data',
      'evidence',
      'volume mounted at `/var/lib/mysql` (MySQL)'
    ])
    expect(tiers.clickhouse).toEqual(['data', 'evidence', 'built from `./clickhouse` (ClickHouse)'])
    // The password in the URL never reaches the evidence: scheme, host and port only.
    expect(tiers['metrics-db']).toEqual([
      'data',
      'evidence',
      'named in `postgres://metrics-db:5432` by `frontend`'
    ])
    expect(tiers.events).toEqual([
      'data',
      'evidence',
      'named in `CLICKHOUSE_HOST=events` by `frontend`'
    ])
    expect(tiers.blobs).toEqual([
      'data',
      'evidence',
      'named as an S3 endpoint in `http://blobs:9000` by `frontend`'
    ])
    expect(tiers['index-2']).toEqual([
      'data',
      'evidence',
      'same image as `index-1`, a data store (Elasticsearch)'
    ])
  })

  it('keeps near misses out of the data tier', async () => {
    const tiers = await evidenceOf()
    expect(tiers.frontend?.[0]).toBe('app') // REDIS_HOST=cache names Redis; it is not Redis
    expect(tiers.commander).toEqual([
      'app',
      'image',
      'image "rediscommander/redis-commander:latest" is a database console (Redis Commander), not a store'
    ])
    expect(tiers.batch?.[0]).toBe('app') // a range spanning 5432
    expect(tiers.logstash?.[0]).toBe('app')
    expect(tiers.setup?.[0]).toBe('app') // ELASTIC_PASSWORD alone
    expect(tiers.wiki?.[0]).toBe('app') // MYSQL_ROOT_PASSWORD beside MYSQL_HOST
    expect(tiers.migrate?.[0]).toBe('app') // its healthcheck asks another host
  })

  it('keeps its evidence as plain data', () => {
    const tier = classifyTier(
      serviceOf({ image: 'acme/store:1', environment: { PGDATA: '/data' } })
    )
    expect(JSON.parse(JSON.stringify(tier))).toEqual({ ...tier, span: tier.span })
    expect(tier.signals?.[0]).toMatchObject({
      kind: 'environment',
      text: 'PGDATA',
      product: 'PostgreSQL'
    })
  })
})

describe('tier evidence in reports', () => {
  it('shows the evidence beyond the image in the services table and the JSON report', async () => {
    const { scan } = await import('../../src/scan.js')
    const { silentLogger } = await import('../../src/core/logger.js')
    const { formatMarkdown } = await import('../../src/report/markdown.js')
    const { formatJson } = await import('../../src/report/json.js')
    const result = await scan({
      baseDir: process.cwd(),
      paths: ['fixtures/rules/data-reachable-from-edge/tier-evidence'],
      logger: silentLogger
    })
    const markdown = formatMarkdown(result)
    expect(markdown).toContain(
      // Repository text is escaped for Markdown (issue 17): names in <code>, punctuation as references.
      '| <code>metrics-db</code> | data&#58; named in &#96;postgres&#58;//metrics-db&#58;5432&#96; by &#96;frontend&#96; |'
    )
    // A tier the image decides needs no words: the image says it.
    expect(markdown).toMatch(/^\| <code>proxy<\/code> \| edge \|/m)
    const json = JSON.parse(formatJson(result))
    const blobs = json.projects[0].services.find((s: { name: string }) => s.name === 'blobs')
    expect(blobs.tier.signals).toEqual([
      {
        by: 'frontend',
        kind: 's3-endpoint',
        span: {
          file: 'fixtures/rules/data-reachable-from-edge/tier-evidence/compose.yaml',
          startLine: 56,
          startColumn: 7,
          endLine: 56,
          endColumn: 45
        },
        text: 'http://blobs:9000'
      }
    ])
    expect(blobs.tier.evidence).toEqual([
      'named as an S3 endpoint in `http://blobs:9000` by `frontend`'
    ])
  })
})
