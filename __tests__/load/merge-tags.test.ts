/**
 * `!reset` and `!override` wherever a merge happens, as compose-go's loader applies them
 * (loader/reset.go, override/merge.go): docker-compose 1.29 does not know these tags, so the
 * reference is compose-go's documented behaviour.
 */
import { describe, expect, it } from '@jest/globals'
import { parseComposeYaml } from '../../src/load/file-cache.js'
import { expectFixtureFindings } from '../scan/fixture-case.js'

const CASE = 'fixtures/load/merge-tags'

describe('merge tags', () => {
  it('an override file resets and overrides the base values it tags', async () => {
    const result = await expectFixtureFindings(`${CASE}/override`)
    const project = result.projects[0]
    const ports = (name: string) =>
      project?.services.find(s => s.name === name)?.ports.map(p => p.text)
    expect(result.projects.map(p => p.files)).toEqual([
      [`${CASE}/override/compose.yaml`, `${CASE}/override/compose.override.yaml`]
    ])
    expect(ports('db')).toEqual([])
    expect(ports('cache')).toEqual(['127.0.0.1:6379:6379'])
    expect(ports('search')).toEqual(['9200:9200', '127.0.0.1:9300:9300'])
    expect(result.findings.map(f => [f.location.file, f.location.startLine, f.severity])).toEqual([
      [`${CASE}/override/compose.override.yaml`, 9, 'low'],
      [`${CASE}/override/compose.override.yaml`, 14, 'low'],
      [`${CASE}/override/compose.yaml`, 17, 'high']
    ])
  })

  it('a service resets and overrides what it extends, in another file', async () => {
    const result = await expectFixtureFindings(`${CASE}/extends`)
    const services = result.projects[0]?.services ?? []
    expect(services.map(s => [s.name, s.ports.map(p => p.text)])).toEqual([
      ['primary', []],
      ['replica', ['127.0.0.1:3307:3306']]
    ])
    expect(result.diagnostics.filter(d => d.severity !== 'note')).toEqual([])
  })

  it('reports an unknown tag at its value and reads the rest of the file', () => {
    const parsed = parseComposeYaml(
      'compose.yaml',
      'services:\n  web:\n    image: nginx\n    dns: !dns-list [1.1.1.1]\n    ports: !reset []\n'
    )
    expect(parsed.diagnostics).toEqual([
      {
        code: 'unknown-tag',
        severity: 'warning',
        message:
          'unknown YAML tag `!dns-list`: compose knows `!reset` and `!override`. The value was read as if untagged',
        span: { file: 'compose.yaml', startLine: 4, startColumn: 20, endLine: 4, endColumn: 29 }
      }
    ])
    expect(parsed.root?.kind).toBe('map')
  })
})
