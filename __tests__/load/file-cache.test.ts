/**
 * Reading files through the cache: whole texts whatever their size, each file's own bytes
 * (the read buffer is shared from file to file), unreadable bytes reported, and trees let go
 * and parsed again from the text first read.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ParsedFileCache } from '../../src/load/file-cache.js'
import { getValue, scalarText } from '../../src/yaml/yaml-tree.js'

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

describe('letting trees go', () => {
  const compose = [
    'services:',
    '  web:',
    '    image: nginx:1.27 # tierguard-ignore docker-socket: read-only proxy',
    '    ports: [80:80]',
    ''
  ].join('\n')
  const image = (tree: Parameters<typeof getValue>[0]) =>
    scalarText(getValue(getValue(getValue(tree, 'services'), 'web'), 'image'))

  it('parses a released file again from the text it first read, not from the disk', () => {
    const dir = repo({ 'compose.yaml': compose })
    const cache = new ParsedFileCache({ baseDir: dir })
    const first = cache.get('compose.yaml')
    cache.releaseTrees()
    // The file changes, then disappears: the loader must see what discovery saw.
    writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  web:\n    image: httpd\n')
    rmSync(path.join(dir, 'compose.yaml'))
    const again = cache.get('compose.yaml')
    expect(again).not.toBe(first)
    expect(image(again.root)).toBe('nginx:1.27')
    expect(again.root?.span).toEqual(first.root?.span)
    expect(again.diagnostics).toEqual([])
  })

  it('keeps the comments and diagnostics of a released file without parsing it again', () => {
    const cache = new ParsedFileCache({ baseDir: repo({ 'compose.yaml': compose }) })
    const first = cache.get('compose.yaml')
    cache.releaseTree('compose.yaml')
    const withoutTree = cache.getWithoutTree('compose.yaml')
    expect(withoutTree.root).toBeUndefined()
    expect(withoutTree.comments).toBe(first.comments)
    expect(withoutTree.comments.get(3)?.text).toBe(
      'tierguard-ignore docker-socket: read-only proxy'
    )
    // Asked for its tree, the file has one again, and the tree is held until the next release.
    const again = cache.get('compose.yaml')
    expect(image(again.root)).toBe('nginx:1.27')
    expect(cache.getWithoutTree('compose.yaml')).toBe(again)
  })

  it('releases one file or every held one but those kept, and leaves files without a tree as they were', () => {
    const cache = new ParsedFileCache({
      baseDir: repo({ 'a.yml': compose, 'b.yml': compose, 'empty.yml': '' })
    })
    const a = cache.get('a.yml')
    const b = cache.get('b.yml')
    const empty = cache.get('empty.yml')
    const missing = cache.get('missing.yml')
    cache.releaseTree('a.yml')
    expect(cache.get('b.yml')).toBe(b)
    const a2 = cache.get('a.yml')
    expect(a2).not.toBe(a)
    cache.releaseTrees(['a.yml'])
    expect(cache.get('a.yml')).toBe(a2)
    expect(cache.get('b.yml')).not.toBe(b)
    expect(cache.get('empty.yml')).toBe(empty)
    expect(cache.get('missing.yml')).toBe(missing)
    expect(missing.diagnostics.map(d => d.code)).toEqual(['file-unreadable'])
  })
})
