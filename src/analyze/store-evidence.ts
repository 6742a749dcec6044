/**
 * What a service's own configuration says about being a data store, beyond its image: the
 * environment only the store's server reads, the program its command runs, its healthcheck, the
 * data directory it mounts, the folder it is built from; and what other services' connection
 * strings say about the host they name. Every table is a list of signals a store's upstream
 * documentation gives; a value is never searched with a regular expression over the whole file.
 */
import type { EnvironmentVariable, Located, Service } from '../model/types.js'
import { parseImageReference, type ImageReference } from './image-ref.js'

/** A piece of evidence found in the service's own definition. */
export interface OwnSignal {
  kind: 'environment' | 'command' | 'healthcheck' | 'data-volume' | 'build-context'
  /** What was written, safe to quote: a variable's name, a program, a path. Never a value. */
  text: string
  product: string
  span: Located<string>['span']
}

/**
 * Variables only a store's server reads (its image's entrypoint): a client never sets them.
 * Names are matched exactly (Elasticsearch's dotted settings as written in `environment`).
 */
const SERVER_VARIABLES: ReadonlyMap<string, string> = new Map([
  ['PGDATA', 'PostgreSQL'],
  ['POSTGRES_INITDB_ARGS', 'PostgreSQL'],
  ['POSTGRES_INITDB_WALDIR', 'PostgreSQL'],
  ['POSTGRES_HOST_AUTH_METHOD', 'PostgreSQL'],
  ['MYSQL_ROOT_PASSWORD', 'MySQL'],
  ['MYSQL_ROOT_PASSWORD_FILE', 'MySQL'],
  ['MYSQL_ALLOW_EMPTY_PASSWORD', 'MySQL'],
  ['MYSQL_RANDOM_ROOT_PASSWORD', 'MySQL'],
  ['MARIADB_ROOT_PASSWORD', 'MariaDB'],
  ['MARIADB_ROOT_PASSWORD_FILE', 'MariaDB'],
  ['MARIADB_ALLOW_EMPTY_ROOT_PASSWORD', 'MariaDB'],
  ['MARIADB_RANDOM_ROOT_PASSWORD', 'MariaDB'],
  ['MONGO_INITDB_ROOT_USERNAME', 'MongoDB'],
  ['MONGO_INITDB_ROOT_PASSWORD', 'MongoDB'],
  ['MONGO_INITDB_ROOT_PASSWORD_FILE', 'MongoDB'],
  ['discovery.type', 'Elasticsearch'],
  ['discovery.seed_hosts', 'Elasticsearch'],
  ['cluster.initial_master_nodes', 'Elasticsearch'],
  ['cluster.initial_cluster_manager_nodes', 'OpenSearch'],
  ['bootstrap.memory_lock', 'Elasticsearch'],
  ['ES_JAVA_OPTS', 'Elasticsearch'],
  ['OPENSEARCH_JAVA_OPTS', 'OpenSearch'],
  ['OPENSEARCH_INITIAL_ADMIN_PASSWORD', 'OpenSearch'],
  ['RABBITMQ_ERLANG_COOKIE', 'RabbitMQ'],
  ['KAFKA_BROKER_ID', 'Kafka'],
  ['KAFKA_NODE_ID', 'Kafka'],
  ['KAFKA_PROCESS_ROLES', 'Kafka'],
  ['KAFKA_ADVERTISED_LISTENERS', 'Kafka'],
  ['KAFKA_CFG_NODE_ID', 'Kafka'],
  ['KAFKA_CFG_PROCESS_ROLES', 'Kafka'],
  ['KAFKA_CFG_ADVERTISED_LISTENERS', 'Kafka'],
  ['ZOO_MY_ID', 'ZooKeeper'],
  ['ZOOKEEPER_CLIENT_PORT', 'ZooKeeper'],
  ['CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT', 'ClickHouse'],
  ['DOCKER_INFLUXDB_INIT_MODE', 'InfluxDB'],
  ['NEO4J_AUTH', 'Neo4j'],
  ['CASSANDRA_CLUSTER_NAME', 'Cassandra'],
  ['CASSANDRA_SEEDS', 'Cassandra'],
  ['COUCHDB_PASSWORD', 'CouchDB'],
  ['VAULT_DEV_ROOT_TOKEN_ID', 'Vault'],
  ['ETCD_ADVERTISE_CLIENT_URLS', 'etcd']
])

/**
 * Variables a store's server reads but its clients often set too (an application image that
 * creates its own database takes `POSTGRES_PASSWORD`, a setup job `ELASTIC_PASSWORD`): they
 * corroborate other evidence of the service's own, never decide alone.
 */
const SHARED_VARIABLES: ReadonlyMap<string, string> = new Map([
  ['POSTGRES_PASSWORD', 'PostgreSQL'],
  ['POSTGRES_PASSWORD_FILE', 'PostgreSQL'],
  ['MYSQL_PASSWORD', 'MySQL'],
  ['MARIADB_PASSWORD', 'MariaDB'],
  ['ELASTIC_PASSWORD', 'Elasticsearch'],
  ['REDIS_PASSWORD', 'Redis'],
  ['RABBITMQ_DEFAULT_PASS', 'RabbitMQ'],
  ['MINIO_ROOT_PASSWORD', 'MinIO'],
  ['MINIO_ROOT_USER', 'MinIO'],
  ['MEILI_MASTER_KEY', 'Meilisearch']
])

/** Server programs, by the name the command runs (its last path component). */
const SERVER_PROGRAMS: ReadonlyMap<string, string> = new Map([
  ['postgres', 'PostgreSQL'],
  ['mysqld', 'MySQL'],
  ['mariadbd', 'MariaDB'],
  ['mongod', 'MongoDB'],
  ['redis-server', 'Redis'],
  ['redis-sentinel', 'Redis'],
  ['valkey-server', 'Valkey'],
  ['keydb-server', 'KeyDB'],
  ['memcached', 'Memcached'],
  ['clickhouse-server', 'ClickHouse'],
  ['elasticsearch', 'Elasticsearch'],
  ['opensearch', 'OpenSearch'],
  ['nats-server', 'NATS'],
  ['etcd', 'etcd'],
  ['rabbitmq-server', 'RabbitMQ'],
  ['kafka-server-start.sh', 'Kafka'],
  ['zkserver.sh', 'ZooKeeper'],
  ['cassandra', 'Cassandra'],
  ['influxd', 'InfluxDB'],
  ['typesense-server', 'Typesense'],
  ['meilisearch', 'Meilisearch']
])

/** `minio server`, `vault server`, `redpanda start`: a program whose first argument says so. */
const SERVER_SUBCOMMANDS: ReadonlyMap<string, [string, string]> = new Map([
  ['minio', ['server', 'MinIO']],
  ['vault', ['server', 'Vault']],
  ['rpk', ['redpanda', 'Redpanda']],
  ['weed', ['server', 'SeaweedFS']]
])

/** Healthcheck programs that ask the store in the container itself. */
const HEALTHCHECK_PROGRAMS: ReadonlyMap<string, string> = new Map([
  ['pg_isready', 'PostgreSQL'],
  ['redis-cli', 'Redis'],
  ['valkey-cli', 'Valkey'],
  ['keydb-cli', 'KeyDB'],
  ['mysqladmin', 'MySQL'],
  ['mariadb-admin', 'MariaDB'],
  ['healthcheck.sh', 'MariaDB'],
  ['mongosh', 'MongoDB'],
  ['mongo', 'MongoDB'],
  ['clickhouse-client', 'ClickHouse'],
  ['rabbitmq-diagnostics', 'RabbitMQ'],
  ['rabbitmqctl', 'RabbitMQ'],
  ['cqlsh', 'Cassandra'],
  ['nodetool', 'Cassandra'],
  ['cypher-shell', 'Neo4j']
])

/** Options of those programs that point them at another host: then it is a client's check. */
const HOST_OPTIONS = new Set(['-h', '--host', '-host', '--hostname'])

/** Data directories of the official images (and Bitnami's), by mount target. */
const DATA_DIRECTORIES: ReadonlyMap<string, string> = new Map([
  ['/var/lib/postgresql/data', 'PostgreSQL'],
  ['/var/lib/postgresql', 'PostgreSQL'],
  ['/bitnami/postgresql', 'PostgreSQL'],
  ['/var/lib/mysql', 'MySQL'],
  ['/bitnami/mysql', 'MySQL'],
  ['/bitnami/mariadb', 'MariaDB'],
  ['/data/db', 'MongoDB'],
  ['/bitnami/mongodb', 'MongoDB'],
  ['/bitnami/redis/data', 'Redis'],
  ['/usr/share/elasticsearch/data', 'Elasticsearch'],
  ['/usr/share/opensearch/data', 'OpenSearch'],
  ['/var/lib/wazuh-indexer', 'OpenSearch'],
  ['/var/lib/clickhouse', 'ClickHouse'],
  ['/var/lib/rabbitmq', 'RabbitMQ'],
  ['/var/lib/influxdb', 'InfluxDB'],
  ['/var/lib/influxdb2', 'InfluxDB'],
  ['/var/lib/cassandra', 'Cassandra'],
  ['/opt/couchdb/data', 'CouchDB'],
  ['/var/lib/kafka/data', 'Kafka'],
  ['/bitnami/kafka', 'Kafka'],
  ['/var/lib/zookeeper/data', 'ZooKeeper'],
  ['/var/lib/redpanda/data', 'Redpanda'],
  ['/etcd-data', 'etcd'],
  ['/meili_data', 'Meilisearch'],
  ['/qdrant/storage', 'Qdrant']
])

/**
 * The evidence of the service's own definition that it runs a store, most decisive first: its
 * command, its data directory, its healthcheck, its server-only environment, the folder it is
 * built from (`identify` names a product from a folder name as from an image name), and the
 * environment it shares with clients when it names no other host.
 */
export function findOwnSignals(
  service: Service,
  identify: (name: string) => string | undefined
): OwnSignal[] {
  const signals: OwnSignal[] = []
  const command = commandProgram(service.command)
  if (command) signals.push({ kind: 'command', ...command })
  for (const mount of service.mounts) {
    if (mount.readOnly || mount.type === 'tmpfs') continue
    const product = DATA_DIRECTORIES.get(mount.target.replace(/\/+$/, ''))
    if (product)
      signals.push({ kind: 'data-volume', text: mount.target, product, span: mount.span })
  }
  const check = healthcheckProgram(service.healthcheck)
  if (check) signals.push({ kind: 'healthcheck', ...check })
  // A client that shares the store's env file, or creates its database, carries some of the
  // same variables: the environment speaks only for a service that names no other host.
  // Asked only when a variable would count: most services carry none of them.
  let client: boolean | undefined
  const isClient = () => (client ??= namesAnotherHost(service.environment))
  for (const variable of service.environment) {
    const product = SERVER_VARIABLES.get(variable.name)
    if (product && !isClient()) signals.push(environmentSignal(variable, product))
  }
  const context = service.buildContext
  if (context) {
    const folder = context.value.replace(/\/+$/, '').split('/').pop() ?? ''
    const product = folder && !folder.includes('$') ? identify(folder.toLowerCase()) : undefined
    if (product) {
      signals.push({ kind: 'build-context', text: context.value, product, span: context.span })
    }
  }
  // Shared variables only corroborate: a setup job that sets `ELASTIC_PASSWORD` is no store.
  for (const variable of signals.length === 0 ? [] : service.environment) {
    // A variable from an `env_file` may be the whole stack's: only the server's own list counts.
    const product = variable.fromEnvFile ? undefined : SHARED_VARIABLES.get(variable.name)
    if (product && !isClient()) signals.push(environmentSignal(variable, product))
  }
  return signals
}

function environmentSignal(variable: EnvironmentVariable, product: string): OwnSignal {
  return { kind: 'environment', text: variable.name, product, span: variable.span }
}

/** The server the command starts, skipping an entrypoint wrapper (`docker-entrypoint.sh`). */
function commandProgram(
  words: readonly Located<string>[] | undefined
): { text: string; product: string; span: Located<string>['span'] } | undefined {
  if (!words || words.length === 0) return undefined
  let index = 0
  if (/(^|\/)docker-entrypoint(\.sh)?$/.test(words[0]?.value ?? '')) index = 1
  const first = words[index]
  if (!first) return undefined
  const program = (first.value.split('/').pop() ?? '').toLowerCase()
  const product = SERVER_PROGRAMS.get(program)
  if (product) return { text: program, product, span: first.span }
  const sub = SERVER_SUBCOMMANDS.get(program)
  const next = words[index + 1]?.value
  if (sub && next === sub[0])
    return { text: `${program} ${next}`, product: sub[1], span: first.span }
  return undefined
}

/** The store a healthcheck asks on its own container (`pg_isready`, `redis-cli ping`). */
function healthcheckProgram(
  words: readonly Located<string>[] | undefined
): { text: string; product: string; span: Located<string>['span'] } | undefined {
  if (!words) return undefined
  for (const [i, word] of words.entries()) {
    const program = (word.value.split('/').pop() ?? '').toLowerCase()
    const product = HEALTHCHECK_PROGRAMS.get(program)
    if (!product) continue
    // Its arguments up to the next shell operator: `pg_isready -h db` checks another service.
    const args: string[] = []
    for (const arg of words.slice(i + 1)) {
      if (['&&', '||', ';', '|'].includes(arg.value)) break
      args.push(arg.value)
    }
    const host = args.findIndex(arg => HOST_OPTIONS.has(arg))
    const target = host >= 0 ? args[host + 1] : undefined
    if (target && !isLocalHost(target)) return undefined
    const inline = args.find(arg => /^--host=/.test(arg))
    if (inline && !isLocalHost(inline.slice('--host='.length))) return undefined
    return { text: program, product, span: word.span }
  }
  return undefined
}

function isLocalHost(host: string): boolean {
  return ['localhost', '127.0.0.1', '::1', '0.0.0.0', '$(hostname)', '$hostname'].includes(
    host.toLowerCase()
  )
}

/**
 * Whether the environment names some host other than the container itself in a variable such as
 * `DB_HOST` or `DATABASE_URL`: a client's. A store's dotted settings (`discovery.seed_hosts`)
 * name its cluster peers, not a server it uses.
 */
function namesAnotherHost(environment: readonly EnvironmentVariable[]): boolean {
  return environment.some(variable => {
    if (!variable.value || variable.name.includes('.')) return false
    if (!/(HOST|HOSTS|URL|URI|DSN|ADDR|ADDRESS|SERVER)$/i.test(variable.name)) return false
    const value = variable.value.trim()
    return value !== '' && !isLocalHost(value.replace(/:\d+$/, ''))
  })
}

/** What a variable of another service says about a host it names. */
export interface NamedStore {
  /** The host name as written. */
  host: string
  product?: string
  /** `connection-string` for a store URL or a store's host variable, `s3-endpoint` for S3. */
  kind: 'connection-string' | 's3-endpoint'
  /** What to quote: `scheme://host:port` without user, password or path, or `NAME=host`. */
  text: string
}

/** URL schemes that only a store speaks. */
const STORE_SCHEMES: ReadonlyMap<string, string> = new Map([
  ['postgres', 'PostgreSQL'],
  ['postgresql', 'PostgreSQL'],
  ['mysql', 'MySQL'],
  ['mysql2', 'MySQL'],
  ['mariadb', 'MariaDB'],
  ['mongodb', 'MongoDB'],
  ['redis', 'Redis'],
  ['rediss', 'Redis'],
  ['valkey', 'Valkey'],
  ['amqp', 'RabbitMQ'],
  ['amqps', 'RabbitMQ'],
  ['nats', 'NATS'],
  ['clickhouse', 'ClickHouse'],
  ['memcached', 'Memcached'],
  ['bolt', 'Neo4j'],
  ['neo4j', 'Neo4j'],
  ['cassandra', 'Cassandra'],
  ['kafka', 'Kafka']
])

/** Words of a variable's name that name a store (`CLICKHOUSE_HOST`, `SNUBA_REDIS_URL`). */
const STORE_WORDS: ReadonlyMap<string, string | undefined> = new Map([
  ['POSTGRES', 'PostgreSQL'],
  ['POSTGRESQL', 'PostgreSQL'],
  ['PG', 'PostgreSQL'],
  ['MYSQL', 'MySQL'],
  ['MARIADB', 'MariaDB'],
  ['MONGO', 'MongoDB'],
  ['MONGODB', 'MongoDB'],
  ['REDIS', 'Redis'],
  ['VALKEY', 'Valkey'],
  ['MEMCACHE', 'Memcached'],
  ['MEMCACHED', 'Memcached'],
  ['ELASTICSEARCH', 'Elasticsearch'],
  ['OPENSEARCH', 'OpenSearch'],
  ['CLICKHOUSE', 'ClickHouse'],
  ['KAFKA', 'Kafka'],
  ['RABBITMQ', 'RabbitMQ'],
  ['AMQP', 'RabbitMQ'],
  ['ZOOKEEPER', 'ZooKeeper'],
  ['ETCD', 'etcd'],
  ['CASSANDRA', 'Cassandra'],
  ['INFLUXDB', 'InfluxDB'],
  ['NEO4J', 'Neo4j'],
  ['MEILISEARCH', 'Meilisearch'],
  ['SOLR', 'Solr'],
  ['DB', undefined],
  ['DATABASE', undefined]
])

/** Endings of a variable whose value is the host itself (or a URL of it). */
const HOST_ENDINGS = new Set([
  'HOST',
  'HOSTS',
  'HOSTNAME',
  'SERVER',
  'SERVERS',
  'URL',
  'URI',
  'DSN',
  'ADDR',
  'ADDRESS',
  'BROKERS',
  'ENDPOINT'
])

/** Words of an S3 endpoint variable (`AWS_S3_ENDPOINT`, `*_UPLOAD_AWS_ENDPOINT`, `MINIO_URL`). */
const S3_WORDS = new Set(['S3', 'AWS', 'MINIO'])

const URL_PARTS = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#\s]*@)?([^/?#\s]*)/i

/**
 * The stores a variable names: each URL whose scheme only a store speaks
 * (`postgres://codeinsights-db:5432/db`), an `http(s)` URL or host in a variable named after a
 * store (`CLICKHOUSE_HOST=clickhouse`, `ELASTICSEARCH_URL=http://es:9200`), and an S3 endpoint
 * (`PRECISE_CODE_INTEL_UPLOAD_AWS_ENDPOINT=http://blobstore:9000`). The name's word before the
 * ending must be the store's (`KAFKA_UI_URL` names a console, `POSTGREST_URL` an API).
 */
export function findNamedStores(variable: EnvironmentVariable): NamedStore[] {
  const value = variable.value?.trim()
  if (!value) return []
  const words = variable.name.toUpperCase().split(/[_.]/)
  const ending = words[words.length - 1] ?? ''
  const qualifier = words[words.length - 2] ?? ''
  const named = HOST_ENDINGS.has(ending) && STORE_WORDS.has(qualifier)
  const standalone = ['PGHOST', 'MYSQL_HOST'].includes(variable.name.toUpperCase())
  const s3 = HOST_ENDINGS.has(ending) && words.slice(0, -1).some(word => S3_WORDS.has(word))
  const out: NamedStore[] = []
  for (const item of value.split(/[\s,;]+/)) {
    const url = URL_PARTS.exec(item)
    if (url) {
      const scheme = (url[1] ?? '').toLowerCase().replace(/\+srv$/, '')
      for (const authority of (url[2] ?? '').split(',')) {
        const host = hostOf(authority)
        if (!host) continue
        const text = `${scheme}://${authority}`
        const product = STORE_SCHEMES.get(scheme)
        if (product) out.push({ host, product, kind: 'connection-string', text })
        else if (s3 && /^https?$/.test(scheme)) out.push({ host, kind: 's3-endpoint', text })
        else if (named && /^https?$/.test(scheme)) {
          out.push({ host, product: STORE_WORDS.get(qualifier), kind: 'connection-string', text })
        }
      }
      continue
    }
    if (!named && !standalone && !s3) continue
    const host = hostOf(item.slice(item.lastIndexOf('@') + 1).split('/')[0] ?? '')
    if (!host) continue
    const text = `${variable.name}=${item.slice(item.lastIndexOf('@') + 1)}`
    if (s3) out.push({ host, kind: 's3-endpoint', text })
    else {
      const product = standalone
        ? variable.name.toUpperCase() === 'PGHOST'
          ? 'PostgreSQL'
          : 'MySQL'
        : STORE_WORDS.get(qualifier)
      out.push({ host, product, kind: 'connection-string', text })
    }
  }
  return out
}

function hostOf(authority: string): string {
  if (authority.startsWith('[')) return ''
  const host = authority.split(':')[0] ?? ''
  return /^[a-z0-9_][a-z0-9_.-]*$/i.test(host) && !isLocalHost(host) ? host : ''
}

/**
 * Whether an image is a known application that merely talks to a store: a database console,
 * an exporter, a store's UI. Evidence from a port or from another service's connection string
 * does not make it a store.
 */
export function identifyConsole(image: string | ImageReference | undefined): string | undefined {
  const reference =
    typeof image === 'string' ? (image ? parseImageReference(image) : undefined) : image
  if (!reference) return undefined
  return DATABASE_CONSOLES.get(reference.name)
}

/**
 * Applications often configured like the store they feed or read (`logstash` with a copied
 * `discovery.seed_hosts`, `kibana` beside Elasticsearch): their image outweighs the rest.
 */
export function identifyApplication(
  image: string | ImageReference | undefined
): string | undefined {
  const reference =
    typeof image === 'string' ? (image ? parseImageReference(image) : undefined) : image
  if (!reference) return undefined
  const known = KNOWN_APPLICATIONS.get(reference.name)
  if (known) return known
  // `postgres-exporter`, `redis_exporter`, `mongodb-exporter`: metrics scrapers, not stores.
  return /[-_]exporter$/.test(reference.name) ? 'a metrics exporter' : undefined
}

const KNOWN_APPLICATIONS: ReadonlyMap<string, string> = new Map([
  ['logstash', 'Logstash'],
  ['kibana', 'Kibana'],
  ['opensearch-dashboards', 'OpenSearch Dashboards'],
  ['grafana', 'Grafana'],
  ['prometheus', 'Prometheus'],
  ['filebeat', 'Filebeat'],
  ['metricbeat', 'Metricbeat'],
  ['heartbeat', 'Heartbeat'],
  ['apm-server', 'APM Server'],
  ['fluentd', 'Fluentd'],
  ['fluent-bit', 'Fluent Bit'],
  ['mc', 'MinIO client']
])

/** Database consoles: web UIs that hold a store's credentials and speak to it for a browser. */
const DATABASE_CONSOLES: ReadonlyMap<string, string> = new Map([
  ['adminer', 'Adminer'],
  ['pgadmin4', 'pgAdmin'],
  ['pgadmin', 'pgAdmin'],
  ['phpmyadmin', 'phpMyAdmin'],
  ['mongo-express', 'Mongo Express'],
  ['redisinsight', 'RedisInsight'],
  ['redis-insight', 'RedisInsight'],
  ['redis-commander', 'Redis Commander'],
  ['dbgate', 'DbGate'],
  ['cloudbeaver', 'CloudBeaver'],
  ['kafka-ui', 'Kafka UI'],
  ['kafdrop', 'Kafdrop'],
  ['akhq', 'AKHQ']
])
