/**
 * Reading files through the cache: whole texts whatever their size, each file's own bytes
 * (the read buffer is shared from file to file), and unreadable bytes reported.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ParsedFileCache } from '../../src/load/file-cache.js'

function repo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tierguard-cache-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content)
  return dir
}

function services(count: number): string {
  const lines = ['services:']
  for (let i = 0; i < count; i++) lines.push(`  s${i}:`, `    image: acme/app-${i}:1.0`)
  return lines.join('\n') + '\n'
}

describe('reading files', () => {
  it('reads a file larger than the shared buffer whole', () => {
    const big = services(12_000) // about 400 KB
    expect(big.length).toBeGreaterThan(256 * 1024)
    const cache = new ParsedFileCache({ baseDir: repo({ 'big.yml': big }) })
    expect(cache.readRaw('big.yml')).toBe(big)
    const root = cache.get('big.yml').root
    expect(root?.kind === 'map' && root.entries.get('services')?.value.kind).toBe('map')
  })

  it('gives each file its own text, a short one after a long one included', () => {
    const long = services(50)
    const short = 'services:\n  web:\n    image: nginx\n'
    const cache = new ParsedFileCache({ baseDir: repo({ 'a.yml': long, 'b.yml': short }) })
    expect(cache.readRaw('a.yml')).toBe(long)
    expect(cache.readRaw('b.yml')).toBe(short)
    expect(cache.get('b.yml').diagnostics).toEqual([])
  })

  it('reports bytes that are not UTF-8, and reads the next file right', () => {
    const cache = new ParsedFileCache({
      baseDir: repo({
        'bad.yml': Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]),
        'ok.yml': 'a: 1\n'
      })
    })
    expect(cache.get('bad.yml').diagnostics.map(d => [d.code, d.message])).toEqual([
      ['file-unreadable', 'could not read the file: the file is not valid UTF-8 text']
    ])
    expect(cache.readRaw('ok.yml')).toBe('a: 1\n')
  })
})
