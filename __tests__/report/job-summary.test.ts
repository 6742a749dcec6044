import { describe, expect, it } from '@jest/globals'
import { buildSummary } from '../../src/report/job-summary.js'
import { markdownCode } from '../../src/report/markdown.js'
import type { SummaryInput } from '../../src/report/job-summary.js'
import {
  makeDiagnostic,
  makeFinding,
  makeProject,
  makeScanResult,
  makeWebStack,
  span
} from '../helpers/scan-result.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'

function input(overrides: Partial<SummaryInput> = {}): SummaryInput {
  const stack = makeWebStack()
  return {
    result: makeScanResult({
      ...stack,
      findings: [
        makeFinding({
          severity: 'medium',
          ruleId: 'flat-network',
          message: 'flat',
          location: span('compose.yaml', 40, 3)
        }),
        makeFinding({ location: span('deploy/compose.yaml', 14, 9) }),
        makeFinding({
          severity: 'critical',
          ruleId: 'host-network',
          message: '`proxy` uses the host network | all ports <open>',
          location: span('compose.yaml', 3, 19)
        })
      ]
    }),
    failOn: 'high',
    serverUrl: 'https://github.com',
    repository: { owner: 'octo-org', repo: 'octo-repo' },
    sha: SHA,
    uploadStatus: 'skipped (`upload: false`).',
    sarifFile: 'tierguard.sarif',
    mermaid: 'flowchart LR\n  proxy --> db\n',
    ...overrides
  }
}

/** A name as the summary shows it: monospace, escaped (the escaping is pinned in __tests__/hostile). */
const code = markdownCode

describe('buildSummary', () => {
  it('gives the verdict, counts and the blocking findings with links to their lines', () => {
    const markdown = buildSummary(input())
    expect(markdown).toContain(
      '❌ **2 findings at or above `high` block this check** (3 findings in all, 1 project in 1 compose file).'
    )
    expect(markdown).toContain(
      [
        '| Severity | Findings | Blocks |',
        '| --- | ---: | --- |',
        '| critical | 1 | yes |',
        '| high | 1 | yes |',
        '| medium | 1 | no |',
        '| low | 0 | no |',
        '| note | 0 | no |'
      ].join('\n')
    )
    expect(markdown).toContain(
      [
        '| Severity | Rule | Location | Message |',
        '| --- | --- | --- | --- |',
        `| critical | \`host-network\` | [compose.yaml&#58;3](https://github.com/octo-org/octo-repo/blob/${SHA}/compose.yaml#L3) | &#96;proxy&#96; uses the host network &#124; all ports &#60;open&#62; |`,
        `| high | \`data-reachable-from-edge\` | [deploy/compose.yaml&#58;14](https://github.com/octo-org/octo-repo/blob/${SHA}/deploy/compose.yaml#L14) | &#96;db&#96; is on &#96;frontend&#96;, which the public proxy &#96;proxy&#96; also joins. |`
      ].join('\n')
    )
    expect(markdown).not.toContain('| medium | `flat-network`')
  })

  it('lists services by tier and network per project, and the diagram in a mermaid fence', () => {
    const markdown = buildSummary(input())
    expect(markdown).toContain(
      [
        `#### Project ${code('app')} (${code('.')})`,
        '',
        '| Service | Tier | Networks | Ports |',
        '| --- | --- | --- | --- |',
        `| ${code('proxy')} | edge | ${code('app_frontend')} | ${code('80:80')} |`,
        `| ${code('api')} | app | ${code('app_backend')}, ${code('app_frontend')} | — |`,
        `| ${code('db')} | data | ${code('app_backend')}, ${code('app_frontend')} | ${code('127.0.0.1:5432:5432')} |`
      ].join('\n')
    )
    expect(markdown).toContain('### Topology\n\n```mermaid\nflowchart LR\n  proxy --> db\n```\n')
  })

  it('keeps projects of the same name in different folders apart', () => {
    const first = makeProject({ name: 'web', file: 'a/compose.yaml', services: [{ name: 'one' }] })
    const second = {
      ...makeProject({ name: 'web', file: 'b/compose.yaml', services: [{ name: 'two' }] }),
      directory: 'b'
    }
    const markdown = buildSummary(
      input({ result: makeScanResult({ projects: [{ ...first, directory: 'a' }, second] }) })
    )
    expect(markdown).toContain(
      `#### Project ${code('web')} (${code('a')})\n\n| Service | Tier | Networks | Ports |\n| --- | --- | --- | --- |\n| ${code('one')} |`
    )
    expect(markdown).toContain(
      `#### Project ${code('web')} (${code('b')})\n\n| Service | Tier | Networks | Ports |\n| --- | --- | --- | --- |\n| ${code('two')} |`
    )
  })

  it('says when nothing blocks, and when fail-on is none', () => {
    expect(buildSummary(input({ failOn: 'critical' }))).toContain(
      '❌ **1 finding at or above `critical` blocks this check** (3 findings in all'
    )
    const none = buildSummary(input({ failOn: 'none' }))
    expect(none).toContain('ℹ️ **3 findings**; `fail-on: none`, so nothing blocks this check')
    expect(none).not.toContain('### Blocking findings')
  })

  it('reports a clean scan without a findings table', () => {
    const markdown = buildSummary(input({ result: makeScanResult(makeWebStack()) }))
    expect(markdown).toContain(
      '✅ **No finding at or above `high`** (0 findings in all, 1 project in 1 compose file).'
    )
    expect(markdown).not.toContain('### Blocking findings')
  })

  it('says how many findings were not annotated and where to see them', () => {
    const markdown = buildSummary(
      input({ annotationsOmitted: { error: 4, warning: 0, notice: 2 } })
    )
    expect(markdown).toContain(
      '**6 more not annotated** (4 errors, 2 notices): GitHub shows at most 10 annotations of each ' +
        'kind per step, so the most severe were annotated. See every finding in the ' +
        '[code-scanning alerts](https://github.com/octo-org/octo-repo/security/code-scanning) or the ' +
        'SARIF file <code>tierguard.sarif</code>.'
    )
    expect(
      buildSummary(input({ annotationsOmitted: { error: 0, warning: 0, notice: 0 } }))
    ).not.toContain('not annotated')
  })

  it('lists load errors once each', () => {
    const markdown = buildSummary(
      input({ result: makeScanResult({ diagnostics: [makeDiagnostic(), makeDiagnostic()] }) })
    )
    expect(markdown).toContain(
      `### Files with errors\n\n- [broken/compose.yaml&#58;3](https://github.com/octo-org/octo-repo/blob/${SHA}/broken/compose.yaml#L3) (yaml-syntax): Nested mappings are not allowed in compact mappings\n\n**Upload:**`
    )
  })

  it('caps the listed blocking findings and points to the rest', () => {
    const findings = Array.from({ length: 75 }, (_, i) =>
      makeFinding({ location: span('compose.yaml', i + 1, 3) })
    )
    const markdown = buildSummary(
      input({ result: makeScanResult({ ...makeWebStack(), findings }) })
    )
    expect(markdown.match(/^\| high \| `/gm)).toHaveLength(50)
    expect(markdown).toContain(
      '…and 25 more blocking findings: see the SARIF file or the code-scanning alerts.'
    )
  })

  it('stays under its byte budget, cutting whole sections with a note', () => {
    const mermaid = `flowchart LR\n${'  a --> b\n'.repeat(20_000)}`
    const markdown = buildSummary(input({ mermaid, maxBytes: 50_000 }))
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(50_000)
    expect(markdown).toContain('This summary was cut short')
    expect(markdown).not.toContain('```mermaid')
    expect(markdown).toContain('### Services by tier and network')

    const whole = buildSummary(input({ mermaid }))
    expect(Buffer.byteLength(whole)).toBeGreaterThan(200_000)
    expect(Buffer.byteLength(whole)).toBeLessThanOrEqual(400_000)
    expect(whole).toContain('```mermaid')
  })

  it('gives plain locations without a repository to link to', () => {
    const markdown = buildSummary(input({ repository: undefined }))
    expect(markdown).toContain('| critical | `host-network` | <code>compose.yaml&#58;3</code> |')
  })
})
