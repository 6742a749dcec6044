/**
 * The fast parser against `yaml`: wherever `parseBlockYaml` takes a file, its tree (kinds,
 * values, key order, every span) and its comments must be exactly those of `yaml` followed by
 * `convertDocument`. Checked on every fixture, on the third-party corpus when it is beside the
 * repository, on variants of them (CRLF line ends, no final line break), and on generated files.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseBlockYaml } from '../../src/yaml/parse-block-yaml.js'
import { parseWithYamlLibrary, parseYamlFile } from '../../src/yaml/parse-yaml.js'
import { DEFAULT_TREE_LIMITS, type YNode } from '../../src/yaml/yaml-tree.js'
import { CORPUS, yamlFilesUnder } from '../helpers/files.js'
import { composeSpec, renderCompose } from '../property/compose-arbitraries.js'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** A tree as plain data, map entries in order, for exact comparison. */
function plain(node: YNode | undefined): unknown {
  if (!node) return undefined
  if (node.kind === 'scalar') return { value: node.value, span: node.span }
  if (node.kind === 'seq') return { seq: node.items.map(plain), span: node.span }
  return {
    map: [...node.entries].map(([key, pair]) => [key, plain(pair.key), plain(pair.value)]),
    span: node.span
  }
}

const LIMITS = { ...DEFAULT_TREE_LIMITS, maxNodes: 100_000 }

/**
 * Compares the two parsers on `text`; returns whether the fast one took it. A difference fails
 * with the file named.
 */
function compareOn(file: string, text: string): boolean {
  const fast = parseBlockYaml(file, text, { ...LIMITS, maxNodes: Math.max(100_000, text.length) })
  if (!fast) return false
  const reference = parseWithYamlLibrary(file, text)
  expect({ file, errors: reference.diagnostics.filter(d => d.severity === 'error') }).toEqual({
    file,
    errors: []
  })
  expect({ file, tree: plain(fast.root) }).toEqual({ file, tree: plain(reference.root) })
  expect({ file, comments: [...fast.comments] }).toEqual({
    file,
    comments: [...reference.comments]
  })
  return true
}

/** The text, with CRLF line ends, and without its final line break. */
function variants(text: string): string[] {
  const out = [text, text.replace(/\n/g, '\r\n')]
  if (text.endsWith('\n')) out.push(text.replace(/\n+$/, ''))
  return out
}

function readSource(file: string): string | undefined {
  const text = readFileSync(file, 'utf8')
  if (text.includes('\0')) return undefined
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

describe('the fast YAML parser', () => {
  it('builds exactly the tree and comments yaml builds, on every fixture', () => {
    let taken = 0
    let all = 0
    for (const file of yamlFilesUnder(path.join(ROOT, 'fixtures'))) {
      const text = readSource(path.join(ROOT, 'fixtures', file))
      if (text === undefined) continue
      for (const variant of variants(text)) {
        all++
        if (compareOn(file, variant)) taken++
      }
    }
    // Most fixtures are plain block YAML; the rest are there to break parsers.
    expect(taken / all).toBeGreaterThan(0.8)
  })

  const corpusSuite = existsSync(CORPUS) ? it : it.skip
  corpusSuite('builds exactly the tree and comments yaml builds, on the corpus', () => {
    let taken = 0
    let all = 0
    for (const file of yamlFilesUnder(CORPUS)) {
      const text = readSource(path.join(CORPUS, file))
      if (text === undefined) continue
      for (const variant of variants(text)) {
        all++
        if (compareOn(file, variant)) taken++
      }
    }
    expect(taken / all).toBeGreaterThan(0.8)
  })

  it('takes each shape compose files are written in, with the tree yaml builds', () => {
    const shapes = [
      'a: 1\nb: -2\nc: 0o17\nd: 0x1F\ne: 1.50\nf: .inf\ng: ~\nh: True\ni: 1e3\nj: 12:30\n',
      'a:\n  b: 1\n  # inner\n# outer\nc:\n  - x\n  -   y  # after\n  -\n    - z\n',
      'a:   \nb: # empty\nc:\nd:\n- under\n- the key\n',
      'l:\n  - k: v\n    j: w\n  - "q": 1\n  - -c\n  - [a, "b", 8080:80, {x: 1}]\n',
      's: \'it\'\'s\'\nd: "tab\\there \\"q\\" \\u00e9 \\x41 \\\\"\nk: "a: b"\n',
      'lit: |\n  one\n\n    two\n  three\n\nstrip: |-\n  x\n\n\nkeep: |+\n  y\n\n\nnext: 1\n',
      'fold: >\n  one\n  two\n\n  three\n\n\n  four\nfold2: >-\n\n  lead\n  x # not a comment\nz: 2\n',
      'block: |  # header comment\n  # not a comment\n  text\n# a comment\nafter: 1\n',
      'x-a: &a\n  k: v\n  n: 1\nx-b:\n  &b\n  m: 2\ns:\n  <<: [*a, *b]\n  k: own\nt: *a\nu: &c [1, 2]\nv: {<: 1, w: *c}\n',
      '---\n# leading marker\nservices:\n  web: {image: nginx, ports: ["80:80"], "x":1}\n',
      'key with spaces: v\n"quoted key": w\n1: one\ntrue: yes\nnull: n\n',
      'url: http://example.com:8080/a#frag\ncmd: echo "$HOME" # c\n',
      'a: [1,\n  2]\nb:\n  c: [\n    "x", # first\n\n    y ,\n    {k: v,\n      w: 2}\n  ]\n',
      'h:\n  test:\n    [\n      "CMD-SHELL",\n      "pg_isready -U $${U}"\n    ]\n  cmd: [a\n    , b]\n',
      'l:\n  - [x,\n    y]\n  - {a: 1, b: [\n      2]}\n',
      '# header\n# more\n\n---\nservices: {}\n'
    ]
    for (const [index, shape] of shapes.entries()) {
      for (const variant of variants(shape)) {
        expect({ index, variant, taken: compareOn(`shape${index}.yml`, variant) }).toEqual({
          index,
          variant,
          taken: true
        })
      }
    }
  })

  it('gives up on what it does not know, and yaml reads it', () => {
    const unusual = [
      'a: !!str 1\n',
      'a: plain\n  continued\n',
      'a: "two\n  lines"\n',
      '? complex\n: key\n',
      'a: 1\n---\nb: 2\n',
      'a:\tb\n',
      'a: 1\na: 2\n',
      'a: *nowhere\n',
      'a: &x [*x]\n',
      'fold: >\n  a\n    more indented\n  b\n',
      'a:\n  b: [x,\n  y]\n',
      'a:\n  b: [x\n    y]\n',
      'a:\n  b: [x,\n# low comment\n    y]\n',
      'a: [x,#c\n  y]\n',
      'a: [x,\n  y\n',
      '- &k key: value\n'
    ]
    for (const text of unusual) {
      expect({ text, fast: parseBlockYaml('u.yml', text, LIMITS) }).toEqual({
        text,
        fast: undefined
      })
      expect(parseYamlFile('u.yml', text)).toEqual(parseWithYamlLibrary('u.yml', text))
    }
  })

  it('builds exactly the tree yaml builds, on generated compose files', () => {
    fc.assert(
      fc.property(composeSpec, fc.boolean(), (spec, crlf) => {
        const text = renderCompose(spec)
        compareOn('gen.yml', crlf ? text.replace(/\n/g, '\r\n') : text)
      }),
      { numRuns: 300 }
    )
  })
})
