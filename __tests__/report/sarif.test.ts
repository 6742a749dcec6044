import * as zlib from 'node:zlib'
import { describe, expect, it } from '@jest/globals'
import type { Log, Result } from 'sarif'
import type { Finding } from '../../src/rules/types.js'
import { SEVERITIES } from '../../src/core/severity.js'
import { FINGERPRINT_KEY } from '../../src/report/fingerprint.js'
import {
  buildSarif,
  linkRelatedLocations,
  planSarif,
  serializePlannedSarif,
  serializeSarif,
  serializeSarifForUpload,
  serializeSarifPieces
} from '../../src/report/sarif.js'
import {
  TEST_RULES,
  makeDiagnostic,
  makeFinding,
  makeRule,
  makeScanResult,
  makeWebStack,
  span
} from '../helpers/scan-result.js'
import { seriousIssues, validateSarifLogs } from '../helpers/sarif-validate.js'

const run = (log: Log) => log.runs[0]!
const results = (log: Log): Result[] => run(log).results ?? []

const pathFinding = makeFinding({
  message: '`db` is on `frontend`, which the public proxy `proxy` also joins.',
  location: span('compose.yaml', 14, 9, 14, 17),
  related: [
    {
      span: span('compose.yaml', 3, 3, 3, 8),
      message: 'The public proxy `proxy` is declared here.'
    },
    { span: span('compose.yaml', 20, 3, 20, 11), message: 'The network is not internal [yet].' }
  ],
  path: [
    {
      span: span('compose.yaml', 3, 3, 3, 8),
      message: '`proxy` is reachable from the outside.',
      service: 'app/proxy'
    },
    {
      span: span('compose.yaml', 5, 9, 5, 17),
      message: '`proxy` joins `frontend`.',
      network: 'app_frontend'
    },
    {
      span: span('compose.yaml', 14, 9, 14, 17),
      message: '`db` joins `frontend`.',
      service: 'app/db'
    }
  ]
})

function many(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    makeFinding({
      ruleId: i % 2 ? 'flat-network' : 'data-reachable-from-edge',
      severity: i === count - 1 ? 'critical' : SEVERITIES[1 + (i % 4)]!,
      location: span(`stack-${i % 7}/compose.yaml`, 1 + i, 3, 1 + i, 10),
      services: [`app/svc${i}`],
      message: `Service \`svc${i}\` is flagged.`
    })
  )
}

describe('buildSarif', () => {
  const { projects, tiers } = makeWebStack()

  it('describes the tool and generates one rule per catalogue entry', () => {
    const log = buildSarif(makeScanResult({ projects, tiers }))
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.runs).toHaveLength(1)
    const driver = run(log).tool.driver
    expect(driver).toMatchObject({ name: 'tierguard', version: '0.1.0', semanticVersion: '0.1.0' })
    expect(driver.informationUri).toBe('https://github.com/tierguard/tierguard')
    expect(driver.rules?.map(r => r.id)).toEqual(TEST_RULES.map(r => r.id))
    const [security, , correctness] = driver.rules!
    expect(security).toMatchObject({
      id: 'data-reachable-from-edge',
      name: 'DataReachableFromEdge',
      shortDescription: { text: 'Data store reachable from the edge' },
      helpUri:
        'https://github.com/tierguard/tierguard/blob/main/docs/rules/data-reachable-from-edge.md',
      defaultConfiguration: { level: 'error' },
      properties: {
        tags: ['security', 'network', 'tiers'],
        precision: 'high',
        'security-severity': '8.0'
      }
    })
    expect(security!.help!.markdown).toContain('```yaml\nservices:\n  db:')
    expect(security!.help!.text).toContain('How to fix: How to fix it.')
    expect(correctness!.properties!['security-severity']).toBeUndefined()
    expect(correctness!.properties!.tags).toEqual(['correctness', 'reliability'])
    expect(correctness!.properties!['problem.severity']).toBe('error')
  })

  it('caps tags at 20 and rule names at 255 characters', () => {
    const rule = makeRule({
      id: `x-${'a'.repeat(300)}`,
      tags: Array.from({ length: 30 }, (_, i) => `t${i}`)
    })
    const log = buildSarif(makeScanResult({ rules: [rule] }))
    const descriptor = run(log).tool.driver.rules![0]!
    expect(descriptor.properties!.tags).toHaveLength(20)
    expect(descriptor.properties!.tags![0]).toBe('security')
    expect(descriptor.name).toHaveLength(255)
  })

  it('writes a result with an exact region, related links, a code flow and a fingerprint', () => {
    const log = buildSarif(makeScanResult({ projects, tiers, findings: [pathFinding] }))
    const [result] = results(log)
    expect(result).toMatchObject({
      ruleId: 'data-reachable-from-edge',
      ruleIndex: 0,
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'compose.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 14, startColumn: 9, endLine: 14, endColumn: 17 }
          }
        }
      ],
      properties: { project: 'app', services: ['app/db', 'app/proxy'], networks: ['app_frontend'] }
    })
    expect(result!.message.text).toBe(
      '`db` is on `frontend`, which the public proxy [`proxy`](1) also joins. See [The network is not internal \\[yet\\]](2).'
    )
    expect(
      result!.relatedLocations!.map(l => [l.id, l.physicalLocation!.region!.startLine])
    ).toEqual([
      [1, 3],
      [2, 20]
    ])
    const steps = result!.codeFlows![0]!.threadFlows[0]!.locations
    expect(
      steps.map(s => [s.location!.physicalLocation!.region!.startLine, s.location!.message!.text])
    ).toEqual([
      [3, '`proxy` is reachable from the outside.'],
      [5, '`proxy` joins `frontend`.'],
      [14, '`db` joins `frontend`.']
    ])
    expect(result!.partialFingerprints![FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}:1$/)
    expect(result!.suppressions).toBeUndefined()
  })

  it('puts a finding-level security-severity only where it differs from the rule', () => {
    const log = buildSarif(
      makeScanResult({
        findings: [makeFinding(), makeFinding({ severity: 'critical', services: ['app/x'] })]
      })
    )
    expect(results(log).map(r => [r.level, r.properties?.['security-severity']])).toEqual([
      ['error', '9.1'],
      ['error', undefined]
    ])
  })

  it('gives each result a descriptor whose security-severity is the result’s own severity', () => {
    const log = buildSarif(
      makeScanResult({
        findings: [
          makeFinding(),
          makeFinding({ severity: 'critical', services: ['app/x'] }),
          makeFinding({ severity: 'low', services: ['app/y'] }),
          makeFinding({ severity: 'critical', services: ['app/z'] })
        ]
      })
    )
    const rules = log.runs[0]!.tool.driver.rules!
    const band = (score: number): string =>
      score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low'
    expect(
      results(log).map(r => {
        const descriptor = rules[r.ruleIndex!]!
        return [r.ruleId, descriptor.id, band(Number(descriptor.properties!['security-severity']))]
      })
    ).toEqual([
      ['data-reachable-from-edge/critical', 'data-reachable-from-edge/critical', 'critical'],
      ['data-reachable-from-edge/critical', 'data-reachable-from-edge/critical', 'critical'],
      ['data-reachable-from-edge', 'data-reachable-from-edge', 'high'],
      ['data-reachable-from-edge/low', 'data-reachable-from-edge/low', 'low']
    ])
    // One descriptor per severity in use, beside the catalogue's.
    expect(rules.filter(r => r.id.startsWith('data-reachable-from-edge')).map(r => r.id)).toEqual([
      'data-reachable-from-edge',
      'data-reachable-from-edge/critical',
      'data-reachable-from-edge/low'
    ])
    const low = rules.find(r => r.id === 'data-reachable-from-edge/low')!
    expect(low).toMatchObject({
      name: 'DataReachableFromEdgeLow',
      defaultConfiguration: { level: 'note' },
      helpUri: rules.find(r => r.id === 'data-reachable-from-edge')!.helpUri
    })
    expect(low.shortDescription!.text).toMatch(/ \(low\)$/)
  })

  it('reports suppressions with their kind and justification', () => {
    const finding = makeFinding({
      suppression: {
        kind: 'inSource',
        justification: 'accepted: lab only',
        span: span('compose.yaml', 9, 5, 9, 40)
      }
    })
    const [result] = results(buildSarif(makeScanResult({ findings: [finding] })))
    expect(result!.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'accepted: lab only',
        location: {
          physicalLocation: {
            artifactLocation: { uri: 'compose.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 9, startColumn: 5, endLine: 9, endColumn: 40 }
          }
        }
      }
    ])
  })

  it('writes the category, times and a notification per file that failed', () => {
    const diagnostics = [
      makeDiagnostic(),
      makeDiagnostic({ code: 'unset-variable', severity: 'warning', message: 'TAG is not set' })
    ]
    const log = buildSarif(makeScanResult({ diagnostics }), { category: 'compose/prod' })
    expect(run(log).automationDetails).toEqual({ id: 'compose/prod/' })
    const [invocation] = run(log).invocations!
    expect(invocation).toMatchObject({
      executionSuccessful: true,
      startTimeUtc: '2024-01-02T03:04:05.000Z',
      endTimeUtc: '2024-01-02T03:04:06.500Z'
    })
    expect(invocation!.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        descriptor: { id: 'yaml-syntax' },
        message: {
          text: 'broken/compose.yaml: Nested mappings are not allowed in compact mappings.'
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'broken/compose.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 3, startColumn: 9, endLine: 3, endColumn: 10 }
            }
          }
        ]
      }
    ])
    expect(run(log).originalUriBaseIds).toBeUndefined()
  })

  it('makes URIs relative to the repository root and encodes them', () => {
    const finding = makeFinding({ location: span('my stack/compose.yaml', 2, 3) })
    const result = { ...makeScanResult({ findings: [finding] }), baseDir: '/work/repo/deploy' }
    const log = buildSarif(result, { repoRoot: '..' })
    expect(results(log)[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(
      'deploy/my%20stack/compose.yaml'
    )
    expect(run(log).originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } })
  })

  it('keeps the 25,000 most severe of 25,001 results and says 1 was left out', () => {
    const findings = many(25_001)
    const log = buildSarif(makeScanResult({ findings }))
    const kept = results(log)
    expect(kept).toHaveLength(25_000)
    expect(kept[0]!.properties!.severity).toBe('critical')
    const ranks = kept.map(r => SEVERITIES.indexOf(r.properties!.severity as never))
    expect(ranks.every((rank, i) => i === 0 || ranks[i - 1]! <= rank)).toBe(true)
    // One of the `note` ones (the least severe present) is the one left out.
    const notes = findings.filter(f => f.severity === 'note').length
    expect(kept.filter(r => r.properties!.severity === 'note')).toHaveLength(notes - 1)
    const notifications = run(log).invocations![0]!.toolExecutionNotifications!
    expect(notifications.map(n => n.message.text)).toEqual([
      '1 result of 25,001 left out (the least severe): GitHub accepts at most 25,000 results a run.'
    ])
  })

  it('trims related and path locations to 1,000 a result and says so in the message', () => {
    const finding = makeFinding({
      related: Array.from({ length: 700 }, (_, i) => ({
        span: span('compose.yaml', i + 1, 1),
        message: `r${i}`
      })),
      path: Array.from({ length: 600 }, (_, i) => ({
        span: span('compose.yaml', i + 1, 1),
        message: `p${i}`
      }))
    })
    const [result] = results(buildSarif(makeScanResult({ findings: [finding] })))
    const related = result!.relatedLocations!.length
    const steps = result!.codeFlows![0]!.threadFlows[0]!.locations
    expect(1 + related + steps.length).toBe(1_000)
    expect([related, steps.length]).toEqual([500, 499])
    expect(steps.at(-1)!.location!.message!.text).toBe('p599')
    expect(result!.message.text).toContain(
      '(200 related locations and 101 path steps not shown: GitHub accepts at most 1,000 locations a result.)'
    )
  })

  it('drops the least severe results until the gzipped log fits, with a notification', () => {
    const findings = many(400).map((f, i) => ({
      ...f,
      message: `${f.message} ${Math.random().toString(36).repeat(20)} ${i}`
    }))
    const limit = 20_000
    const log = buildSarif(makeScanResult({ findings }), { limits: { gzippedBytes: limit } })
    const { gzipSync } = zlib
    expect(gzipSync(serializeSarifForUpload(log)).length).toBeLessThanOrEqual(limit)
    const kept = results(log).length
    expect(kept).toBeGreaterThan(0)
    expect(kept).toBeLessThan(400)
    expect(results(log)[0]!.properties!.severity).toBe('critical')
    expect(run(log).invocations![0]!.toolExecutionNotifications!.at(-1)!.message.text).toBe(
      `${400 - kept} results of 400 left out (the least severe): GitHub accepts at most 0.02 MB of gzipped SARIF.`
    )
  })

  it('writes in pieces exactly the pretty JSON of the log, one piece per result', () => {
    const odd = makeFinding({
      message: 'Line one\nline "two" \u00e9\u2028 \\ </script>',
      location: span('dir with space/compose.yaml', 2, 3, 2, 9)
    })
    const logs = [
      buildSarif(makeScanResult()),
      buildSarif(makeScanResult({ findings: [odd] })),
      buildSarif(makeScanResult({ projects, tiers, findings: [pathFinding, odd, ...many(30)] }), {
        category: 'c'
      })
    ]
    for (const log of logs) {
      const pieces = [...serializeSarifPieces(log)]
      expect(pieces.join('')).toBe(`${JSON.stringify(log, null, 2)}\n`)
      expect(serializeSarif(log)).toBe(pieces.join(''))
      expect(pieces.length).toBe(results(log).length === 0 ? 1 : results(log).length + 2)
    }
  })

  it('writes a planned log, its results built as written, exactly as the built log', () => {
    const findings = many(400).map((f, i) => ({
      ...f,
      message: `${f.message} ${i.toString(36).repeat(60)} ${i}`
    }))
    const scans = [
      { input: makeScanResult(), options: {} },
      {
        input: makeScanResult({ projects, tiers, findings: [pathFinding, ...many(30)] }),
        options: { category: 'c' }
      },
      // Over the gzip limit: the plan keeps the results it measured, the kept ones only.
      { input: makeScanResult({ findings }), options: { limits: { gzippedBytes: 20_000 } } }
    ]
    for (const { input, options } of scans) {
      const built = buildSarif(input, options)
      const plan = planSarif(input, options)
      expect(plan.resultCount).toBe(results(built).length)
      const written = [...serializePlannedSarif(plan)].join('')
      const times = /"(start|end)TimeUtc": "[^"]*"/g
      expect(written.replace(times, '')).toBe(serializeSarif(built).replace(times, ''))
    }
    expect(planSarif(scans[2]!.input, scans[2]!.options).resultCount).toBeLessThan(400)
  })

  it('is deterministic', () => {
    const input = makeScanResult({
      projects,
      tiers,
      findings: [pathFinding, ...many(20)],
      diagnostics: [makeDiagnostic()]
    })
    expect(serializeSarif(buildSarif(input, { category: 'c' }))).toBe(
      serializeSarif(buildSarif(input, { category: 'c' }))
    )
  })

  it('passes the SARIF and GitHub validator rules without an error or warning', () => {
    const shapes: Record<string, Log> = {
      empty: buildSarif(makeScanResult()),
      many: buildSarif(makeScanResult({ findings: many(50) }), { category: 'compose' }),
      paths: buildSarif(makeScanResult({ projects, tiers, findings: [pathFinding] })),
      suppressed: buildSarif(
        makeScanResult({
          findings: [
            makeFinding({ suppression: { kind: 'external', justification: 'tracked in config' } }),
            makeFinding({
              services: ['app/cache'],
              suppression: {
                kind: 'inSource',
                justification: 'dev only',
                span: span('compose.yaml', 9, 5)
              }
            })
          ]
        })
      ),
      failedFiles: buildSarif(
        makeScanResult({
          diagnostics: [
            makeDiagnostic(),
            makeDiagnostic({ code: 'file-unreadable', span: span('x/compose.yml', 1, 1, 1, 1) })
          ],
          findings: [makeFinding({ ruleId: 'unreachable-dependency' })]
        }),
        { repoRoot: '' }
      ),
      severities: buildSarif(
        makeScanResult({
          findings: [
            makeFinding({ severity: 'critical' }),
            makeFinding({ severity: 'low', services: ['app/y'] }),
            makeFinding({ ruleId: 'unreachable-dependency', severity: 'medium' })
          ]
        })
      ),
      truncated: buildSarif(makeScanResult({ findings: many(30) }), {
        limits: { resultsPerRun: 10 }
      }),
      trimmedLocations: buildSarif(
        makeScanResult({
          findings: [
            makeFinding({
              related: Array.from({ length: 1200 }, (_, i) => ({
                span: span('compose.yaml', i + 1, 1),
                message: `r${i}`
              }))
            })
          ]
        })
      )
    }
    const issues = validateSarifLogs(shapes)
    for (const name of Object.keys(shapes)) {
      expect({ name, issues: seriousIssues(issues.get(name)!) }).toEqual({ name, issues: [] })
    }
  })
})

describe('linkRelatedLocations', () => {
  it('links the first unlinked mention and leaves messages without related locations alone', () => {
    expect(linkRelatedLocations('`a` reaches `b` via [x]', [])).toBe('`a` reaches `b` via [x].')
    expect(
      linkRelatedLocations('`a` reaches `b` and `b` again.', [
        { span: span('f', 1, 1), message: 'declared `b`' },
        { span: span('f', 2, 1), message: 'and `b` too' }
      ])
    ).toBe('`a` reaches [`b`](1) and [`b`](2) again.')
  })
})
