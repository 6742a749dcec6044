import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { silentLogger } from '../../src/core/logger.js'
import { loadConfig } from '../../src/config/load-config.js'
import { RULES } from '../../src/rules/registry.js'
import { scan } from '../../src/scan.js'
import {
  contentColumns,
  findMessageId,
  listYamlFiles,
  readExpectations,
  type Expectation
} from './fixture-expectations.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** `fixtures/rules/<rule>/<case>` and `fixtures/good/<case>`: each case is scanned on its own. */
function listCases(): string[] {
  const cases: string[] = []
  const rulesDir = path.join(root, 'fixtures/rules')
  for (const rule of readdirSync(rulesDir).sort()) {
    for (const c of readdirSync(path.join(rulesDir, rule)).sort())
      cases.push(`fixtures/rules/${rule}/${c}`)
  }
  const goodDir = path.join(root, 'fixtures/good')
  if (existsSync(goodDir)) {
    for (const c of readdirSync(goodDir).sort()) {
      if (statSync(path.join(goodDir, c)).isDirectory()) cases.push(`fixtures/good/${c}`)
    }
  }
  return cases
}

const key = (file: string, line: number, rule: string) => `${file}:${line} ${rule}`

describe('rule fixtures', () => {
  it.each(listCases())('%s reports exactly what its comments expect', async caseDir => {
    const absolute = path.join(root, caseDir)
    const expectations = listYamlFiles(absolute).flatMap(f =>
      readExpectations(f, path.relative(root, f).split(path.sep).join('/'))
    )
    const ids = new Set(RULES.map(r => r.id))
    expect(expectations.map(e => e.rule).filter(r => !ids.has(r))).toEqual([])
    // A pinned message id is one the rule declares.
    const messageIds = new Set(RULES.flatMap(r => Object.keys(r.messages).map(m => `${r.id}/${m}`)))
    expect(
      expectations
        .filter(e => e.messageId)
        .map(e => `${e.rule}/${e.messageId}`)
        .filter(m => !messageIds.has(m))
    ).toEqual([])
    // A case may carry its configuration, as a repository does at its root.
    const configFile = path.join(caseDir, '.tierguard.yml')
    const config = existsSync(path.join(root, configFile))
      ? loadConfig({ baseDir: root, file: configFile })
      : undefined
    const result = await scan({ baseDir: root, paths: [caseDir], logger: silentLogger, config })

    // Suppressed findings are not alerts; __tests__/config checks how they are kept.
    const reported = result.findings.filter(f => !f.suppression)
    const actual = reported.map(f => key(f.location.file, f.location.startLine, f.ruleId))
    const expected = expectations
      .filter(e => e.kind === 'expect')
      .map(e => key(e.file, e.line, e.rule))
    expect([...new Set(actual)].sort()).toEqual([...new Set(expected)].sort())

    // Every finding renders one of its rule's declared messages.
    const rules = new Map(RULES.map(r => [r.id, r]))
    const messageIdOf = (f: (typeof reported)[number]): string[] => {
      const rule = rules.get(f.ruleId)
      const id = rule && findMessageId(rule, f.message)
      return id ? [id] : []
    }
    for (const finding of reported) {
      const at = `${key(finding.location.file, finding.location.startLine, finding.ruleId)}: ${finding.message}`
      expect([at, messageIdOf(finding).length]).toEqual([at, 1])
    }
    const findingsAt = (e: Expectation) =>
      reported.filter(
        f => f.location.file === e.file && f.location.startLine === e.line && f.ruleId === e.rule
      )
    for (const pinned of expectations.filter(e => e.kind === 'expect' && e.severity)) {
      // With a message id, the severity is that message's; without, every finding's there.
      const at = findingsAt(pinned).filter(
        f => !pinned.messageId || messageIdOf(f).includes(pinned.messageId)
      )
      expect(at.map(f => `${key(pinned.file, pinned.line, pinned.rule)} (${f.severity})`)).toEqual(
        at.map(() => `${key(pinned.file, pinned.line, pinned.rule)} (${pinned.severity})`)
      )
    }
    // Message ids: each pinned one is reported there; where every marker names one, no other is.
    const places = new Map<string, Expectation[]>()
    for (const e of expectations.filter(x => x.kind === 'expect')) {
      const place = key(e.file, e.line, e.rule)
      places.set(place, [...(places.get(place) ?? []), e])
    }
    for (const [place, markers] of places) {
      const pinnedIds = markers.flatMap(m => m.messageId ?? [])
      if (pinnedIds.length === 0) continue
      const first = markers[0]!
      const actualIds = [...new Set(findingsAt(first).flatMap(messageIdOf))].sort()
      const expectedIds = [...new Set(pinnedIds)].sort()
      if (pinnedIds.length === markers.length) {
        expect(`${place}/${actualIds.join(',')}`).toBe(`${place}/${expectedIds.join(',')}`)
      } else {
        for (const id of expectedIds)
          expect(actualIds.map(a => `${place}/${a}`)).toContain(`${place}/${id}`)
      }
    }
    for (const ok of expectations.filter(e => e.kind === 'ok')) {
      expect(actual).not.toContain(key(ok.file, ok.line, ok.rule))
    }
    for (const finding of reported) {
      const { file, startLine, startColumn } = finding.location
      const columns = contentColumns(path.join(root, file), startLine)
      const at = `${finding.ruleId} at ${file}:${startLine}:${startColumn}`
      expect(columns.map(col => `${finding.ruleId} at ${file}:${startLine}:${col}`)).toContain(at)
    }
    // No rule fixture may rest on input the loader had to reject or guess at, except the
    // errors that are themselves the findings (invalid-compose-file's fixtures).
    const refused = new Set(
      reported.filter(f => f.ruleId === 'invalid-compose-file').map(f => JSON.stringify(f.location))
    )
    expect(
      result.diagnostics.filter(d => d.severity === 'error' && !refused.has(JSON.stringify(d.span)))
    ).toEqual([])
  })
})
