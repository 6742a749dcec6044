import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { silentLogger } from '../../src/core/logger.js'
import { loadConfig } from '../../src/config/load-config.js'
import { RULES } from '../../src/rules/registry.js'
import { scan } from '../../src/scan.js'
import { contentColumns, listYamlFiles, readExpectations } from './fixture-expectations.js'

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

    for (const pinned of expectations.filter(e => e.kind === 'expect' && e.severity)) {
      const at = reported.filter(
        f =>
          f.location.file === pinned.file &&
          f.location.startLine === pinned.line &&
          f.ruleId === pinned.rule
      )
      expect(at.map(f => `${key(pinned.file, pinned.line, pinned.rule)} (${f.severity})`)).toEqual(
        at.map(() => `${key(pinned.file, pinned.line, pinned.rule)} (${pinned.severity})`)
      )
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
