import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { parseYamlFile } from '../../src/yaml/parse-yaml.js'
import { validateConfig } from '../../src/config/validate-config.js'
import { RULES } from '../../src/rules/registry.js'

const root = path.resolve(import.meta.dirname, '../..')
const schema = JSON.parse(readFileSync(path.join(root, 'tierguard.schema.json'), 'utf8'))
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true })
const validateSchema = ajv.compile(schema)
const ruleIds = RULES.map(r => r.id)

/** The YAML blocks of docs/configuration.md that are configurations (not compose excerpts). */
function docExamples(): { name: string; text: string }[] {
  const markdown = readFileSync(path.join(root, 'docs/configuration.md'), 'utf8')
  const blocks = [...markdown.matchAll(/^( *)```yaml\n([\s\S]*?)^\1```$/gm)].map((m, i) => ({
    name: `docs/configuration.md yaml block ${i + 1}`,
    text: (m[2] ?? '').replace(new RegExp(`^${m[1] ?? ''}`, 'gm'), '')
  }))
  return blocks.filter(b => {
    const value = parse(b.text) as Record<string, unknown>
    return !('services' in value) && !('networks' in value)
  })
}

/** Every configuration file under fixtures/config that is meant to be valid. */
function fixtureConfigs(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry)
      if (statSync(full).isDirectory()) {
        if (entry !== 'invalid') walk(full)
      } else if (entry === '.tierguard.yml' || entry === '.tierguard.yaml') {
        out.push({ name: path.relative(root, full), text: readFileSync(full, 'utf8') })
      }
    }
  }
  walk(path.join(root, 'fixtures'))
  return out
}

function validatorProblems(text: string): string[] {
  const parsed = parseYamlFile('example.yml', text)
  return validateConfig(parsed.root, 'example.yml', { ruleIds }).problems.map(
    p => `${p.path}: ${p.message}`
  )
}

describe('tierguard.schema.json', () => {
  it('lists exactly the registered rules', () => {
    expect(schema.definitions.ruleId.enum).toEqual(ruleIds)
  })

  const examples = [...docExamples(), ...fixtureConfigs()]
  it('has examples to check', () => {
    expect(docExamples().length).toBeGreaterThanOrEqual(10)
    expect(fixtureConfigs().length).toBeGreaterThanOrEqual(1)
  })

  it.each(examples.map(e => [e.name, e.text]))('accepts %s, as the validator does', (_, text) => {
    const valid = validateSchema(parse(text) ?? null)
    expect(validateSchema.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(validatorProblems(text)).toEqual([])
  })

  const invalid: [string, string][] = [
    ['an unknown top-level key', 'overides: []\n'],
    ['an unknown rule', 'rules:\n  flat-netwrk: off\n'],
    ['an unknown severity', 'rules:\n  flat-network: severe\n'],
    ['an unknown tier', 'tiers:\n  services:\n    web: edgy\n'],
    ['a flow without `to`', 'policy:\n  forbid:\n    - from: edge\n'],
    ['an empty flow end', 'policy:\n  allow:\n    - {from: {}, to: data}\n'],
    ['an ignore without reason', 'ignore:\n  - rule: flat-network\n'],
    ['an override without rules', "overrides:\n  - files: ['*.yml']\n"],
    ['a project without files', 'projects:\n  - name: shop\n'],
    ['a negative size', 'maxFileBytes: -1\n'],
    ['a list for include', "include: ['a', ['b']]\n"],
    ['an unknown project kind', 'projects:\n  - files: [compose.yaml]\n    kind: swarm\n']
  ]
  it.each(['typos.yml', 'types.yml'])('rejects fixtures/config/invalid/%s', name => {
    const text = readFileSync(path.join(root, 'fixtures/config/invalid', name), 'utf8')
    expect(validateSchema(parse(text))).toBe(false)
    expect(validatorProblems(text)).not.toEqual([])
  })

  it.each(invalid)('rejects %s, as the validator does', (_, text) => {
    expect(validateSchema(parse(text))).toBe(false)
    expect(validatorProblems(text)).not.toEqual([])
  })
})
