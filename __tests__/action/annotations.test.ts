import { describe, expect, it } from '@jest/globals'
import { planAnnotations, toAnnotationProperties } from '../../src/action/annotations.js'
import type { Severity } from '../../src/core/severity.js'
import { makeDiagnostic, makeFinding, span } from '../helpers/scan-result.js'

function findings(severity: Severity, count: number, file = 'compose.yaml') {
  return Array.from({ length: count }, (_, i) =>
    makeFinding({
      severity,
      ruleId: `rule-${severity}`,
      message: `${severity} ${i + 1}`,
      location: span(file, 100 - i, 5, 100 - i, 12)
    })
  )
}

describe('planAnnotations', () => {
  it('gives a pull request’s changed files the first slots, then the most severe', () => {
    const old = findings('critical', 12, 'legacy/compose.yaml')
    const changed = [
      ...findings('high', 3, 'app/compose.yaml'),
      ...findings('medium', 2, 'app/compose.yaml')
    ]
    const plan = planAnnotations([...old, ...changed], [], {
      changedFiles: new Set(['app/compose.yaml'])
    })
    expect(
      plan.annotations.map(a => `${a.level} ${a.properties.file}:${a.properties.startLine}`)
    ).toEqual([
      'error app/compose.yaml:98',
      'error app/compose.yaml:99',
      'error app/compose.yaml:100',
      ...[89, 90, 91, 92, 93, 94, 95].map(line => `error legacy/compose.yaml:${line}`),
      'warning app/compose.yaml:99',
      'warning app/compose.yaml:100'
    ])
    expect(plan.omitted).toEqual({ error: 5, warning: 0, notice: 0 })
    // Without the set, the critical ones take every error slot.
    const all = planAnnotations([...old, ...changed], [])
    expect(all.annotations.filter(a => a.properties.file === 'app/compose.yaml')).toHaveLength(2)
  })

  it('maps severities to annotation kinds, with title and exact position', () => {
    const plan = planAnnotations(
      [
        makeFinding({
          severity: 'low',
          ruleId: 'excess-reachability',
          location: span('a.yaml', 7, 9, 7, 20)
        }),
        makeFinding({
          severity: 'critical',
          ruleId: 'host-network',
          location: span('b/compose.yml', 4, 19, 4, 23)
        }),
        makeFinding({
          severity: 'medium',
          ruleId: 'flat-network',
          location: span('a.yaml', 2, 3, 2, 10)
        })
      ],
      []
    )
    expect(plan.annotations.map(a => [a.level, a.properties])).toEqual([
      [
        'error',
        {
          title: 'tierguard host-network (critical)',
          file: 'b/compose.yml',
          startLine: 4,
          endLine: 4,
          startColumn: 19,
          endColumn: 22
        }
      ],
      [
        'warning',
        {
          title: 'tierguard flat-network (medium)',
          file: 'a.yaml',
          startLine: 2,
          endLine: 2,
          startColumn: 3,
          endColumn: 9
        }
      ],
      [
        'notice',
        {
          title: 'tierguard excess-reachability (low)',
          file: 'a.yaml',
          startLine: 7,
          endLine: 7,
          startColumn: 9,
          endColumn: 19
        }
      ]
    ])
    expect(plan.omitted).toEqual({ error: 0, warning: 0, notice: 0 })
  })

  it('keeps 10 of each kind, the most severe and then the first in the file', () => {
    const plan = planAnnotations(
      [
        ...findings('high', 8),
        ...findings('critical', 5),
        ...findings('medium', 12),
        ...findings('note', 3)
      ],
      []
    )
    const errors = plan.annotations.filter(a => a.level === 'error')
    expect(errors.map(a => a.message)).toEqual([
      'critical 5',
      'critical 4',
      'critical 3',
      'critical 2',
      'critical 1',
      'high 8',
      'high 7',
      'high 6',
      'high 5',
      'high 4'
    ])
    expect(plan.annotations.filter(a => a.level === 'warning')).toHaveLength(10)
    expect(plan.annotations.filter(a => a.level === 'notice')).toHaveLength(3)
    expect(plan.omitted).toEqual({ error: 3, warning: 2, notice: 0 })
  })

  it('counts the annotations the step emits besides the findings', () => {
    const plan = planAnnotations(findings('high', 12), [], { reserved: { error: 1, warning: 1 } })
    expect(plan.annotations).toHaveLength(9)
    expect(plan.omitted.error).toBe(3)
  })

  it('never goes over the per-job total', () => {
    const plan = planAnnotations([...findings('high', 10), ...findings('medium', 10)], [], {
      limits: { perLevel: 10, perJob: 12 },
      reserved: { notice: 2 }
    })
    expect(plan.annotations.map(a => a.level)).toEqual(Array(10).fill('error'))
    expect(plan.omitted).toEqual({ error: 0, warning: 10, notice: 0 })
  })

  it('does not annotate suppressed findings', () => {
    const plan = planAnnotations(
      [
        makeFinding({ suppression: { kind: 'inSource', justification: 'behind a VPN' } }),
        makeFinding({ message: 'kept' })
      ],
      []
    )
    expect(plan.annotations.map(a => a.message)).toEqual(['kept'])
    expect(plan.omitted).toEqual({ error: 0, warning: 0, notice: 0 })
  })

  it('annotates load errors once each, as warnings after the findings', () => {
    const plan = planAnnotations(
      [makeFinding({ severity: 'medium', ruleId: 'flat-network', message: 'flat' })],
      [
        makeDiagnostic(),
        makeDiagnostic({ severity: 'warning', code: 'unset-variable', message: 'unset' }),
        // the same file loaded into a second project reports the same problem again
        makeDiagnostic()
      ]
    )
    expect(
      plan.annotations.map(a => [a.level, a.message, a.properties.title, a.properties.startLine])
    ).toEqual([
      ['warning', 'flat', 'tierguard flat-network (medium)', 10],
      [
        'warning',
        'Nested mappings are not allowed in compact mappings',
        'tierguard load error (yaml-syntax)',
        3
      ]
    ])
  })
})

describe('toAnnotationProperties', () => {
  it('gives no columns for a span over several lines', () => {
    expect(toAnnotationProperties(span('c.yaml', 3, 5, 6, 2), 't')).toEqual({
      title: 't',
      file: 'c.yaml',
      startLine: 3,
      endLine: 6
    })
  })

  it('ends on the previous line when the span ends at the start of a line', () => {
    expect(toAnnotationProperties(span('c.yaml', 3, 5, 5, 1), 't')).toEqual({
      title: 't',
      file: 'c.yaml',
      startLine: 3,
      endLine: 4
    })
  })

  it('keeps an empty span on its column', () => {
    expect(toAnnotationProperties(span('c.yaml', 1, 1, 1, 1), 't')).toMatchObject({
      startColumn: 1,
      endColumn: 1
    })
  })
})
