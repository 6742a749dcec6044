/**
 * The engine chooses a published port's host port when a stand-in is created and binds it only
 * when it starts; another process may take the port in between (it happened in CI, with two
 * rehearsals on one engine). The rehearsal then makes the stand-in again and carries on. The
 * engine is real; only its first answer to starting the database's stand-in is replaced by the
 * refusal podman gives. Needs an engine; without one the test is skipped and the reason printed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import { scan } from '../../src/scan.js'
import { EngineApiError, type EngineClient } from '../../src/verify/engine.js'
import { planRehearsal, RUN_LABEL } from '../../src/verify/plan.js'
import { rehearse, removeByLabel } from '../../src/verify/rehearse.js'
import { announceSkip, findTestEngine, TEST_IMAGE, type TestEngine } from './engine-for-tests.js'

const root = path.resolve(import.meta.dirname, '../..')
const runId = `race${process.pid.toString(36)}`
let engine: TestEngine

beforeAll(async () => {
  engine = await findTestEngine()
  if ('skip' in engine) announceSkip('__tests__/verify/port-race.test.ts', engine.skip)
}, 120_000)

afterAll(async () => {
  if ('client' in engine) await removeByLabel(engine.client, RUN_LABEL, runId, silentLogger)
}, 120_000)

describe('a host port taken between create and start', () => {
  it('makes the stand-in again and agrees with the model on every probe', async () => {
    if (!('client' in engine)) return announceSkip('host port race', engine.skip)
    const real = engine.client
    const calls: string[] = []
    let refused = false
    const racing: EngineClient = {
      url: real.url,
      version: () => real.version(),
      exec: (container, cmd) => real.exec(container, cmd),
      async call(method, apiPath, body, accept) {
        calls.push(`${method} ${apiPath.split('?')[0]}`)
        if (!refused && method === 'POST' && /^\/containers\/tgv-.*-db\/start$/.test(apiPath)) {
          refused = true
          throw new EngineApiError(
            500,
            method,
            apiPath,
            'cannot listen on the TCP port: listen tcp4 :38063: bind: address already in use'
          )
        }
        return real.call(method, apiPath, body, accept)
      }
    }
    const result = await scan({
      baseDir: root,
      paths: [path.join(root, 'fixtures/rules/data-port-published/positive')],
      logger: silentLogger
    })
    const plan = planRehearsal(result.topology, { runId })
    const outcomes = await rehearse(plan, {
      engine: racing,
      image: TEST_IMAGE,
      logger: silentLogger
    })

    expect(refused).toBe(true)
    const db = calls.filter(c => /\/containers\/(create|tgv-.*-db)/.test(c) && c.includes('db'))
    expect(db.filter(c => c.endsWith('/start'))).toHaveLength(2)
    expect(calls.some(c => c.startsWith('DELETE /containers/tgv-') && c.endsWith('-db'))).toBe(true)
    const published = outcomes.find(o => o.probe.kind === 'published' && o.probe.to.endsWith('/db'))
    expect(published).toMatchObject({ observed: true, probe: { expected: true } })
    expect(outcomes.filter(o => !o.unsupported && o.observed !== o.probe.expected)).toEqual([])
  }, 180_000)
})
