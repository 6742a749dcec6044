import { describe, expect, it } from '@jest/globals'
import { diagnosticsOf, loadFixture, serviceOf, span } from './helpers.js'

const E = 'extends/compose.yaml'
const C = 'extends/common/base.yaml'

describe('extends', () => {
  const project = loadFixture([E])

  it('merges a service of the same file under the extending one', () => {
    const child = serviceOf(project, 'child')
    expect(child.span).toEqual(span(E, 10, 3, 10, 8))
    expect(child.image).toEqual({ value: 'app:1', span: span(E, 3, 12, 3, 17) })
    expect(child.environment).toEqual([
      { name: 'LEVEL', value: 'child', span: span(E, 13, 7, 13, 19) }
    ])
    expect(child.ports.map(p => [p.text, p.span])).toEqual([['3000:3000', span(E, 7, 9, 7, 20)]])
    expect(child.networks.map(a => [a.network, a.span])).toEqual([['back', span(E, 9, 9, 9, 13)]])
  })

  it('follows `file:` relative to the extending file, recursively, with its own relative paths', () => {
    const remote = serviceOf(project, 'remote')
    expect(remote.image).toEqual({ value: 'remote:2', span: span(E, 18, 12, 18, 20) })
    expect(remote.labels).toEqual([{ key: 'layer', value: 'hardened', span: span(C, 6, 7, 6, 22) }])
    expect(remote.mounts.map(m => [m.dockerSocket, m.span])).toEqual([
      [true, span(C, 10, 9, 10, 50)]
    ])
    expect(remote.environment).toEqual([
      {
        name: 'HARDENED',
        value: 'yes',
        span: span(C, 4, 15, 4, 27),
        fromEnvFile: 'extends/common/hardened.env'
      }
    ])
    expect(project.files).toEqual([E, C])
  })

  it('reports a cycle once at the `extends` key, a missing file and an unknown service', () => {
    expect(diagnosticsOf(project)).toEqual([
      `extends-cycle ${E}:20:5`,
      `missing-file ${E}:25:13`,
      `unknown-service ${E}:28:14`
    ])
    expect(project.diagnostics[0]?.message).toContain('`loop-a` -> `loop-b` -> `loop-a`')
    // Every service is still loaded.
    expect(project.services.map(s => s.name)).toEqual([
      'base',
      'child',
      'remote',
      'loop-a',
      'loop-b',
      'lost',
      'unknown'
    ])
  })
})

const I = 'include/compose.yaml'

describe('include', () => {
  const project = loadFixture([I])

  it('adds the services of included projects, each interpolated with its own env files', () => {
    expect(project.services.map(s => [s.name, s.image?.value, s.image?.span])).toEqual([
      ['web', 'nginx', span(I, 8, 12, 8, 17)],
      ['db', 'postgres:17', span('include/sub/compose.yaml', 3, 12, 3, 30)],
      ['cache', 'redis:7', span('include/sub/other.yaml', 3, 12, 3, 30)]
    ])
  })

  it('resolves relative paths of an included file against its own folder', () => {
    expect(serviceOf(project, 'db').environment).toEqual([
      {
        name: 'PASSWORD',
        value: 'secret',
        span: span('include/sub/compose.yaml', 4, 15, 4, 21),
        fromEnvFile: 'include/sub/db.env'
      }
    ])
  })

  it('adds included networks under the including project name', () => {
    expect(project.networks.map(n => [n.key, n.realName, n.span?.file])).toEqual([
      ['data', 'include_data', 'include/sub/compose.yaml'],
      ['default', 'include_default', undefined]
    ])
  })

  it('records included files and reports a missing one', () => {
    expect(project.files).toEqual([I, 'include/sub/compose.yaml', 'include/sub/other.yaml'])
    expect(diagnosticsOf(project)).toEqual([`missing-file ${I}:5:5`])
  })

  it('lets the including project variables win over the included env file', () => {
    const p = loadFixture([I], { env: { PG: '16' } })
    expect(serviceOf(p, 'db').image?.value).toBe('postgres:16')
  })

  it('reports an include cycle and loads both files once', () => {
    const p = loadFixture(['include/cycle/a.yaml'])
    expect(diagnosticsOf(p)).toEqual(['include-cycle include/cycle/b.yaml:2:5'])
    expect(p.services.map(s => s.name)).toEqual(['a', 'b'])
  })

  it('refuses a service defined differently on both sides, accepts an identical one', () => {
    const p = loadFixture(['include/conflict/compose.yaml'])
    expect(diagnosticsOf(p)).toEqual(['include-conflict include/conflict/compose.yaml:4:3'])
    expect(p.diagnostics[0]?.message).toContain('include/conflict/lib.yaml:2')
    expect(serviceOf(p, 'db').image?.value).toBe('mysql')
  })
})
