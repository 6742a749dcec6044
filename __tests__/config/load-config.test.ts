import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { configurationErrorOf } from '../helpers/errors.js'
import { loadConfig } from '../../src/config/load-config.js'

const root = path.resolve(import.meta.dirname, '../..')

const load = (file: string) => loadConfig({ baseDir: root, file })

describe('loadConfig: errors name the file, line, column and key, all at once', () => {
  it('suggests the closest key, rule and value on typos', () => {
    expect(configurationErrorOf(() => load('fixtures/config/invalid/typos.yml'))).toBe(
      [
        'The configuration file `fixtures/config/invalid/typos.yml` is not valid (7 problems):',
        '  fixtures/config/invalid/typos.yml:3:3: `rules.flat-netwrk`: unknown rule; did you mean `flat-network`?',
        '  fixtures/config/invalid/typos.yml:4:17: `rules.host-network`: unknown setting `severe`; expected one of `off`, `critical`, `high`, `medium`, `low`, `note`',
        '  fixtures/config/invalid/typos.yml:5:1: `overides`: unknown key; did you mean `overrides`?',
        '  fixtures/config/invalid/typos.yml:11:10: `tiers.services.web`: unknown tier `edgy`; did you mean `edge`?',
        '  fixtures/config/invalid/typos.yml:14:7: `policy.forbid[0]`: a flow needs `to`: `{tier: data}`, `{service: db}` or `{network: backend}`',
        '  fixtures/config/invalid/typos.yml:15:7: `policy.forbid[0].too`: unknown key; did you mean `to`?',
        '  fixtures/config/invalid/typos.yml:16:15: `maxFileBytes`: expected a positive whole number of bytes, found `lots`',
        'See https://github.com/tierguard/tierguard/blob/main/docs/configuration.md for every key and its values.'
      ].join('\n')
    )
  })

  it('reports wrong types, missing required keys and missing files', () => {
    const lines = configurationErrorOf(() => load('fixtures/config/invalid/types.yml')).split('\n')
    expect(lines.slice(1, -1)).toEqual([
      '  fixtures/config/invalid/types.yml:1:10: `include`: expected a list, found a string',
      '  fixtures/config/invalid/types.yml:3:8: `env.TAG`: expected a string, number or boolean, found a list',
      '  fixtures/config/invalid/types.yml:5:5: `projects[0]`: a project needs `files`, the compose files docker compose -f would be given, in order',
      '  fixtures/config/invalid/types.yml:6:13: `projects[1].files[0]`: `missing/compose.yaml` does not exist (paths are relative to the base directory)',
      '  fixtures/config/invalid/types.yml:7:11: `projects[1].kind`: unknown project kind `swarm`; expected one of `compose`, `stack`',
      '  fixtures/config/invalid/types.yml:9:5: `overrides[0]`: an override needs `rules`, the settings it applies',
      '  fixtures/config/invalid/types.yml:11:5: `ignore[0]`: an ignore needs `reason`: say why the finding is accepted, for reviewers and the SARIF',
      '  fixtures/config/invalid/types.yml:14:13: `policy.allow[0].from`: a flow end needs `tier`, `service` or `network`',
      '  fixtures/config/invalid/types.yml:14:14: `policy.allow[0].from.image`: unknown key; expected one of `tier`, `service`, `network`',
      '  fixtures/config/invalid/types.yml:15:11: `policy.allow[0].to`: `cache` is not a tier (`edge`, `app`, `data`); for a service or a network write `{service: cache}` or `{network: cache}`'
    ])
    expect(lines[0]).toBe(
      'The configuration file `fixtures/config/invalid/types.yml` is not valid (10 problems):'
    )
  })

  it('reports YAML errors (duplicate keys, syntax) with their position', () => {
    expect(
      configurationErrorOf(() => load('fixtures/config/invalid/duplicate.yml')).split('\n')[1]
    ).toBe('  fixtures/config/invalid/duplicate.yml:3:3: Map keys must be unique (duplicate-key)')
    expect(
      configurationErrorOf(() => load('fixtures/config/invalid/syntax.yml')).split('\n')[1]
    ).toMatch(/^ {2}fixtures\/config\/invalid\/syntax\.yml:2:1: .* \(yaml-syntax\)$/)
  })

  it('reads every setting of a valid file, with spans', () => {
    const config = load('fixtures/config/settings/.tierguard.yml')
    const file = 'fixtures/config/settings/.tierguard.yml'
    expect(config?.file).toBe(file)
    expect(config?.tiers.services).toEqual([
      {
        pattern: 'gateway',
        tier: 'edge',
        span: { file, startLine: 4, startColumn: 5, endLine: 4, endColumn: 12 }
      }
    ])
    expect(config?.tiers.images.map(e => [e.pattern, e.tier])).toEqual([
      ['ghcr.io/acme/session-store', 'data']
    ])
    expect(config?.rules.map(r => [r.rule, r.setting])).toEqual([['flat-network', 'low']])
    expect(config?.overrides.map(o => [o.files, o.rules.map(r => [r.rule, r.setting])])).toEqual([
      [['fixtures/config/settings/dev/**'], [['data-port-published', 'low']]]
    ])
    expect(config?.ignore.map(i => [i.rule, i.files, i.services, i.reason])).toEqual([
      [
        'docker-socket-mounted',
        ['**/vendor/**'],
        [],
        'upstream cAdvisor setup, reviewed in SEC-101'
      ],
      ['host-network', [], ['gateway'], 'left over from the migration']
    ])
  })
})

describe('loadConfig: which file', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tierguard-config-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('returns undefined when no file is given and none is in the base directory', () => {
    expect(loadConfig({ baseDir: dir })).toBeUndefined()
  })

  it('picks up .tierguard.yml or .tierguard.yaml in the base directory', () => {
    writeFileSync(path.join(dir, '.tierguard.yaml'), 'rules:\n  flat-network: off\n')
    expect(loadConfig({ baseDir: dir })?.file).toBe('.tierguard.yaml')
    expect(loadConfig({ baseDir: dir })?.rules.map(r => r.setting)).toEqual(['off'])
  })

  it('refuses both default names at once', () => {
    writeFileSync(path.join(dir, '.tierguard.yml'), '')
    writeFileSync(path.join(dir, '.tierguard.yaml'), '')
    expect(configurationErrorOf(() => loadConfig({ baseDir: dir }))).toContain(
      'Both `.tierguard.yml` and `.tierguard.yaml` exist'
    )
  })

  it('refuses an explicit file that does not exist', () => {
    expect(configurationErrorOf(() => loadConfig({ baseDir: dir, file: 'ci/tierguard.yml' }))).toBe(
      'The configuration file `ci/tierguard.yml` does not exist or is not a file. Check the path, ' +
        'or leave it out to use `.tierguard.yml` in the base directory.'
    )
  })

  it('takes an empty file as "change nothing"', () => {
    writeFileSync(path.join(dir, '.tierguard.yml'), '# nothing yet\n')
    expect(loadConfig({ baseDir: dir })?.rules).toEqual([])
  })

  it('takes `off` written as a YAML 1.1 boolean, and ignores x- keys', () => {
    writeFileSync(
      path.join(dir, '.tierguard.yml'),
      "x-common: &dev ['*dev*.yml']\nrules:\n  flat-network: false\noverrides:\n  - files: *dev\n    rules: {host-network: low}\n"
    )
    const config = loadConfig({ baseDir: dir })
    expect(config?.rules.map(r => r.setting)).toEqual(['off'])
    expect(config?.overrides[0]?.files).toEqual(['*dev*.yml'])
  })

  it('refuses a file that is not a mapping', () => {
    writeFileSync(path.join(dir, '.tierguard.yml'), '- flat-network\n')
    expect(configurationErrorOf(() => loadConfig({ baseDir: dir })).split('\n')[1]).toBe(
      '  .tierguard.yml:1:1: expected a mapping, found a list'
    )
  })
})
