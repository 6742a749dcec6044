/**
 * Golden files: each folder of `fixtures/examples/` is scanned, and its SARIF and text reports
 * are compared with `__tests__/golden/<case>/expected.sarif` and `expected.txt`, the tool
 * version and times normalised. After an intended change, rewrite them with
 *
 *   UPDATE_GOLDEN=1 NODE_OPTIONS='--experimental-vm-modules --no-warnings' npx jest __tests__/golden
 *
 * and review the diff. Every golden SARIF also goes through the validator.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Log } from 'sarif'
import { silentLogger } from '../../src/core/logger.js'
import { TOOL_VERSION } from '../../src/core/tool-info.js'
import { buildSarif, serializeSarif } from '../../src/report/sarif.js'
import { formatText } from '../../src/report/text.js'
import { scan } from '../../src/scan.js'
import { seriousIssues, validateSarifLogs } from '../helpers/sarif-validate.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../..')
const examples = path.join(repoRoot, 'fixtures/examples')
const cases = readdirSync(examples, { withFileTypes: true })
  .filter(d => d.isDirectory())
  .map(d => d.name)
  .sort()
const update = process.env.UPDATE_GOLDEN === '1'

function normalise(log: Log): Log {
  const copy = structuredClone(log)
  for (const run of copy.runs) {
    run.tool.driver.version = '0.0.0-golden'
    run.tool.driver.semanticVersion = '0.0.0-golden'
    for (const invocation of run.invocations ?? []) {
      invocation.startTimeUtc = '2000-01-01T00:00:00.000Z'
      invocation.endTimeUtc = '2000-01-01T00:00:00.000Z'
    }
  }
  return copy
}

function compare(file: string, actual: string): void {
  if (update || !existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, actual)
  }
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('golden reports of fixtures/examples', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  const logs: Record<string, Log> = {}
  for (const name of cases) {
    it(`${name}: SARIF and text match the golden files`, async () => {
      const result = await scan({
        baseDir: repoRoot,
        paths: [path.join('fixtures/examples', name)],
        logger: silentLogger
      })
      const log = normalise(buildSarif(result, { category: `examples/${name}` }))
      logs[name] = log
      // One descriptor per catalogue rule, and one per other severity a rule's findings have.
      const variants = new Set(
        result.findings
          .filter(f => f.severity !== result.rules.find(r => r.id === f.ruleId)?.severity)
          .map(f => `${f.ruleId}/${f.severity}`)
      )
      expect(log.runs[0]!.tool.driver.rules!.map(r => r.id)).toEqual([
        ...result.rules.map(r => r.id),
        ...variants
      ])
      compare(path.join(here, name, 'expected.sarif'), serializeSarif(log))
      compare(path.join(here, name, 'expected.txt'), formatText(result, { failOn: 'high' }))
      expect(serializeSarif(log)).not.toContain(`"semanticVersion": "${TOOL_VERSION}"`)
    })
  }

  it('every golden SARIF passes the validator', () => {
    expect(Object.keys(logs).sort()).toEqual(cases)
    const issues = validateSarifLogs(logs)
    for (const name of cases) {
      expect({ name, issues: seriousIssues(issues.get(name)!) }).toEqual({ name, issues: [] })
    }
  })
})
