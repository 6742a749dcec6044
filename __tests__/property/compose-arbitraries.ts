/**
 * fast-check arbitraries for compose repositories: a base file, maybe an override, an `extends`
 * target, an `include`d file and a `.env`, with anchors and merge keys, every port and volume
 * syntax, network modes, interpolation, and from time to time a value of the wrong type. Files
 * are rendered as text (block mappings holding JSON flow values, which are YAML), so anchors
 * and aliases can be written where compose users write them.
 */
import fc from 'fast-check'

const SERVICE_NAMES = ['proxy', 'web', 'api', 'worker', 'db', 'cache', 'queue', 'a-b', 'x_1']
const NETWORK_KEYS = ['default', 'front', 'back', 'data', 'shared', 'mesh']
const IMAGES = [
  'nginx:1.27',
  'traefik:v3',
  'haproxy',
  'postgres:16',
  'redis:7',
  'mongo',
  'rabbitmq:3-management',
  'acme/app:1.0',
  'busybox',
  '${IMAGE:-nginx}',
  'registry.example.com:5000/team/db@sha256:abc'
]

/** Any JSON value, rarely: a value of the wrong type where compose expects another. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 })
)

/** `value` most of the time, a wrong-typed value sometimes. */
function mostly<T>(value: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 9, arbitrary: value }, { weight: 1, arbitrary: wrongValue })
}

const portNumber = fc.oneof(
  fc.constantFrom('80', '443', '5432', '6379', '8080', '27017', '0', '65535', '70000'),
  fc.integer({ min: 1, max: 65535 }).map(String)
)
const hostIp = fc.constantFrom('', '0.0.0.0', '127.0.0.1', '::', '[::1]', '10.0.0.5', '${BIND}')

const shortPort: fc.Arbitrary<unknown> = fc.oneof(
  portNumber,
  fc.tuple(portNumber, portNumber).map(([h, c]) => `${h}:${c}`),
  fc.tuple(hostIp, portNumber, portNumber).map(([ip, h, c]) => `${ip}:${h}:${c}`),
  fc.tuple(hostIp, portNumber).map(([ip, c]) => `${ip}::${c}`),
  fc.tuple(portNumber, fc.constantFrom('/tcp', '/udp', '/sctp', '/bogus')).map(([p, s]) => p + s),
  fc.constantFrom('8000-8010:8000-8010', '9000-9001', '${BIND:-127.0.0.1}:5432:5432', ':80', '::'),
  fc.integer({ min: 1, max: 65535 })
)

const longPort = fc.record(
  {
    target: mostly(fc.integer({ min: 1, max: 65535 })),
    published: mostly(fc.oneof(portNumber, fc.integer({ min: 1, max: 65535 }))),
    host_ip: mostly(hostIp),
    protocol: mostly(fc.constantFrom('tcp', 'udp')),
    mode: mostly(fc.constantFrom('ingress', 'host', 'other'))
  },
  { requiredKeys: [] }
)

const volume: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '/var/run/docker.sock:/var/run/docker.sock',
    '/run/docker.sock:/run/docker.sock:ro',
    './data:/data',
    'named:/var/lib/data',
    '/anonymous',
    'C:\\data:/data',
    ''
  ),
  fc.record(
    {
      type: mostly(fc.constantFrom('bind', 'volume', 'tmpfs', 'npipe')),
      source: mostly(fc.constantFrom('/var/run/docker.sock', './x', 'vol')),
      target: mostly(fc.constantFrom('/var/run/docker.sock', '/data')),
      read_only: mostly(fc.boolean())
    },
    { requiredKeys: [] }
  )
)

const networkKey = fc.constantFrom(...NETWORK_KEYS, 'undeclared')

const serviceNetworks: fc.Arbitrary<unknown> = fc.oneof(
  fc.uniqueArray(networkKey, { maxLength: 3 }),
  fc.dictionary(
    networkKey,
    fc.oneof(
      fc.constant(null),
      fc.record(
        {
          aliases: mostly(fc.array(fc.constantFrom('alias', 'db.local'), { maxLength: 2 })),
          ipv4_address: mostly(fc.constant('172.20.0.5')),
          priority: mostly(fc.integer({ min: -10, max: 1000 }))
        },
        { requiredKeys: [] }
      )
    ),
    { maxKeys: 3 }
  )
)

const networkMode = fc.oneof(
  fc.constantFrom('host', 'none', 'bridge', 'default', 'weird'),
  fc.constantFrom(...SERVICE_NAMES, 'missing').map(s => `service:${s}`),
  fc.constantFrom('proxy-container', 'nope').map(s => `container:${s}`)
)

const environment: fc.Arbitrary<unknown> = fc.oneof(
  fc.dictionary(
    fc.constantFrom('DB_HOST', 'DATABASE_URL', 'REDIS_URL', 'API', 'PLAIN'),
    fc.oneof(
      fc.constantFrom(...SERVICE_NAMES).map(s => `postgres://${s}:5432/app`),
      fc.constantFrom(...SERVICE_NAMES),
      fc.constantFrom(
        '${DB_HOST:-db}',
        '$$literal',
        '${UNSET:?must be set}',
        '${A:-${B:-c}}',
        '${'
      ),
      fc.integer(),
      fc.constant(null)
    ),
    { maxKeys: 3 }
  ),
  fc.array(fc.constantFrom('DB_HOST=db', 'REDIS_URL=redis://cache:6379', 'BARE', '=x'), {
    maxLength: 3
  })
)

const labels: fc.Arbitrary<unknown> = fc.oneof(
  fc.dictionary(
    fc.constantFrom(
      'traefik.enable',
      'traefik.docker.network',
      'traefik.http.routers.r.rule',
      'com.example'
    ),
    fc.oneof(fc.constantFrom('true', 'false', 'front', 'Host(`x`)'), fc.boolean()),
    { maxKeys: 3 }
  ),
  fc.array(fc.constantFrom('traefik.enable=true', 'traefik.docker.network=back', 'plain'), {
    maxLength: 2
  })
)

const extendsValue = fc.oneof(
  fc.constantFrom(...SERVICE_NAMES, 'missing'),
  fc.record(
    {
      service: mostly(fc.constantFrom('base', 'common', ...SERVICE_NAMES, 'missing')),
      file: mostly(fc.constantFrom('common.yml', 'missing.yml', '../outside.yml', '/etc/passwd'))
    },
    { requiredKeys: ['service'] }
  )
)

/** One service: a record of optional attributes (an empty one is legal compose). */
const service = fc.record(
  {
    image: mostly(fc.constantFrom(...IMAGES)),
    ports: mostly(fc.array(fc.oneof(shortPort, longPort), { maxLength: 3 })),
    expose: mostly(fc.array(portNumber, { maxLength: 2 })),
    networks: mostly(serviceNetworks),
    network_mode: mostly(networkMode),
    volumes: mostly(fc.array(volume, { maxLength: 2 })),
    depends_on: mostly(
      fc.oneof(
        fc.uniqueArray(fc.constantFrom(...SERVICE_NAMES, 'missing'), { maxLength: 2 }),
        fc.dictionary(
          fc.constantFrom(...SERVICE_NAMES),
          fc.record({ condition: fc.constantFrom('service_started', 'service_healthy') }),
          { maxKeys: 2 }
        )
      )
    ),
    links: mostly(
      fc.array(fc.constantFrom('db', 'db:database', 'cache:c', 'missing'), { maxLength: 2 })
    ),
    environment: mostly(environment),
    labels: mostly(labels),
    profiles: mostly(fc.array(fc.constantFrom('debug', 'ops'), { maxLength: 2 })),
    extends: extendsValue,
    privileged: mostly(fc.boolean()),
    deploy: mostly(
      fc.record({ mode: fc.constantFrom('replicated', 'global'), labels }, { requiredKeys: [] })
    ),
    'x-tierguard': mostly(
      fc.record(
        {
          tier: mostly(fc.constantFrom('edge', 'app', 'data', 'bogus')),
          ignore: mostly(
            fc.dictionary(
              fc.constantFrom('host-network', 'flat-network'),
              fc.string({ maxLength: 8 }),
              { maxKeys: 1 }
            )
          )
        },
        { requiredKeys: [] }
      )
    )
  },
  { requiredKeys: [] }
)

const network = fc.oneof(
  fc.constant(null),
  fc.record(
    {
      driver: mostly(fc.constantFrom('bridge', 'overlay', 'macvlan', 'host')),
      internal: mostly(fc.boolean()),
      attachable: mostly(fc.boolean()),
      external: mostly(fc.oneof(fc.boolean(), fc.record({ name: fc.constant('infra_shared') }))),
      name: mostly(fc.constantFrom('infra_shared', 'infra_back', 'custom', '${NET:-x}')),
      driver_opts: mostly(
        fc.record(
          {
            'com.docker.network.bridge.enable_icc': fc.constantFrom('true', 'false'),
            encrypted: fc.constantFrom('', 'true')
          },
          { requiredKeys: [] }
        )
      )
    },
    { requiredKeys: [] }
  )
)

/** What a generated compose file holds, before rendering. */
export interface ComposeSpec {
  name?: unknown
  /** Service name -> attributes; `merge` makes it `<<: *common` first, `alias` aliases its networks. */
  services: Array<{ name: string; body: Record<string, unknown>; merge: boolean; alias: boolean }>
  networks?: Record<string, unknown>
  include?: unknown
  common?: Record<string, unknown>
  sharedNetworks?: string[]
}

export const composeSpec: fc.Arbitrary<ComposeSpec> = fc.record(
  {
    name: mostly(fc.constantFrom('shop', 'Infra', '${PROJECT:-app}', '')),
    services: fc.uniqueArray(
      fc.record({
        name: fc.constantFrom(...SERVICE_NAMES),
        body: service,
        merge: fc.boolean(),
        alias: fc.boolean()
      }),
      { maxLength: 6, selector: s => s.name }
    ),
    networks: fc.dictionary(fc.constantFrom(...NETWORK_KEYS), network, { maxKeys: 4 }),
    include: mostly(
      fc.array(
        fc.oneof(
          fc.constantFrom('sub/compose.yaml', 'compose.yaml', 'missing.yaml'),
          fc.record({ path: fc.constantFrom('sub/compose.yaml', 'missing.yaml') })
        ),
        { maxLength: 2 }
      )
    ),
    common: service,
    sharedNetworks: fc.uniqueArray(fc.constantFrom(...NETWORK_KEYS), { maxLength: 2 })
  },
  { requiredKeys: ['services'] }
)

/** Renders a spec as YAML text with an `x-common` anchor merged by `<<` and aliased networks. */
export function renderCompose(spec: ComposeSpec): string {
  const lines: string[] = []
  const flow = (value: unknown) => JSON.stringify(value) ?? 'null'
  if (spec.name !== undefined) lines.push(`name: ${flow(spec.name)}`)
  if (spec.common) lines.push(`x-common: &common ${flow(spec.common)}`)
  if (spec.sharedNetworks) lines.push(`x-networks: &nets ${flow(spec.sharedNetworks)}`)
  if (spec.include !== undefined) lines.push(`include: ${flow(spec.include)}`)
  lines.push('services:')
  for (const s of spec.services) {
    lines.push(`  ${s.name}:`)
    if (s.merge && spec.common) lines.push('    <<: *common')
    for (const [key, value] of Object.entries(s.body)) {
      if (key === 'networks' && s.alias && spec.sharedNetworks) lines.push('    networks: *nets')
      else lines.push(`    ${key}: ${flow(value)}`)
    }
  }
  if (spec.networks) {
    lines.push('networks:')
    for (const [key, value] of Object.entries(spec.networks)) lines.push(`  ${key}: ${flow(value)}`)
  }
  return lines.join('\n') + '\n'
}

/** A repository: files by path. */
export type Repo = Record<string, string | Uint8Array>

/** A compose repository of up to two projects with overrides, `extends` and `include` targets. */
export const composeRepo: fc.Arbitrary<Repo> = fc
  .record(
    {
      base: composeSpec,
      override: composeSpec,
      common: composeSpec,
      included: composeSpec,
      second: composeSpec,
      env: fc.array(
        fc.constantFrom(
          'BIND=0.0.0.0',
          'BIND=127.0.0.1',
          'IMAGE=postgres',
          'PROJECT=Fancy Name',
          'DB_HOST=cache',
          'NET=infra_shared',
          'export A=${B:-x}',
          'broken line',
          "Q='unterminated"
        ),
        { maxLength: 5 }
      )
    },
    { requiredKeys: ['base'] }
  )
  .map(r => {
    const repo: Repo = { 'app/compose.yaml': renderCompose(r.base) }
    if (r.override) repo['app/compose.override.yaml'] = renderCompose(r.override)
    if (r.common) repo['app/common.yml'] = renderCompose(r.common)
    if (r.included) repo['app/sub/compose.yaml'] = renderCompose(r.included)
    if (r.second) repo['infra/docker-stack.yml'] = renderCompose(r.second)
    if (r.env) repo['app/.env'] = r.env.join('\n') + '\n'
    return repo
  })

/** Text of a generated compose file with random damage: cut, spliced or sprinkled with noise. */
export const damagedRepo: fc.Arbitrary<Repo> = fc
  .tuple(
    composeSpec,
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.oneof(
          fc.constantFrom(
            '\n',
            ':',
            '- ',
            '&a ',
            '*a',
            '<<: *a\n',
            '"',
            "'",
            '{',
            '[',
            '\t',
            '#',
            '\ufeff',
            '---\n',
            '${',
            '? ',
            '!!binary '
          ),
          fc.string({ maxLength: 6, unit: 'binary' })
        ),
        fc.nat({ max: 4 })
      ),
      { minLength: 1, maxLength: 6 }
    )
  )
  .map(([spec, edits]) => {
    let text = renderCompose(spec)
    for (const [at, insert, remove] of edits) {
      const pos = text.length === 0 ? 0 : at % text.length
      text = text.slice(0, pos) + insert + text.slice(pos + remove)
    }
    return { 'app/compose.yaml': text }
  })

/** Random bytes under compose names: sometimes text, sometimes binary. */
export const bytesRepo: fc.Arbitrary<Repo> = fc
  .tuple(
    fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      fc.string({ maxLength: 512, unit: 'binary' }).map(s => new TextEncoder().encode(s)),
      fc.string({ maxLength: 512, unit: 'grapheme-ascii' }).map(s => new TextEncoder().encode(s))
    ),
    fc.constantFrom(
      'compose.yaml',
      'docker-compose.yml',
      'docker-stack.yml',
      'compose.override.yaml'
    )
  )
  .map(([bytes, name]) => ({ [`junk/${name}`]: bytes }))
