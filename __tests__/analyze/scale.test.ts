import { describe, expect, it } from '@jest/globals'
import { buildTopology } from '../../src/analyze/build-topology.js'
import { buildProject, type ProjectSpec, type ServiceSpec } from '../helpers/build-model.js'

const PROJECTS = 10
const SERVICES = 200
const NETWORKS = 30

/** Plain data the expectation is computed from, independently of the topology. */
interface Planned {
  id: string
  networks: string[]
  publishes: boolean
}

function plan(): { specs: ProjectSpec[]; planned: Planned[] } {
  const specs: ProjectSpec[] = []
  const planned: Planned[] = []
  for (let p = 0; p < PROJECTS; p++) {
    const services: Record<string, ServiceSpec> = {}
    for (let i = 0; i < SERVICES; i++) {
      const keys = [...new Set([`n${i % NETWORKS}`, `n${(i * 7 + 3) % NETWORKS}`])]
      if (i % 50 === 0) keys.push('backbone')
      const publishes = i % 40 === 0
      services[`s${i}`] = {
        image: i % 10 === 0 ? 'postgres:16' : 'acme/app',
        networks: keys,
        ...(publishes ? { ports: [`${10000 + p * 1000 + i}:80`] } : {})
      }
      planned.push({
        id: `p${p}/s${i}`,
        networks: keys.map(k => (k === 'backbone' ? 'backbone' : `p${p}_${k}`)),
        publishes
      })
    }
    const networks: ProjectSpec['networks'] = {}
    for (let n = 0; n < NETWORKS; n++) networks[`n${n}`] = {}
    networks.backbone = p === 0 ? { name: 'backbone' } : { external: true, name: 'backbone' }
    specs.push({ name: `p${p}`, services, networks })
  }
  return { specs, planned }
}

describe('buildTopology at scale', () => {
  it('builds 2,000 services on 301 networks and answers directReach for every one', () => {
    const { specs, planned } = plan()
    const topology = buildTopology(specs.map(buildProject))
    expect(topology.services).toHaveLength(PROJECTS * SERVICES)
    expect(topology.networks).toHaveLength(PROJECTS * NETWORKS + 1)
    expect(topology.networks.find(n => n.id === 'backbone')?.members).toHaveLength(PROJECTS * 4)

    const members = new Map<string, Set<string>>()
    for (const s of planned) {
      for (const n of s.networks) members.set(n, (members.get(n) ?? new Set()).add(s.id))
    }
    const publishers = planned.filter(s => s.publishes).map(s => s.id)
    let hops = 0
    for (const s of planned) {
      const expected = new Set(publishers)
      for (const n of s.networks) for (const id of members.get(n) ?? []) expected.add(id)
      expected.delete(s.id)
      const node = topology.serviceById(s.id)
      if (!node) throw new Error(s.id)
      const reached = topology.directReach(node).map(h => h.to.id)
      expect(reached.length).toBe(expected.size)
      expect(reached.every(id => expected.has(id))).toBe(true)
      hops += reached.length
    }
    expect(hops).toBeGreaterThan(PROJECTS * SERVICES * 50)

    // Across projects: through another project's published port, then over its network; the
    // tie between p7/s40 and p7/s160 goes to the smaller id.
    const from = topology.serviceById('p3/s1')
    const to = topology.serviceById('p7/s1')
    if (!from || !to) throw new Error('missing')
    const path = topology.findPath(from, to)
    expect(
      path?.hops.map(h => [
        h.to.id,
        h.via.kind === 'network' ? h.via.network.id : h.via.kind,
        h.span.startLine
      ])
    ).toEqual([
      ['p7/s160', 'host-port', expect.any(Number)],
      ['p7/s1', 'p7_n10', expect.any(Number)]
    ])
  })
})
