import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { SEVERITIES } from '../../src/core/severity.js'
import { RULES } from '../../src/rules/registry.js'
import { renderRuleDoc, renderRuleIndex } from '../../src/rules/render-doc.js'
import { listYamlFiles, readExpectations } from './fixture-expectations.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const NOT_RULES = new Set([
  'types.ts',
  'registry.ts',
  'render-doc.ts',
  'helpers.ts',
  'run-rules.ts'
])
const update = process.env.UPDATE_DOCS === '1'

/** Compares a generated page with the committed one, or rewrites it under `UPDATE_DOCS=1`. */
function expectDoc(relative: string, content: string): void {
  const file = path.join(root, relative)
  if (update) writeFileSync(file, content)
  expect(existsSync(file) ? readFileSync(file, 'utf8') : `(missing ${relative})`).toBe(content)
}

interface FixtureFile {
  text: string
  expected: Set<string>
  ok: Set<string>
}

function readFixtures(rule: string): FixtureFile[] {
  const dir = path.join(root, 'fixtures/rules', rule)
  if (!existsSync(dir)) return []
  return listYamlFiles(dir).map(f => {
    const e = readExpectations(f, f)
    return {
      text: readFileSync(f, 'utf8'),
      expected: new Set(e.filter(x => x.kind === 'expect').map(x => x.rule)),
      ok: new Set(e.filter(x => x.kind === 'ok').map(x => x.rule))
    }
  })
}

/** A fixture's text with comment lines dropped, so an annotated example still matches. */
function withoutComments(text: string): string {
  return text
    .split(/\r?\n/)
    .filter(l => !l.trim().startsWith('#'))
    .join('\n')
}

describe('rule catalogue', () => {
  it('registers every rule file under src/rules', () => {
    const files = readdirSync(path.join(root, 'src/rules'))
      .filter(f => f.endsWith('.ts') && !NOT_RULES.has(f))
      .map(f => f.replace(/\.ts$/, ''))
      .sort()
    expect(RULES.map(r => r.id).sort()).toEqual(files)
  })

  it('has unique, sorted, kebab-case ids', () => {
    const ids = RULES.map(r => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort())
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  it.each(RULES.map(r => [r.id, r] as const))('%s has complete metadata', (_id, rule) => {
    expect(SEVERITIES).toContain(rule.severity)
    expect(rule.name.length).toBeGreaterThan(0)
    expect(rule.name.length).toBeLessThanOrEqual(255)
    expect(rule.description).toMatch(/\.$/)
    expect(rule.tags.length).toBeLessThanOrEqual(18)
    for (const text of [rule.help.what, rule.help.why, rule.help.fix]) expect(text).toMatch(/\.$/)
    for (const example of [rule.help.bad, rule.help.good]) expect(example).toMatch(/^services:\n/)
  })

  it.each(RULES.map(r => [r.id, r] as const))('%s has its doc page', (id, rule) => {
    expectDoc(`docs/rules/${id}.md`, renderRuleDoc(rule))
  })

  it('has the rule index', () => {
    expectDoc('docs/rules/README.md', renderRuleIndex(RULES))
  })

  it.each(RULES.map(r => [r.id, r] as const))(
    '%s has a fixture pinning each of its messages (# expect: <rule>/<message id>)',
    (id, rule) => {
      const pinned = new Set(
        listYamlFiles(path.join(root, 'fixtures/rules'))
          .flatMap(f => readExpectations(f, f))
          .filter(e => e.kind === 'expect' && e.rule === id && e.messageId)
          .map(e => e.messageId)
      )
      const declared = Object.keys(rule.messages)
      expect(declared.length).toBeGreaterThan(0)
      expect(declared.filter(m => !pinned.has(m))).toEqual([])
    }
  )

  it.each(RULES.map(r => [r.id, r] as const))(
    '%s has positive and negative fixtures holding its examples',
    (id, rule) => {
      const fixtures = readFixtures(id)
      const positive = fixtures.filter(f => f.expected.has(id))
      const negative = fixtures.filter(f => !f.expected.has(id))
      expect(positive.length).toBeGreaterThan(0)
      expect(negative.length).toBeGreaterThan(0)
      expect(negative.some(f => f.ok.has(id))).toBe(true)
      // `help.bad` is a positive fixture, `help.good` a negative one, as written.
      expect(positive.some(f => withoutComments(f.text) === withoutComments(rule.help.bad))).toBe(
        true
      )
      expect(negative.some(f => withoutComments(f.text) === withoutComments(rule.help.good))).toBe(
        true
      )
    }
  )
})
