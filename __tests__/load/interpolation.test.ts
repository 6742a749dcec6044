import { describe, expect, it } from '@jest/globals'
import { interpolateString } from '../../src/load/interpolate.js'
import { at, diagnosticsOf, loadFixture, serviceOf, span } from './helpers.js'

const F = 'interpolation/compose.yaml'

describe('interpolateString', () => {
  const env: Record<string, string> = { A: 'a', EMPTY: '' }
  const run = (text: string) => interpolateString(text, name => env[name])

  it.each([
    ['$A', 'a'],
    ['${A}', 'a'],
    ['x${A}y$A', 'xaya'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${UNSET-d}', 'd'],
    ['${A:?boom}', 'a'],
    ['${A:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['${UNSET:-${A}}', 'a'],
    ['${UNSET:-${ALSO:-${A:+deep}}}', 'deep'],
    ['$$A', '$A'],
    ['$${A}', '${A}'],
    ['cost: 5$', 'cost: 5$'],
    ['$(date) $1', '$(date) $1'],
    ['${UNSET:-a}}', 'a}']
  ])('%s -> %s', (text, expected) => {
    expect(run(text)).toMatchObject({ value: expected })
    expect(run(text).error).toBeUndefined()
  })

  it('reports unset variables with what they became', () => {
    expect(run('${X}${Y:-d}${Z:?need Z}').unset).toEqual([
      { name: 'X' },
      { name: 'Y', fallback: 'd' },
      { name: 'Z', required: { message: 'need Z' } }
    ])
  })

  it('does not report variables of a default that is not used', () => {
    expect(run('${A:-${NOPE:?never}}').unset).toEqual([])
  })

  it.each(['${', '${A', '${}', '${1A}', '${A:x}', '${A B}', '${A:-${B}'])(
    'rejects the malformed %s',
    text => {
      const result = run(text)
      expect(result.error).toEqual(expect.any(String))
      expect(result.value).toBe(text)
    }
  )

  it('bounds nesting depth and output length', () => {
    const deep = '${A:-'.repeat(40) + 'x' + '}'.repeat(40)
    expect(run(deep).error).toMatch(/nested more than/)
    const big: Record<string, string> = { B: 'b'.repeat(100_000) }
    const started = Date.now()
    const result = interpolateString('$B'.repeat(50), name => big[name])
    expect(result.error).toMatch(/more than/)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})

describe('interpolation while loading', () => {
  const project = loadFixture([F])
  const db = serviceOf(project, 'db')
  const env = Object.fromEntries(db.environment.map(e => [e.name, e.value]))

  it('takes values from the project .env and resolves each operator as compose', () => {
    expect(env).toEqual({
      PLAIN: '5432',
      BRACED: '5432',
      COLON_DEFAULT: 'fallback',
      DASH_DEFAULT: '',
      COLON_PLUS: 'set',
      PLUS_UNSET: '',
      NESTED: 'deep',
      ESCAPED: '$HOME and $(date)',
      UNSET: '',
      AGAIN: ''
    })
    expect(db.image).toEqual({ value: 'postgres:16', span: span(F, 3, 12, 3, 38) })
  })

  it('keeps the span of the written scalar on interpolated ports', () => {
    expect(db.ports.map(p => [p.text, p.bind, p.span])).toEqual([
      ['0.0.0.0:5432:5432', 'all', span(F, 5, 9, 5, 34)],
      ['127.0.0.1:6432:6432', 'loopback', span(F, 6, 9, 6, 39)]
    ])
  })

  it('records each unset variable once, at its first use, with a note', () => {
    expect(
      project.unsetVariables.map(v => [v.value, v.span.startLine, v.span.startColumn])
    ).toEqual([
      ['PG_VERSION', 3, 12],
      ['LOOP', 6, 9],
      ['NOPE', 13, 19],
      ['ALSO_NOPE', 14, 15],
      ['MISSING', 16, 14],
      ['REQUIRED_IMAGE', 19, 12]
    ])
    expect(diagnosticsOf(project, 'unset-variable')).toEqual([
      `unset-variable ${F}:3:12`,
      `unset-variable ${F}:6:9`,
      `unset-variable ${F}:13:19`,
      `unset-variable ${F}:14:15`,
      `unset-variable ${F}:16:14`
    ])
    const note = project.diagnostics.find(d => d.code === 'unset-variable')
    expect(note).toMatchObject({ severity: 'note', message: expect.stringContaining('`16`') })
  })

  it('reports a required variable as an error with its message', () => {
    const errors = project.diagnostics.filter(d => d.code === 'required-variable')
    expect(errors).toEqual([
      expect.objectContaining({
        severity: 'error',
        span: expect.objectContaining(at(F, 19, 12)),
        message: expect.stringContaining('set REQUIRED_IMAGE to the api image')
      })
    ])
  })

  it('reports a malformed expression and keeps loading', () => {
    expect(diagnosticsOf(project, 'invalid-interpolation')).toEqual([
      `invalid-interpolation ${F}:20:14`
    ])
    expect(project.services.map(s => s.name)).toEqual(['db', 'api'])
  })

  it('never interpolates keys', () => {
    expect(serviceOf(project, 'api').environment.map(e => e.name)).toEqual(['${NOT_A_KEY}'])
    expect(project.unsetVariables.map(v => v.value)).not.toContain('NOT_A_KEY')
  })

  it('lets variables given by the user win over .env', () => {
    const p = loadFixture([F], { env: { DB_PORT: '6543', PG_VERSION: '17' } })
    const d = serviceOf(p, 'db')
    expect(d.image?.value).toBe('postgres:17')
    expect(d.ports[0]?.text).toBe('0.0.0.0:6543:5432')
    expect(p.unsetVariables.map(v => v.value)).not.toContain('PG_VERSION')
  })
})
