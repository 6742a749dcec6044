/**
 * Issue 4's promise on real files: the SARIF written for the third-party corpus
 * (`../shared/corpus`, read in place) passes `sarif-multitool validate --rule-kind Sarif;Gh`
 * with no error and no warning. One log per corpus source, all validated in one run.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync } from 'node:fs'
import { silentLogger } from '../../src/core/logger.js'
import { buildSarif } from '../../src/report/sarif.js'
import { scan } from '../../src/scan.js'
import { CORPUS } from '../helpers/files.js'
import { validateSarifLogs } from '../helpers/sarif-validate.js'

const corpus = CORPUS
const present = existsSync(corpus)
if (!present) console.warn(`no corpus at ${corpus}: the corpus SARIF validation does not run`)

;(present ? describe : describe.skip)('SARIF of the corpus', () => {
  it('passes the GitHub validation with no error and no warning, for every source', async () => {
    const sources = readdirSync(corpus, { withFileTypes: true })
      .filter(e => e.isDirectory())
      .map(e => e.name)
      .sort()
    const logs: Record<string, string> = {}
    let results = 0
    for (const source of sources) {
      const result = await scan({ baseDir: corpus, paths: [source], logger: silentLogger })
      const log = buildSarif(result, { category: source })
      results += log.runs[0]?.results?.length ?? 0
      logs[source] = JSON.stringify(log)
    }
    // Not vacuous: the corpus yields findings, and every source was written.
    expect(results).toBeGreaterThan(100)
    const issues = validateSarifLogs(logs)
    expect(issues.size).toBe(sources.length)
    expect([...issues].filter(([, list]) => list.length > 0)).toEqual([])
  })
})
