import { describe, expect, it } from '@jest/globals'
import { createRecordingLogger } from '../../src/core/logger.js'
import type { SourceSpan } from '../../src/core/span.js'
import { buildTopology } from '../../src/analyze/build-topology.js'
import { runRules, type RuleFailure } from '../../src/rules/run-rules.js'
import { defineRule, type Rule, type RuleContext } from '../../src/rules/types.js'
import { buildProject } from '../helpers/build-model.js'

const topology = buildTopology([
  buildProject({
    name: 'p',
    services: {
      web: { image: 'nginx', profiles: ['public'] },
      db: { image: 'postgres:16', profiles: ['data', 'public'] },
      api: { image: 'acme/api' }
    }
  }),
  buildProject({ name: 'q', file: 'a/compose.yaml', services: { job: { image: 'acme/job' } } })
])

function at(file: string, line: number, col: number): SourceSpan {
  return { file, startLine: line, startColumn: col, endLine: line, endColumn: col + 1 }
}

/** A rule with one message, `say`, whose text is its data's `text`. */
function ruleOf(id: string, check: (context: RuleContext<'say'>) => void): Rule<'say'> {
  return defineRule({
    id,
    name: id,
    description: id,
    severity: 'medium',
    kind: 'security',
    precision: 'high',
    tags: [],
    help: { what: '', why: '', fix: '', bad: '', good: '' },
    messages: { say: '{{text}}' },
    check
  })
}

function service(id: string) {
  const found = topology.serviceById(id)
  if (!found) throw new Error(id)
  return found
}

describe('runRules', () => {
  it('fills defaults from the rule and the subject, and the profiles of the services', () => {
    const rule = ruleOf('demo', ({ report }) => {
      report({
        subject: service('p/web'),
        services: ['p/db', 'p/web'],
        networks: ['p_default', 'p_default'],
        messageId: 'say',
        data: { text: 'web reaches db' },
        location: at('p/compose.yaml', 2, 3)
      })
      report({
        subject: { project: 'q' },
        severity: 'high',
        messageId: 'say',
        data: { text: 'project-level' },
        location: at('a/compose.yaml', 1, 1),
        related: [{ span: at('p/compose.yaml', 5, 3), message: 'there' }]
      })
    })
    expect(runRules(topology, [rule])).toEqual([
      {
        ruleId: 'demo',
        severity: 'high',
        message: 'project-level',
        location: at('a/compose.yaml', 1, 1),
        related: [{ span: at('p/compose.yaml', 5, 3), message: 'there' }],
        project: 'q',
        services: [],
        networks: []
      },
      {
        ruleId: 'demo',
        severity: 'medium',
        message: 'web reaches db',
        location: at('p/compose.yaml', 2, 3),
        related: [],
        project: 'p',
        services: ['p/web', 'p/db'],
        networks: ['p_default'],
        profiles: ['public', 'data']
      }
    ])
  })

  it('sorts by file, line, column, rule and message', () => {
    const a = ruleOf('b-rule', ({ report }) => {
      for (const [line, col, message] of [
        [7, 5, 'z'],
        [7, 5, 'a'],
        [3, 9, 'm'],
        [3, 10, 'm']
      ] as const) {
        report({
          subject: service('p/api'),
          messageId: 'say',
          data: { text: message },
          location: at('p/compose.yaml', line, col)
        })
      }
    })
    const b = ruleOf('a-rule', ({ report }) => {
      report({
        subject: service('p/api'),
        messageId: 'say',
        data: { text: 'z' },
        location: at('p/compose.yaml', 7, 5)
      })
    })
    const findings = runRules(topology, [a, b])
    expect(
      findings.map(f => [f.location.startLine, f.location.startColumn, f.ruleId, f.message])
    ).toEqual([
      [3, 9, 'b-rule', 'm'],
      [3, 10, 'b-rule', 'm'],
      [7, 5, 'a-rule', 'z'],
      [7, 5, 'b-rule', 'a'],
      [7, 5, 'b-rule', 'z']
    ])
    expect(findings[2]?.profiles).toBeUndefined()
  })

  it('keeps scanning when a rule throws, and says which rule failed', () => {
    const logger = createRecordingLogger()
    const failures: RuleFailure[] = []
    const broken = ruleOf('broken', ({ report }) => {
      report({
        subject: service('p/api'),
        messageId: 'say',
        data: { text: 'half' },
        location: at('p/compose.yaml', 1, 1)
      })
      throw new Error('cannot read properties of undefined')
    })
    const fine = ruleOf('fine', ({ report }) => {
      report({
        subject: service('p/api'),
        messageId: 'say',
        data: { text: 'ok' },
        location: at('p/compose.yaml', 1, 1)
      })
    })
    const findings = runRules(topology, [broken, fine], {
      logger,
      onRuleError: failure => failures.push(failure)
    })
    expect(findings.map(f => f.ruleId)).toEqual(['fine'])
    expect(failures.map(f => f.ruleId)).toEqual(['broken'])
    expect(logger.lines).toEqual([
      'error: rule broken failed and was skipped: cannot read properties of undefined. This is a bug in tierguard; please report it'
    ])
    // Without options the failure is swallowed the same way: the scan goes on.
    expect(runRules(topology, [broken, fine]).map(f => f.ruleId)).toEqual(['fine'])
  })
})
