/**
 * `Topology.connection` and `findPath` at scale, against brute force: on a generated scan of
 * 2,000 services in every networking mode, `connection(a, b)` must be the very hop
 * `directReach(a)` lists for `b` (or nothing), for every ordered pair; and `findPath` must be the
 * shortest path a breadth-first search over `directReach` finds, with the same tie-break
 * (level by level in id order, a service's parent the first of the previous level reaching it).
 */
import { describe, expect, it } from '@jest/globals'
import { buildTopology } from '../../src/analyze/build-topology.js'
import { edgeKey } from '../../src/analyze/reachability.js'
import type { Hop, Path, ServiceNode, Topology } from '../../src/analyze/types.js'
import { buildProject, type ProjectSpec, type ServiceSpec } from '../helpers/build-model.js'

const PROJECTS = 10
const SERVICES = 200
const NETWORKS = 12

/** mulberry32: a seeded PRNG, so a failure reproduces. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Ten projects (two of them Swarm stacks) of 200 services in every networking mode. */
function generate(seed: number): ProjectSpec[] {
  const random = createRandom(seed)
  const specs: ProjectSpec[] = []
  for (let p = 0; p < PROJECTS; p++) {
    const networks: ProjectSpec['networks'] = {}
    for (let n = 0; n < NETWORKS; n++) {
      networks[`n${n}`] = { internal: n % 4 === 1, iccDisabled: n % 6 === 5 }
    }
    networks.mesh = p === 0 ? { name: 'mesh' } : { external: true, name: 'mesh' }
    const services: Record<string, ServiceSpec> = {}
    for (let i = 0; i < SERVICES; i++) {
      const roll = random()
      const spec: ServiceSpec = { image: i % 10 === 0 ? 'postgres:16' : 'acme/app' }
      if (roll < 0.03) spec.network_mode = 'host'
      else if (roll < 0.05) spec.network_mode = 'none'
      else if (roll < 0.07) spec.network_mode = 'bridge'
      else if (roll < 0.12 && i > 0) spec.network_mode = `service:s${Math.floor(random() * i)}`
      else if (roll < 0.14)
        spec.network_mode = `service:s${i}` // a cycle: isolated
      else {
        const count = 1 + Math.floor(random() * 3)
        const keys = new Set<string>()
        for (let k = 0; k < count; k++) keys.add(`n${Math.floor(random() * NETWORKS)}`)
        if (random() < 0.02) keys.add('mesh')
        spec.networks = [...keys]
      }
      const ports = random()
      if (spec.network_mode !== 'none' && ports < 0.06) spec.ports = [`${20000 + p * 1000 + i}:80`]
      else if (ports < 0.09) spec.ports = [`127.0.0.1:${20000 + p * 1000 + i}:80`]
      else if (ports < 0.1) spec.ports = [{ target: 80, published: 30000 + i, mode: 'host' }]
      services[`s${i}`] = spec
    }
    specs.push({ name: `p${p}`, kind: p % 5 === 4 ? 'stack' : 'compose', services, networks })
  }
  return specs
}

/** What a test compares of a hop: where it goes, how, and the line it points at. */
function describeHop(hop: Hop | undefined): string | undefined {
  if (!hop) return undefined
  const via =
    hop.via.kind === 'network'
      ? `network ${hop.via.network.id}`
      : hop.via.kind === 'host-port'
        ? `host-port ${hop.via.port.text}`
        : hop.via.kind
  const { file, startLine, startColumn, endLine, endColumn } = hop.span
  return `${hop.from.id} -> ${hop.to.id} by ${via} at ${file}:${startLine}:${startColumn}-${endLine}:${endColumn}`
}

/** The path the search must find, by brute force over `directReach`. */
function bruteForcePath(topology: Topology, a: ServiceNode, b: ServiceNode): Path | undefined {
  const index = new Map(topology.services.map((s, i) => [s, i]))
  const parent = new Map<ServiceNode, ServiceNode | null>([[a, null]])
  let level = [a]
  while (level.length > 0 && !parent.has(b)) {
    const next: ServiceNode[] = []
    for (const node of level) {
      for (const hop of topology.directReach(node)) {
        if (parent.has(hop.to)) continue
        parent.set(hop.to, node)
        next.push(hop.to)
      }
    }
    level = next.sort((x, y) => (index.get(x) ?? 0) - (index.get(y) ?? 0))
  }
  if (!parent.has(b)) return undefined
  const chain: ServiceNode[] = []
  for (let n: ServiceNode | null | undefined = b; n; n = parent.get(n)) chain.unshift(n)
  const hops = chain.slice(1).map((to, k) => {
    const from = chain[k] as ServiceNode
    return topology.directReach(from).find(h => h.to === to) as Hop
  })
  return { from: a, to: b, hops }
}

describe('connection and findPath on 2,000 services', () => {
  const topology = buildTopology(generate(20240601).map(buildProject))
  const services = topology.services

  it('generates every networking mode', () => {
    expect(services).toHaveLength(PROJECTS * SERVICES)
    const modes = new Set(services.map(s => s.mode))
    expect([...modes].sort()).toEqual(['bridge', 'host', 'namespace', 'networks', 'none'])
    expect(services.some(s => s.mode === 'namespace' && !s.namespaceOwner)).toBe(true)
    expect(topology.networks.some(n => n.iccDisabled)).toBe(true)
    expect(topology.networks.some(n => n.internal)).toBe(true)
  })

  it('answers connection(a, b) with the hop directReach(a) has to b, for every pair', () => {
    const kinds = new Map<string, number>()
    let connected = 0
    let mismatches = 0
    const firstMismatches: string[] = []
    for (const a of services) {
      const expected = new Map(topology.directReach(a).map(hop => [hop.to, hop]))
      for (const b of services) {
        const want = describeHop(expected.get(b))
        const got = describeHop(topology.connection(a, b))
        if (want !== got) {
          mismatches++
          if (firstMismatches.length < 5)
            firstMismatches.push(`${a.id} -> ${b.id}: ${got} / ${want}`)
        }
        const hop = expected.get(b)
        if (hop) {
          connected++
          kinds.set(hop.via.kind, (kinds.get(hop.via.kind) ?? 0) + 1)
        }
      }
    }
    expect(firstMismatches).toEqual([])
    expect(mismatches).toBe(0)
    // Every way of connecting occurs, and most pairs are not connected at all.
    expect([...kinds.keys()].sort()).toEqual(['host-mode', 'host-port', 'namespace', 'network'])
    expect(connected).toBeGreaterThan(services.length * 20)
    expect(connected).toBeLessThan(services.length * services.length)
  })

  it('finds the same shortest paths as a search over directReach', () => {
    const random = createRandom(7)
    let found = 0
    let longest = 0
    for (let k = 0; k < 60; k++) {
      const a = services[Math.floor(random() * services.length)] as ServiceNode
      const b = services[Math.floor(random() * services.length)] as ServiceNode
      const want = bruteForcePath(topology, a, b)
      const got = topology.findPath(a, b)
      expect(got?.hops.map(describeHop)).toEqual(want?.hops.map(describeHop))
      if (got && got.hops.length > 0) found++
      longest = Math.max(longest, got?.hops.length ?? 0)
    }
    expect(found).toBeGreaterThan(20)
    expect(longest).toBeGreaterThan(1)
  })

  it('lists in edgesFrom(a) every way a reaches each service, the first being directReach', () => {
    let extraWays = 0
    const wrong: string[] = []
    for (const a of services) {
      const edges = topology.edgesFrom(a)
      const first = new Map<ServiceNode, Hop>()
      for (const edge of edges) {
        if (edge.from !== a) wrong.push(edgeKey(edge))
        if (first.has(edge.to)) extraWays++
        else first.set(edge.to, edge)
      }
      const best = [...first.values()].sort((x, y) => x.to.index - y.to.index)
      const reach = topology.directReach(a)
      if (best.map(describeHop).join('\n') !== reach.map(describeHop).join('\n'))
        wrong.push(`${a.id}: first edges differ from directReach`)
      if (new Set(edges.map(edgeKey)).size !== edges.length) wrong.push(`${a.id}: repeated edge`)
    }
    expect(wrong.slice(0, 5)).toEqual([])
    // Services on two shared networks (or a network and the host) have several ways.
    expect(extraWays).toBeGreaterThan(services.length)
  })
})
