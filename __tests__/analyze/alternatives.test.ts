import { describe, expect, it } from '@jest/globals'
import { buildTopology } from '../../src/analyze/build-topology.js'
import type { Topology } from '../../src/analyze/types.js'
import type { Project } from '../../src/model/types.js'
import { buildProject, type ProjectSpec } from '../helpers/build-model.js'

/** A project of `spec` loaded from `files` (the last one holds the spec's text). */
function projectOf(spec: ProjectSpec, files: string[]): Project {
  const project = buildProject({ ...spec, file: files[files.length - 1] })
  const directory = files[0]?.split('/')[0] ?? '.'
  return { ...project, directory, files }
}

function node(t: Topology, id: string) {
  const found = t.serviceById(id)
  if (!found) throw new Error(`no service ${id} in ${t.services.map(s => s.id).join(', ')}`)
  return found
}

/** `docker-compose.postgres.yml` and `docker-compose.mysql.yml` of folder `shop`, planned alone. */
const postgres = projectOf(
  {
    name: 'shop',
    services: {
      app: { image: 'x/app', environment: { DATABASE_URL: 'postgres://db:5432/shop' } },
      db: { image: 'postgres:16' }
    }
  },
  ['shop/docker-compose.postgres.yml']
)
const mysql = projectOf(
  {
    name: 'shop',
    services: {
      app: { image: 'x/app', environment: { DATABASE_URL: 'mysql://db:3306/shop' } },
      db: { image: 'mysql:8' }
    }
  },
  ['shop/docker-compose.mysql.yml']
)

describe('projects of one name (alternatives of one folder)', () => {
  it('keys each by the file that tells it apart, with no numbered ids', () => {
    const t = buildTopology([postgres, mysql])
    expect(t.services.map(s => s.id)).toEqual([
      'shop (docker-compose.mysql.yml)/app',
      'shop (docker-compose.mysql.yml)/db',
      'shop (docker-compose.postgres.yml)/app',
      'shop (docker-compose.postgres.yml)/db'
    ])
  })

  it('gives each its own default network: no reach between the alternatives', () => {
    const t = buildTopology([postgres, mysql])
    expect(t.networks.map(n => [n.id, n.realName, n.members.map(m => m.service.id)])).toEqual([
      [
        'shop_default (shop (docker-compose.mysql.yml))',
        'shop_default',
        ['shop (docker-compose.mysql.yml)/app', 'shop (docker-compose.mysql.yml)/db']
      ],
      [
        'shop_default (shop (docker-compose.postgres.yml))',
        'shop_default',
        ['shop (docker-compose.postgres.yml)/app', 'shop (docker-compose.postgres.yml)/db']
      ]
    ])
    const pgApp = node(t, 'shop (docker-compose.postgres.yml)/app')
    const myDb = node(t, 'shop (docker-compose.mysql.yml)/db')
    const pgDb = node(t, 'shop (docker-compose.postgres.yml)/db')
    expect(t.sharedNetworks(pgApp, myDb)).toEqual([])
    expect(t.findPath(pgApp, myDb)).toBeUndefined()
    expect(t.directReach(pgApp).map(h => h.to.id)).toEqual([pgDb.id])
    // `db` resolves inside each alternative, never across.
    expect(t.intents.map(i => [i.from.id, i.to.id, i.span.startLine])).toEqual([
      ['shop (docker-compose.mysql.yml)/app', 'shop (docker-compose.mysql.yml)/db', 5],
      ['shop (docker-compose.postgres.yml)/app', 'shop (docker-compose.postgres.yml)/db', 5]
    ])
  })

  it('keys the base planned alone by its base file, and `-f base -f variant` by the variant', () => {
    const base = projectOf({ name: 'shop', services: { web: { image: 'x/web' } } }, [
      'shop/docker-compose.yml'
    ])
    const prod = projectOf({ name: 'shop', services: { web: { image: 'x/web:prod' } } }, [
      'shop/docker-compose.yml',
      'shop/docker-compose.prod.yml'
    ])
    const t = buildTopology([prod, base])
    expect([t.projectKey(base), t.projectKey(prod)]).toEqual([
      'shop (docker-compose.yml)',
      'shop (docker-compose.prod.yml)'
    ])
    expect(
      t.findPath(
        node(t, 'shop (docker-compose.yml)/web'),
        node(t, 'shop (docker-compose.prod.yml)/web')
      )
    ).toBeUndefined()
  })

  it('puts an external joiner on every alternative, each alternative still alone', () => {
    const blue = projectOf(
      {
        name: 'edge',
        services: { api: { image: 'x/api', networks: ['web'] } },
        networks: { web: { name: 'web' } }
      },
      ['edge/docker-compose.blue.yml']
    )
    const green = projectOf(
      {
        name: 'edge',
        services: { api: { image: 'x/api:2', networks: ['web'] } },
        networks: { web: { name: 'web' } }
      },
      ['edge/docker-compose.green.yml']
    )
    const proxy = projectOf(
      {
        name: 'proxy',
        services: {
          traefik: {
            image: 'traefik:v3.1',
            networks: ['web'],
            ports: ['443:443']
          }
        },
        networks: { web: { external: true } }
      },
      ['proxy/compose.yaml']
    )
    const t = buildTopology([proxy, green, blue])
    expect(
      t.networks.map(n => [
        n.id,
        n.primary?.project.files[0],
        n.sharedWithUnknown,
        n.declarations.map(d => d.network.external),
        n.members.map(m => m.service.id)
      ])
    ).toEqual([
      [
        'web (edge (docker-compose.blue.yml))',
        'edge/docker-compose.blue.yml',
        false,
        [false, true],
        ['edge (docker-compose.blue.yml)/api', 'proxy/traefik']
      ],
      [
        'web (edge (docker-compose.green.yml))',
        'edge/docker-compose.green.yml',
        false,
        [false, true],
        ['edge (docker-compose.green.yml)/api', 'proxy/traefik']
      ]
    ])
    const traefik = node(t, 'proxy/traefik')
    const blueApi = node(t, 'edge (docker-compose.blue.yml)/api')
    const greenApi = node(t, 'edge (docker-compose.green.yml)/api')
    expect(
      t.directReach(traefik).map(h => [h.to.id, h.via.kind === 'network' && h.via.network.id])
    ).toEqual([
      ['edge (docker-compose.blue.yml)/api', 'web (edge (docker-compose.blue.yml))'],
      ['edge (docker-compose.green.yml)/api', 'web (edge (docker-compose.green.yml))']
    ])
    expect(t.findPath(blueApi, greenApi)?.hops.map(h => [h.from.id, h.to.id])).toEqual([
      // Only through the proxy that both meet, never directly.
      ['edge (docker-compose.blue.yml)/api', 'proxy/traefik'],
      ['proxy/traefik', 'edge (docker-compose.green.yml)/api']
    ])
    expect(t.sharedNetworks(blueApi, greenApi)).toEqual([])
  })

  it('keeps one node, shared with unknown others, for an external network nobody creates', () => {
    const a = projectOf(
      {
        name: 'a',
        services: { x: { image: 'x/x', networks: ['lan'] } },
        networks: { lan: { external: true, name: 'lan' } }
      },
      ['a/compose.yaml']
    )
    const b = projectOf(
      {
        name: 'b',
        services: { y: { image: 'x/y', networks: ['lan'] } },
        networks: { lan: { external: true, name: 'lan' } }
      },
      ['b/compose.yaml']
    )
    const t = buildTopology([b, a])
    expect(
      t.networks.map(n => [n.id, n.sharedWithUnknown, n.members.map(m => m.service.id)])
    ).toEqual([['lan', true, ['a/x', 'b/y']]])
  })
})

describe('projects of different names that create one real name', () => {
  it('share one node, as compose reuses the network on a host', () => {
    const spec = (name: string, service: string): ProjectSpec => ({
      name,
      services: { [service]: { image: `x/${service}`, networks: ['web'] } },
      networks: { web: { name: 'web' } }
    })
    const t = buildTopology([
      projectOf(spec('shop', 'api'), ['shop/compose.yaml']),
      projectOf(spec('blog', 'site'), ['blog/compose.yaml'])
    ])
    expect(
      t.networks.map(n => [
        n.id,
        n.declarations.map(d => d.project.name),
        n.members.map(m => m.service.id)
      ])
    ).toEqual([['web', ['blog', 'shop'], ['blog/site', 'shop/api']]])
  })
})
