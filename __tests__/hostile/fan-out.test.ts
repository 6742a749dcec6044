/**
 * One file, 3,000 services on one network: half reverse proxies that publish a port, half
 * databases. Every proxy reaches every database. Findings once listed every proxy, so their
 * size and the work of writing them grew with proxies x databases (67 s, 3.3 GB and a 226 MB
 * SARIF). Now each finding names a bounded number of services and locations and says how many
 * more; this pins the sizes, not the time (`npm run bench` times the same case).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { FINDING_BOUNDS } from '../../src/rules/helpers.js'
import { planSarif, serializePlannedSarif } from '../../src/report/sarif.js'
import type { ScanResult } from '../../src/scan.js'
import { makeRepo, removeRepo, timedScan, writeTree } from './hostile-helpers.js'

const SERVICES = 3000
const PROXIES = SERVICES / 2

/** The compose file: `proxyN` (even N) publishes `10000+N:80`; `dbN` (odd N) is PostgreSQL. */
function fanOutCompose(count: number): string {
  const lines = ['name: fanout', 'services:']
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0)
      lines.push(`  proxy${i}:`, '    image: nginx:1.27', `    ports: ["${10000 + i}:80"]`)
    else lines.push(`  db${i}:`, '    image: postgres:16')
    lines.push('    networks: [shared]')
  }
  lines.push('networks:', '  shared: {}')
  return lines.join('\n') + '\n'
}

/** The line of a service's `networks: [shared]` entry: 4 lines a proxy, 3 a database. */
function networksLine(index: number): number {
  return 2 + Math.ceil(index / 2) * 4 + Math.floor(index / 2) * 3 + (index % 2 === 0 ? 4 : 3)
}

describe(`${SERVICES} services on one network, half proxies, half databases`, () => {
  let dir: string
  let result: ScanResult

  beforeAll(async () => {
    dir = makeRepo()
    writeTree(dir, { 'compose.yaml': fanOutCompose(SERVICES) })
    result = (await timedScan(dir)).result
  }, 120_000)
  afterAll(() => removeRepo(dir))

  it('reports each database once, naming the first proxies and how many more', () => {
    const reachable = result.findings.filter(f => f.ruleId === 'data-reachable-from-edge')
    expect(reachable).toHaveLength(SERVICES - PROXIES)
    const db1 = reachable.find(f => f.services[0] === 'fanout/db1')
    expect(networksLine(1)).toBe(9)
    expect(db1?.location).toEqual({
      file: 'compose.yaml',
      startLine: 9,
      startColumn: 16,
      endLine: 9,
      endColumn: 22
    })
    const names = '`proxy0`, `proxy2`, `proxy4`, `proxy6`, `proxy8` and 1,495 more'
    expect(db1?.message).toBe(
      `\`db1\` (PostgreSQL) is on \`shared\`, which the public proxies ${names} also join: ` +
        'a compromised proxy can connect to PostgreSQL directly, with no application in between. ' +
        `Move \`db1\` to a network ${names} do not join, e.g. an \`internal\` backend network shared only with the services that use it.`
    )
    expect(db1?.related.map(r => `${r.span.startLine}:${r.span.startColumn} ${r.message}`)).toEqual(
      [0, 2, 4, 6, 8].map(i => `${networksLine(i)}:16 \`proxy${i}\` (nginx) joins \`shared\` here`)
    )
    expect(db1?.services).toEqual([
      'fanout/db1',
      'fanout/proxy0',
      'fanout/proxy2',
      'fanout/proxy4',
      'fanout/proxy6',
      'fanout/proxy8'
    ])
  })

  it('bounds every finding: related locations, services and path', () => {
    expect(result.findings.length).toBeGreaterThan(PROXIES)
    for (const finding of result.findings) {
      expect(finding.related.length).toBeLessThanOrEqual(FINDING_BOUNDS.relatedLocations)
      expect(finding.services.length).toBeLessThanOrEqual(FINDING_BOUNDS.services)
      expect(finding.path?.length ?? 0).toBeLessThanOrEqual(2)
      expect(finding.message.length).toBeLessThan(1500)
    }
    // The one flat-network finding names five of each kind, locates the first 20 services and
    // counts the locations it leaves out.
    const flat = result.findings.filter(f => f.ruleId === 'flat-network')
    expect(flat).toHaveLength(1)
    expect(flat[0]?.message).toContain(
      'the proxy `proxy8` (nginx) and 1,495 more, reached from outside'
    )
    expect(flat[0]?.message).toContain('`db9` (PostgreSQL) and 1,495 more, with nothing in between')
    expect(flat[0]?.message).toMatch(/\(2,980 more related locations are not listed\.\)$/)
  })

  it('writes a SARIF log under 10 MB', () => {
    let bytes = 0
    for (const piece of serializePlannedSarif(planSarif(result))) bytes += Buffer.byteLength(piece)
    expect(bytes).toBeLessThan(10 * 1000 * 1000)
  })
})
