/**
 * One answer to "which Node.js?": package.json's `engines` is the floor of what the bundled
 * dependencies accept, the action's runtime is above it, and the README, the CLI page and CI
 * name the same floor.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'

const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')

/**
 * Whether `version` (x.y.z) satisfies an npm range made of `||` alternatives of space-separated
 * comparators (`>=`, `>`, `<=`, `<`, `=`, partial versions allowed): what `engines` use.
 */
function satisfies(version: string, range: string): boolean {
  const parts = (v: string) => [...v.split('.').map(Number), 0, 0].slice(0, 3)
  const compare = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!
  const v = parts(version)
  return range.split('||').some(alternative =>
    alternative
      .trim()
      .replace(/([<>=]+)\s+/g, '$1')
      .split(/\s+/)
      .every(comparator => {
        const match = /^(>=|<=|>|<|=)?v?(\d+(?:\.\d+){0,2})$/.exec(comparator)
        if (!match) throw new Error(`unrecognised comparator \`${comparator}\` in \`${range}\``)
        const order = compare(v, parts(match[2]!))
        switch (match[1]) {
          case '>=':
            return order >= 0
          case '<=':
            return order <= 0
          case '>':
            return order > 0
          case '<':
            return order < 0
          default:
            return order === 0
        }
      })
  )
}

const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string }
  dependencies?: Record<string, string>
}
const floor = /^>=(\d+)$/.exec(pkg.engines.node)?.[1]

/** The packages ncc bundled into dist/ (each heads its licence in dist/licenses.txt). */
function bundledPackages(): string[] {
  const lines = read('dist/licenses.txt').split('\n')
  return lines.filter(
    (line, i) => /^(@[a-z0-9._-]+\/)?[a-z0-9._-]+$/.test(line) && (i === 0 || lines[i - 1] === '')
  )
}

describe('supported Node.js versions', () => {
  it('are one floor, `>=N`, with no runtime dependency to install', () => {
    expect(floor).toBeDefined()
    expect(pkg.dependencies ?? {}).toEqual({})
  })

  it('include the floor for every package bundled into dist/, and the runner of the action', () => {
    const bundled = bundledPackages()
    expect(bundled).toEqual(expect.arrayContaining(['yaml', 'picomatch', '@actions/core']))
    const refused = bundled.filter(name => {
      const manifest = JSON.parse(read(`node_modules/${name}/package.json`)) as {
        engines?: { node?: string }
      }
      const range = manifest.engines?.node
      return range !== undefined && !satisfies(`${floor}.0.0`, range)
    })
    expect(refused).toEqual([])
    const action = parse(read('action.yml')) as { runs: { using: string } }
    const runner = /^node(\d+)$/.exec(action.runs.using)?.[1]
    expect(satisfies(`${runner}.0.0`, pkg.engines.node)).toBe(true)
  })

  it('are what the README, the CLI page and CI say', () => {
    expect(read('README.md')).toContain(`Node.js ${floor} or later`)
    expect(read('docs/cli.md')).toContain(`Node.js ${floor} or later`)
    const ci = parse(read('.github/workflows/ci.yml')) as {
      jobs: Record<string, { strategy?: { matrix?: { node?: number[] } } }>
    }
    const tested = Object.values(ci.jobs).flatMap(job => job.strategy?.matrix?.node ?? [])
    expect(tested).toContain(Number(floor))
  })

  it('are checked by a range reader that understands what engines write', () => {
    expect(satisfies('22.0.0', '>= 14.6')).toBe(true)
    expect(satisfies('20.19.0', '>=22')).toBe(false)
    expect(satisfies('22.0.0', '>=0.6.11 <=0.7.0 || >=0.7.3')).toBe(true)
    expect(satisfies('0.7.1', '>=0.6.11 <=0.7.0 || >=0.7.3')).toBe(false)
    expect(() => satisfies('22.0.0', '^22')).toThrow('unrecognised comparator')
  })
})
