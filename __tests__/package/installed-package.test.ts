/**
 * The npm package as a user installs it: `npm pack`, then `npm install --global` of the tarball
 * into an empty prefix with an empty cache, offline and with the registry pointed at a closed
 * loopback port (nothing may download: the package has no dependencies), then the installed
 * `tierguard` on a fixture, on standard input with `--format gitlab`, and under a
 * pseudo-terminal (`script` from util-linux) with and without `NO_COLOR`.
 *
 * It packs the working tree's `dist/`: CI runs `npm run package` before the tests.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { validateGitLabReport } from '../helpers/gitlab-code-quality.js'

const root = path.resolve(import.meta.dirname, '../..')
const shopFlat = path.join(root, 'fixtures/examples/shop-flat')

let work: string
let tarball: string
let packedFiles: string[]
let bin: string

/** The environment of a user's shell: no colour settings inherited from the test runner. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color', ...extra }
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS', 'TIERGUARD_TIMINGS']) {
    if (!(key in extra)) delete env[key]
  }
  return env
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: userEnv({
      // Anything that tried to download would meet a closed port on loopback.
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_cache: path.join(work, 'cache'),
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false'
    })
  })
}

function runInstalled(
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {}
): SpawnSyncReturns<string> {
  return spawnSync(bin, args, {
    cwd: work,
    encoding: 'utf8',
    input: options.input,
    env: options.env ?? userEnv()
  })
}

/** Runs the installed CLI with a pseudo-terminal as its standard output and error. */
function runUnderPty(
  args: string[],
  env: NodeJS.ProcessEnv
): { code: number | null; output: string } {
  const quoted = [bin, ...args].map(a => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
  const r = spawnSync('script', ['-qec', quoted, '/dev/null'], {
    cwd: work,
    encoding: 'utf8',
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  if (r.error) throw r.error
  return { code: r.status, output: r.stdout + r.stderr }
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'tierguard-package-'))
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root)) as {
    filename: string
    files: { path: string }[]
  }[]
  tarball = path.join(work, packed[0]!.filename)
  packedFiles = packed[0]!.files.map(f => f.path).sort()
  const prefix = path.join(work, 'prefix')
  npm(['install', '--global', '--prefix', prefix, tarball], work)
  bin = path.join(prefix, 'bin', 'tierguard')
}, 120_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the npm package', () => {
  it('ships the bundle, the docs and the schema, and no tests, fixtures or sources', () => {
    for (const file of [
      'dist/cli.js',
      'dist/package.json',
      'dist/licenses.txt',
      'docs/cli.md',
      'docs/pre-commit.md',
      'docs/gitlab.md',
      'docs/rules/README.md',
      'tierguard.schema.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'package.json'
    ]) {
      expect(packedFiles).toContain(file)
    }
    const unwanted = packedFiles.filter(f => /^(__tests__|fixtures|src|scripts|\.)/.test(f))
    expect(unwanted).toEqual([])
  })

  it('installs offline into an empty prefix, with nothing beside itself', () => {
    expect(existsSync(bin)).toBe(true)
    const modules = path.join(work, 'prefix', 'lib', 'node_modules')
    expect(readdirSync(modules)).toEqual(['tierguard'])
    expect(existsSync(path.join(modules, 'tierguard', 'node_modules'))).toBe(false)
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(runInstalled(['--version']).stdout).toBe(`tierguard ${manifest.version}\n`)
  })

  it('scans a fixture and exits 1 on its high findings', () => {
    const r = runInstalled(['scan', shopFlat])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(1)
    // Paths are relative to the working folder, which is not the repository here.
    expect(r.stdout).toMatch(
      /^\S*fixtures\/examples\/shop-flat\/compose\.yaml:29:9 high `db` \(PostgreSQL\) publishes `5432:5432`.* \[data-port-published\]$/m
    )
  })

  it('reads standard input and writes GitLab code quality JSON that GitLab takes', () => {
    const r = runInstalled(['scan', '-', '--format', 'gitlab', '--fail-on', 'none'], {
      input: readFileSync(path.join(shopFlat, 'compose.yaml'), 'utf8')
    })
    expect(r.status).toBe(0)
    const issues = JSON.parse(r.stdout) as { check_name: string; location: unknown }[]
    expect(validateGitLabReport(issues)).toEqual([])
    expect(issues).toContainEqual(
      expect.objectContaining({
        check_name: 'data-port-published',
        location: { path: '<stdin>', lines: { begin: 29 } }
      })
    )
  })

  it('writes no escape sequence at all to a terminal when NO_COLOR is set', () => {
    // The control: the same run on the same pseudo-terminal without NO_COLOR is coloured.
    const coloured = runUnderPty(['scan', shopFlat], userEnv())
    expect(coloured.code).toBe(1)
    // eslint-disable-next-line no-control-regex
    expect(coloured.output).toMatch(/\u001b\[\d+m/)

    const plain = runUnderPty(['scan', shopFlat], userEnv({ NO_COLOR: '1' }))
    expect(plain.code).toBe(1)
    expect(plain.output).toContain('[data-port-published]')
    expect(plain.output).not.toContain('\u001b')
    expect(plain.output).not.toContain('\u009b')
  })

  it('prints help with links that work outside the repository', () => {
    const help = runInstalled(['--help']).stdout
    expect(help).toContain('https://github.com/tierguard/tierguard/blob/main/docs/cli.md')
    expect(help).not.toMatch(/(^|\s)docs\//m)
  })
})
