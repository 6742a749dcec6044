/**
 * A 20-service project (fixtures/verify/twenty-services) rehearses completely and agrees with
 * the model. Its duration is printed for docs/verify.md, never asserted: CPU is shared.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import { scan } from '../../src/scan.js'
import { planRehearsal, RUN_LABEL } from '../../src/verify/plan.js'
import { rehearse, removeByLabel } from '../../src/verify/rehearse.js'
import { buildRehearsalReport } from '../../src/verify/report.js'
import { announceSkip, findTestEngine, TEST_IMAGE, type TestEngine } from './engine-for-tests.js'

const root = path.resolve(import.meta.dirname, '../..')
let engine: TestEngine

beforeAll(async () => {
  engine = await findTestEngine()
  if ('skip' in engine) announceSkip('__tests__/verify/twenty-services.test.ts', engine.skip)
}, 120_000)

describe('a 20-service rehearsal', () => {
  it('agrees with the model on every probe', async () => {
    if (!('client' in engine)) {
      announceSkip('a 20-service rehearsal', engine.skip)
      return
    }
    const started = performance.now()
    const result = await scan({
      baseDir: root,
      paths: [path.join(root, 'fixtures/verify/twenty-services')],
      logger: silentLogger
    })
    expect(result.topology.services).toHaveLength(20)
    const runId = `twenty${process.pid.toString(36)}`
    const plan = planRehearsal(result.topology, { runId })
    try {
      const outcomes = await rehearse(plan, {
        engine: engine.client,
        image: TEST_IMAGE,
        logger: { ...silentLogger, info: m => process.stderr.write(`[measure] ${m}\n`) },
        concurrency: Number(process.env.TIERGUARD_TEST_CONCURRENCY ?? 4)
      })
      const report = buildRehearsalReport({
        engine: { ...(await engine.client.version()), url: engine.url },
        image: TEST_IMAGE,
        outcomes,
        skipped: plan.skipped,
        durationMs: performance.now() - started
      })
      expect(report.probes.filter(p => p.message).map(p => p.message)).toEqual([])
      expect(report.skipped).toEqual([])
      process.stderr.write(
        `\n[measure] 20-service rehearsal: ${report.probes.length} probes in ${(report.durationMs / 1000).toFixed(1)} s\n`
      )
    } finally {
      await removeByLabel(engine.client, RUN_LABEL, runId, silentLogger)
    }
  }, 300_000)
})
