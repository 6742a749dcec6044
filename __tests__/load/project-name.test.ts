import { describe, expect, it } from '@jest/globals'
import { normalizeProjectName } from '../../src/load/project-name.js'
import { diagnosticsOf, loadFixture } from './helpers.js'

describe('project name', () => {
  it('prefers the configured name', () => {
    const p = loadFixture(['project-name/name-field/compose.yaml'], { name: 'Custom' })
    expect([p.name, p.nameSource]).toEqual(['custom', 'config'])
  })

  it('reads and normalises the interpolated top-level `name`, warning when compose would refuse it', () => {
    const p = loadFixture(['project-name/name-field/compose.yaml'])
    expect([p.name, p.nameSource]).toEqual(['my_shopapp', 'name-field'])
    expect(diagnosticsOf(p, 'invalid-value')).toEqual([
      'invalid-value project-name/name-field/compose.yaml:1:7'
    ])
    const q = loadFixture(['project-name/name-field/compose.yaml'], { env: { STACK: 'prod' } })
    expect([q.name, q.nameSource, q.diagnostics]).toEqual(['prod', 'name-field', []])
  })

  it('falls back to COMPOSE_PROJECT_NAME, the user’s over the .env one', () => {
    const p = loadFixture(['project-name/from-env/compose.yaml'])
    expect([p.name, p.nameSource]).toEqual(['fromdotenv', 'environment'])
    const q = loadFixture(['project-name/from-env/compose.yaml'], {
      env: { COMPOSE_PROJECT_NAME: 'given' }
    })
    expect(q.name).toBe('given')
  })

  it('falls back to the directory name, normalised', () => {
    const p = loadFixture(['project-name/My App_dir/compose.yaml'])
    expect([p.name, p.nameSource]).toEqual(['myapp_dir', 'directory'])
    expect(loadFixture(['project-name/_leading/compose.yaml']).name).toBe('leading')
    expect(p.networks.map(n => n.realName)).toEqual(['myapp_dir_default'])
  })

  it('names stacks from config, else the folder, ignoring `name:` and the environment', () => {
    const folder = loadFixture(['stack/docker-stack.yml'], {
      kind: 'stack',
      env: { COMPOSE_PROJECT_NAME: 'ignored' }
    })
    expect([folder.name, folder.nameSource, folder.kind]).toEqual(['stack', 'directory', 'stack'])
    const named = loadFixture(['stack/docker-stack.yml'], { kind: 'stack', name: 'prod' })
    expect([named.name, named.nameSource]).toEqual(['prod', 'config'])
  })

  it.each([
    ['My-Project', 'my-project'],
    ['__x__', 'x__'],
    ['a.b c', 'abc'],
    ['-_-', '']
  ])('normalises %j to %j', (raw, expected) => {
    expect(normalizeProjectName(raw)).toBe(expected)
  })
})
