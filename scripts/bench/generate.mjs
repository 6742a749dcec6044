// Synthetic repositories for the benchmark: seeded, so a run is reproducible. Each compose file
// holds 13 services in the shapes real stacks have (a proxy, apps, workers, a migration job, a
// database, a search engine, a cache, a queue, a mail catcher), on front and back networks,
// with anchors, merge keys, interpolation and published ports; a quarter of the projects have
// an override file; some join an external network that an infra project creates. 5,000 files
// hold 52,013 services once overrides are merged onto their bases.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** mulberry32: a small, fast, seeded PRNG. */
export function createRandom(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PROXIES = ['nginx:1.27', 'traefik:v3.1', 'haproxy:2.9', 'caddy:2']
const DATABASES = ['postgres:16', 'mysql:8', 'mariadb:11', 'mongo:7']
const CACHES = ['redis:7', 'valkey/valkey:8', 'memcached:1.6']
const QUEUES = ['rabbitmq:3-management', 'bitnami/kafka:3.7', 'nats:2']
const SEARCH = ['opensearchproject/opensearch:2', 'elasticsearch:8.15.0', 'meilisearch/meilisearch']

const SERVICES_PER_FILE = 13

function pick(random, list) {
  return list[Math.floor(random() * list.length)]
}

/** One base compose file of a project: 13 services. */
function baseFile(random, p, joinsMesh) {
  const db = pick(random, DATABASES)
  const lines = [
    `name: proj${p}`,
    'x-app: &app',
    '  restart: unless-stopped',
    '  environment:',
    '    LOG_LEVEL: ${LOG_LEVEL:-info}',
    `    DATABASE_URL: postgres://db:5432/app${p}`,
    '    REDIS_URL: redis://cache:6379',
    '  networks: [front, back]',
    'services:',
    '  proxy:',
    `    image: ${pick(random, PROXIES)}`,
    '    ports:',
    `      - "${random() < 0.7 ? '' : '127.0.0.1:'}${8000 + (p % 1000)}:80"`,
    '      - target: 443',
    `        published: ${9000 + (p % 1000)}`,
    '        protocol: tcp',
    '    labels:',
    '      traefik.enable: "true"',
    '    networks: [front]',
    '    depends_on: [web, api]'
  ]
  for (const name of ['web', 'api', 'admin', 'worker', 'scheduler']) {
    lines.push(
      `  ${name}:`,
      '    <<: *app',
      `    image: acme/${name}:\${TAG:-${p}.${Math.floor(random() * 10)}}`,
      '    depends_on:',
      '      db:',
      '        condition: service_healthy',
      '      cache:',
      '        condition: service_started'
    )
    if (name === 'worker' && joinsMesh) lines.push('    networks: [back, mesh]')
    if (random() < 0.1) lines.push('    volumes: ["/var/run/docker.sock:/var/run/docker.sock:ro"]')
  }
  lines.push(
    '  migrate:',
    '    <<: *app',
    `    image: acme/migrate:\${TAG:-${p}.0}`,
    '    restart: "no"',
    '    depends_on: [db]',
    '  db:',
    `    image: ${db}`,
    '    environment:',
    '      POSTGRES_PASSWORD_FILE: /run/secrets/db',
    '    volumes: ["dbdata:/var/lib/data"]',
    `    networks: [${random() < 0.2 ? 'front, ' : ''}back]`,
    '  cache:',
    `    image: ${pick(random, CACHES)}`,
    '    networks: [back]',
    ...(random() < 0.15 ? ['    ports: ["6379:6379"]'] : []),
    '  search:',
    `    image: ${pick(random, SEARCH)}`,
    '    environment:',
    '      discovery.type: single-node',
    '    networks: [back]',
    '  queue:',
    `    image: ${pick(random, QUEUES)}`,
    '    networks: [back]',
    '  mail:',
    '    image: axllent/mailpit:v1.20',
    '    networks: [back]',
    '  metrics:',
    '    image: prom/node-exporter',
    // Monitoring agents are the usual host-mode services; most projects leave them to infra.
    `    network_mode: ${random() < 0.1 ? 'host' : 'bridge'}`,
    'networks:',
    '  front: {}',
    '  back:',
    `    internal: ${random() < 0.5}`,
    ...(joinsMesh ? ['  mesh:', '    external: true', '    name: infra_mesh'] : []),
    'volumes:',
    '  dbdata: {}'
  )
  return lines.join('\n') + '\n'
}

/** An override file beside a base: the same 13 service names with what a dev override adds. */
function overrideFile(random, p) {
  const lines = ['services:']
  const names = [
    'proxy',
    'web',
    'api',
    'admin',
    'worker',
    'scheduler',
    'migrate',
    'db',
    'search',
    'cache',
    'queue',
    'mail',
    'metrics'
  ]
  for (const name of names) {
    lines.push(`  ${name}:`, '    labels:', `      dev.override: "${p}"`)
    if (name === 'db' && random() < 0.5) lines.push('    ports: ["127.0.0.1:5432:5432"]')
  }
  return lines.join('\n') + '\n'
}

/**
 * Writes a repository of `files` compose files (13 services each) under `dir`. Returns the counts:
 * files, and service entries (an override's entries merge onto its base's services).
 * Projects are grouped 50 to a folder, like teams in a monorepo.
 */
export function generateRepository(dir, files, seed) {
  const random = createRandom(seed)
  let written = 0
  let services = 0
  let p = 0
  const write = (rel, text) => {
    const abs = path.join(dir, rel)
    mkdirSync(path.dirname(abs), { recursive: true })
    writeFileSync(abs, text)
    written++
    services += SERVICES_PER_FILE
  }
  // The infra project creates the mesh network others join.
  write(
    'infra/compose.yaml',
    baseFile(random, 0, false).replace(
      'networks:\n  front: {}',
      'networks:\n  mesh:\n    name: infra_mesh\n  front: {}'
    )
  )
  while (written < files) {
    p++
    const folder = `team${Math.floor(p / 50)}/svc${p}`
    write(`${folder}/compose.yaml`, baseFile(random, p, random() < 0.1))
    if (written < files && p % 4 === 0)
      write(`${folder}/compose.override.yaml`, overrideFile(random, p))
  }
  return { files: written, services }
}

/** One project with `services` services over `networks` networks, in a single file. */
export function generateLargeProject(dir, serviceCount, networkCount, seed) {
  const random = createRandom(seed)
  const lines = ['name: big', 'services:']
  for (let i = 0; i < serviceCount; i++) {
    const kind = i % 20 === 0 ? 'proxy' : i % 10 === 1 ? 'db' : i % 10 === 2 ? 'cache' : 'app'
    const image =
      kind === 'proxy'
        ? pick(random, PROXIES)
        : kind === 'db'
          ? pick(random, DATABASES)
          : kind === 'cache'
            ? pick(random, CACHES)
            : `acme/app${i}:1`
    const nets = new Set()
    const count = 1 + Math.floor(random() * 3)
    for (let n = 0; n < count; n++) nets.add(`n${Math.floor(random() * networkCount)}`)
    lines.push(`  s${i}:`, `    image: ${image}`, `    networks: [${[...nets].join(', ')}]`)
    if (kind === 'proxy') lines.push(`    ports: ["${10000 + i}:80"]`)
    if (kind === 'app' && random() < 0.5) {
      lines.push('    environment:', `      DB_HOST: s${i - (i % 10) + 1}`)
      lines.push(`    depends_on: [s${i - (i % 10) + 1}]`)
    }
  }
  lines.push('networks:')
  for (let n = 0; n < networkCount; n++) {
    lines.push(`  n${n}:`, `    internal: ${n % 3 === 0}`)
  }
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'compose.yaml'), lines.join('\n') + '\n')
  return { files: 1, services: serviceCount, networks: networkCount }
}

/**
 * The fan-out case: one file of `serviceCount` services on one network, half of them reverse
 * proxies that publish a port, half databases. Every proxy reaches every database, so findings
 * that listed every other end grew with proxies x databases (3,000 services: 67 s, 3.3 GB and
 * a 226 MB SARIF); their work and size must grow with the findings instead.
 */
export function generateFanOutProject(dir, serviceCount) {
  const lines = ['name: fanout', 'services:']
  for (let i = 0; i < serviceCount; i++) {
    if (i % 2 === 0) {
      lines.push(`  proxy${i}:`, '    image: nginx:1.27', `    ports: ["${10000 + i}:80"]`)
    } else {
      lines.push(`  db${i}:`, '    image: postgres:16')
    }
    lines.push('    networks: [shared]')
  }
  lines.push('networks:', '  shared: {}')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'compose.yaml'), lines.join('\n') + '\n')
  return { files: 1, services: serviceCount }
}
