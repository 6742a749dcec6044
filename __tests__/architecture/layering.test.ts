/**
 * The layering of `src/` that docs/architecture.md states: each stage folder imports only the
 * folders below it, and no file imports itself back through others. The table is read from the
 * document, so the test and the document cannot drift apart.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SRC = path.join(ROOT, 'src')

/** The layers from the document's table, lowest first: `| 1 | \`core/\` | ... |`. */
function documentedLayers(): string[] {
  const doc = readFileSync(path.join(ROOT, 'docs', 'architecture.md'), 'utf8')
  const rows = [...doc.matchAll(/^\| (\d+) \| `([a-z-]+(?:\/|\.ts))` \|/gm)]
  return rows
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map(row => row[2]!.replace(/\/$/, '').replace(/\.ts$/, ''))
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/** Relative imports of a file (static, re-exports and dynamic), as absolute `.ts` paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [
    ...text.matchAll(/^(?:import|export)\b[^'"]*?from '(\.[^']+)'/gm),
    ...text.matchAll(/\bimport\('(\.[^']+)'\)/g)
  ].map(match => match[1]!)
  return specifiers.map(spec => path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')))
}

/** The layer of a file: its folder under src/, or the file's name for files at the top. */
function layerOf(file: string): string {
  const [first, ...rest] = path.relative(SRC, file).split(path.sep)
  return rest.length > 0 ? first! : first!.replace(/\.ts$/, '')
}

const files = sourceFiles(SRC)
const layers = documentedLayers()

describe('the layering of src/ (docs/architecture.md)', () => {
  it('names every folder and top-level file of src/ exactly once', () => {
    const present = [...new Set(files.map(layerOf))].sort()
    expect([...layers].sort()).toEqual(present)
  })

  it('has no import against the pipeline: a layer imports only the layers below it', () => {
    const against: string[] = []
    for (const file of files) {
      const from = layerOf(file)
      for (const target of importsOf(file)) {
        const to = layerOf(target)
        if (to !== from && layers.indexOf(to) > layers.indexOf(from)) {
          against.push(
            `${path.relative(ROOT, file)} (${from}) imports ${path.relative(ROOT, target)} (${to})`
          )
        }
      }
    }
    expect(against).toEqual([])
  })

  it('has no import cycle between files', () => {
    const graph = new Map(files.map(file => [file, importsOf(file).filter(t => files.includes(t))]))
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const stack: string[] = []
    const visit = (file: string): void => {
      state.set(file, 'open')
      stack.push(file)
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') {
          const cycle = stack.slice(stack.indexOf(next)).concat(next)
          cycles.push(cycle.map(f => path.relative(SRC, f)).join(' -> '))
        } else if (!state.has(next)) {
          visit(next)
        }
      }
      stack.pop()
      state.set(file, 'done')
    }
    for (const file of files) if (!state.has(file)) visit(file)
    expect(cycles).toEqual([])
  })

  it('catches an import against the pipeline (the check itself)', () => {
    // A rule importing the scan orchestrator would be reported; so would the YAML layer
    // reaching into the loader.
    expect(layers.indexOf('scan')).toBeGreaterThan(layers.indexOf('rules'))
    expect(layers.indexOf('load')).toBeGreaterThan(layers.indexOf('yaml'))
    expect(importsOf(path.join(SRC, 'index.ts'))).toEqual([path.join(SRC, 'action', 'main.ts')])
  })
})
