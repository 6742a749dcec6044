/**
 * Scans a fixture folder on its own and compares its findings with the `# expect:` / `# ok:`
 * comments of its files (STYLE item 10), line-exact and at a column a reviewer would point at.
 */
import { expect } from '@jest/globals'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { silentLogger } from '../../src/core/logger.js'
import { scan, type ScanResult } from '../../src/scan.js'
import { contentColumns, listYamlFiles, readExpectations } from '../rules/fixture-expectations.js'

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Scans `caseDir` (relative to the repository) and checks its findings against its comments. */
export async function expectFixtureFindings(
  caseDir: string,
  options: { env?: Record<string, string> } = {}
): Promise<ScanResult> {
  const absolute = path.join(repositoryRoot, caseDir)
  const expectations = listYamlFiles(absolute).flatMap(f =>
    readExpectations(f, path.relative(repositoryRoot, f).split(path.sep).join('/'))
  )
  const result = await scan({
    baseDir: repositoryRoot,
    paths: [caseDir],
    logger: silentLogger,
    ...(options.env ? { env: options.env } : {})
  })
  const key = (file: string, line: number, rule: string) => `${file}:${line} ${rule}`
  const actual = result.findings.map(f => key(f.location.file, f.location.startLine, f.ruleId))
  const expected = expectations
    .filter(e => e.kind === 'expect')
    .map(e => key(e.file, e.line, e.rule))
  expect([...new Set(actual)].sort()).toEqual([...new Set(expected)].sort())
  for (const ok of expectations.filter(e => e.kind === 'ok')) {
    expect(actual).not.toContain(key(ok.file, ok.line, ok.rule))
  }
  for (const finding of result.findings) {
    const { file, startLine, startColumn } = finding.location
    const columns = contentColumns(path.join(repositoryRoot, file), startLine)
    const at = `${finding.ruleId} at ${file}:${startLine}:${startColumn}`
    expect(columns.map(col => `${finding.ruleId} at ${file}:${startLine}:${col}`)).toContain(at)
  }
  return result
}
