import { describe, expect, it } from '@jest/globals'
import { parseEnvFile } from '../../src/load/env-file.js'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { FIXTURES, diagnosticsOf, loadFixture, serviceOf, span } from './helpers.js'

const S = 'service-fields/compose.yaml'
const W = 'wrong-types/compose.yaml'

describe('service fields', () => {
  const project = loadFixture([S])
  const app = serviceOf(project, 'app')
  const worker = serviceOf(project, 'worker')

  it('reads scalars, profiles and labels reached through a `<<` merge at the anchor', () => {
    expect(app.image).toEqual({
      value: 'registry.example.com/app:1.2',
      span: span(S, 8, 12, 8, 40)
    })
    expect(app.containerName).toEqual({ value: 'app-main', span: span(S, 9, 21, 9, 29) })
    expect(app.privileged).toEqual({ value: true, span: span(S, 10, 17, 10, 21) })
    expect(app.profiles).toEqual([
      { value: 'debug', span: span(S, 11, 16, 11, 21) },
      { value: 'tools', span: span(S, 11, 23, 11, 28) }
    ])
    expect(app.labels).toEqual([
      { key: 'com.example.team', value: 'payments', span: span(S, 4, 5, 4, 31) }
    ])
    expect(app.deployLabels).toEqual([
      {
        key: 'traefik.http.services.app.loadbalancer.server.port',
        value: '8080',
        span: span(S, 23, 9, 23, 67)
      }
    ])
    expect(app.expose).toEqual([{ value: '8080', span: span(S, 34, 9, 34, 13) }])
  })

  it('reads environment, then env_file entries at the env_file item, environment winning', () => {
    const envFile = { span: span(S, 17, 9, 17, 16), fromEnvFile: 'service-fields/app.env' }
    expect(app.environment).toEqual([
      { name: 'DATABASE_URL', value: 'postgres://db:5432/app', span: span(S, 13, 9, 13, 44) },
      { name: 'INHERITED', span: span(S, 14, 9, 14, 18) },
      { name: 'FROM_FILE', value: 'environment-wins', span: span(S, 15, 9, 15, 35) },
      { name: 'API_KEY', value: 'literal $NOT_EXPANDED', ...envFile },
      { name: 'GREETING', value: 'hello\nworld "quoted" ', ...envFile },
      { name: 'URL', value: 'http://cache:6379', ...envFile },
      { name: 'HASH', value: 'abc#not-a-comment', ...envFile },
      { name: 'REUSE', value: 'http://cache:6379/0', ...envFile }
    ])
    expect(worker.environment).toEqual([
      { name: 'CACHE_HOST', value: 'cache', span: span(S, 47, 7, 47, 24) },
      { name: 'EMPTY', span: span(S, 48, 7, 48, 12) },
      { name: 'COUNT', value: '3', span: span(S, 49, 7, 49, 15) }
    ])
  })

  it('reports a missing required env file only', () => {
    expect(diagnosticsOf(project)).toEqual([`missing-file ${S}:20:9`])
    expect(project.diagnostics[0]?.message).toContain('`service-fields/absent.env`')
  })

  it('reads depends_on (both forms), links and external links', () => {
    expect(app.dependsOn).toEqual([
      { value: 'db', span: span(S, 25, 7, 25, 9) },
      { value: 'cache', span: span(S, 27, 7, 27, 12) }
    ])
    expect(worker.dependsOn).toEqual([{ value: 'app', span: span(S, 50, 18, 50, 21) }])
    expect(app.links).toEqual([
      { service: 'db', span: span(S, 29, 9, 29, 11) },
      { service: 'cache', alias: 'redis', span: span(S, 30, 9, 30, 20) }
    ])
    expect(app.externalLinks).toEqual([
      { value: 'legacy_db_1:legacy', span: span(S, 32, 9, 32, 27) }
    ])
  })

  it('reads label lists with bare keys', () => {
    expect(worker.labels).toEqual([
      { key: 'traefik.enable', value: 'true', span: span(S, 44, 9, 44, 28) },
      { key: 'bare', value: '', span: span(S, 45, 9, 45, 13) }
    ])
  })

  it('reads x-tierguard in list and map forms', () => {
    expect(app.extension).toEqual({
      span: span(S, 35, 5, 35, 16),
      tier: { value: 'app', span: span(S, 36, 13, 36, 16) },
      ignore: [
        {
          rule: { value: 'docker-socket', span: span(S, 38, 17, 38, 30) },
          reason: { value: 'build agent', span: span(S, 39, 19, 39, 30) }
        },
        { rule: { value: 'flat-network', span: span(S, 40, 11, 40, 23) } }
      ]
    })
    expect(worker.extension?.ignore).toEqual([
      {
        rule: { value: 'host-network', span: span(S, 53, 9, 53, 21) },
        reason: { value: 'lab only', span: span(S, 53, 23, 53, 31) }
      }
    ])
  })
})

describe('wrong types', () => {
  it('reports each at the value, in compose words, and loads the rest', () => {
    const project = loadFixture([W])
    const sorted = [...project.diagnostics].sort(
      (a, b) => a.span.startLine - b.span.startLine || a.span.startColumn - b.span.startColumn
    )
    expect(
      sorted.map(d => `${d.code} ${d.span.startLine}:${d.span.startColumn} ${d.message}`)
    ).toEqual([
      'wrong-type 5:12 `ports` of service `web` must be a list, found a number',
      'wrong-type 6:15 `networks` of service `web` must be a list or a mapping, found a number',
      'wrong-type 7:14 `volumes` of service `web` must be a list, found a string',
      'wrong-type 8:18 `environment` of service `web` must be a mapping or a list, found a boolean',
      'wrong-type 9:17 `privileged` of service `web` must be a boolean, found a string',
      'wrong-type 10:17 `depends_on` of service `web` must be a list or a mapping, found a string',
      'wrong-type 11:17 service `text-service` must be a mapping, found a string; it was not analysed',
      'wrong-type 13:5 service `list-service` must be a mapping, found a list; it was not analysed',
      'wrong-type 17:8 network `bad` must be a mapping or empty, found a list',
      'invalid-value 19:1 unknown top-level key `unknown-top`: compose refuses it (extensions must start with `x-`)'
    ])
    expect(sorted.every(d => d.span.file === W)).toBe(true)
    expect(project.services.map(s => s.name)).toEqual(['web', 'ok'])
    expect(serviceOf(project, 'web').image?.value).toBe('nginx')
    expect(project.networks.map(n => n.key)).toEqual(['good', 'default'])
  })

  it('survives `services` and `networks` of the wrong type', () => {
    const project = loadFixture(['wrong-types/services-list.yaml'])
    expect(diagnosticsOf(project)).toEqual([
      'wrong-type wrong-types/services-list.yaml:1:11',
      'wrong-type wrong-types/services-list.yaml:2:11',
      'not-compose wrong-types/services-list.yaml:1:1'
    ])
    expect(project.services).toEqual([])
  })

  it('reports a file that cannot be read or parsed instead of throwing', () => {
    const missing = loadFixture(['wrong-types/nope.yaml'])
    expect(diagnosticsOf(missing)).toEqual(['file-unreadable wrong-types/nope.yaml:1:1'])
    const scalar = loadFixture(['wrong-types/scalar.yaml'])
    expect(diagnosticsOf(scalar)).toEqual(['wrong-type wrong-types/scalar.yaml:1:1'])
  })
})

describe('env files', () => {
  it('reads the .env format as compose does', () => {
    const file = 'env-file/tricky.env'
    const text = readFileSync(path.join(FIXTURES, file), 'utf8')
    const shell: Record<string, string> = { INHERIT: 'from-shell' }
    const parsed = parseEnvFile(file, text, name => shell[name])
    expect(parsed.entries.map(e => [e.key, e.value, e.line])).toEqual([
      ['PLAIN', 'value', 3],
      ['EXPORTED', 'yes', 4],
      ['SPACED', 'around', 5],
      ['SINGLE', 'no $EXPANSION here # not comment', 6],
      ['DOUBLE', 'line1\nline2 "q" $LITERAL value', 7],
      ['UNQUOTED', 'value-suffix', 8],
      ['HASH', 'a#b', 9],
      ['EMPTY', '', 10],
      ['COLON', 'yaml-style', 11],
      ['MULTI', 'first\nsecond', 12],
      ['INHERIT', 'from-shell', 14],
      ['DEFAULTED', 'dflt', 16]
    ])
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        code: 'invalid-value',
        span: { file, startLine: 15, startColumn: 1, endLine: 15, endColumn: 14 }
      })
    ])
  })

  it('handles CRLF, a BOM and an unterminated quote', () => {
    const parsed = parseEnvFile('x.env', '\ufeffA=1\r\nB="open\r\n', () => undefined)
    expect(parsed.entries.map(e => [e.key, e.value])).toEqual([
      ['A', '1'],
      ['B', 'open\n']
    ])
    expect(parsed.diagnostics.map(d => [d.code, d.span.startLine, d.span.startColumn])).toEqual([
      ['invalid-value', 2, 3]
    ])
  })

  it('uses configured env files after .env, the user first', () => {
    const p = loadFixture(['interpolation/compose.yaml'], {
      envFiles: ['env-file/tricky.env', 'env-file/missing.env']
    })
    // .env (DB_PORT=5432) wins over the configured file; the file fills what .env lacks.
    const db = serviceOf(p, 'db')
    expect(db.environment.find(e => e.name === 'PLAIN')?.value).toBe('5432')
    expect(diagnosticsOf(p, 'missing-file')).toEqual([
      'missing-file interpolation/compose.yaml:1:1'
    ])
    expect(diagnosticsOf(p, 'invalid-value')).toEqual(['invalid-value env-file/tricky.env:15:1'])
  })
})

describe('stacks', () => {
  it('loads a stack file: long ports, deploy labels, overlay defaults', () => {
    const F = 'stack/docker-stack.yml'
    const p = loadFixture([F], { kind: 'stack' })
    expect(serviceOf(p, 'proxy').ports).toEqual([
      expect.objectContaining({ text: '443:443', published: '443', mode: 'ingress', bind: 'all' })
    ])
    expect(serviceOf(p, 'proxy').deployLabels.map(l => [l.key, l.value])).toEqual([
      ['traefik.enable', 'true']
    ])
    expect(p.networks.map(n => [n.realName, n.encrypted?.span])).toEqual([
      ['stack_public', undefined],
      ['stack_data', span(F, 21, 7, 21, 16)]
    ])
  })
})

describe('a `<<` anchor merged into several services', () => {
  const A = 'shared-anchor/compose.yaml'
  const project = loadFixture([A])
  const api = serviceOf(project, 'api')
  const worker = serviceOf(project, 'worker')

  it('gives each service the anchor’s entries at the anchor', () => {
    for (const service of [api, worker]) {
      expect(service.environment).toEqual([
        { name: 'DB_HOST', value: 'db', span: span(A, 5, 5, 5, 16) }
      ])
      expect(service.networks.map(n => [n.network, n.span])).toEqual([
        ['back', span(A, 7, 7, 7, 11)]
      ])
    }
  })

  it('shares the spans of merged entries instead of making one per service', () => {
    expect(worker.environment[0]?.span).toBe(api.environment[0]?.span)
    expect(worker.networks[0]?.span).toBe(api.networks[0]?.span)
  })
})
