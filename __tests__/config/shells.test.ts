/**
 * The shells accept the configuration: the CLI's `--config` and default `.tierguard.yml`, and
 * the job summary's list of suppressed findings. The action's `config` input is tested with
 * the other inputs (__tests__/action/inputs.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { buildSummary } from '../../src/report/job-summary.js'
import { parseCommandLine } from '../../src/cli/args.js'
import { runCli } from '../../src/cli/main.js'
import { makeFinding, makeScanResult, makeWebStack, span } from '../helpers/scan-result.js'

const root = path.resolve(import.meta.dirname, '../..')

async function cli(args: string[], cwd: string) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', chunk => (out += String(chunk)))
  stderr.on('data', chunk => (err += String(chunk)))
  const code = await runCli(args, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    cwd
  })
  return { code, stdout: out, stderr: err }
}

describe('CLI configuration', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tierguard-cli-config-'))
    cpSync(path.join(root, 'fixtures/config/settings'), dir, { recursive: true })
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('parses --config and -c', () => {
    expect(parseCommandLine(['scan', '--config', 'ci/tierguard.yml'])).toMatchObject({
      command: 'scan',
      config: 'ci/tierguard.yml'
    })
    expect(parseCommandLine(['-c', 'x.yml'])).toMatchObject({ config: 'x.yml' })
    expect(parseCommandLine([])).toMatchObject({ config: undefined })
  })

  it('reads .tierguard.yml in the base directory by default', async () => {
    // The fixture's paths name its place in the repository; here the copy is the base.
    writeFileSync(
      path.join(dir, '.tierguard.yml'),
      'tiers:\n  services:\n    gateway: edge\nrules:\n  data-reachable-from-edge: medium\n'
    )
    const { code, stdout } = await cli(['--format', 'json', '--fail-on', 'high', '-q'], dir)
    const report = JSON.parse(stdout) as { findings: { ruleId: string; severity: string }[] }
    expect(
      report.findings.filter(f => f.ruleId === 'data-reachable-from-edge').map(f => f.severity)
    ).toEqual(['medium'])
    // What is left at high: the dev file's published port and the vendored socket.
    expect(code).toBe(1)
  })

  it('takes --config relative to the current folder, and its severities decide the exit code', async () => {
    writeFileSync(
      path.join(dir, 'strict.yml'),
      'rules:\n  data-port-published: low\n  docker-socket-mounted: off\n'
    )
    const { code, stderr } = await cli(['--config', 'strict.yml', '-q'], dir)
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('exits 2 with every problem of an invalid configuration', async () => {
    writeFileSync(path.join(dir, 'bad.yml'), 'rules:\n  flat-netwrk: off\nexclud: []\n')
    const { code, stdout, stderr } = await cli(['--config', 'bad.yml'], dir)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      'tierguard: The configuration file `bad.yml` is not valid (2 problems):\n' +
        '  bad.yml:2:3: `rules.flat-netwrk`: unknown rule; did you mean `flat-network`?\n' +
        '  bad.yml:3:1: `exclud`: unknown key; did you mean `exclude`?\n' +
        'See https://github.com/tierguard/tierguard/blob/main/docs/configuration.md for every key and its values.\n'
    )
  })

  it('exits 2 when --config names no file', async () => {
    const { code, stderr } = await cli(['--config', 'missing.yml'], dir)
    expect(code).toBe(2)
    expect(stderr).toContain('does not exist or is not a file')
  })
})

describe('job summary', () => {
  it('lists suppressed findings with their justification, apart from the counts', () => {
    const markdown = buildSummary({
      result: makeScanResult({
        ...makeWebStack(),
        findings: [
          makeFinding({ location: span('compose.yaml', 14, 9) }),
          makeFinding({
            ruleId: 'flat-network',
            severity: 'medium',
            location: span('compose.yaml', 40, 3),
            suppression: {
              kind: 'inSource',
              justification: 'one network until Q3 | tracked',
              span: span('compose.yaml', 39, 5)
            }
          })
        ]
      }),
      failOn: 'high',
      serverUrl: 'https://github.com',
      uploadStatus: 'skipped',
      sarifFile: 'tierguard.sarif'
    })
    expect(markdown).toContain(
      '### Suppressed findings\n\nNot counted and not blocking; they stay in the SARIF with their justification.\n\n' +
        '| Severity | Rule | Location | Justification | Suppressed by |\n| --- | --- | --- | --- | --- |\n' +
        '| medium | `flat-network` | <code>compose.yaml&#58;40</code> | one network until Q3 &#124; tracked | in source, compose.yaml&#58;39 |'
    )
    expect(markdown).toContain('1 suppressed finding not counted.')
  })
})
