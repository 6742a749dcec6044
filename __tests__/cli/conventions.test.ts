/**
 * The CLI's conventions as a user meets them, run in-process on fake streams: standard input
 * (`scan -`), `--format gitlab`, colour by flag, `NO_COLOR`, `FORCE_COLOR` and terminal,
 * case-insensitive values, and help and errors that link to the documentation by absolute URL.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { PassThrough, Readable } from 'node:stream'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parseCommandLine } from '../../src/cli/args.js'
import { runCli, shouldColor } from '../../src/cli/main.js'
import { silentLogger } from '../../src/core/logger.js'
import { scan } from '../../src/scan.js'
import { validateGitLabReport } from '../helpers/gitlab-code-quality.js'

const root = path.resolve(import.meta.dirname, '../..')

const PUBLISHED_REDIS = `services:
  cache:
    image: redis:7
    command: redis-server --requirepass "\${REDIS_PASSWORD}"
    ports:
      - "6379:6379"
`

interface RunOptions {
  stdin?: string
  env?: NodeJS.ProcessEnv
  stdoutIsTTY?: boolean
  cwd?: string
}

async function cli(args: string[], options: RunOptions = {}) {
  const stdout = Object.assign(new PassThrough(), { isTTY: options.stdoutIsTTY ?? false })
  const stderr = Object.assign(new PassThrough(), { isTTY: false })
  let out = ''
  let err = ''
  stdout.on('data', chunk => (out += String(chunk)))
  stderr.on('data', chunk => (err += String(chunk)))
  const code = await runCli(args, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    ...(options.stdin === undefined ? {} : { stdin: Readable.from([options.stdin]) }),
    cwd: options.cwd ?? root,
    env: options.env ?? {}
  })
  return { code, stdout: out, stderr: err }
}

describe('tierguard scan -', () => {
  it('reads one compose file from standard input and reports it as <stdin>', async () => {
    const { code, stdout, stderr } = await cli(['scan', '-'], { stdin: PUBLISHED_REDIS })
    expect(stderr).toBe('')
    expect(code).toBe(1)
    expect(stdout.split('\n')[0]).toMatch(
      /^<stdin>:6:9 high `cache` \(Redis\) publishes `6379:6379` on every interface .* \[data-port-published\]$/
    )
    expect(stdout).toContain('1 file scanned.')
  })

  it('reports it under --stdin-filename, which the configuration overrides then match', async () => {
    const project = mkdtempSync(path.join(tmpdir(), 'tierguard-stdin-config-'))
    writeFileSync(
      path.join(project, '.tierguard.yml'),
      'overrides:\n  - files: ["deploy/**"]\n    rules: { data-port-published: low }\n'
    )
    const { code, stdout } = await cli(
      ['scan', '-', '--stdin-filename', 'deploy/compose.yaml', '-f', 'json'],
      { stdin: PUBLISHED_REDIS, cwd: project }
    )
    rmSync(project, { recursive: true, force: true })
    const report = JSON.parse(stdout) as {
      files: { path: string }[]
      findings: {
        ruleId: string
        severity: string
        location: { file: string; startLine: number }
      }[]
    }
    expect(report.files.map(f => f.path)).toEqual(['deploy/compose.yaml'])
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'data-port-published',
        severity: 'low',
        location: expect.objectContaining({ file: 'deploy/compose.yaml', startLine: 6 })
      })
    ])
    expect(code).toBe(0)
  })

  it('names the project after the working folder, as compose does, so runs are identical', async () => {
    const project = mkdtempSync(path.join(tmpdir(), 'tierguard-stdin-name-'))
    const run = () =>
      cli(['scan', '-', '-f', 'gitlab', '--fail-on', 'none'], {
        stdin: PUBLISHED_REDIS,
        cwd: project
      })
    const [first, second] = [await run(), await run()]
    expect(first.stdout).toBe(second.stdout)
    const json = await cli(['scan', '-', '-f', 'json', '--fail-on', 'none'], {
      stdin: PUBLISHED_REDIS,
      cwd: project
    })
    rmSync(project, { recursive: true, force: true })
    const report = JSON.parse(json.stdout) as { projects: { name: string }[] }
    expect(report.projects.map(p => p.name)).toEqual([path.basename(project).toLowerCase()])
  })

  it('tells a user at a terminal that it is waiting for standard input', async () => {
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    let err = ''
    stderr.on('data', chunk => (err += String(chunk)))
    const stdin = Object.assign(Readable.from([PUBLISHED_REDIS]), { isTTY: true })
    const code = await runCli(['scan', '-', '-q'], {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: stderr as unknown as NodeJS.WriteStream,
      stdin,
      cwd: root,
      env: {}
    })
    expect(code).toBe(1)
    expect(err).toBe('Reading a compose file from standard input; end it with Ctrl-D.\n')
  })

  it('says what is wrong with the input instead of failing, for YAML that does not parse', async () => {
    const { code, stdout } = await cli(['-', '--fail-on', 'none'], {
      stdin: 'services:\n  db: [\n'
    })
    expect(code).toBe(0)
    expect(stdout).toMatch(/^<stdin>:\d+:\d+ error .*\[yaml-syntax\]$/m)
  })

  it('refuses `-` with other paths, a stdin name that leaves its folder, and no stdin', async () => {
    expect(() => parseCommandLine(['scan', '-', 'fixtures'])).toThrow(
      '`-` reads one compose file from standard input and cannot be combined with other paths'
    )
    for (const name of ['../compose.yaml', '/etc/compose.yaml', 'a//b.yml', 'C:\\x.yml']) {
      expect(() => parseCommandLine(['scan', '-', '--stdin-filename', name])).toThrow(
        `--stdin-filename takes a relative path such as \`deploy/compose.yaml\`, got \`${name}\``
      )
    }
    expect(() => parseCommandLine(['scan', 'fixtures', '--stdin-filename', 'x.yml'])).toThrow(
      '--stdin-filename names standard input: scan `-` with it'
    )
    const tooLong = `${'a'.repeat(300)}.yml`
    expect(
      await cli(['scan', '-', '--stdin-filename', tooLong], { stdin: 'services: {}\n' })
    ).toEqual({
      code: 2,
      stdout: '',
      stderr: `tierguard: standard input cannot be named \`${tooLong}\` here (ENAMETOOLONG): choose another name with --stdin-filename\n`
    })
    expect(await cli(['scan', '-'])).toMatchObject({
      code: 2,
      stderr: 'tierguard: `-` reads standard input, which is not available here\n'
    })
  })
})

describe('--format gitlab', () => {
  it('writes GitLab code quality JSON for a folder and for standard input', async () => {
    const folder = await cli(['fixtures/examples/shop-flat', '--format', 'gitlab'])
    expect(folder.code).toBe(1)
    const issues = JSON.parse(folder.stdout)
    expect(validateGitLabReport(issues)).toEqual([])
    expect(issues).toContainEqual(
      expect.objectContaining({
        check_name: 'docker-socket-mounted',
        severity: 'critical',
        location: { path: 'fixtures/examples/shop-flat/compose.yaml', lines: { begin: 10 } }
      })
    )
    const piped = await cli(['scan', '-', '-f', 'gitlab'], { stdin: PUBLISHED_REDIS })
    expect(JSON.parse(piped.stdout)).toEqual([
      expect.objectContaining({ location: { path: '<stdin>', lines: { begin: 6 } } })
    ])
  })
})

describe('machine-readable reports on a terminal', () => {
  // A service name with a C1 control (U+009B, a one-character CSI) and a bidi override.
  const HOSTILE =
    'services:\n  "db\\u009b2J\\u202e":\n    image: postgres:16\n    ports: ["5432:5432"]\n'
  const name = 'db\u009b2J\u202e'
  const ACTIVE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

  it('keep parsing to the same value, with \\u escapes instead of raw controls', async () => {
    for (const format of ['json', 'sarif', 'gitlab']) {
      const shown = await cli(['scan', '-', '-f', format, '--fail-on', 'none'], {
        stdin: HOSTILE,
        stdoutIsTTY: true
      })
      expect({ format, raw: ACTIVE.test(shown.stdout) }).toEqual({ format, raw: false })
      expect(shown.stdout).toContain('db\\u009b2J\\u202e')
      expect(JSON.stringify(JSON.parse(shown.stdout))).toContain(name)
    }
  })

  it('show Markdown with visible escapes, and leave piped JSON as it is', async () => {
    const markdown = await cli(['scan', '-', '-f', 'markdown', '--fail-on', 'none'], {
      stdin: HOSTILE,
      stdoutIsTTY: true
    })
    expect(markdown.stdout).not.toMatch(ACTIVE)
    expect(markdown.stdout).toContain('\\x9b2J\\u202e')
    const piped = await cli(['scan', '-', '-f', 'json', '--fail-on', 'none'], { stdin: HOSTILE })
    expect(piped.stdout).toContain(name)
  })
})

describe('values are case-insensitive', () => {
  it('takes --fail-on HIGH and --format JSON as their lower-case selves', async () => {
    expect(parseCommandLine(['--fail-on', 'HIGH', '--format', 'JSON'])).toMatchObject({
      failOn: 'high',
      format: 'json'
    })
    expect(parseCommandLine(['rules', '-f', 'Json'])).toEqual({ command: 'rules', format: 'json' })
    // platform's worst finding is high: `Critical` must not block it, `HIGH` must.
    expect((await cli(['fixtures/examples/platform', '--fail-on', 'Critical'])).code).toBe(0)
    expect((await cli(['fixtures/examples/platform', '--fail-on', 'HIGH'])).code).toBe(1)
  })
})

describe('colour', () => {
  const shopFlat = ['fixtures/examples/shop-flat', '-q']
  const hasEscape = (text: string) => text.includes('\u001b')

  it('is on for a terminal, off for a pipe', async () => {
    expect(hasEscape((await cli(shopFlat, { stdoutIsTTY: true })).stdout)).toBe(true)
    expect(hasEscape((await cli(shopFlat, { stdoutIsTTY: false })).stdout)).toBe(false)
  })

  it('is off on a terminal with NO_COLOR or TERM=dumb, on in a pipe with FORCE_COLOR', async () => {
    expect(
      hasEscape((await cli(shopFlat, { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout)
    ).toBe(false)
    expect(
      hasEscape((await cli(shopFlat, { stdoutIsTTY: true, env: { TERM: 'dumb' } })).stdout)
    ).toBe(false)
    expect(hasEscape((await cli(shopFlat, { env: { FORCE_COLOR: '1' } })).stdout)).toBe(true)
  })

  it('follows the flags over the environment, and FORCE_COLOR over NO_COLOR', () => {
    expect(shouldColor(true, { NO_COLOR: '1' }, false)).toBe(true)
    expect(shouldColor(false, { FORCE_COLOR: '1' }, true)).toBe(false)
    expect(shouldColor(undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true)
    expect(shouldColor(undefined, { FORCE_COLOR: '0' }, true)).toBe(false)
    expect(shouldColor(undefined, { FORCE_COLOR: 'false' }, true)).toBe(false)
    // Empty values count as unset, as both conventions say.
    expect(shouldColor(undefined, { NO_COLOR: '' }, true)).toBe(true)
    expect(shouldColor(undefined, { FORCE_COLOR: '' }, false)).toBe(false)
  })

  it('never colours the machine-readable formats', async () => {
    for (const format of ['json', 'gitlab', 'markdown']) {
      const { stdout } = await cli([...shopFlat, '-f', format], {
        stdoutIsTTY: true,
        env: { FORCE_COLOR: '1' }
      })
      expect(hasEscape(stdout)).toBe(false)
    }
  })
})

describe('messages fit the shell that shows them', () => {
  it('tells a CLI user to pass an unset variable with --env, never an action input', async () => {
    const { stdout } = await cli(['scan', '-', '-f', 'json', '--fail-on', 'none'], {
      stdin: PUBLISHED_REDIS
    })
    const notes = (JSON.parse(stdout) as { diagnostics: { code: string; message: string }[] })
      .diagnostics
    expect(notes).toEqual([
      expect.objectContaining({
        code: 'unset-variable',
        message:
          'variable `REDIS_PASSWORD` is not set; it was resolved to an empty string as compose does. ' +
          'Pass it with `--env NAME=VALUE`, set it under `env` in `.tierguard.yml`, or in a `.env` file to analyse the real value'
      })
    ])
    expect(stdout).not.toMatch(/action/i)
  })

  it('names only what every shell reads when the caller says nothing', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tierguard-unset-'))
    writeFileSync(path.join(folder, 'compose.yaml'), PUBLISHED_REDIS)
    const result = await scan({ baseDir: folder, logger: silentLogger })
    rmSync(folder, { recursive: true, force: true })
    expect(result.diagnostics.map(d => d.message)).toEqual([
      expect.stringMatching(
        /Set it under `env` in `\.tierguard\.yml` or in a `\.env` file to analyse the real value$/
      )
    ])
  })
})

describe('links in help and errors', () => {
  it('are absolute URLs of the docs, usable from an installed package', async () => {
    const help = (await cli(['--help'])).stdout
    const links = help.match(/\S*docs\/\S*/g) ?? []
    expect(links.length).toBeGreaterThanOrEqual(3)
    for (const link of links) {
      expect(link).toMatch(
        /^https:\/\/github\.com\/tierguard\/tierguard\/blob\/main\/docs\/[\w/.-]+\.md$/
      )
    }
    const bad = await cli(['--frmat', 'json'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(
      'Run `tierguard --help` for usage, or see https://github.com/tierguard/tierguard/blob/main/docs/cli.md.'
    )
  })

  it('lead to pages that exist in the repository', async () => {
    const help = (await cli(['--help'])).stdout
    for (const [, page] of help.matchAll(/blob\/main\/(docs\/[\w/.-]+\.md)/g)) {
      expect({ page, exists: existsSync(path.join(root, page!)) }).toEqual({ page, exists: true })
    }
  })
})
