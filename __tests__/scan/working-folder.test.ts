/**
 * "Inside the scan" is the scanned folder (or the repository's top), never the folder the CLI
 * was started from: the same tree gives the same findings from any working folder. The fixture
 * `fixtures/load/working-folder` takes the values that decide its findings from its `.env`, an
 * `extends: file:` target and an `include` with its own `.env`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { runCli } from '../../src/cli/main.js'

const fixture = path.resolve('fixtures/load/working-folder')

/** Runs the CLI in-process from `cwd` and returns its JSON report. */
async function scanFrom(cwd: string, target: string) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const chunks: Buffer[] = []
  stdout.on('data', chunk => chunks.push(chunk as Buffer))
  const code = await runCli(['scan', target, '--format', 'json', '--fail-on', 'none', '-q'], {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    cwd
  })
  expect(code).toBe(0)
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    findings: {
      ruleId: string
      severity: string
      message: string
      location: { file: string; startLine: number; startColumn: number }
    }[]
    diagnostics: { code: string; message: string }[]
  }
}

/** The findings with paths made relative to the scanned tree (`prefix` is its path in the report). */
function findingsOf(report: Awaited<ReturnType<typeof scanFrom>>, prefix: string): string[] {
  return report.findings.map(f => {
    const file = prefix === '' ? f.location.file : f.location.file.slice(prefix.length + 1)
    const where = `${file}:${f.location.startLine}:${f.location.startColumn}`
    return `${where} ${f.ruleId} ${f.severity} ${f.message.split(prefix).join('')}`
  })
}

describe('the working folder', () => {
  let tmp: string
  let tree: string
  let elsewhere: string
  beforeAll(() => {
    // Outside any git checkout, so "inside the scan" is the scanned folder itself.
    tmp = mkdtempSync(path.join(tmpdir(), 'tierguard-cwd-'))
    tree = path.join(tmp, 'project')
    elsewhere = path.join(tmp, 'somewhere', 'else')
    cpSync(fixture, tree, { recursive: true })
    mkdirSync(elsewhere, { recursive: true })
  })
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  it('reads .env, extends and include targets of the scanned tree from an unrelated folder', async () => {
    const fromInside = await scanFrom(tree, '.')
    const fromElsewhere = await scanFrom(elsewhere, '../../project')
    const expected = [
      'compose.yaml:13:9 data-port-published low',
      'parts/cache.yml:6:9 data-port-published low'
    ]
    const inside = findingsOf(fromInside, '')
    const outside = findingsOf(fromElsewhere, '../../project')
    // The ports bind 127.0.0.1 through the .env files: low, not high, from both folders.
    expect(inside.map(f => f.split(' ').slice(0, 3).join(' '))).toEqual(expected)
    expect(outside).toEqual(inside)
    expect(fromElsewhere.diagnostics.filter(d => d.code === 'missing-file')).toEqual([])
  })

  it('still reads nothing outside the scanned tree', async () => {
    // Scanning only `parts/`: the include's target is the scanned file itself, its .env inside.
    const report = await scanFrom(elsewhere, '../../project/parts')
    expect(findingsOf(report, '../../project/parts')).toEqual([
      expect.stringMatching(/^cache\.yml:6:9 data-port-published low /)
    ])
  })
})
