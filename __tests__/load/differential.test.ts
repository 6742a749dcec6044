/**
 * tierguard's loader against Debian's `docker-compose` 1.29 (`docker-compose config`, which
 * needs no engine), on the fixtures of `fixtures/differential/`: both must agree on services,
 * images, environment, networks, aliases, `network_mode` and ports. `.ci/run` installs
 * docker-compose; on a machine without it this suite says so and does not run.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { silentLogger } from '../../src/core/logger.js'
import { ParsedFileCache } from '../../src/load/file-cache.js'
import { loadProject } from '../../src/load/load-project.js'
import type { Project } from '../../src/model/types.js'

const ROOT = path.resolve('fixtures/differential')
const CASES = readdirSync(ROOT, { withFileTypes: true })
  .filter(e => e.isDirectory())
  .map(e => e.name)
  .sort()
const available = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0
if (!available)
  console.warn('docker-compose 1.29 is not installed: the differential suite does not run')

/** What both tools must agree on, in one comparable shape. */
interface Normalised {
  services: Record<
    string,
    {
      image?: string
      environment: Record<string, string>
      networks: Record<string, string[]>
      networkMode?: string
      ports: string[]
    }
  >
  networks: Record<string, { external: boolean; name?: string; internal: boolean }>
}

/** `host_ip|published|target/protocol`, one per port, ranges expanded (1.29 expands them). */
function portKeys(hostIp: string, published: string, target: string, protocol: string): string[] {
  const [t0, t1] = target.split('-').map(Number)
  const [p0, p1] = published === '' ? [NaN, NaN] : published.split('-').map(Number)
  const keys: string[] = []
  for (let i = 0; i <= (t1 ?? t0!) - t0!; i++) {
    const pub = Number.isNaN(p0!) ? '' : String(p0! + (p1 === undefined && i > 0 ? 0 : i))
    keys.push(`${hostIp}|${pub}|${t0! + i}/${protocol}`)
  }
  return keys
}

function fromTierguard(project: Project): Normalised {
  const services: Normalised['services'] = {}
  for (const s of project.services) {
    const environment: Record<string, string> = {}
    // Values from `environment` win over `env_file`, whatever their order in the model.
    for (const e of [
      ...s.environment.filter(e => e.fromEnvFile),
      ...s.environment.filter(e => !e.fromEnvFile)
    ]) {
      if (e.value !== undefined) environment[e.name] = e.value
    }
    const networks: Record<string, string[]> = {}
    for (const a of s.networks)
      if (!a.implicit) networks[a.network] = a.aliases.map(x => x.value).sort()
    const mode = s.networkMode
    services[s.name] = {
      ...(s.image ? { image: s.image.value } : {}),
      environment,
      networks,
      ...(mode
        ? {
            networkMode:
              mode.kind === 'service' || mode.kind === 'container'
                ? `${mode.kind}:${mode.target}`
                : mode.kind === 'other'
                  ? mode.value
                  : mode.kind
          }
        : {}),
      ports: s.ports
        .flatMap(p => portKeys(p.hostIp ?? '', p.published ?? '', p.target, p.protocol))
        .sort()
    }
  }
  const networks: Normalised['networks'] = {}
  for (const n of project.networks) {
    if (n.implicit) continue
    networks[n.key] = {
      external: n.external,
      ...(n.external || n.realName !== `${project.name}_${n.key}` ? { name: n.realName } : {}),
      internal: n.internal?.value === true
    }
  }
  return { services, networks }
}

type ComposePort =
  string | { target: number; published?: number | string; protocol?: string; host_ip?: string }

/** The part of `docker-compose config` output the comparison reads. */
interface ComposeConfig {
  services?: Record<
    string,
    {
      image?: string
      environment?: Record<string, unknown>
      networks?: Record<string, { aliases?: string[] } | null>
      network_mode?: string
      ports?: ComposePort[]
    }
  >
  networks?: Record<string, { external?: boolean; name?: string; internal?: boolean } | null>
}

function fromDockerCompose(config: ComposeConfig): Normalised {
  const unescape = (v: unknown) => String(v).replace(/\$\$/g, '$')
  const services: Normalised['services'] = {}
  for (const [name, s] of Object.entries(config.services ?? {})) {
    const environment: Record<string, string> = {}
    for (const [k, v] of Object.entries(s.environment ?? {}))
      if (v !== null) environment[k] = unescape(v)
    const networks: Record<string, string[]> = {}
    for (const [k, v] of Object.entries(s.networks ?? {}))
      networks[k] = [...(v?.aliases ?? [])].sort()
    const ports = (s.ports ?? []).flatMap(p => {
      if (typeof p !== 'string') {
        return portKeys(
          p.host_ip ?? '',
          p.published === undefined ? '' : String(p.published),
          String(p.target),
          p.protocol ?? 'tcp'
        )
      }
      // `IP:published:target/proto`, IP possibly IPv6 without brackets: read from the right.
      const [spec, protocol = 'tcp'] = p.split('/')
      const parts = spec!.split(':')
      const target = parts.pop()!
      const published = parts.pop() ?? ''
      return portKeys(parts.join(':'), published, target, protocol)
    })
    services[name] = {
      ...(s.image !== undefined ? { image: unescape(s.image) } : {}),
      environment,
      networks,
      ...(s.network_mode !== undefined ? { networkMode: s.network_mode } : {}),
      ports: ports.sort()
    }
  }
  const networks: Normalised['networks'] = {}
  for (const [k, n] of Object.entries(config.networks ?? {})) {
    networks[k] = {
      external: n?.external === true,
      ...(n?.name !== undefined ? { name: n.name } : {}),
      internal: n?.internal === true
    }
  }
  return { services, networks }
}

function composeFiles(dir: string): string[] {
  const names = readdirSync(path.join(ROOT, dir))
  return ['docker-compose.yml', 'docker-compose.override.yml'].filter(n => names.includes(n))
}

;(available ? describe : describe.skip)('loader agrees with docker-compose 1.29 config', () => {
  it.each(CASES)('%s', dir => {
    const files = composeFiles(dir)
    const out = execFileSync('docker-compose', files.flatMap(f => ['-f', f]).concat(['config']), {
      cwd: path.join(ROOT, dir),
      encoding: 'utf8',
      // Only the project's own .env and files: no variables from the test's environment.
      env: { PATH: process.env.PATH ?? '' }
    })
    const cache = new ParsedFileCache({ baseDir: ROOT })
    const project = loadProject(
      { files: files.map(f => `${dir}/${f}`), directory: dir, kind: 'compose' },
      cache,
      { env: {}, logger: silentLogger }
    )
    expect(project.diagnostics.filter(d => d.severity === 'error')).toEqual([])
    expect(fromTierguard(project)).toEqual(fromDockerCompose(parse(out) as ComposeConfig))
  })
})
