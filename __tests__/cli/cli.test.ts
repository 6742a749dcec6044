/**
 * The CLI as a user meets it: the bundled `dist/cli.js` run as a child process (CI rebuilds
 * dist/ before the tests, and fails when it differs from what is committed).
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { RULES } from '../../src/rules/registry.js'

const root = path.resolve(import.meta.dirname, '../..')
const cli = path.join(root, 'dist', 'cli.js')

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('node dist/cli.js', () => {
  it('scans the examples, prints file:line:col findings, and exits 1 on high findings', () => {
    const { code, stdout } = run(['scan', 'fixtures/examples/shop-flat'])
    expect(code).toBe(1)
    const lines = stdout.split('\n')
    expect(lines).toContain(
      "fixtures/examples/shop-flat/compose.yaml:29:9 high `db` (PostgreSQL) publishes `5432:5432` on every interface of the host: anyone who can reach the host can connect to PostgreSQL directly, past every application, and Docker's firewall rules bypass a host firewall. Remove the entry (services reach `db` over a shared network), or bind it to loopback (`127.0.0.1:...`) if a tool on the host needs it. [data-port-published]"
    )
    expect(lines.find(l => l.endsWith('[docker-socket-mounted]'))).toMatch(
      /^fixtures\/examples\/shop-flat\/compose\.yaml:10:9 high `proxy` mounts the Docker socket/
    )
    // Piped output is not a terminal: no colour.
    expect(stdout).not.toContain('\u001b[')
    // Issue 16: the Docker socket holder `proxy` shares the network with the published `db`.
    expect(stdout).toMatch(/1 critical, 4 high.*5 blocking at fail-on high/)
  })

  it('exits 0 when nothing reaches --fail-on', () => {
    // shop-flat has a critical since issue 16 (socket-holder-reachable); platform has high only.
    expect(run(['fixtures/examples/platform', '--fail-on', 'critical']).code).toBe(0)
    expect(run(['fixtures/examples/shop-three-tier']).code).toBe(0)
  })

  it('writes SARIF to --output and says where', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'tierguard-cli-')), 'nested', 'out.sarif')
    const { code, stdout, stderr } = run([
      'fixtures/examples',
      '--format',
      'sarif',
      '--output',
      out,
      '--fail-on',
      'none'
    ])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toContain(`Wrote sarif report to ${out}`)
    const log = JSON.parse(readFileSync(out, 'utf8'))
    expect(log.version).toBe('2.1.0')
    const uris = new Set(
      log.runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]?.physicalLocation.artifactLocation.uri
      )
    )
    expect(uris).toContain('fixtures/examples/shop-flat/compose.yaml')
  })

  it("stops quietly, with the scan's exit code, when the reader closes early (| head)", async () => {
    const closeEarly = async (args: string[]) => {
      const child = spawn(process.execPath, [cli, 'fixtures/examples', ...args], { cwd: root })
      // The reader is gone before the report is written: every write meets a closed pipe.
      child.stdout.destroy()
      let stderr = ''
      child.stderr.on('data', chunk => (stderr += String(chunk)))
      const code = await new Promise(resolve => child.on('close', resolve))
      return { code, stderr }
    }
    expect(await closeEarly(['--format', 'sarif', '--fail-on', 'none'])).toEqual({
      code: 0,
      stderr: ''
    })
    expect(await closeEarly([])).toEqual({ code: 1, stderr: '' })
  })

  it('prints the normalised model as JSON', () => {
    const { stdout } = run(['fixtures/examples/platform', '--format', 'json', '--fail-on', 'none'])
    const report = JSON.parse(stdout)
    const billing = report.projects.find((p: { name: string }) => p.name === 'billing')
    const ledger = billing.services.find((s: { name: string }) => s.name === 'ledger')
    expect(JSON.stringify(ledger)).toContain('infra_proxy')
  })

  it('fails with exit 2 and a clear message on a missing path or a bad option', () => {
    expect(run(['does/not/exist'])).toMatchObject({
      code: 2,
      stderr: 'tierguard: path `does/not/exist` does not exist\n'
    })
    const bad = run(['--fail-on', 'severe'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe(
      'tierguard: unknown --fail-on `severe`: use one of critical, high, medium, low, note, none\n'
    )
  })

  it('prints help, version and the rule list', () => {
    expect(run(['--help']).stdout).toMatch(/^Usage: tierguard \[scan\] \[PATH\.\.\.\] \[options\]/)
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(run(['--version']).stdout).toBe(`tierguard ${pkg.version}\n`)
    const rules = execFileSync(process.execPath, [cli, 'rules'], { encoding: 'utf8' })
    expect(rules).toMatch(/^data-network-not-internal\s+medium\s+/m)
    expect(rules.trim().split('\n')).toHaveLength(RULES.length)
  })
})
