/**
 * A compose file that cannot be parsed, or that compose refuses, is a finding that blocks: the
 * CLI does not say "No findings" and exit 0 about a file it never verified.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { runCli } from '../../src/cli/main.js'

async function cli(args: string[], cwd: string) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  stdout.on('data', chunk => (out += String(chunk)))
  const code = await runCli(args, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    cwd
  })
  return { code, stdout: out }
}

describe('tierguard scan of a broken compose file', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tierguard-invalid-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('exits 1 with the invalid-compose-file finding at the broken line', async () => {
    writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  app:\n    image: nginx: 1.27\n')
    const { code, stdout } = await cli(['scan', '.', '--format', 'json'], dir)
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as {
      findings: { ruleId: string; severity: string; location: { startLine: number } }[]
    }
    expect(report.findings.map(f => [f.ruleId, f.severity, f.location.startLine])).toEqual([
      ['invalid-compose-file', 'high', 3]
    ])
  })

  it('also flags what compose refuses in a file that parses, and still analyses the rest', async () => {
    writeFileSync(
      path.join(dir, 'compose.yaml'),
      'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n  app:\n    image: [nginx]\n'
    )
    const { code, stdout } = await cli(['scan', '.', '--format', 'json'], dir)
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as {
      findings: { ruleId: string; location: { startLine: number; startColumn: number } }[]
    }
    expect(
      report.findings.map(f => [f.ruleId, f.location.startLine, f.location.startColumn])
    ).toEqual([
      ['data-port-published', 4, 13],
      ['invalid-compose-file', 6, 12]
    ])
  })

  it('reports at medium, without blocking, what only the deployment environment settles', async () => {
    writeFileSync(
      path.join(dir, 'compose.yaml'),
      'services:\n  app:\n    image: nginx:1.27\n    env_file: .env.production\n    environment:\n      DOMAIN: ${DOMAIN:?set DOMAIN}\n'
    )
    const { code, stdout } = await cli(['scan', '.', '--format', 'json'], dir)
    const report = JSON.parse(stdout) as {
      findings: { ruleId: string; severity: string; location: { startLine: number } }[]
    }
    expect(report.findings.map(f => [f.ruleId, f.severity, f.location.startLine])).toEqual([
      ['invalid-compose-file', 'medium', 4],
      ['invalid-compose-file', 'medium', 6]
    ])
    expect(code).toBe(0)
  })

  it('lets the configuration lower it below --fail-on', async () => {
    writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  app:\n    image: nginx: 1.27\n')
    writeFileSync(path.join(dir, '.tierguard.yml'), 'rules:\n  invalid-compose-file: medium\n')
    const { code } = await cli(['scan', '.', '-q'], dir)
    expect(code).toBe(0)
  })

  it('does not judge a broken YAML file that is not named or loaded as compose', async () => {
    writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  app:\n    image: nginx:1.27\n')
    writeFileSync(path.join(dir, 'values.yaml'), 'replicas: {{ .Values.replicas }}\n')
    const { code, stdout } = await cli(['scan', '.', '--format', 'json', '--fail-on', 'low'], dir)
    expect(JSON.parse(stdout).findings).toEqual([])
    expect(code).toBe(0)
  })
})
