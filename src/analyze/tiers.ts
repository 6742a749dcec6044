/**
 * Tiers: `edge` for reverse proxies and load balancers, `data` for databases, caches, queues,
 * object and secret stores, `app` for everything else. Decided from `x-tierguard: {tier}`, then
 * the image's repository name, then a data store's well-known container port. Names match
 * whole (`redis`) or with flavour words only (`redis-stack-server`, `postgres-12-alpine`), so
 * tools named after a product (`postgres-exporter`, `redis-commander`, `kafka-ui`) stay apps.
 * The catalogue and its choices are documented in docs/topology.md.
 */
import type { SourceSpan } from '../core/span.js'
import type { Service } from '../model/types.js'
import { parseImageReference, type ImageReference } from './image-ref.js'
import type { Tier, TierAssignment } from './types.js'

interface Product {
  tier: Exclude<Tier, 'app'>
  product: string
}

const edge = (product: string): Product => ({ tier: 'edge', product })
const data = (product: string): Product => ({ tier: 'data', product })

/** Image names (last path component, or a name plus flavour words) and what they are. */
const PRODUCTS_BY_NAME: ReadonlyMap<string, Product> = new Map([
  // Reverse proxies, load balancers, API gateways, auth proxies and tunnels.
  ['nginx', edge('nginx')],
  ['nginx-proxy', edge('nginx-proxy')],
  ['nginx-proxy-manager', edge('Nginx Proxy Manager')],
  ['openresty', edge('OpenResty')],
  ['swag', edge('SWAG')],
  ['traefik', edge('Traefik')],
  ['caddy', edge('Caddy')],
  ['caddy-docker-proxy', edge('Caddy')],
  ['caddy-gen', edge('Caddy')],
  ['haproxy', edge('HAProxy')],
  ['envoy', edge('Envoy')],
  ['httpd', edge('Apache httpd')],
  ['apache', edge('Apache httpd')],
  ['apache2', edge('Apache httpd')],
  ['kong', edge('Kong')],
  ['varnish', edge('Varnish')],
  ['pomerium', edge('Pomerium')],
  ['oauth2-proxy', edge('OAuth2 Proxy')],
  ['https-portal', edge('HTTPS-PORTAL')],
  ['apisix', edge('Apache APISIX')],
  ['tyk-gateway', edge('Tyk')],
  ['cloudflared', edge('Cloudflare Tunnel')],
  // Relational databases.
  ['postgres', data('PostgreSQL')],
  ['postgresql', data('PostgreSQL')],
  ['postgis', data('PostgreSQL')],
  ['pgvector', data('PostgreSQL')],
  ['timescaledb', data('PostgreSQL')],
  ['mysql', data('MySQL')],
  ['mariadb', data('MariaDB')],
  ['percona', data('Percona Server')],
  ['percona-xtradb-cluster', data('Percona XtraDB Cluster')],
  ['percona-server-mongodb', data('MongoDB')],
  ['mssql-server-linux', data('SQL Server')],
  ['azure-sql-edge', data('SQL Server')],
  ['cockroach', data('CockroachDB')],
  ['oracle-xe', data('Oracle Database')],
  ['oracle-free', data('Oracle Database')],
  ['db2', data('Db2')],
  // Connection poolers and SQL proxies hold database credentials and speak to it directly.
  ['pgbouncer', data('PgBouncer')],
  ['pgpool', data('Pgpool-II')],
  ['proxysql', data('ProxySQL')],
  // Document, key-value, wide-column, graph, time-series and search stores.
  ['mongo', data('MongoDB')],
  ['mongodb', data('MongoDB')],
  ['redis', data('Redis')],
  ['valkey', data('Valkey')],
  ['keydb', data('KeyDB')],
  ['dragonfly', data('Dragonfly')],
  ['memcached', data('Memcached')],
  ['elasticsearch', data('Elasticsearch')],
  ['opensearch', data('OpenSearch')],
  ['solr', data('Solr')],
  ['meilisearch', data('Meilisearch')],
  ['typesense', data('Typesense')],
  ['cassandra', data('Cassandra')],
  ['scylla', data('ScyllaDB')],
  ['couchdb', data('CouchDB')],
  ['arangodb', data('ArangoDB')],
  ['rethinkdb', data('RethinkDB')],
  ['influxdb', data('InfluxDB')],
  ['questdb', data('QuestDB')],
  ['clickhouse', data('ClickHouse')],
  ['crate', data('CrateDB')],
  ['neo4j', data('Neo4j')],
  ['surrealdb', data('SurrealDB')],
  ['qdrant', data('Qdrant')],
  ['weaviate', data('Weaviate')],
  ['milvus', data('Milvus')],
  // Queues, streams and coordination.
  ['rabbitmq', data('RabbitMQ')],
  ['kafka', data('Kafka')],
  ['cp-kafka', data('Kafka')],
  ['redpanda', data('Redpanda')],
  ['pulsar', data('Pulsar')],
  ['activemq', data('ActiveMQ')],
  ['nats', data('NATS')],
  ['zookeeper', data('ZooKeeper')],
  ['cp-zookeeper', data('ZooKeeper')],
  ['etcd', data('etcd')],
  // Object and secret stores.
  ['minio', data('MinIO')],
  ['seaweedfs', data('SeaweedFS')],
  ['vault', data('Vault')],
  ['openbao', data('OpenBao')]
])

/** Repositories whose last component alone is too generic (`server`), by path. */
const PRODUCTS_BY_PATH: ReadonlyMap<string, Product> = new Map([
  ['mssql/server', data('SQL Server')],
  ['mssql/rhel/server', data('SQL Server')],
  ['confluentinc/cp-server', data('Kafka')],
  ['couchbase/server', data('Couchbase')],
  ['library/couchbase', data('Couchbase')]
])

/** Words that name a build of a product rather than another program: `redis-7-alpine`. */
const FLAVOUR_WORDS = new Set([
  'alpine',
  'debian',
  'ubuntu',
  'bullseye',
  'bookworm',
  'buster',
  'trixie',
  'jammy',
  'focal',
  'noble',
  'slim',
  'distroless',
  'ubi',
  'ubi8',
  'ubi9',
  'oss',
  'ce',
  'ee',
  'community',
  'enterprise',
  'official',
  'server',
  'cluster',
  'sentinel',
  'sharded',
  'repmgr',
  'ha',
  'stack',
  'standalone',
  'cache',
  'store',
  'streaming',
  'artemis',
  'gateway',
  'unprivileged',
  'rootless',
  'lts',
  'latest'
])

const VERSION_WORD = /^v?\d+(\.\d+)*[a-z]?$/

/** Well-known container ports of data stores, for services whose image says nothing. */
const DATA_PORTS: ReadonlyMap<number, string> = new Map([
  [5432, 'PostgreSQL'],
  [3306, 'MySQL'],
  [1433, 'SQL Server'],
  [1521, 'Oracle Database'],
  [26257, 'CockroachDB'],
  [6379, 'Redis'],
  [11211, 'Memcached'],
  [27017, 'MongoDB'],
  [9200, 'Elasticsearch'],
  [9042, 'Cassandra'],
  [5984, 'CouchDB'],
  [8086, 'InfluxDB'],
  [8123, 'ClickHouse'],
  [7687, 'Neo4j'],
  [28015, 'RethinkDB'],
  [8529, 'ArangoDB'],
  [5672, 'RabbitMQ'],
  [9092, 'Kafka'],
  [4222, 'NATS'],
  [2181, 'ZooKeeper'],
  [2379, 'etcd'],
  [8200, 'Vault']
])

const TIERS: readonly Tier[] = ['edge', 'app', 'data']

/**
 * Whether the image is docker-gen, which renders nginx-proxy's configuration from the Docker
 * API for a separate nginx container: `nginxproxy/docker-gen`, `jwilder/docker-gen`, or
 * nginx-proxy's own image in a docker-gen build (`nginxproxy/nginx-proxy:dockergen`).
 */
export function isDockerGenImage(image: ImageReference): boolean {
  if (image.name === 'docker-gen') return true
  return image.name === 'nginx-proxy' && (image.tag ?? '').toLowerCase().includes('dockergen')
}

/** What an image is, when it is a known proxy or data store. */
export function identifyImage(image: ImageReference): Product | undefined {
  const byPath = PRODUCTS_BY_PATH.get(image.path)
  if (byPath) return byPath
  const exact = PRODUCTS_BY_NAME.get(image.name)
  if (exact) return exact
  // `redis-stack-server`, `postgres-12-alpine`: the longest known prefix, then flavour words.
  const words = image.name.split(/[-_]/)
  for (let n = words.length - 1; n >= 1; n--) {
    const product = PRODUCTS_BY_NAME.get(words.slice(0, n).join('-'))
    if (!product) continue
    const rest = words.slice(n)
    if (rest.every(word => FLAVOUR_WORDS.has(word) || VERSION_WORD.test(word))) return product
    return undefined
  }
  return undefined
}

/**
 * The service's tier and why: `x-tierguard: {tier}` first, then the image, then a data store's
 * well-known container port (in `ports` or `expose`) when the image is unknown or absent.
 */
export function classifyTier(service: Service): TierAssignment {
  const override = service.extension?.tier
  const reference = service.image ? parseImageReference(service.image.value) : undefined
  const product = reference ? identifyImage(reference) : undefined

  if (override && (TIERS as readonly string[]).includes(override.value)) {
    return new ClassifiedTier(
      service,
      override.value as Tier,
      'override',
      product?.product,
      override.span
    )
  }
  if (reference && service.image && isDockerGenImage(reference)) {
    // It watches the Docker API and writes files: the nginx container beside it is the proxy.
    return new ClassifiedTier(service, 'app', 'image', undefined, service.image.span)
  }
  if (product && service.image) {
    return new ClassifiedTier(service, product.tier, 'image', product.product, service.image.span)
  }
  const port = findDataPort(service)
  if (port) return new ClassifiedTier(service, 'data', 'port', port.product, port.span)
  return new ClassifiedTier(service, 'app', 'default', undefined, service.image?.span)
}

/**
 * A tier `classifyTier` decided. Its evidence is worded when it is read (the JSON report, a
 * configuration override), not when the tier is decided: few are ever read, and at 50,000
 * services the sentences weighed 7.5 MB, more than the assignments themselves.
 */
class ClassifiedTier implements TierAssignment {
  readonly #service: Service

  constructor(
    service: Service,
    readonly tier: Tier,
    readonly basis: TierAssignment['basis'],
    readonly product: string | undefined,
    readonly span: SourceSpan | undefined
  ) {
    this.#service = service
  }

  /** The reasons, worded from the service again: each basis has one way to be reached. */
  get evidence(): string[] {
    const image = this.#service.image
    const imageEvidence = image ? `image "${image.value}"` : undefined
    switch (this.basis) {
      case 'override': {
        const evidence = [`x-tierguard: tier: ${this.tier}`]
        if (this.product && imageEvidence) evidence.push(imageEvidence)
        return evidence
      }
      case 'image':
        return [
          this.product
            ? `${imageEvidence} (${this.product})`
            : `${imageEvidence} is docker-gen, which writes the proxy's configuration`
        ]
      case 'port':
        return [`port ${findDataPort(this.#service)?.port} (${this.product})`]
      case 'default':
        return [
          imageEvidence
            ? `${imageEvidence} is not a known proxy or data store`
            : 'no image and no data-store port'
        ]
    }
  }
}

/** Whether a container port (`5432`, `5432/tcp`, a range) is, or holds, a data store's well-known port. */
export function isDataStorePort(target: string): boolean {
  const [low, high] = parsePortRange(target)
  if (low === undefined) return false
  return [...DATA_PORTS].some(([port]) => port >= low && port <= (high ?? low))
}

function findDataPort(
  service: Service
): { port: number; product: string; span: SourceSpan } | undefined {
  const candidates = [
    ...service.ports.map(p => ({ text: p.target, span: p.span })),
    ...service.expose.map(e => ({ text: e.value, span: e.span }))
  ]
  for (const candidate of candidates) {
    const [low, high] = parsePortRange(candidate.text)
    if (low === undefined) continue
    for (const [port, product] of DATA_PORTS) {
      if (port >= low && port <= (high ?? low)) return { port, product, span: candidate.span }
    }
  }
  return undefined
}

/** `5432`, `5432/tcp`, `8000-8010` -> the numbers; anything else -> []. */
function parsePortRange(text: string): [number?, number?] {
  const [range = ''] = text.trim().split('/')
  const [low, high] = range.split('-').map(part => Number(part))
  if (low === undefined || !Number.isInteger(low)) return []
  return [low, high !== undefined && Number.isInteger(high) ? high : undefined]
}
