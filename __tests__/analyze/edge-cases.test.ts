import { describe, expect, it } from '@jest/globals'
import { buildTopology } from '../../src/analyze/build-topology.js'
import { edgeKey } from '../../src/analyze/reachability.js'
import type { Hop, Topology } from '../../src/analyze/types.js'
import { buildProject } from '../helpers/build-model.js'
import * as f from './fixtures.js'

function reachOf(t: Topology, id: string): string[] {
  const node = t.serviceById(id)
  if (!node) throw new Error(id)
  return t.directReach(node).map((h: Hop) => `${h.to.id} ${h.via.kind}`)
}

describe('odd but valid configurations', () => {
  it('treats the external network named `host` as host mode, at the attachment', () => {
    const t = buildTopology([
      buildProject({
        name: 'mon',
        kind: 'stack',
        services: {
          exporter: { image: 'prom/node-exporter', networks: ['hostnet'] },
          app: { image: 'x/app' }
        },
        networks: { hostnet: { external: true, name: 'host' } }
      })
    ])
    const exporter = t.serviceById('mon/exporter')
    expect(exporter?.mode).toBe('host')
    expect(exporter?.memberships).toEqual([])
    expect(t.networks.map(n => n.id)).toEqual(['mon_default'])
    // services:/exporter:/image/networks:/- "hostnet" -> line 5
    expect(exporter && t.exposures(exporter)).toEqual([
      {
        kind: 'host-mode',
        public: true,
        span: { file: 'mon/compose.yaml', startLine: 5, startColumn: 9, endLine: 5, endColumn: 18 }
      }
    ])
    expect(reachOf(t, 'mon/app')).toEqual(['mon/exporter host-mode'])
  })

  it('puts a service that lists a network before the host network on no network at all', () => {
    const t = buildTopology([
      buildProject({
        name: 'mon',
        services: {
          exporter: { image: 'prom/node-exporter', networks: ['front', 'hostnet'] },
          app: { image: 'x/app', networks: ['front'] }
        },
        networks: { front: {}, hostnet: { external: true, name: 'host' } }
      })
    ])
    const exporter = t.serviceById('mon/exporter')
    expect(exporter?.mode).toBe('host')
    expect(exporter?.memberships).toEqual([])
    // The network's members and the services' memberships are one set of memberships.
    expect(t.networks.map(n => [n.id, n.members.map(m => m.service.id)])).toEqual([
      ['mon_front', ['mon/app']]
    ])
    // app reaches the host-mode exporter through the host, not over `front`.
    expect(reachOf(t, 'mon/app')).toEqual(['mon/exporter host-mode'])
    expect(reachOf(t, 'mon/exporter')).toEqual(['mon/app host-mode'])
  })

  it('lists an edge per way: each shared network, then the host port', () => {
    const t = buildTopology([
      buildProject({
        name: 'e',
        services: {
          web: { image: 'x/web', networks: ['b', 'a'] },
          api: { image: 'x/api', networks: ['a', 'b'], ports: ['8080:80'] }
        },
        networks: { a: {}, b: {} }
      })
    ])
    const web = t.serviceById('e/web')
    const edges = web ? t.edgesFrom(web) : []
    expect(edges.map(e => [edgeKey(e), e.span.startLine])).toEqual([
      // services:/api:/networks:/- "a" and - "b" (api's attachments), ports:/- "8080:80"
      ['e/web -> e/api by network e_a', 10],
      ['e/web -> e/api by network e_b', 11],
      ['e/web -> e/api by host-port 8080:80', 13]
    ])
    expect(web && t.directReach(web)).toEqual([edges[0]])
    expect(web && t.connection(web, edges[0]!.to)).toEqual(edges[0])
  })

  it('joins a network by name for any other network_mode value, shared with unknown others', () => {
    const t = buildTopology([
      buildProject({
        name: 'k',
        services: {
          a: { image: 'x/a', network_mode: 'LDC' },
          b: { image: 'x/b', network_mode: 'LDC' }
        }
      })
    ])
    expect(t.networks.map(n => [n.id, n.sharedWithUnknown, n.members.length])).toEqual([
      ['LDC', true, 2]
    ])
    expect(reachOf(t, 'k/a')).toEqual(['k/b network'])
  })

  it('gives no membership for an undeclared network (a rule reports the reference)', () => {
    const project = buildProject({
      name: 'u',
      services: {
        a: { image: 'x/a', networks: ['ghost', 'lan'] },
        b: { image: 'x/b', networks: ['lan'] }
      },
      networks: { lan: {} }
    })
    expect(project.services[0]?.networks.map(a => [a.network, a.declared])).toEqual([
      ['ghost', false],
      ['lan', true]
    ])
    const t = buildTopology([project])
    expect(t.serviceById('u/a')?.memberships.map(m => m.network.id)).toEqual(['u_lan'])
    expect(t.networks.map(n => n.id)).toEqual(['u_lan'])
  })

  it('keys two scanned folders of one name by their files, and keeps their networks apart', () => {
    const t = buildTopology([
      // Two folders called `app` somewhere in the repository: told apart by path.
      {
        ...buildProject({
          name: 'app',
          file: 'b/app/compose.yaml',
          services: { web: { image: 'x/b' } }
        }),
        directory: 'b/app',
        files: ['b/app/compose.yaml']
      },
      {
        ...buildProject({
          name: 'app',
          file: 'a/app/compose.yaml',
          services: { web: { image: 'x/a' } }
        }),
        directory: 'a/app',
        files: ['a/app/compose.yaml']
      }
    ])
    expect(t.services.map(s => [s.id, s.service.image?.value])).toEqual([
      ['app (a/app/compose.yaml)/web', 'x/a'],
      ['app (b/app/compose.yaml)/web', 'x/b']
    ])
    expect(
      t.networks.map(n => [n.id, n.realName, n.declarations.length, n.members.length])
    ).toEqual([
      ['app_default (app (a/app/compose.yaml))', 'app_default', 1, 1],
      ['app_default (app (b/app/compose.yaml))', 'app_default', 1, 1]
    ])
    expect(t.projects.map(p => t.projectKey(p))).toEqual([
      'app (b/app/compose.yaml)',
      'app (a/app/compose.yaml)'
    ])
  })

  it('gives the same answers whatever order the projects come in', () => {
    const forward = buildTopology([f.infra, f.app, f.intents, f.bank].map(buildProject))
    const backward = buildTopology([f.bank, f.intents, f.app, f.infra].map(buildProject))
    const summary = (t: Topology) => ({
      services: t.services.map(s => s.id),
      networks: t.networks.map(n => [n.id, n.primary?.project.name, n.sharedWithUnknown]),
      intents: t.intents.map(i => [i.from.id, i.to.id, i.kind, i.span.startLine]),
      reach: t.services.map(s => t.directReach(s).map(h => [h.to.id, h.via.kind, h.span])),
      paths: t.services.flatMap(a =>
        t.services.map(b => t.findPath(a, b)?.hops.map(h => [h.from.id, h.to.id]))
      )
    })
    expect(summary(backward)).toEqual(summary(forward))
  })

  it('finds an empty topology for no projects', () => {
    const t = buildTopology([])
    expect([t.services, t.networks, t.intents]).toEqual([[], [], []])
  })
})
