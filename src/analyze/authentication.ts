/**
 * Authentication evidence of a data store (DESIGN section 4): what in its own configuration
 * says that a connection needs no credentials, or credentials anyone can guess. It decides
 * between high and critical for an exposed store. Only what the file shows counts: a store
 * whose configuration file is mounted may set a password there, so its absence from the
 * command proves nothing and the store is not called open.
 */
import type { Located, Service } from '../model/types.js'
import { parseImageReference } from './image-ref.js'
import type { ServiceNode } from './types.js'

/** Why the store lets anyone in: quoted in the message, with where it was written. */
export interface OpenAccess {
  /** A sentence fragment: "`xpack.security.enabled=false` turns security off". */
  reason: string
  span: Located<string>['span']
}

/** Passwords every scanner tries first. */
const DEFAULT_PASSWORDS = new Set([
  'password',
  'postgres',
  'root',
  'admin',
  '123',
  '1234',
  '12345',
  '123456',
  'changeme',
  'guest',
  'minioadmin',
  'neo4j'
])

/** Variables holding a store's password (or `user/password` for Neo4j). */
const PASSWORD_VARIABLES = new Set([
  'POSTGRES_PASSWORD',
  'MYSQL_ROOT_PASSWORD',
  'MYSQL_PASSWORD',
  'MARIADB_ROOT_PASSWORD',
  'MARIADB_PASSWORD',
  'MONGO_INITDB_ROOT_PASSWORD',
  'ELASTIC_PASSWORD',
  'REDIS_PASSWORD',
  'RABBITMQ_DEFAULT_PASS',
  'MINIO_ROOT_PASSWORD',
  'COUCHDB_PASSWORD',
  'OPENSEARCH_INITIAL_ADMIN_PASSWORD',
  'CLICKHOUSE_PASSWORD',
  'DOCKER_INFLUXDB_INIT_PASSWORD'
])

/** Variables that switch authentication off, with the values that do. */
const NO_AUTH_VARIABLES: ReadonlyMap<string, RegExp> = new Map([
  ['POSTGRES_HOST_AUTH_METHOD', /^trust$/i],
  ['MYSQL_ALLOW_EMPTY_PASSWORD', /^(yes|true|1)$/i],
  ['MARIADB_ALLOW_EMPTY_ROOT_PASSWORD', /^(yes|true|1)$/i],
  ['ALLOW_EMPTY_PASSWORD', /^(yes|true|1)$/i],
  ['NEO4J_AUTH', /^none$/i],
  ['xpack.security.enabled', /^false$/i],
  ['XPACK_SECURITY_ENABLED', /^false$/i],
  ['plugins.security.disabled', /^true$/i],
  ['DISABLE_SECURITY_PLUGIN', /^true$/i]
])

/**
 * What in the store's configuration lets anyone connect, or undefined when nothing shows it
 * (a password is set, or a configuration file may set one).
 */
export function findOpenAccess(node: ServiceNode): OpenAccess | undefined {
  if (node.tier.tier !== 'data') return undefined
  const service = node.service
  for (const variable of service.environment) {
    const value = variable.value?.trim()
    if (value === undefined) continue
    const off = NO_AUTH_VARIABLES.get(variable.name)
    if (off?.test(value)) {
      return {
        reason: `\`${variable.name}=${value}\` lets anyone connect without a password`,
        span: variable.span
      }
    }
    const password = variable.name === 'NEO4J_AUTH' ? value.slice(value.indexOf('/') + 1) : value
    if (
      (PASSWORD_VARIABLES.has(variable.name) || variable.name === 'NEO4J_AUTH') &&
      DEFAULT_PASSWORDS.has(password.toLowerCase())
    ) {
      return {
        reason: `\`${variable.name}\` is the well-known default \`${password}\`, the first password every scanner tries`,
        span: variable.span
      }
    }
  }
  switch (node.tier.product) {
    case 'Redis':
    case 'Valkey':
    case 'KeyDB':
      return openRedis(node)
    case 'Elasticsearch':
      return openElasticsearch(service)
    case 'MongoDB':
      return openMongo(node)
    case 'Kafka':
    case 'Redpanda':
      return openKafka(node)
    case 'Cassandra':
      return openCassandra(node)
    default:
      return undefined
  }
}

function words(service: Service): readonly Located<string>[] {
  return service.command ?? []
}

/** A configuration file given to the store (a mounted folder or file, or one on the command line). */
function hasConfigurationFile(service: Service, pattern: RegExp): boolean {
  return (
    service.mounts.some(m => pattern.test(m.target)) ||
    words(service).some(w => pattern.test(w.value))
  )
}

/**
 * Redis, Valkey and KeyDB: `--protected-mode no`, or no `requirepass` anywhere the file shows
 * (command, `REDIS_PASSWORD`/`REDIS_ARGS`) and no configuration file that could set one. The
 * official images start with protected mode off, so a published port is open.
 */
function openRedis(node: ServiceNode): OpenAccess | undefined {
  const service = node.service
  const command = words(service)
  const protectedMode = command.findIndex(w => w.value === '--protected-mode')
  const mode = protectedMode >= 0 ? command[protectedMode + 1] : undefined
  if (mode && mode.value.toLowerCase() === 'no') {
    return {
      reason: '`--protected-mode no` lets anyone connect without a password',
      span: mode.span
    }
  }
  if (command.some(w => /requirepass|aclfile|--user\b/i.test(w.value))) return undefined
  if (service.environment.some(v => /PASSWORD|ARGS|REDIS_EXTRA_FLAGS/i.test(v.name) && v.value))
    return undefined
  if (hasConfigurationFile(service, /\.conf$|\/etc\/redis|\/usr\/local\/etc\/redis|\/bitnami/i))
    return undefined
  const where = service.command?.[0]?.span ?? service.image?.span ?? node.tier.span
  if (!where) return undefined
  return {
    reason: `nothing sets a password (no \`requirepass\` on its command line, no configuration file), and ${node.tier.product ?? 'Redis'} then answers anyone`,
    span: where
  }
}

/**
 * Elasticsearch before 8.0 starts with security off unless `xpack.security.enabled=true`;
 * from 8.0 it is on unless turned off (`NO_AUTH_VARIABLES`).
 */
function openElasticsearch(service: Service): OpenAccess | undefined {
  const image = service.image
  const tag = image ? parseImageReference(image.value)?.tag : undefined
  const major = tag ? Number(/^v?(\d+)\./.exec(tag)?.[1]) : NaN
  if (!image || !Number.isInteger(major) || major >= 8) return undefined
  const enabled = service.environment.some(
    v => /^(xpack\.security\.enabled|XPACK_SECURITY_ENABLED)$/.test(v.name) && v.value === 'true'
  )
  if (enabled || hasConfigurationFile(service, /elasticsearch\.yml$/)) return undefined
  return {
    reason: `version ${tag} runs with security off unless \`xpack.security.enabled=true\` is set, and it is not`,
    span: image.span
  }
}

/** MongoDB without root credentials (or `--auth`) and without a configuration file. */
function openMongo(node: ServiceNode): OpenAccess | undefined {
  const service = node.service
  if (service.environment.some(v => /ROOT_PASSWORD|ROOT_USERNAME|MONGODB_PASSWORD/i.test(v.name)))
    return undefined
  if (words(service).some(w => w.value === '--auth' || w.value === '--keyFile')) return undefined
  if (hasConfigurationFile(service, /mongod\.conf$|--config/)) return undefined
  const where = service.image?.span ?? node.tier.span
  if (!where) return undefined
  return {
    reason:
      'it has no root credentials (`MONGO_INITDB_ROOT_USERNAME`/`MONGO_INITDB_ROOT_PASSWORD`) and no `--auth`, so MongoDB answers anyone',
    span: where
  }
}

/**
 * Kafka and Redpanda without SASL: Kafka listeners declared `PLAINTEXT` and none `SASL_*`; a
 * Redpanda whose command and configuration never enable SASL.
 */
function openKafka(node: ServiceNode): OpenAccess | undefined {
  const service = node.service
  const texts = [
    ...service.environment
      .filter(v => /LISTENER|ADVERTISED/i.test(v.name) && v.value)
      .map(v => ({ value: v.value ?? '', span: v.span, what: v.name })),
    ...words(service)
      .filter(w => /PLAINTEXT|SASL|enable_sasl/i.test(w.value))
      .map(w => ({ value: w.value, span: w.span, what: w.value }))
  ]
  if (texts.some(t => /SASL/i.test(t.value))) return undefined
  if (hasConfigurationFile(service, /server\.properties$|redpanda\.yaml$/)) return undefined
  if (node.tier.product === 'Redpanda') {
    // Listener names (`PLAINTEXT://`, `OUTSIDE://`) are only names: SASL is off unless enabled.
    const where = words(service)[0]?.span ?? service.image?.span
    if (!where) return undefined
    return {
      reason:
        "Redpanda runs without SASL (nothing sets `enable_sasl`), so it takes anyone's messages",
      span: where
    }
  }
  const plaintext = texts.find(t => /PLAINTEXT/i.test(t.value))
  if (!plaintext) return undefined
  return {
    reason: `its listeners are \`PLAINTEXT\` only (\`${plaintext.what}\`), with no SASL: Kafka takes anyone's messages`,
    span: plaintext.span
  }
}

/** Cassandra's default authenticator lets anyone in: open unless the file sets another. */
function openCassandra(node: ServiceNode): OpenAccess | undefined {
  const service = node.service
  if (service.environment.some(v => /AUTHENTICATOR|PASSWORD/i.test(v.name) && v.value))
    return undefined
  if (hasConfigurationFile(service, /cassandra\.yaml$|\/etc\/cassandra/)) return undefined
  const where = service.image?.span ?? node.tier.span
  if (!where) return undefined
  return {
    reason:
      "it keeps Cassandra's default `AllowAllAuthenticator` (no authenticator or password is set)",
    span: where
  }
}
