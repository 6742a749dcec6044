/**
 * Loading is bounded and memoised: a file included or extended twice loads once, and a chain
 * deeper than the limits stops with a diagnostic at the entry that goes too deep, never with a
 * stack overflow, and the rest of the scan goes on.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import { MAX_EXTENDS_DEPTH, MAX_INCLUDE_DEPTH } from '../../src/load/load-context.js'
import { scan } from '../../src/scan.js'

let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'tierguard-bounds-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function write(folder: string, files: Record<string, string>): string {
  const dir = path.join(tmp, folder)
  mkdirSync(dir, { recursive: true })
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

const service = (name: string) => `services:\n  ${name}:\n    image: alpine:3\n`

describe('load bounds', () => {
  it('cuts a 700-file include chain at the depth limit, with a diagnostic', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 700; i++) {
      const include = i < 699 ? `include:\n  - f${i + 1}.yml\n` : ''
      files[i === 0 ? 'compose.yaml' : `f${i}.yml`] = include + service(`s${i}`)
    }
    // A project beside it still loads: nothing else of the scan is lost.
    files['other/compose.yaml'] = service('other')
    mkdirSync(path.join(tmp, 'chain', 'other'), { recursive: true })
    const dir = write('chain', files)
    const result = await scan({ baseDir: dir, logger: silentLogger })
    const chain = result.projects.find(p => p.files[0] === 'compose.yaml')
    expect(chain?.services.length).toBe(MAX_INCLUDE_DEPTH + 1)
    expect(
      result.diagnostics.map(d => [d.code, d.span.file, d.span.startLine, d.span.startColumn])
    ).toEqual([['load-depth-limit', `f${MAX_INCLUDE_DEPTH}.yml`, 2, 5]])
    expect(result.projects.find(p => p.files[0] === 'other/compose.yaml')?.services.length).toBe(1)
  })

  it('cuts a 5,000-service extends chain written backwards, keeping every service', async () => {
    const lines = ['services:']
    for (let i = 4999; i > 0; i--) lines.push(`  s${i}:`, `    extends: s${i - 1}`)
    lines.push('  s0:', '    image: alpine:3', '')
    const dir = write('extends', { 'compose.yaml': lines.join('\n') })
    const result = await scan({ baseDir: dir, logger: silentLogger })
    expect(result.projects[0]?.services.length).toBe(5000)
    const cuts = result.diagnostics.filter(d => d.code === 'load-depth-limit')
    expect(cuts.length).toBeGreaterThan(0)
    // The first cut is at the `extends` key MAX_EXTENDS_DEPTH services down from s4999.
    expect([cuts[0]?.span.startLine, cuts[0]?.span.startColumn]).toEqual([
      2 + 2 * MAX_EXTENDS_DEPTH + 1,
      5
    ])
    // s1 is close to s0: it still gets its image through the chain.
    const s1 = result.projects[0]?.services.find(s => s.name === 's1')
    expect(s1?.image?.value).toBe('alpine:3')
  })

  it('loads a 22-level include diamond once per file, fast', async () => {
    const files: Record<string, string> = {
      'compose.yaml': 'include:\n  - d0a.yml\n  - d0b.yml\n' + service('top')
    }
    for (let level = 0; level < 22; level++) {
      for (const side of ['a', 'b']) {
        const include =
          level < 21 ? `include:\n  - d${level + 1}a.yml\n  - d${level + 1}b.yml\n` : ''
        files[`d${level}${side}.yml`] = include + service(`s${level}${side}`)
      }
    }
    const dir = write('diamond', files)
    const started = performance.now()
    const result = await scan({ baseDir: dir, logger: silentLogger })
    // Without memoisation this is 2^22 loads (over a minute); memoised, well under a second.
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(result.projects.map(p => p.services.length)).toEqual([1 + 44])
    expect(result.diagnostics).toEqual([])
  })
})
