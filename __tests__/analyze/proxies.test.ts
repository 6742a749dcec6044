import { describe, expect, it } from '@jest/globals'
import { buildTopology } from '../../src/analyze/build-topology.js'
import { describeIntent, findProviderNetwork } from '../../src/analyze/intents.js'
import { classifyTier } from '../../src/analyze/tiers.js'
import type { Service } from '../../src/model/types.js'
import { buildProject } from '../helpers/build-model.js'

const F = 'gen/compose.yaml'

function serviceNamed(services: Service[], name: string): Service {
  const found = services.find(s => s.name === name)
  if (!found) throw new Error(name)
  return found
}

describe('nginx-proxy with docker-gen in its own container', () => {
  const project = buildProject({
    name: 'gen',
    services: {
      nginx: {
        image: 'nginx:1.27',
        networks: ['proxy'],
        ports: ['80:80'],
        labels: { 'com.github.nginx-proxy.nginx': 'true' }
      },
      dockergen: { image: 'nginxproxy/nginx-proxy:1.6-dockergen', networks: ['private'] },
      site: { image: 'x/site', networks: ['proxy'], environment: { VIRTUAL_HOST: 'a.example' } }
    },
    networks: { proxy: {}, private: { internal: true } }
  })

  it('classifies docker-gen as an app, whatever image carries it', () => {
    for (const image of [
      'nginxproxy/nginx-proxy:1.6-dockergen',
      'nginxproxy/docker-gen:0.14',
      'jwilder/docker-gen'
    ]) {
      const tier = classifyTier({
        ...serviceNamed(project.services, 'dockergen'),
        image: { value: image, span: project.services[0]!.span }
      })
      expect([image, tier.tier, tier.product]).toEqual([image, 'app', undefined])
    }
    expect(classifyTier(serviceNamed(project.services, 'nginx')).tier).toBe('edge')
  })

  it('routes VIRTUAL_HOST services from the labelled nginx, not from docker-gen', () => {
    const t = buildTopology([project])
    expect(
      t.intents.map(i => [
        i.from.id,
        i.to.id,
        i.kind,
        describeIntent(i),
        i.span.file,
        i.span.startLine
      ])
    ).toEqual([['gen/nginx', 'gen/site', 'proxy-route', 'VIRTUAL_HOST=a.example', F, 19]])
  })

  it('takes nginx as the router when it mounts a named volume docker-gen writes', () => {
    const unlabelled = buildProject({
      name: 'gen',
      services: {
        nginx: { image: 'nginx:1.27', networks: ['proxy'] },
        dockergen: { image: 'jwilder/docker-gen', networks: ['private'] },
        site: { image: 'x/site', networks: ['proxy'], environment: { VIRTUAL_HOST: 'a.example' } }
      },
      networks: { proxy: {}, private: {} }
    })
    const mount = (readOnly: boolean) => ({
      span: unlabelled.services[0]!.span,
      type: 'volume' as const,
      source: 'conf',
      target: '/etc/nginx/conf.d',
      readOnly,
      dockerSocket: false
    })
    const withMount = (name: string, readOnly: boolean) => {
      const service = serviceNamed(unlabelled.services, name)
      service.mounts = [...service.mounts, mount(readOnly)]
    }
    withMount('nginx', true)
    expect(buildTopology([unlabelled]).intents).toEqual([])
    withMount('dockergen', false)
    expect(buildTopology([unlabelled]).intents.map(i => [i.from.id, i.to.id])).toEqual([
      ['gen/nginx', 'gen/site']
    ])
  })
})

describe("Traefik's default network", () => {
  const project = buildProject({
    name: 'tr',
    services: {
      traefik: { image: 'traefik:v3.1', networks: ['web'] },
      app: { image: 'x/app', networks: ['web', 'db'], labels: { 'traefik.enable': 'true' } }
    },
    networks: { web: { name: 'public' }, db: {} }
  })
  const traefik = serviceNamed(project.services, 'traefik')
  const span = traefik.span

  it('is read from the command line, `=` or two words, before the environment', () => {
    const words = (...values: string[]) => values.map(value => ({ value, span }))
    expect(
      findProviderNetwork({ ...traefik, command: words('--providers.docker.network=public') })
        ?.value
    ).toBe('public')
    expect(
      findProviderNetwork({
        ...traefik,
        command: words('traefik', '--providers.swarm.network', 'mesh')
      })?.value
    ).toBe('mesh')
    expect(
      findProviderNetwork({ ...traefik, command: words('--providers.docker.network', '--log') })
    ).toBeUndefined()
    expect(
      findProviderNetwork({ ...traefik, command: words('--providers.docker.network=') })
    ).toBeUndefined()
    expect(findProviderNetwork(traefik)).toBeUndefined()
  })

  it('names the network of a route without a label', () => {
    traefik.command = [{ value: '--providers.docker.network=public', span }]
    const t = buildTopology([project])
    expect(t.intents.map(i => [i.from.id, i.to.id, i.kind, i.network?.id])).toEqual([
      ['tr/traefik', 'tr/app', 'proxy-route', 'public']
    ])
  })
})
