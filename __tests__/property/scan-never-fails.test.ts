/**
 * Property: whatever the repository holds, `scan()` resolves (never throws, never hangs), every
 * position it reports is a real position of a scanned file, it says the same thing twice, and
 * the SARIF built from it passes Microsoft's validator with GitHub's rules. The validator costs
 * about a third of a second per log, so each property keeps its logs and validates one of each
 * shape in a single call.
 *
 * Runs are seeded: a failure prints the seed; `FC_SEED=<seed>` replays it.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Log } from 'sarif'
import type { SourceSpan } from '../../src/core/span.js'
import { silentLogger } from '../../src/core/logger.js'
import { buildSarif } from '../../src/report/sarif.js'
import { scan, type ScanResult } from '../../src/scan.js'
import { seriousIssues, validateSarifLogs } from '../helpers/sarif-validate.js'
import { bytesRepo, composeRepo, damagedRepo, type Repo } from './compose-arbitraries.js'

const SEED = process.env.FC_SEED
  ? Number(process.env.FC_SEED)
  : Date.now() ^ (Math.random() * 0x100000000)
/** One scan takes a few milliseconds; these keep the file under ~30 s with the validator. */
const RUNS = { structures: 120, damaged: 80, bytes: 80 }
/** A single scan of a handful of small files: anything near this is a hang. */
const SCAN_TIME_LIMIT_MS = 5_000
const MAX_VALIDATED = 8

const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'tierguard-property-')))
let counter = 0
afterAll(() => rmSync(root, { recursive: true, force: true }))

function writeRepo(repo: Repo): string {
  const dir = path.join(root, `r${counter++}`)
  for (const [file, content] of Object.entries(repo)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
  return dir
}

/** Problems with the positions of a result: each must lie in a scanned (or named) file. */
function positionProblems(result: ScanResult, files: Set<string>): string[] {
  const problems: string[] = []
  const check = (what: string, span: SourceSpan) => {
    const { startLine, startColumn, endLine, endColumn } = span
    if (!files.has(span.file)) problems.push(`${what}: unknown file ${span.file}`)
    if (!(startLine >= 1 && startColumn >= 1))
      problems.push(`${what}: start ${startLine}:${startColumn}`)
    if (endLine < startLine || (endLine === startLine && endColumn < startColumn)) {
      problems.push(`${what}: end before start`)
    }
  }
  for (const d of result.diagnostics) check(`diagnostic ${d.code}`, d.span)
  for (const f of result.findings) {
    check(`finding ${f.ruleId}`, f.location)
    for (const r of f.related) check(`related of ${f.ruleId}`, r.span)
  }
  return problems
}

/** What must not change between two scans of the same files. */
function stableView(result: ScanResult): string {
  return JSON.stringify({ f: result.findings, d: result.diagnostics, p: result.projects })
}

interface Collected {
  logs: Record<string, string>
  inputs: Map<string, Repo>
}

/** Logs the properties chose, validated together by the last test (one validator start). */
const toValidate: Collected = { logs: {}, inputs: new Map() }

/** Runs the property over `arbitrary`, keeping each SARIF log for one validation at the end. */
async function checkScans(arbitrary: fc.Arbitrary<Repo>, numRuns: number, label: string) {
  const collected: Collected = { logs: {}, inputs: new Map() }
  await fc.assert(
    fc.asyncProperty(arbitrary, async repo => {
      const dir = writeRepo(repo)
      const started = performance.now()
      const first = await scan({ baseDir: dir, logger: silentLogger })
      const elapsed = performance.now() - started
      expect(elapsed).toBeLessThan(SCAN_TIME_LIMIT_MS)
      // Paths named by diagnostics: the files, plus `include`/`extends`/env targets they name.
      const named = new Set(Object.keys(repo))
      for (const d of first.diagnostics)
        if (d.code === 'missing-file' || d.code === 'path-skipped') named.add(d.span.file)
      expect(positionProblems(first, named)).toEqual([])
      const second = await scan({ baseDir: dir, logger: silentLogger })
      expect(stableView(second)).toBe(stableView(first))
      const name = `${label}-${Object.keys(collected.logs).length}`
      collected.logs[name] = JSON.stringify(buildSarif(first))
      collected.inputs.set(name, repo)
    }),
    { seed: SEED, numRuns, endOnFailure: true }
  )
  expect(Object.keys(collected.logs)).toHaveLength(numRuns)
  for (const [name, log] of Object.entries(chooseLogs(collected.logs))) {
    toValidate.logs[name] = log
    toValidate.inputs.set(name, collected.inputs.get(name) as Repo)
  }
}

/**
 * The validator costs a third of a second per log, so not every log is validated: the first of
 * each shape (which rules fired at which level, which notifications, paths, suppressions) and
 * the largest, at most `MAX_VALIDATED` of them.
 */
function chooseLogs(logs: Record<string, string>): Record<string, string> {
  const bySignature = new Map<string, string>()
  let largest: string | undefined
  for (const [name, text] of Object.entries(logs)) {
    if (largest === undefined || text.length > (logs[largest] as string).length) largest = name
    const run = (JSON.parse(text) as Log).runs[0]
    const signature = JSON.stringify([
      [
        ...new Set(
          (run?.results ?? []).map(
            r => `${r.ruleId}:${r.level}:${r.codeFlows ? 1 : 0}:${r.suppressions ? 1 : 0}`
          )
        )
      ].sort(),
      [
        ...new Set(
          (run?.invocations?.[0]?.toolExecutionNotifications ?? []).map(
            n => n.descriptor?.id ?? n.level
          )
        )
      ].sort()
    ])
    if (!bySignature.has(signature)) bySignature.set(signature, name)
  }
  const names = [...new Set([...(largest ? [largest] : []), ...bySignature.values()])]
  return Object.fromEntries(names.slice(0, MAX_VALIDATED).map(name => [name, logs[name] as string]))
}

describe(`scan() on generated repositories (seed ${SEED})`, () => {
  it('never throws, and reports stable positions, for random compose structures', async () => {
    await checkScans(composeRepo, RUNS.structures, 'structure')
  })

  it('never throws, and reports stable positions, for damaged compose text', async () => {
    await checkScans(damagedRepo, RUNS.damaged, 'damaged')
  })

  it('never throws, and reports stable positions, for random bytes under compose names', async () => {
    await checkScans(bytesRepo, RUNS.bytes, 'bytes')
  })

  it('wrote SARIF that passes the validator in every property above', () => {
    expect(Object.keys(toValidate.logs).length).toBeGreaterThanOrEqual(3)
    const issues = validateSarifLogs(toValidate.logs)
    const failures = [...issues]
      .map(([name, list]) => ({ name, problems: seriousIssues(list) }))
      .filter(f => f.problems.length > 0)
      .slice(0, 3)
      .map(f => ({
        seed: SEED,
        log: f.name,
        problems: f.problems,
        input: toValidate.inputs.get(f.name)
      }))
    expect(failures).toEqual([])
    expect(issues.size).toBe(Object.keys(toValidate.logs).length)
  })
})
