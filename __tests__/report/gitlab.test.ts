/**
 * `--format gitlab`: GitLab's code quality JSON, validated against the format GitLab documents,
 * on a real scan and on hand-made results that reach every branch of the mapping.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { silentLogger } from '../../src/core/logger.js'
import { scan } from '../../src/scan.js'
import { buildGitLabReport, formatGitLab, type GitLabIssue } from '../../src/report/gitlab.js'
import { formatJson } from '../../src/report/json.js'
import { validateGitLabReport } from '../helpers/gitlab-code-quality.js'
import { makeDiagnostic, makeFinding, makeScanResult, span } from '../helpers/scan-result.js'

const root = path.resolve(import.meta.dirname, '../..')

const STACK = `name: shop
services:
  proxy:
    image: nginx:1.27
    ports:
      - "80:80"
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: example-not-default
    ports:
      - "5432:5432"
`

async function scanFolder(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tierguard-gitlab-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return scan({ baseDir: dir, logger: silentLogger })
}

describe('formatGitLab', () => {
  it('writes what GitLab documents for the example stacks, one issue per open finding', async () => {
    const result = await scan({
      baseDir: root,
      paths: ['fixtures/examples/shop-flat'],
      logger: silentLogger
    })
    const report = JSON.parse(formatGitLab(result)) as GitLabIssue[]
    expect(validateGitLabReport(report)).toEqual([])
    expect(report).toHaveLength(result.findings.filter(f => !f.suppression).length)
    const published = report.find(i => i.check_name === 'data-port-published')
    expect(published).toMatchObject({
      severity: 'critical',
      location: { path: 'fixtures/examples/shop-flat/compose.yaml', lines: { begin: 29 } }
    })
    expect(published?.description).toMatch(/^`db` \(PostgreSQL\) publishes `5432:5432`/)
    // The same identity as the JSON (and SARIF) report gives the finding.
    const json = JSON.parse(formatJson(result)) as {
      findings: { ruleId: string; fingerprint: string }[]
    }
    expect(published?.fingerprint).toBe(
      json.findings.find(f => f.ruleId === 'data-port-published')?.fingerprint
    )
  })

  it('keeps fingerprints when lines are inserted above, and follows the line', async () => {
    const before = buildGitLabReport(await scanFolder({ 'compose.yaml': STACK }))
    const after = buildGitLabReport(
      await scanFolder({ 'compose.yaml': `# the shop\n\n# of the example\n${STACK}` })
    )
    expect(before.length).toBeGreaterThan(0)
    expect(after.map(i => i.fingerprint)).toEqual(before.map(i => i.fingerprint))
    const published = (issues: GitLabIssue[]) =>
      issues.find(i => i.check_name === 'data-port-published')?.location.lines.begin
    expect(published(before)).toBe(12)
    expect(published(after)).toBe(15)
  })

  it('maps severities rank for rank, leaves out suppressed findings and notes', () => {
    const severities = ['critical', 'high', 'medium', 'low', 'note'] as const
    const result = makeScanResult({
      findings: [
        ...severities.map((severity, i) =>
          makeFinding({
            severity,
            location: span('compose.yaml', 10 + i, 7),
            fingerprintKey: severity
          })
        ),
        makeFinding({
          message: 'Accepted.',
          suppression: { kind: 'inSource', justification: 'reviewed' }
        })
      ],
      diagnostics: [
        makeDiagnostic(),
        makeDiagnostic({ severity: 'warning', code: 'wrong-type', message: 'ports is a string' }),
        makeDiagnostic({ severity: 'note', code: 'unset-variable', message: 'TAG is not set' })
      ]
    })
    const report = buildGitLabReport(result)
    expect(validateGitLabReport(report)).toEqual([])
    expect(report.map(i => [i.check_name, i.severity, i.location.lines.begin])).toEqual([
      ['data-reachable-from-edge', 'blocker', 10],
      ['data-reachable-from-edge', 'critical', 11],
      ['data-reachable-from-edge', 'major', 12],
      ['data-reachable-from-edge', 'minor', 13],
      ['data-reachable-from-edge', 'info', 14],
      ['yaml-syntax', 'critical', 3],
      ['wrong-type', 'minor', 3]
    ])
    expect(report.map(i => i.description)).not.toContain('Accepted.')
  })

  it('writes one-line descriptions and the last line of a multi-line location', () => {
    const result = makeScanResult({
      findings: [
        makeFinding({
          message: 'First line,\n  then the second.\r\nAnd a third.',
          location: span('deploy/compose.yaml', 4, 3, 9, 1)
        })
      ]
    })
    expect(buildGitLabReport(result)).toEqual([
      {
        description: 'First line, then the second. And a third.',
        check_name: 'data-reachable-from-edge',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}:1$/),
        severity: 'critical',
        location: { path: 'deploy/compose.yaml', lines: { begin: 4, end: 9 } }
      }
    ])
  })

  it('tells apart findings the rule could not, and repeated diagnostics', () => {
    const twin = () => makeFinding({ location: span('compose.yaml', 10, 7) })
    const result = makeScanResult({
      findings: [twin(), twin()],
      diagnostics: [makeDiagnostic(), makeDiagnostic()]
    })
    const report = buildGitLabReport(result)
    expect(report).toHaveLength(4)
    expect(validateGitLabReport(report)).toEqual([])
  })

  it('writes controls from the repository as \\u escapes, which parse back to the same text', () => {
    const message = '`db\u009b2J\u202e` publishes\u007f'
    const text = formatGitLab(makeScanResult({ findings: [makeFinding({ message })] }))
    expect(text).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/)
    expect(text).toContain('`db\\u009b2J\\u202e` publishes\\u007f')
    expect((JSON.parse(text) as GitLabIssue[])[0]?.description).toBe(message)
  })

  it('is an empty array when there is nothing to report', () => {
    expect(formatGitLab(makeScanResult())).toBe('[]\n')
  })
})

describe('the GitLab schema of the tests', () => {
  it('rejects what GitLab would not read', () => {
    const issue = {
      description: 'd',
      check_name: 'c',
      fingerprint: 'f',
      severity: 'major',
      location: { path: 'a.yml', lines: { begin: 1 } }
    }
    expect(validateGitLabReport([issue])).toEqual([])
    expect(validateGitLabReport([{ ...issue, severity: 'high' }])).not.toEqual([])
    expect(
      validateGitLabReport([{ ...issue, location: { path: './a.yml', lines: { begin: 1 } } }])
    ).not.toEqual([])
    expect(validateGitLabReport([{ ...issue, location: { path: 'a.yml' } }])).not.toEqual([])
    expect(validateGitLabReport([issue, issue])).toEqual(['fingerprint f repeats'])
    expect(validateGitLabReport({ issues: [] })).not.toEqual([])
  })
})
