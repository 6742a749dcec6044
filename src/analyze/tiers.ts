/**
 * Tiers: `edge` for reverse proxies and load balancers, `data` for databases, caches, queues,
 * object and secret stores, `app` for everything else. Decided from `x-tierguard: {tier}`, then
 * the image's repository name, then the store's own configuration (store-evidence.ts), then a
 * data store's well-known container port; then `refineTiers` adds what other services say (their
 * connection strings, a sibling's image). Each tier keeps its evidence as plain data. Names match
 * whole (`redis`) or with flavour words only (`redis-stack-server`, `postgres-12-alpine`), so
 * tools named after a product (`postgres-exporter`, `redis-commander`, `kafka-ui`) stay apps.
 * The catalogue and its choices are documented in docs/topology.md.
 */
import { compareSpans, type SourceSpan } from '../core/span.js'
import type { Service } from '../model/types.js'
import { parseImageReference, type ImageReference } from './image-ref.js'
import {
  findNamedStores,
  findOwnSignals,
  identifyApplication,
  identifyConsole
} from './store-evidence.js'
import type { Intent, ServiceNode, Tier, TierAssignment, TierSignal } from './types.js'

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

/** Labels docker-gen's nginx-proxy templates look for to find the nginx container to reload. */
export const NGINX_CONTAINER_LABELS: ReadonlySet<string> = new Set([
  'com.github.nginx-proxy.nginx',
  'com.github.nginx-proxy.nginx-proxy.nginx',
  'com.github.jrcs.letsencrypt_nginx_proxy_companion.nginx_proxy'
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
 * The service's tier and why, from its own definition: `x-tierguard: {tier}` first, then the
 * image (a proxy, a store, or a database console, which is no store), then what the store's own
 * configuration says (command, data volume, healthcheck, environment, build folder; see
 * store-evidence.ts), then a data store's single well-known container port (in `ports` or
 * `expose`; a range is no evidence). What other services say about it (connection strings, a
 * sibling's image) is added by `refineTiers` once the topology is known.
 */
export function classifyTier(service: Service): TierAssignment {
  const override = service.extension?.tier
  const image = service.image
  const reference = image ? parseImageReference(image.value) : undefined
  const product = reference ? identifyImage(reference) : undefined
  const imageSignal = (product?: string): TierSignal[] =>
    image ? [{ kind: 'image', text: image.value, product, span: image.span }] : []

  if (override && (TIERS as readonly string[]).includes(override.value)) {
    const tier = override.value as Tier
    const signals: TierSignal[] = [
      { kind: 'override', text: `x-tierguard: tier: ${tier}`, span: override.span },
      ...(product ? imageSignal(product.product) : [])
    ]
    return assignment(tier, 'override', signals, product?.product, override.span)
  }
  if (reference && image && isDockerGenImage(reference)) {
    // It watches the Docker API and writes files: the nginx container beside it is the proxy.
    return assignment('app', 'image', imageSignal(), undefined, image.span)
  }
  if (product && image) {
    return assignment(
      product.tier,
      'image',
      imageSignal(product.product),
      product.product,
      image.span
    )
  }
  const application = identifyApplication(reference)
  if (application && image) {
    const signal: TierSignal = {
      kind: 'application',
      text: image.value,
      product: application,
      span: image.span
    }
    return assignment('app', 'image', [signal], undefined, image.span)
  }
  const console = identifyConsole(reference)
  if (console && image) {
    return assignment(
      'app',
      'image',
      [{ kind: 'console', text: image.value, product: console, span: image.span }],
      console,
      image.span
    )
  }
  // An nginx built locally carries the label by which docker-gen's templates find the proxy.
  const proxyLabel = [...service.labels, ...service.deployLabels].find(l =>
    NGINX_CONTAINER_LABELS.has(l.key)
  )
  if (proxyLabel && !image) {
    const signal: TierSignal = {
      kind: 'label',
      text: proxyLabel.key,
      product: 'nginx-proxy',
      span: proxyLabel.span
    }
    return assignment('edge', 'evidence', [signal], 'nginx-proxy', proxyLabel.span)
  }
  const own = findOwnSignals(service, name => {
    const found = identifyImage({ registry: 'docker.io', path: name, components: [name], name })
    return found?.tier === 'data' ? found.product : undefined
  })
  const first = own[0]
  if (first) return assignment('data', 'evidence', own, first.product, first.span)
  const port = findDataPort(service)
  if (port) {
    const signal: TierSignal = {
      kind: 'port',
      text: String(port.port),
      product: port.product,
      span: port.span
    }
    return assignment('data', 'port', [signal], port.product, port.span)
  }
  return assignment('app', 'default', imageSignal(), undefined, image?.span)
}

function assignment(
  tier: Tier,
  basis: TierAssignment['basis'],
  signals: TierSignal[],
  product: string | undefined,
  span: SourceSpan | undefined
): TierAssignment {
  const result: TierAssignment = {
    tier,
    basis,
    evidence: describeSignals(tier, basis, signals),
    signals
  }
  if (product) result.product = product
  if (span) result.span = span
  return result
}

/** The evidence in words, most decisive first; what the JSON report and the summary show. */
export function describeSignals(
  tier: Tier,
  basis: TierAssignment['basis'],
  signals: readonly TierSignal[]
): string[] {
  if (basis === 'default') {
    const image = signals.find(s => s.kind === 'image')
    return [
      image
        ? `image "${image.text}" is not a known proxy or data store`
        : 'no image and no data-store port'
    ]
  }
  if (basis === 'image' && tier === 'app' && signals[0]?.kind === 'image' && !signals[0].product) {
    return [`image "${signals[0].text}" is docker-gen, which writes the proxy's configuration`]
  }
  if (basis === 'override') {
    // The image only says what the override overrules.
    return signals.map(s => (s.kind === 'image' ? `image "${s.text}"` : describeSignal(s)))
  }
  return signals.map(describeSignal)
}

/**
 * The tier for a table cell: `data`, or `data: named in \`postgres://codeinsights-db:5432\` by
 * \`frontend\`` when the tier rests on evidence beyond the image (its first reason), which a
 * reader could not guess from the image column. Plain text; the renderer escapes it.
 */
export function describeTierBriefly(tier: TierAssignment): string {
  const reason = tier.evidence[0]
  if ((tier.basis !== 'evidence' && tier.basis !== 'port') || !reason) return tier.tier
  const more = tier.evidence.length > 1 ? ` (+${tier.evidence.length - 1} more)` : ''
  return `${tier.tier}: ${reason}${more}`
}

/** One piece of evidence in words: ``named in `postgres://codeinsights-db:5432` by `frontend` ``. */
export function describeSignal(signal: TierSignal): string {
  const product = signal.product ? ` (${signal.product})` : ''
  const by = signal.by ? ` by \`${signal.by}\`` : ''
  switch (signal.kind) {
    case 'override':
      return signal.text
    case 'image':
      return `image "${signal.text}"${product}`
    case 'application':
      return `image "${signal.text}" is an application${product}, not a store`
    case 'console':
      return `image "${signal.text}" is a database console${product}, not a store`
    case 'environment':
      return `environment sets \`${signal.text}\`${product}`
    case 'command':
      return `command runs \`${signal.text}\`${product}`
    case 'healthcheck':
      return `healthcheck runs \`${signal.text}\`${product}`
    case 'data-volume':
      return `volume mounted at \`${signal.text}\`${product}`
    case 'build-context':
      return `built from \`${signal.text}\`${product}`
    case 'connection-string':
      return `named in \`${signal.text}\`${by}`
    case 's3-endpoint':
      return `named as an S3 endpoint in \`${signal.text}\`${by}`
    case 'sibling-image':
      return `same image as \`${signal.by ?? ''}\`, a data store${product}`
    case 'label':
      return `label \`${signal.text}\` marks nginx-proxy's nginx${product}`
    case 'port':
      return `port ${signal.text}${product}`
    case 'shared-namespace':
      return `its published ports serve \`${signal.by ?? ''}\`, which shares its network namespace`
    case 'default':
      return signal.text
  }
}

/**
 * Adds what the rest of the scan says to the tiers `classifyTier` decided from each service
 * alone, for services that rest on no override, image or evidence of their own: a host another
 * service's connection string or S3 endpoint names (`postgres://codeinsights-db:5432`,
 * `CLICKHOUSE_HOST=clickhouse`) is that store; a service with the image of a sibling the
 * evidence shows to be a store (a cluster's second node) is one too; and a namespace owner
 * whose only evidence is a store's port, shared with a store that joined its namespace, is not
 * the store: the sharer is.
 */
export function refineTiers(services: readonly ServiceNode[], intents: readonly Intent[]): void {
  // Overrides, images (a console's too) and the service's own evidence are not second-guessed.
  const open = (node: ServiceNode) => node.tier.basis === 'default' || node.tier.basis === 'port'
  const named = new Map<ServiceNode, TierSignal[]>()
  for (const intent of intents) {
    if (intent.kind !== 'environment' || !open(intent.to)) continue
    const variable = intent.from.service.environment.find(
      v => compareSpans(v.span, intent.span) === 0
    )
    if (!variable) continue
    for (const store of findNamedStores(variable)) {
      if (!answersTo(intent.to, store.host)) continue
      const list = named.get(intent.to) ?? []
      if (!list.some(s => s.text === store.text && s.by === intent.from.service.name)) {
        list.push({
          kind: store.kind,
          text: store.text,
          product: store.product,
          by: intent.from.service.name,
          span: variable.span
        })
      }
      named.set(intent.to, list)
    }
  }
  for (const [node, signals] of named) {
    signals.sort((a, b) => compareSpans(a.span as SourceSpan, b.span as SourceSpan))
    const kept = node.tier.basis === 'port' ? [...signals, ...(node.tier.signals ?? [])] : signals
    const product =
      node.tier.product ??
      signals.find(s => s.product)?.product ??
      (signals.some(s => s.kind === 's3-endpoint') ? 'an S3 object store' : undefined)
    node.tier = assignment(
      'data',
      'evidence',
      kept,
      product,
      node.tier.span ?? node.service.image?.span
    )
  }

  // A cluster's other nodes: the same image, in the same project, as a store shown by evidence.
  const stores = new Map<string, ServiceNode>()
  for (const node of services) {
    const image = node.service.image?.value
    if (image && node.tier.tier === 'data' && node.tier.basis === 'evidence') {
      const key = `${node.project.directory}\u0000${node.project.name}\u0000${image}`
      if (!stores.has(key)) stores.set(key, node)
    }
  }
  if (stores.size > 0) {
    const clients = new Set(intents.map(intent => `${intent.from.index}>${intent.to.index}`))
    for (const node of services) {
      const image = node.service.image?.value
      if (!image || !open(node)) continue
      const store = stores.get(`${node.project.directory}\u0000${node.project.name}\u0000${image}`)
      if (!store || store === node || clients.has(`${node.index}>${store.index}`)) continue
      const signal: TierSignal = {
        kind: 'sibling-image',
        text: image,
        product: store.tier.product,
        by: store.service.name,
        span: node.service.image?.span
      }
      node.tier = assignment('data', 'evidence', [signal], store.tier.product, signal.span)
    }
  }

  // A namespace owner's ports are its sharers' too: a store that joined it owns the store port.
  for (const node of services) {
    const owner = node.namespaceOwner
    if (node.mode !== 'namespace' || !owner || owner.tier.basis !== 'port') continue
    if (node.tier.tier !== 'data' || node.tier.basis === 'port') continue
    const signal: TierSignal = {
      kind: 'shared-namespace',
      text: owner.tier.signals?.[0]?.text ?? '',
      by: node.service.name,
      span: owner.tier.span
    }
    owner.tier = {
      tier: 'app',
      basis: 'evidence',
      evidence: [describeSignal(signal)],
      signals: [signal]
    }
    if (signal.span) owner.tier.span = signal.span
  }
}

/** Whether `host` is the service's name, container name or one of its aliases. */
function answersTo(node: ServiceNode, host: string): boolean {
  const name = host.toLowerCase()
  if (node.service.name.toLowerCase() === name) return true
  if (node.service.containerName?.value.toLowerCase() === name) return true
  return node.memberships.some(m => m.attachment.aliases.some(a => a.value.toLowerCase() === name))
}

/**
 * Whether a container port (`5432`, `5432/tcp`) is a data store's well-known port. A range
 * (`5000-6000`) is not, even when it spans one: it says nothing about what listens.
 */
export function isDataStorePort(target: string): boolean {
  const port = parseSinglePort(target)
  return port !== undefined && DATA_PORTS.has(port)
}

/** The well-known container ports of a product: `PostgreSQL` -> [5432]. */
export function wellKnownPorts(product: string | undefined): number[] {
  return [...DATA_PORTS].filter(([, name]) => name === product).map(([port]) => port)
}

function findDataPort(
  service: Service
): { port: number; product: string; span: SourceSpan } | undefined {
  const candidates = [
    ...service.ports.map(p => ({ text: p.target, span: p.span })),
    ...service.expose.map(e => ({ text: e.value, span: e.span }))
  ]
  for (const candidate of candidates) {
    const port = parseSinglePort(candidate.text)
    const product = port === undefined ? undefined : DATA_PORTS.get(port)
    if (port !== undefined && product) return { port, product, span: candidate.span }
  }
  return undefined
}

/** `5432`, `5432/tcp` -> 5432; a range or anything else -> undefined. */
export function parseSinglePort(text: string): number | undefined {
  const [port = ''] = text.trim().split('/')
  return /^\d+$/.test(port) ? Number(port) : undefined
}
