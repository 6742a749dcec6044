/**
 * The rehearsal plan, without an engine: what would be created, which probes run, and what the
 * model predicts for each, with the location its verdict rests on.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import { scan } from '../../src/scan.js'
import { planRehearsal, type RehearsalPlan } from '../../src/verify/plan.js'

const root = path.resolve(import.meta.dirname, '../..')

async function planFolder(folder: string, baseDir = root): Promise<RehearsalPlan> {
  const result = await scan({
    baseDir,
    paths: [path.resolve(baseDir, folder)],
    logger: silentLogger
  })
  return planRehearsal(result.topology, { runId: 'abc123' })
}

async function planYaml(yaml: string): Promise<RehearsalPlan> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tierguard-plan-'))
  writeFileSync(path.join(dir, 'compose.yaml'), yaml)
  return planFolder('.', dir)
}

describe('planRehearsal', () => {
  it('plans the three-tier shop: networks, stand-ins, ports and the model verdicts', async () => {
    const plan = await planFolder('fixtures/examples/shop-three-tier')
    expect(plan.skipped).toEqual([])
    const [unit] = plan.units
    expect(unit?.networks.map(n => [n.engineName, n.internal])).toEqual([
      ['tgv-abc123-0-0-shop_backend', true],
      ['tgv-abc123-0-1-shop_frontend', false]
    ])
    expect(unit?.standIns.map(s => [s.node.service.name, s.ports, s.portsFrom])).toEqual([
      ['cache', [6379], 'product'],
      ['db', [5432], 'product'],
      ['proxy', [80], 'declared'],
      ['web', [80], 'default']
    ])
    const probes = unit?.probes ?? []
    const find = (kind: string, from: string, to: string) =>
      probes.find(p => p.kind === kind && p.from === `shop/${from}` && p.to === to)
    expect(find('ip', 'proxy', 'shop/db')).toMatchObject({
      port: 5432,
      expected: false,
      model: 'they share no network with inter-container communication on',
      span: {
        file: 'fixtures/examples/shop-three-tier/compose.yaml',
        startLine: 24,
        startColumn: 3
      }
    })
    // No name probe where the model predicts no resolution.
    expect(find('name', 'proxy', 'shop/db')).toBeUndefined()
    expect(find('name', 'web', 'shop/db')).toMatchObject({
      name: 'db',
      expected: true,
      model: 'both are on `shop_backend`',
      span: { startLine: 29, startColumn: 9 }
    })
    expect(
      probes
        .filter(p => p.from === 'host' || p.from === 'outside')
        .map(p => [p.from, p.to, p.port, p.expected, p.span.startLine, p.span.startColumn])
    ).toEqual([
      ['host', 'shop/proxy', 80, true, 8, 9],
      ['outside', 'shop/proxy', 80, true, 8, 9]
    ])
    expect(find('egress', 'db', 'host')).toMatchObject({
      expected: false,
      model: 'every network it is on is internal'
    })
    expect(find('egress', 'web', 'host')).toMatchObject({
      expected: true,
      model: '`shop_frontend` is not internal'
    })
  })

  it('publishes loopback ports on loopback and ingress ports of a stack on every interface', async () => {
    const plan = await planYaml(`services:
  db:
    image: postgres:16
    ports:
      - "127.0.0.1:5432:5432"
      - "10.1.2.3:5433:5432"
  web:
    image: nginx
    ports:
      - "8080:80"
`)
    const standIns = plan.units[0]?.standIns ?? []
    expect(
      standIns.map(s => [s.node.service.name, s.published.map(p => [p.hostIp, p.declaredPort])])
    ).toEqual([
      ['db', [['127.0.0.1', 5432]]],
      ['web', [['', 8080]]]
    ])
    // An address of another machine cannot be bound here: left out, and said so.
    expect(plan.skipped).toEqual([
      {
        what: expect.stringMatching(/\/db port 10\.1\.2\.3:5433:5432$/),
        reason: 'published on `10.1.2.3`, an address a rehearsal cannot bind',
        span: expect.objectContaining({ file: 'compose.yaml', startLine: 6, startColumn: 9 })
      }
    ])
    const outside = plan.units[0]?.probes.filter(p => p.kind === 'outside')
    expect(outside?.map(p => [p.to.split('/')[1], p.expected])).toEqual([
      ['db', false],
      ['web', true]
    ])
  })

  it('shares a namespace: the sharer listens in its owner, and they meet on localhost', async () => {
    const plan = await planFolder('fixtures/rules/data-reachable-from-edge/shared-namespace')
    const [unit] = plan.units
    const cache = unit?.standIns.find(s => s.node.service.name === 'cache')
    const proxy = unit?.standIns.find(s => s.node.service.name === 'proxy')
    expect(cache?.mode).toBe('namespace')
    expect(cache?.owner).toBe(proxy)
    expect(proxy?.listen).toEqual([443, 6379])
    expect(
      unit?.probes.find(
        p => p.kind === 'ip' && p.from.endsWith('/proxy') && p.to.endsWith('/cache')
      )
    ).toMatchObject({ expected: true, model: 'they share one network namespace' })
  })

  it('leaves out host mode and foreign drivers, saying why', async () => {
    const host = await planFolder('fixtures/rules/host-network/positive')
    expect(host.skipped.map(s => s.reason)).toContain(
      'host network mode is not rehearsed: a stand-in would listen on the machine itself'
    )
    const macvlan = await planYaml(`services:
  app:
    image: nginx
    networks: [lan]
networks:
  lan:
    driver: macvlan
`)
    expect(macvlan.units).toEqual([])
    expect(macvlan.skipped[0]?.reason).toMatch(/uses the `macvlan` driver/)
  })

  it('keeps text from the file out of engine names and probe names', async () => {
    const plan = await planYaml(`services:
  "web;rm -rf /":
    image: nginx
    networks:
      front:
        aliases: ["$(reboot)", "ok-alias"]
  other:
    image: nginx
    networks: [front]
networks:
  front: {}
`)
    const [unit] = plan.units
    for (const standIn of unit?.standIns ?? []) {
      expect(standIn.containerName).toMatch(/^tgv-abc123-[A-Za-z0-9_.-]+$/)
      expect(standIn.containerName.length).toBeLessThanOrEqual(63)
    }
    const names = (unit?.probes ?? []).filter(p => p.kind === 'name').map(p => p.name)
    expect(names.sort()).toEqual(['ok-alias', 'other'])
  })

  it('does not probe by a name several stand-ins answer to on one network', async () => {
    const plan = await planFolder('fixtures/rules/proxy-network-ambiguous')
    expect(plan.skipped).toContainEqual({
      what: 'name `traefik` on `web`',
      reason: '3 stand-ins answer to it, so probes by that name are not run (by IP they are)'
    })
    const byName = plan.units.flatMap(u => u.probes).filter(p => p.kind === 'name')
    expect(byName.some(p => p.name === 'traefik' && p.model === 'both are on `web`')).toBe(false)
    expect(byName.length).toBeGreaterThan(0)
  })
})
