/**
 * The engine is the last word on who can reach whom: every rule fixture folder and the README
 * examples are rehearsed on a real engine (one rehearsal per folder, probes run concurrently),
 * and every probe must agree with the model. Needs an engine (scripts/engine-setup.sh); without
 * one the tests are skipped and the reason is printed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import { scan } from '../../src/scan.js'
import { planRehearsal, RUN_LABEL } from '../../src/verify/plan.js'
import { rehearse, removeByLabel } from '../../src/verify/rehearse.js'
import { buildRehearsalReport, type VerifyReport } from '../../src/verify/report.js'
import { announceSkip, findTestEngine, TEST_IMAGE, type TestEngine } from './engine-for-tests.js'

const root = path.resolve(import.meta.dirname, '../..')
const ruleFolders = readdirSync(path.join(root, 'fixtures/rules')).sort()

let engine: TestEngine
const reports = new Map<string, VerifyReport>()

beforeAll(async () => {
  engine = await findTestEngine()
  if ('skip' in engine) announceSkip('__tests__/verify/rehearse-fixtures.test.ts', engine.skip)
}, 120_000)

const runPrefix = `fixtures${process.pid.toString(36)}`

afterAll(async () => {
  if ('client' in engine) {
    // Nothing of this file's rehearsals may be left behind (other test files may be running).
    const filters = encodeURIComponent(JSON.stringify({ label: [RUN_LABEL] }))
    const ours = (body: unknown) =>
      (body as { Labels?: Record<string, string> }[]).filter(o =>
        o.Labels?.[RUN_LABEL]?.startsWith(runPrefix)
      )
    const left = await engine.client.call('GET', `/containers/json?all=true&filters=${filters}`)
    const networks = await engine.client.call('GET', `/networks?filters=${filters}`)
    expect(ours(left.body)).toEqual([])
    expect(ours(networks.body)).toEqual([])
  }
})

/** Rehearses one folder, as `tierguard verify FOLDER` from the repository root would. */
async function rehearseFolder(folder: string): Promise<VerifyReport> {
  if (!('client' in engine)) throw new Error('no engine')
  const started = performance.now()
  const result = await scan({
    baseDir: root,
    paths: [path.join(root, folder)],
    logger: silentLogger
  })
  const runId = `${runPrefix}x${reports.size}`
  const plan = planRehearsal(result.topology, { runId })
  try {
    const outcomes = await rehearse(plan, {
      engine: engine.client,
      image: TEST_IMAGE,
      logger: silentLogger
    })
    const report = buildRehearsalReport({
      engine: { ...(await engine.client.version()), url: engine.url },
      image: TEST_IMAGE,
      outcomes,
      skipped: plan.skipped,
      durationMs: performance.now() - started
    })
    reports.set(folder, report)
    return report
  } finally {
    await removeByLabel(engine.client, RUN_LABEL, runId, silentLogger)
  }
}

function disagreements(report: VerifyReport): string[] {
  return report.probes.filter(p => p.message).map(p => `${p.location} ${p.message}`)
}

const withEngine = (name: string, fn: () => Promise<void>) =>
  it(
    name,
    async () => {
      if ('skip' in engine) {
        announceSkip(name, engine.skip)
        return
      }
      await fn()
    },
    300_000
  )

describe('rehearsal of the README examples', () => {
  withEngine('agrees with the model on every probe of fixtures/examples', async () => {
    const report = await rehearseFolder('fixtures/examples')
    expect(disagreements(report)).toEqual([])
    expect(report.mismatches).toBe(0)
    // Not a vacuous agreement: the engine both let through and stopped connections.
    expect(report.probes.filter(p => p.observed).length).toBeGreaterThan(20)
    expect(report.probes.filter(p => !p.observed).length).toBeGreaterThan(5)

    const three = 'shop (fixtures/examples/shop-three-tier/compose.yaml)'
    const find = (kind: string, from: string, to: string) =>
      report.probes.find(p => p.kind === kind && p.from === from && p.to === to)
    // The proxy is on `frontend` only: it cannot reach PostgreSQL on the internal `backend`.
    expect(find('ip', `${three}/proxy`, `${three}/db`)).toMatchObject({
      port: 5432,
      expected: false,
      observed: false,
      location: 'fixtures/examples/shop-three-tier/compose.yaml:24:3'
    })
    // The app reaches it by name over `shop_backend`, where the model says they meet.
    expect(find('name', `${three}/web`, `${three}/db`)).toMatchObject({
      port: 5432,
      target: 'db',
      expected: true,
      observed: true,
      location: 'fixtures/examples/shop-three-tier/compose.yaml:29:9'
    })
    // `backend` is internal: db has no way out to the host; the proxy has.
    expect(find('egress', `${three}/db`, 'host')).toMatchObject({
      expected: false,
      observed: false
    })
    expect(find('egress', `${three}/proxy`, 'host')).toMatchObject({
      expected: true,
      observed: true
    })
    // The stack's ingress ports are public, from outside as from the host.
    expect(find('outside', 'outside', 'swarm-voting/db')).toMatchObject({
      port: 5432,
      expected: true,
      observed: true,
      location: 'fixtures/examples/swarm-voting/docker-stack.yml:29:9'
    })
  })
})

describe('rehearsal of the rule fixtures', () => {
  for (const folder of ruleFolders) {
    withEngine(`agrees with the model on every probe of fixtures/rules/${folder}`, async () => {
      const report = await rehearseFolder(`fixtures/rules/${folder}`)
      expect(disagreements(report)).toEqual([])
      // Every rehearsable folder yields probes; the ones left out say why.
      expect(report.probes.length + report.skipped.length).toBeGreaterThan(0)
      for (const skip of report.skipped) expect(skip.reason).not.toBe('')
    })
  }
})
