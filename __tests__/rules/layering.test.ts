import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The `src/` folders a folder's files import from, with the importing file. */
function importsOf(folder: string): { file: string; target: string }[] {
  const dir = path.join(root, 'src', folder)
  return readdirSync(dir)
    .filter(f => f.endsWith('.ts'))
    .flatMap(file =>
      [...readFileSync(path.join(dir, file), 'utf8').matchAll(/from '\.\.\/([\w-]+)\//g)].map(
        m => ({ file: `src/${folder}/${file}`, target: m[1] ?? '' })
      )
    )
}

// The pipeline runs analyze -> rules -> config (config is applied to the rules' findings):
// nothing imports against that direction.
describe('layering of analyze, rules and config', () => {
  it('analyze imports neither rules nor config', () => {
    const against = importsOf('analyze').filter(i => i.target === 'rules' || i.target === 'config')
    expect(against).toEqual([])
  })

  it('rules import nothing from config (a rule gets its settings as options)', () => {
    expect(importsOf('rules').filter(i => i.target === 'config')).toEqual([])
  })
})
