import { describe, expect, it } from '@jest/globals'
import type { SourceSpan } from '../../src/core/span.js'
import { parseYamlFile } from '../../src/yaml/parse-yaml.js'
import { getEntry, getValue, type YNode } from '../../src/yaml/yaml-tree.js'
import { buildModel, type ProjectSpec } from '../helpers/build-model.js'

const spec: ProjectSpec = {
  name: 'shop',
  services: {
    proxy: {
      image: 'traefik:v3.1',
      tier: 'edge',
      profiles: ['public'],
      networks: { front: { aliases: ['gateway'] }, back: {} },
      ports: ['80:80', { target: 443, published: 8443, host_ip: '127.0.0.1', mode: 'host' }],
      environment: { TZ: 'UTC', LOG: undefined },
      labels: { 'traefik.enable': 'false' },
      deployLabels: { 'traefik.enable': 'true' }
    },
    api: {
      image: 'registry:5000/shop/api',
      container_name: 'shop-api',
      networks: ['front'],
      expose: ['8080'],
      depends_on: ['db'],
      links: ['db:database'],
      external_links: ['legacy_db_1']
    },
    sidecar: { network_mode: 'service:api' },
    db: { image: 'postgres:16' }
  },
  networks: {
    front: {},
    back: {
      internal: true,
      attachable: true,
      driver: 'overlay',
      iccDisabled: true,
      encrypted: true
    },
    edge: { external: true, name: 'traefik-public' }
  }
}

function at(node: YNode | undefined, ...path: (string | number)[]): YNode {
  let current = node
  for (const step of path) {
    current =
      typeof step === 'number'
        ? current?.kind === 'seq'
          ? current.items[step]
          : undefined
        : getValue(current, step)
  }
  if (!current) throw new Error(`no node at ${path.join('.')}`)
  return current
}

function keySpan(node: YNode | undefined, key: string): SourceSpan {
  const entry = getEntry(node, key)
  if (!entry) throw new Error(`no key ${key}`)
  return entry.key.span
}

describe('buildModel (the test model builder)', () => {
  const { project, text } = buildModel(spec)
  const parsed = parseYamlFile('shop/compose.yaml', text)
  const root = parsed.root
  const services = at(root, 'services')

  it('renders YAML the real parser accepts', () => {
    expect(parsed.diagnostics).toEqual([])
  })

  it('puts every span of the model exactly where the parser finds the value', () => {
    const [proxy, api, sidecar, db] = project.services
    expect(proxy?.span).toEqual(keySpan(services, 'proxy'))
    expect(proxy?.image?.span).toEqual(at(services, 'proxy', 'image').span)
    expect(proxy?.extension?.tier?.span).toEqual(at(services, 'proxy', 'x-tierguard', 'tier').span)
    expect(proxy?.profiles[0]?.span).toEqual(at(services, 'proxy', 'profiles', 0).span)
    expect(proxy?.networks[0]?.span).toEqual(keySpan(at(services, 'proxy', 'networks'), 'front'))
    expect(proxy?.networks[0]?.aliases[0]?.span).toEqual(
      at(services, 'proxy', 'networks', 'front', 'aliases', 0).span
    )
    expect(proxy?.ports[0]?.span).toEqual(at(services, 'proxy', 'ports', 0).span)
    expect(proxy?.ports[1]?.span).toEqual(at(services, 'proxy', 'ports', 1).span)
    expect(proxy?.environment[1]?.span).toEqual(at(services, 'proxy', 'environment', 1).span)
    expect(proxy?.labels[0]?.span).toEqual(at(services, 'proxy', 'labels', 0).span)
    expect(proxy?.deployLabels[0]?.span).toEqual(at(services, 'proxy', 'deploy', 'labels', 0).span)
    expect(api?.image?.span).toEqual(at(services, 'api', 'image').span)
    expect(api?.containerName?.span).toEqual(at(services, 'api', 'container_name').span)
    expect(api?.networks[0]?.span).toEqual(at(services, 'api', 'networks', 0).span)
    expect(api?.expose[0]?.span).toEqual(at(services, 'api', 'expose', 0).span)
    expect(api?.dependsOn[0]?.span).toEqual(at(services, 'api', 'depends_on', 0).span)
    expect(api?.links[0]?.span).toEqual(at(services, 'api', 'links', 0).span)
    expect(api?.externalLinks[0]?.span).toEqual(at(services, 'api', 'external_links', 0).span)
    expect(sidecar?.networkMode?.span).toEqual(at(services, 'sidecar', 'network_mode').span)
    expect(db?.networks[0]).toMatchObject({ implicit: true, span: keySpan(services, 'db') })
    const networks = at(root, 'networks')
    const back = project.networks.find(n => n.key === 'back')
    expect(back?.span).toEqual(keySpan(networks, 'back'))
    expect(back?.internal?.span).toEqual(at(networks, 'back', 'internal').span)
    expect(back?.iccDisabled?.span).toEqual(
      at(networks, 'back', 'driver_opts', 'com.docker.network.bridge.enable_icc').span
    )
  })

  it('normalises like compose: real names, implicit default, parsed ports', () => {
    expect(project.networks.map(n => [n.key, n.realName, n.external, n.implicit])).toEqual([
      ['front', 'shop_front', false, false],
      ['back', 'shop_back', false, false],
      ['edge', 'traefik-public', true, false],
      ['default', 'shop_default', false, true]
    ])
    const [published, loopback] = project.services[0]?.ports ?? []
    expect(published).toMatchObject({ published: '80', target: '80', bind: 'all' })
    expect(loopback).toMatchObject({
      published: '8443',
      target: '443',
      hostIp: '127.0.0.1',
      bind: 'loopback',
      mode: 'host'
    })
    expect(project.services[1]?.links[0]).toMatchObject({ service: 'db', alias: 'database' })
  })
})
