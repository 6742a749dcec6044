/**
 * Variable names are the user's: `__proto__`, `constructor` and `toString` are names like any
 * other, whether they come from `-e`, the project's `.env`, an env file the config names, or the
 * config's `env`. Each is kept and resolved, and an unset one takes its default.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseCommandLine } from '../../src/cli/args.js'
import { loadConfig } from '../../src/config/load-config.js'
import { silentLogger } from '../../src/core/logger.js'
import { interpolateString } from '../../src/load/interpolate.js'
import { parseEnvFile } from '../../src/load/env-file.js'
import { scan, type ScanOptions } from '../../src/scan.js'

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty']

/** A compose file whose service `app` sets `V_<name>` from `${<name>:-unset}` for each name. */
const COMPOSE =
  'services:\n  app:\n    image: "app:${constructor:-unset}"\n    environment:\n' +
  NAMES.map(name => `      V_${name}: "\${${name}:-unset}"\n`).join('')

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

/** A temporary project folder holding `files` (name to text). */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tierguard-env-proto-'))
  folders.push(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

/** The image and the `V_*` environment of service `app` after a scan of `dir`. */
async function resolved(dir: string, options: Partial<ScanOptions> = {}) {
  const result = await scan({ baseDir: dir, logger: silentLogger, ...options })
  const app = result.projects[0]?.services.find(s => s.name === 'app')
  return {
    image: app?.image?.value,
    environment: Object.fromEntries(app?.environment.map(e => [e.name, e.value]) ?? [])
  }
}

const SET = {
  image: 'app:c',
  environment: {
    V___proto__: 'p',
    V_constructor: 'c',
    V_toString: 't',
    V_hasOwnProperty: 'h'
  }
}

const UNSET = {
  image: 'app:unset',
  environment: {
    V___proto__: 'unset',
    V_constructor: 'unset',
    V_toString: 'unset',
    V_hasOwnProperty: 'unset'
  }
}

describe('variables named like Object.prototype members', () => {
  it('resolve to their default when nobody set them', async () => {
    expect(await resolved(project({ 'compose.yaml': COMPOSE }))).toEqual(UNSET)
    expect(interpolateString('${constructor:-unset}', () => undefined).value).toBe('unset')
  })

  it('are kept from -e and resolved', async () => {
    const args = parseCommandLine([
      'scan',
      '-e',
      '__proto__=p',
      '-e',
      'constructor=c',
      '-e',
      'toString=t',
      '-e',
      'hasOwnProperty=h'
    ])
    if (args.command !== 'scan') throw new Error('expected the scan command')
    expect(Object.entries(args.env)).toEqual([
      ['__proto__', 'p'],
      ['constructor', 'c'],
      ['toString', 't'],
      ['hasOwnProperty', 'h']
    ])
    const dir = project({ 'compose.yaml': COMPOSE })
    expect(await resolved(dir, { env: args.env })).toEqual(SET)
  })

  it('are kept from the project .env and resolved', async () => {
    const dotenv = '__proto__=p\nconstructor=c\ntoString=t\nhasOwnProperty=h\n'
    expect(await resolved(project({ 'compose.yaml': COMPOSE, '.env': dotenv }))).toEqual(SET)
  })

  it('are kept from the config env and from the env files it names, and resolved', async () => {
    const dir = project({
      'compose.yaml': COMPOSE,
      'vars.env': 'toString=t\nhasOwnProperty=h\n',
      '.tierguard.yml':
        'env:\n  __proto__: p\n  constructor: c\n' +
        'projects:\n  - files: [compose.yaml]\n    env_files: [vars.env]\n'
    })
    const config = loadConfig({ baseDir: dir })
    expect(Object.entries(config?.env ?? {})).toEqual([
      ['__proto__', 'p'],
      ['constructor', 'c']
    ])
    expect(await resolved(dir, { config })).toEqual(SET)
  })

  it('are looked up in the caller environment by a bare KEY line of an env file', () => {
    const given = new Map([
      ['constructor', 'from the caller'],
      ['__proto__', 'proto from the caller']
    ])
    const parsed = parseEnvFile(
      'vars.env',
      'constructor\n__proto__\ntoString\nA=${hasOwnProperty:-d}${valueOf}\n',
      name => given.get(name)
    )
    // A bare name nobody set is not defined, as compose leaves it out.
    expect(parsed.entries.map(e => [e.key, e.value])).toEqual([
      ['constructor', 'from the caller'],
      ['__proto__', 'proto from the caller'],
      ['A', 'd']
    ])
  })
})
