import { describe, expect, it } from '@jest/globals'
import { parseYamlFile } from '../../src/yaml/parse-yaml.js'
import { mergeServices } from '../../src/load/merge.js'
import { getValue, type YNode } from '../../src/yaml/yaml-tree.js'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { FIXTURES, loadFixture, serviceOf, span } from './helpers.js'

const B = 'override/compose.yaml'
const O = 'override/compose.override.yaml'

describe('override files', () => {
  const project = loadFixture([B, O])
  const web = serviceOf(project, 'web')

  it('replaces scalars with the span of the override', () => {
    expect(web.image).toEqual({ value: 'nginx:1.27', span: span(O, 3, 12, 3, 22) })
    expect(web.span).toEqual(span(B, 2, 3, 2, 6))
  })

  it('appends ports, de-duplicating an identical entry in place', () => {
    expect(web.ports.map(p => [p.text, p.span.file, p.span.startLine])).toEqual([
      ['80:80', O, 6],
      ['127.0.0.1:8080:8080', O, 7]
    ])
    expect(web.expose.map(e => [e.value, e.span.file])).toEqual([
      ['9000', B],
      ['9001', O]
    ])
  })

  it('merges environment and labels by key, list and map forms alike', () => {
    expect(web.environment).toEqual([
      { name: 'MODE', value: 'dev', span: span(O, 11, 7, 11, 16) },
      { name: 'KEEP', value: 'base', span: span(B, 11, 9, 11, 18) },
      { name: 'DEBUG', value: '1', span: span(O, 12, 7, 12, 17) }
    ])
    expect(web.labels.map(l => [l.key, l.value, l.span.file, l.span.startLine])).toEqual([
      ['traefik.enable', 'true', B, 13],
      ['traefik.http.routers.web.rule', 'Host(`example.com`)', O, 14]
    ])
  })

  it('merges volumes by target', () => {
    expect(web.mounts.map(m => [m.source, m.target, m.readOnly, m.span.file])).toEqual([
      ['./html-dev', '/usr/share/nginx/html', false, O],
      ['logs', '/var/log/nginx', false, B]
    ])
  })

  it('merges networks and depends_on by key', () => {
    expect(web.networks.map(a => [a.network, a.span, a.aliases.map(x => x.value)])).toEqual([
      ['front', span(B, 18, 9, 18, 14), []],
      ['back', span(O, 18, 7, 18, 11), ['web-back']]
    ])
    expect(web.dependsOn).toEqual([
      { value: 'api', span: span(B, 20, 9, 20, 12) },
      { value: 'db', span: span(O, 21, 7, 21, 9) }
    ])
  })

  it('adds services and networks of the override, and records both files', () => {
    expect(project.services.map(s => s.name)).toEqual(['web', 'api', 'db'])
    expect(project.networks.map(n => [n.key, n.internal?.value, n.span?.file])).toEqual([
      ['front', undefined, B],
      ['back', true, O],
      ['default', undefined, undefined]
    ])
    expect(project.files).toEqual([B, O])
    expect(project.diagnostics).toEqual([])
  })

  it('replaces command and healthcheck.test, merges the rest of healthcheck, appends dns', () => {
    const read = (file: string): YNode | undefined =>
      getValue(
        getValue(
          parseYamlFile(file, readFileSync(path.join(FIXTURES, file), 'utf8')).root,
          'services'
        ),
        'web'
      )
    const merged = mergeServices(read(B) as YNode, read(O) as YNode)
    const values = (node: YNode | undefined) =>
      node?.kind === 'seq' ? node.items.map(i => (i.kind === 'scalar' ? i.value : '?')) : node
    expect(values(getValue(merged, 'command'))).toEqual(['nginx-debug'])
    expect(values(getValue(getValue(merged, 'healthcheck'), 'test'))).toEqual([
      'CMD',
      'wget',
      '-q',
      'localhost'
    ])
    expect(getValue(getValue(merged, 'healthcheck'), 'interval')).toMatchObject({
      value: '30s',
      span: span(B, 23, 17, 23, 20)
    })
    expect(values(getValue(merged, 'dns'))).toEqual(['1.1.1.1', '8.8.8.8'])
  })
})
