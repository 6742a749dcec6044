import { describe, expect, it } from '@jest/globals'
import { parseYamlFile } from '../../src/yaml/parse-yaml.js'
import { getValue } from '../../src/yaml/yaml-tree.js'

describe('parseYamlFile', () => {
  it('keeps the span of a value reached through an alias at the anchor', () => {
    const parsed = parseYamlFile(
      'c.yml',
      'x-net: &net\n  - backend\nservices:\n  db:\n    networks: *net\n'
    )
    const networks = getValue(getValue(getValue(parsed.root, 'services'), 'db'), 'networks')
    expect(networks?.kind).toBe('seq')
    const first = networks?.kind === 'seq' ? networks.items[0] : undefined
    expect(first?.span).toEqual({
      file: 'c.yml',
      startLine: 2,
      startColumn: 5,
      endLine: 2,
      endColumn: 12
    })
  })

  it('merges `<<` keys with explicit keys winning', () => {
    const parsed = parseYamlFile(
      'c.yml',
      'x-a: &a\n  image: redis\n  restart: always\nservices:\n  s:\n    <<: *a\n    image: valkey\n'
    )
    const s = getValue(getValue(parsed.root, 'services'), 's')
    expect(getValue(s, 'image')).toMatchObject({
      value: 'valkey',
      span: { startLine: 7, startColumn: 12 }
    })
    expect(getValue(s, 'restart')).toMatchObject({
      value: 'always',
      span: { startLine: 3, startColumn: 12 }
    })
  })

  it('reports duplicate keys at the second key', () => {
    const parsed = parseYamlFile('c.yml', 'services:\n  a: {}\n  a: {}\n')
    expect(parsed.root).toBeUndefined()
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        code: 'duplicate-key',
        span: expect.objectContaining({ startLine: 3, startColumn: 3 })
      })
    ])
  })

  it('stops a billion-laughs file with a clear diagnostic', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      const cur = String.fromCharCode(97 + i)
      levels.push(
        `${cur}: &${cur} [${Array(10)
          .fill('*' + prev)
          .join(',')}]`
      )
    }
    const started = Date.now()
    const parsed = parseYamlFile('bomb.yml', levels.join('\n') + '\n')
    expect(Date.now() - started).toBeLessThan(5000)
    expect(parsed.diagnostics.map(d => d.code)).toEqual(['alias-limit'])
  })

  it('collects comments by line for suppressions', () => {
    const parsed = parseYamlFile(
      'c.yml',
      'services:\n  db: # tierguard-ignore host-network: lab only\n    image: "a#b"\n'
    )
    expect([...parsed.comments]).toEqual([
      [
        2,
        {
          text: 'tierguard-ignore host-network: lab only',
          span: { file: 'c.yml', startLine: 2, startColumn: 7, endLine: 2, endColumn: 48 }
        }
      ]
    ])
  })

  it('does not take block scalar text starting with # for a comment', () => {
    const parsed = parseYamlFile(
      'c.yml',
      'x: |\n  # kept as text\ny: >\n # folded text\nz: 1 # real\n'
    )
    expect([...parsed.comments.keys()]).toEqual([5])
    expect(getValue(parsed.root, 'x')).toMatchObject({ value: '# kept as text\n' })
    // A root block scalar needs no indentation: its text starts with `#` right after `|`.
    const root = parseYamlFile('c.yml', '--- |\n# root text\n')
    expect(root.comments.size).toBe(0)
    expect(root.root).toMatchObject({ value: '# root text\n' })
  })

  it('drops a BOM and handles CRLF line ends', () => {
    const parsed = parseYamlFile('c.yml', '\ufeffservices:\r\n  db:\r\n    image: postgres\r\n')
    const image = getValue(getValue(getValue(parsed.root, 'services'), 'db'), 'image')
    expect(image?.span).toEqual({
      file: 'c.yml',
      startLine: 3,
      startColumn: 12,
      endLine: 3,
      endColumn: 20
    })
  })
})
