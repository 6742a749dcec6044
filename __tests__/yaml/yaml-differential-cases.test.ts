/**
 * Inputs on which the fast parser, or the tree built from `yaml`, once disagreed with `yaml`
 * itself (found by the differential test in `yaml-differential.test.ts`): each is pinned here
 * with what a user sees, the tree and its spans or the diagnostic and its position.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { parseDocument } from 'yaml'
import { parseBlockYaml } from '../../src/yaml/parse-block-yaml.js'
import { parseWithYamlLibrary, parseYamlFile } from '../../src/yaml/parse-yaml.js'
import { DEFAULT_TREE_LIMITS, getValue, type YNode } from '../../src/yaml/yaml-tree.js'

/** A tree as plain data (values, key order, spans as `line:col-line:col`). */
function plain(node: YNode | undefined): unknown {
  if (!node) return undefined
  const at = `${node.span.startLine}:${node.span.startColumn}-${node.span.endLine}:${node.span.endColumn}`
  if (node.kind === 'scalar') return [node.value, at]
  if (node.kind === 'seq') return [node.items.map(plain), at]
  return [[...node.entries].map(([key, pair]) => [key, plain(pair.key), plain(pair.value)]), at]
}

/** A tree as the plain JavaScript value `yaml`'s `toJS` makes of the same text. */
function valueOf(node: YNode | undefined): unknown {
  if (!node) return undefined
  if (node.kind === 'scalar') return node.value
  if (node.kind === 'seq') return node.items.map(valueOf)
  return Object.fromEntries([...node.entries].map(([key, pair]) => [key, valueOf(pair.value)]))
}

/** `code line:col` of each diagnostic. */
function diagnostics(text: string): string[] {
  return parseYamlFile('c.yml', text).diagnostics.map(
    d => `${d.code} ${d.span.startLine}:${d.span.startColumn}`
  )
}

describe('a quoted "<<" key', () => {
  const text = 'x-d: &d\n  network_mode: host\nservices:\n  s:\n    "<<": *d\n    image: app\n'

  it('is an ordinary key, never a merge key', () => {
    const s = getValue(getValue(parseYamlFile('c.yml', text).root, 'services'), 's')
    expect(plain(s)).toEqual([
      [
        [
          '<<',
          ['<<', '5:5-5:9'],
          [[['network_mode', ['network_mode', '2:3-2:15'], ['host', '2:17-2:21']]], '2:3-2:21']
        ],
        ['image', ['image', '6:5-6:10'], ['app', '6:12-6:15']]
      ],
      '5:5-6:15'
    ])
    // The service does not get `network_mode: host` from the anchor.
    expect(getValue(s, 'network_mode')).toBeUndefined()
  })

  it('is read the same by the fast parser and through yaml, in block and flow mappings', () => {
    const flow = 'x-d: &d {network_mode: host}\ns: {"<<": *d, image: app}\n'
    const single = "x-d: &d {network_mode: host}\ns:\n  '<<': *d\n"
    for (const source of [text, flow, single]) {
      const fast = parseBlockYaml('c.yml', source, DEFAULT_TREE_LIMITS)
      expect(fast).toBeDefined()
      expect(plain(fast?.root)).toEqual(plain(parseWithYamlLibrary('c.yml', source).root))
      // The tree holds what yaml itself makes of the text.
      expect(valueOf(fast?.root)).toEqual(parseDocument(source, { merge: true }).toJS())
    }
  })

  it('leaves a plain << merging', () => {
    const merged = parseYamlFile('c.yml', text.replace('"<<"', '<<')).root
    expect(getValue(getValue(getValue(merged, 'services'), 's'), 'network_mode')).toMatchObject({
      value: 'host',
      span: { startLine: 2, startColumn: 17 }
    })
  })
})

describe('a flow collection closing at its parent block collection indentation', () => {
  it.each([
    ['a: [[\n]]\n', 'yaml-syntax 2:1'],
    ['a: [x, [\n]]\n', 'yaml-syntax 2:1'],
    ['a: {b: [\n]}\n', 'yaml-syntax 2:1'],
    ['a: [{\n}]\n', 'yaml-syntax 2:1'],
    ['services:\n  s:\n    networks: {back: {aliases: [\n    ]}}\n', 'yaml-syntax 4:5'],
    ['s:\n  - [[\n  ]]\n', 'yaml-syntax 3:3']
  ])('%j is an error where yaml reports BAD_INDENT', (text, expected) => {
    expect(parseBlockYaml('c.yml', text, DEFAULT_TREE_LIMITS)).toBeUndefined()
    // BAD_INDENT comes first, at the line's first bracket; then the brackets yaml cannot place.
    expect(diagnostics(text)[0]).toBe(expected)
    expect(parseYamlFile('c.yml', text).root).toBeUndefined()
  })

  it.each([
    ['a: [\n]\n', '{"a":[]}'],
    ['a: [[x],\n]\n', '{"a":[["x"]]}'],
    [
      'services:\n  s:\n    networks: {back: {aliases: [\n     ]}}\n',
      '{"services":{"s":{"networks":{"back":{"aliases":[]}}}}}'
    ],
    ['s:\n  - [[\n   ]]\n', '{"s":[[[]]]}']
  ])('%j, which closes the outermost one there or is indented deeper, is read', (text, json) => {
    const fast = parseBlockYaml('c.yml', text, DEFAULT_TREE_LIMITS)
    expect(fast).toBeDefined()
    expect(plain(fast?.root)).toEqual(plain(parseWithYamlLibrary('c.yml', text).root))
    expect(JSON.stringify(parseDocument(text).toJS())).toBe(json)
  })
})

describe('!!timestamp values', () => {
  const saved = process.env.TZ
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ
    else process.env.TZ = saved
  })

  it('are rendered as UTC ISO 8601 text, whatever the time zone', () => {
    const text = 't: !!timestamp 2001-12-14t21:59:43.10-05:00\nd: !!timestamp 2001-12-14\n'
    const rendered = ['America/New_York', 'Asia/Tokyo', 'UTC'].map(zone => {
      process.env.TZ = zone
      return plain(parseYamlFile('c.yml', text).root)
    })
    expect(rendered[0]).toEqual([
      [
        ['t', ['t', '1:1-1:2'], ['2001-12-15T02:59:43.100Z', '1:16-1:44']],
        ['d', ['d', '2:1-2:2'], ['2001-12-14T00:00:00.000Z', '2:16-2:26']]
      ],
      '1:1-2:26'
    ])
    expect(rendered[1]).toEqual(rendered[0])
    expect(rendered[2]).toEqual(rendered[0])
  })
})

describe('!!binary values', () => {
  it('are their base64 text, not the bytes decoded as UTF-8', () => {
    const text = 'b: !!binary aGVsbG8=\n'
    expect(plain(parseYamlFile('c.yml', text).root)).toEqual([
      [['b', ['b', '1:1-1:2'], ['aGVsbG8=', '1:13-1:21']]],
      '1:1-1:21'
    ])
  })
})

describe('!!omap and !!pairs', () => {
  it('make an !!omap the ordered mapping it stands for', () => {
    const text = 'o: !!omap\n  - b: 1\n  - a: [x]\n'
    expect(plain(parseYamlFile('c.yml', text).root)).toEqual([
      [
        [
          'o',
          ['o', '1:1-1:2'],
          [
            [
              ['b', ['b', '2:5-2:6'], [1, '2:8-2:9']],
              ['a', ['a', '3:5-3:6'], [[['x', '3:9-3:10']], '3:8-3:11']]
            ],
            '2:3-3:11'
          ]
        ]
      ],
      '1:1-3:11'
    ])
  })

  it('keep each item of !!pairs as its one-pair mapping, duplicates included', () => {
    const text = 'p: !!pairs\n  - a: 1\n  - a: 2\np2: !!pairs [k: v, lone]\n'
    expect(plain(parseYamlFile('c.yml', text).root)).toEqual([
      [
        [
          'p',
          ['p', '1:1-1:2'],
          [
            [
              [[['a', ['a', '2:5-2:6'], [1, '2:8-2:9']]], '2:5-2:9'],
              [[['a', ['a', '3:5-3:6'], [2, '3:8-3:9']]], '3:5-3:9']
            ],
            '2:3-3:9'
          ]
        ],
        [
          'p2',
          ['p2', '4:1-4:3'],
          [
            [
              [[['k', ['k', '4:14-4:15'], ['v', '4:17-4:18']]], '4:14-4:18'],
              [[['lone', ['lone', '4:20-4:24'], [null, '4:24-4:24']]], '4:20-4:24']
            ],
            '4:13-4:25'
          ]
        ]
      ],
      '1:1-4:25'
    ])
  })

  it('report an !!omap with a repeated key, as yaml does', () => {
    expect(diagnostics('o: !!omap\n  - a: 1\n  - a: 2\n')).toEqual(['yaml-syntax 1:4'])
  })
})

describe('what the differential test found next', () => {
  it('reads a lone `---` as a document holding an empty value, as yaml does', () => {
    for (const text of ['---', '---\n', '--- \n# c\n']) {
      const fast = parseBlockYaml('c.yml', text, DEFAULT_TREE_LIMITS)
      expect(fast).toBeDefined()
      expect(plain(fast?.root)).toEqual(plain(parseWithYamlLibrary('c.yml', text).root))
    }
    expect(plain(parseYamlFile('c.yml', '--- \n').root)).toEqual([null, '1:5-1:5'])
  })

  it('refuses two keys yaml tells apart but the tree would name alike', () => {
    // `true` and "true" are two keys to yaml; the tree keys mappings by text.
    expect(diagnostics('s:\n  true: a\n  "true": b\n')).toEqual(['duplicate-key 3:3'])
    expect(diagnostics('s: {1: a, 1.0: b}\n')).toEqual(['duplicate-key 1:11'])
    expect(parseYamlFile('c.yml', 's:\n  true: a\n  "true": b\n').root).toBeUndefined()
  })
})

describe('an !!omap with two spellings of one key', () => {
  it('is refused like any mapping', () => {
    expect(diagnostics('o: !!omap [true: a, "true": b]\n')).toEqual(['duplicate-key 1:21'])
  })
})

describe('a << merge key in an !!omap or !!pairs item', () => {
  it('is refused, where the tree would have named a key after the symbol', () => {
    expect(diagnostics('p: !!pairs\n- <<: {a: 1}\n')).toEqual(['wrong-type 2:3'])
    expect(diagnostics('o: !!omap\n- <<: x\n')).toEqual(['wrong-type 2:3'])
  })
})

describe('a << merge key whose value is an !!omap or !!pairs', () => {
  it('is refused, as yaml and compose refuse to merge a list', () => {
    const direct = 's:\n  <<: !!omap\n  - a: 1\n'
    expect(diagnostics(direct)).toEqual(['wrong-type 2:3'])
    const aliased = 'x: &o !!omap [a: 1]\ns:\n  <<: [*o]\n'
    expect(diagnostics(aliased)).toEqual(['wrong-type 3:3'])
    expect(() => parseDocument(direct, { merge: true }).toJS()).toThrow(
      /Merge sources must be maps/
    )
    expect(diagnostics('s:\n  <<: !!pairs\n  - a: 1\n')).toEqual(['wrong-type 2:3'])
  })
})
