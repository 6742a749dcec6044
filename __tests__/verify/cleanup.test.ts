/**
 * An interrupted rehearsal (Ctrl-C in the CLI aborts its signal) stops and still removes every
 * container and network it created, found by its run label. Needs an engine; without one the
 * test is skipped and the reason printed.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import { scan } from '../../src/scan.js'
import { planRehearsal, RUN_LABEL } from '../../src/verify/plan.js'
import { rehearse } from '../../src/verify/rehearse.js'
import { announceSkip, findTestEngine, TEST_IMAGE, type TestEngine } from './engine-for-tests.js'

const root = path.resolve(import.meta.dirname, '../..')
let engine: TestEngine

beforeAll(async () => {
  engine = await findTestEngine()
  if ('skip' in engine) announceSkip('__tests__/verify/cleanup.test.ts', engine.skip)
}, 120_000)

describe('an interrupted rehearsal', () => {
  it('removes everything it created', async () => {
    if (!('client' in engine)) return announceSkip('an interrupted rehearsal', engine.skip)
    const client = engine.client
    const result = await scan({
      baseDir: root,
      paths: [path.join(root, 'fixtures/examples/shop-three-tier')],
      logger: silentLogger
    })
    const runId = `abort${process.pid.toString(36)}`
    const plan = planRehearsal(result.topology, { runId })
    const controller = new AbortController()
    const filters = encodeURIComponent(JSON.stringify({ label: [`${RUN_LABEL}=${runId}`] }))
    let createdBeforeAbort = 0
    const logger = {
      ...silentLogger,
      info: (message: string) => {
        // Interrupted once the networks and stand-ins exist, as Ctrl-C mid-run would.
        if (!message.startsWith('Starting')) return
        void client.call('GET', `/containers/json?all=true&filters=${filters}`).then(r => {
          createdBeforeAbort = (r.body as unknown[]).length
          controller.abort()
        })
      }
    }
    await expect(
      rehearse(plan, { engine: client, image: TEST_IMAGE, logger, signal: controller.signal })
    ).rejects.toThrow('verification interrupted')
    expect(createdBeforeAbort).toBeGreaterThan(0)
    const containers = await client.call('GET', `/containers/json?all=true&filters=${filters}`)
    const networks = await client.call('GET', `/networks?filters=${filters}`)
    expect(containers.body).toEqual([])
    expect(networks.body).toEqual([])
  }, 180_000)
})
