/**
 * The fast parser (`parse-block-yaml.ts`) and the project's YAML reading (`parseYamlFile`)
 * against `yaml` itself, with the options of the project's fallback: what one text gives each.
 * Used by `yaml-differential.test.ts` (bounded, in CI) and by `npm run fuzz:yaml` (the same
 * test with more runs).
 *
 * For one text it checks:
 * - the verdict: `parseYamlFile` reports an error exactly when `yaml` does (an error, or more
 *   than one document), unless one of the project's own limits refused the file (nesting,
 *   alias expansion, a collection as a key);
 * - values, types and key order: the tree `parseYamlFile` builds holds what `yaml`'s `toJS`
 *   makes of the text (keys in order; with merge keys, `yaml` puts merged keys where `<<` is
 *   and the tree after the explicit ones, so there the order is not compared);
 * - when the fast parser takes the text: `yaml` finds no error, and its tree and comments are
 *   exactly those of the `yaml` path (kinds, values, key order, every span).
 */
import fc from 'fast-check'
import { isPair, isScalar, parseAllDocuments, visit, type Document, type Pair } from 'yaml'
import { parseBlockYaml } from '../../src/yaml/parse-block-yaml.js'
import { parseWithYamlLibrary, parseYamlFile } from '../../src/yaml/parse-yaml.js'
import { DEFAULT_TREE_LIMITS, type YNode } from '../../src/yaml/yaml-tree.js'

/** The options of the project's fallback (`parseWithYamlLibrary`'s `Composer`). */
export const YAML_OPTIONS = { merge: true, uniqueKeys: true, strict: true } as const

/** Diagnostics of the project's own limits, where `yaml` alone accepts the text. */
const PROJECT_LIMITS = new Set(['alias-limit', 'nesting-limit', 'wrong-type'])

/** What comparing one text found. */
export interface Comparison {
  /** Whether the fast parser took the text (else `yaml` read it). */
  fastTook: boolean
  /** Whether `yaml` reported an error. */
  yamlError: boolean
  /** Differences, each a sentence; empty when the parsers agree. */
  mismatches: string[]
}

/** Compares the fast parser and `parseYamlFile` with `yaml` on `text`. Never throws. */
export function compareWithYaml(file: string, text: string): Comparison {
  const mismatches: string[] = []
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const docs = parseAllDocuments(source, YAML_OPTIONS)
  const list = Array.isArray(docs) ? docs : []
  const yamlError = list.length > 1 || list.some(d => d.errors.length > 0)

  let fast: ReturnType<typeof parseBlockYaml>
  let lib: ReturnType<typeof parseWithYamlLibrary>
  let whole: ReturnType<typeof parseYamlFile>
  try {
    const limits = { ...DEFAULT_TREE_LIMITS, maxNodes: Math.max(100_000, source.length) }
    fast = parseBlockYaml(file, source, limits)
    lib = parseWithYamlLibrary(file, source)
    whole = parseYamlFile(file, text)
  } catch (e) {
    return { fastTook: false, yamlError, mismatches: [`threw: ${String(e)}`] }
  }

  const errors = whole.diagnostics.filter(d => d.severity === 'error')
  const refusedByLimits =
    errors.some(d => PROJECT_LIMITS.has(d.code)) ||
    // Keys `yaml` tells apart that are one name in the tree (`true` and "true"): refused.
    (!yamlError && errors.some(d => d.code === 'duplicate-key') && hasCollidingKeys(list[0]))
  if (!refusedByLimits && errors.length > 0 !== yamlError) {
    mismatches.push(
      yamlError
        ? `yaml reports ${describeYamlErrors(list)}, parseYamlFile reports no error`
        : `parseYamlFile reports ${errors.map(d => d.code).join(', ')}, yaml no error`
    )
  }

  if (!yamlError && errors.length === 0) {
    const doc = list[0]
    let reference: unknown
    try {
      reference = doc ? doc.toJS({ maxAliasCount: -1, mapAsMap: true }) : null
    } catch (e) {
      reference = `toJS threw: ${String(e)}`
    }
    const ordered = !source.includes('<<')
    const expected = canonical(reference, ordered)
    const actual = canonical(valueOf(whole.root), ordered)
    // A key merged in under a name an explicit key has in another spelling (`~` and a merged
    // "null") is two keys to yaml and one name in the tree, where the explicit one wins.
    if (!hasRepeatedNames(expected) && !equal(actual, expected)) {
      mismatches.push(
        `values differ from yaml's toJS: ${show(actual)} where yaml has ${show(expected)}`
      )
    }
  }

  if (fast) {
    if (yamlError)
      mismatches.push(`the fast parser took a text yaml rejects: ${describeYamlErrors(list)}`)
    const libErrors = lib.diagnostics.filter(d => d.severity === 'error')
    if (libErrors.length === 0) {
      const a = plain(fast.root)
      const b = plain(lib.root)
      if (!equal(a, b)) mismatches.push(`trees differ: fast ${show(a)}, yaml path ${show(b)}`)
      const c = [...fast.comments]
      const d = [...lib.comments]
      if (!equal(c, d)) mismatches.push(`comments differ: fast ${show(c)}, yaml path ${show(d)}`)
    }
  }
  return { fastTook: fast !== undefined, yamlError, mismatches }
}

function describeYamlErrors(
  docs: readonly { errors: readonly { code: string; pos: [number, number] }[] }[]
): string {
  if (docs.length > 1) return `${docs.length} documents`
  return docs.flatMap(d => d.errors.map(e => `${e.code}@${e.pos[0]}`)).join(', ')
}

/** A tree as plain data: kinds, values, keys in order, spans. */
function plain(node: YNode | undefined): unknown {
  if (!node) return null
  const s = node.span
  const at = `${s.file}:${s.startLine}:${s.startColumn}-${s.endLine}:${s.endColumn}`
  if (node.kind === 'scalar') return { scalar: node.value, at }
  if (node.kind === 'seq') return { seq: node.items.map(plain), at }
  return {
    map: [...node.entries].map(([key, pair]) => [key, plain(pair.key), plain(pair.value)]),
    at
  }
}

/** A tree as the value `toJS` would make of it, maps as `Map` (keys in order). */
function valueOf(node: YNode | undefined): unknown {
  if (!node) return null
  if (node.kind === 'scalar') return node.value
  if (node.kind === 'seq') return node.items.map(valueOf)
  return new Map([...node.entries].map(([key, pair]) => [key, valueOf(pair.value)]))
}

/**
 * A value in one comparable shape: maps (and sets) as lists of `[key, value]` with keys as the
 * tree names them (`String(key)`, `null` as 'null'), sorted when `ordered` is false; dates as
 * ISO text; bytes (`!!binary`) as base64; numbers and strings as they are (`Object.is` tells 0 from -0 and keeps NaN).
 */
function canonical(value: unknown, ordered: boolean): unknown {
  if (value instanceof Map || value instanceof Set) {
    const entries: [string, unknown][] = []
    const pairs = value instanceof Map ? [...value] : [...value].map(k => [k, null] as const)
    for (const [k, v] of pairs) entries.push([keyName(k), canonical(v, ordered)])
    if (!ordered) entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    return { map: entries }
  }
  if (Array.isArray(value)) return value.map(v => canonical(v, ordered))
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? String(value) : value.toISOString()
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64')
  if (value !== null && typeof value === 'object') return { object: String(value) }
  return value
}

/** Whether a `canonical` value holds a map with two entries of one name. */
function hasRepeatedNames(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasRepeatedNames)
  if (value && typeof value === 'object' && 'map' in value) {
    const entries = (value as { map: [string, unknown][] }).map
    const names = new Set(entries.map(([name]) => name))
    return names.size < entries.length || entries.some(([, v]) => hasRepeatedNames(v))
  }
  return false
}

/** Whether some mapping of the document has two keys of one name in the tree. */
function hasCollidingKeys(doc: Document.Parsed | undefined): boolean {
  let found = false
  if (!doc) return false
  /** Checks the keys of a mapping's pairs (or an `!!omap`'s, which the tree makes a mapping). */
  const check = (pairs: readonly unknown[]) => {
    const names = pairs
      .filter((pair): pair is Pair => isPair(pair) && !isMergeKey(pair.key))
      .map(pair => keyName(isScalar(pair.key) ? pair.key.value : pair.key))
    if (new Set(names).size === names.length) return undefined
    found = true
    return visit.BREAK
  }
  visit(doc, {
    Map: (_key, map) => check(map.items),
    Seq: (_key, seq) => (seq.tag === 'tag:yaml.org,2002:omap' ? check(seq.items) : undefined)
  })
  return found
}

/** A `<<` merge key as `yaml` decides it: the merge tag's value, or a plain `<<`. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false
  return (
    typeof key.value === 'symbol' || ((!key.type || key.type === 'PLAIN') && key.value === '<<')
  )
}

function keyName(key: unknown): string {
  if (key === null) return 'null'
  if (key instanceof Date) return key.toISOString()
  if (key instanceof Uint8Array) return Buffer.from(key).toString('base64')
  if (typeof key === 'object') return `<collection key ${show(key)}>`
  return String(key)
}

/** Deep equality with `Object.is` on primitives. */
function equal(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => equal(x, b[i]))
  }
  if (
    a &&
    b &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    !Array.isArray(a) &&
    !Array.isArray(b)
  ) {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    return (
      ka.length === kb.length &&
      ka.every(k => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    )
  }
  return false
}

function show(value: unknown): string {
  const text = JSON.stringify(value, (_k, v: unknown) =>
    typeof v === 'number' && !Number.isFinite(v) ? String(v) : Object.is(v, -0) ? '-0' : v
  )
  return text.length > 600 ? `${text.slice(0, 600)}...` : text
}

// ---- generated inputs ------------------------------------------------------------------------

/** Scalars as compose files write them, and the ones parsers get wrong. */
const SCALARS = [
  'nginx:1.27',
  'postgres:16',
  '8080:80',
  '127.0.0.1:5432:5432',
  '${IMAGE:-nginx}',
  '$${ESCAPED}',
  'CMD-SHELL',
  'pg_isready -U postgres',
  'http://db:5432/app#frag',
  'a: b',
  'a #b',
  '#',
  "it's",
  '"q"',
  '',
  ' lead',
  'trail ',
  '~',
  'null',
  'Null',
  'true',
  'False',
  'yes',
  'on',
  '0',
  '-0',
  '007',
  '0o17',
  '0x1F',
  '1e3',
  '1.50',
  '.5',
  '.inf',
  '-.Inf',
  '.NaN',
  '12:30',
  '2001-12-14',
  '2001-12-14t21:59:43.10-05:00',
  '2002-12-14 21:59:43.10 -5',
  'aGVsbG8=',
  '-',
  '-c',
  '--flag',
  '?',
  ':',
  '<<',
  '&a',
  '*a',
  '!tag',
  '%',
  '@',
  '`',
  '[x]',
  '{y}',
  'a,b',
  'back\\slash',
  'tab\there',
  'é ü',
  '😀'
]
const KEYS = [
  'services',
  'image',
  'ports',
  'networks',
  'aliases',
  'environment',
  'x-common',
  'healthcheck',
  'test',
  'back',
  'default',
  'a b',
  '1',
  'true',
  'null',
  '~',
  '<<',
  'k:v',
  'key#hash',
  'é'
]

/** Tags of the core and YAML 1.1 schemas, by the kind of node they go on (or not). */
const TAGS = {
  scalar: ['!!str', '!!timestamp', '!!int', '!!float', '!!bool', '!!null', '!!binary'],
  seq: ['!!omap', '!!pairs', '!!seq', '!!set'],
  map: ['!!set', '!!map', '!!omap']
}

/** Dates and times as `!!timestamp` takes them (or, the last ones, does not). */
const DATES = [
  '2001-12-14',
  '2001-12-14t21:59:43.10-05:00',
  '2001-12-14 21:59:43.10 -5',
  '2001-12-15 2:59:43.10',
  '2002-12-14T23:59:59Z',
  '2001-13-45'
]

/** A generated YAML tree, before it is written as text. */
type Shape =
  | { kind: 'scalar'; value: string }
  | { kind: 'seq'; items: Shape[] }
  | { kind: 'map'; entries: [string, Shape][] }

const shape: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>(tie => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SCALARS).map(value => ({ kind: 'scalar' as const, value })),
    fc.array(tie('node'), { maxLength: 4 }).map(items => ({ kind: 'seq' as const, items })),
    fc
      .array(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { maxLength: 4 })
      .map(entries => ({ kind: 'map' as const, entries }))
  )
})).node

/** How a text is written: styles picked by a seeded stream of choices. */
interface Style {
  /** Picks 0..n-1. */
  pick(n: number): number
}

function styleFrom(choices: number[]): Style {
  let i = 0
  return { pick: n => (choices.length === 0 ? 0 : choices[i++ % choices.length]! % n) }
}

const QUOTES = ['plain', 'single', 'double'] as const

function renderScalar(value: string, style: Style): string {
  switch (QUOTES[style.pick(4) % 3]) {
    case 'single':
      return `'${value.replace(/'/g, "''")}'`
    case 'double':
      return JSON.stringify(value)
    default:
      return value
  }
}

function renderKey(key: string, style: Style): string {
  const quoted = style.pick(5)
  if (quoted === 0) return JSON.stringify(key)
  if (quoted === 1) return `'${key}'`
  return key
}

/** Writes `node` as the value after `key:` or `-` in a block collection indented `indent`. */
function renderValue(node: Shape, indent: number, style: Style, anchors: string[]): string {
  const pad = ' '.repeat(indent)
  const choice = style.pick(16)
  // Anchors, aliases and merge-key sources.
  if (choice === 0 && anchors.length > 0) return ` *${anchors[style.pick(anchors.length)]}`
  let prefix = ''
  if (choice === 1) {
    const name = `a${anchors.length}`
    anchors.push(name)
    prefix = ` &${name}`
  }
  if (choice === 2) {
    const tags = TAGS[node.kind]
    prefix = ` ${tags[style.pick(tags.length)]}`
  }
  if (node.kind === 'scalar') {
    if (choice === 3 && node.value !== '') {
      const indicator = ['|', '>', '|-', '>+', '|+'][style.pick(5)]
      return `${prefix} ${indicator}\n${pad}  ${node.value}\n${style.pick(3) === 0 ? '\n' : ''}`
    }
    // A tag mostly gets a value it can resolve: `!!timestamp` a date, `!!binary` base64.
    const value =
      prefix === ' !!timestamp'
        ? DATES[style.pick(DATES.length)]!
        : prefix === ' !!binary'
          ? 'aGVsbG8='
          : node.value
    const text = renderScalar(value, style)
    return `${prefix}${text === '' ? '' : ` ${text}`}${comment(style)}\n`
  }
  const empty = node.kind === 'seq' ? node.items.length === 0 : node.entries.length === 0
  if (empty || choice >= 10)
    return `${prefix} ${renderFlow(node, indent, style, anchors, 0)}${comment(style)}\n`
  let out = `${prefix}${comment(style)}\n`
  const inner = indent + 1 + style.pick(3)
  const innerPad = ' '.repeat(node.kind === 'seq' && style.pick(3) === 0 ? indent : inner)
  if (node.kind === 'seq') {
    for (const item of node.items) {
      out += `${innerPad}-${renderValue(item, innerPad.length, style, anchors)}`
    }
  } else {
    for (const [key, value] of node.entries) {
      const written = key === '<<' && anchors.length > 0 && style.pick(2) === 0
      if (written) {
        out += `${' '.repeat(inner)}${renderKey(key, style)}: *${anchors[style.pick(anchors.length)]}\n`
        continue
      }
      out += `${' '.repeat(inner)}${renderKey(key, style)}:${renderValue(value, inner, style, anchors)}`
    }
  }
  if (style.pick(8) === 0) out += `${pad}# a comment line\n`
  return out
}

/**
 * A flow collection, on one line or across lines; a line break places what follows at the
 * block parent's indentation, one deeper or two deeper, which is where parsers disagree.
 */
function renderFlow(
  node: Shape,
  indent: number,
  style: Style,
  anchors: string[],
  level: number
): string {
  if (node.kind === 'scalar') {
    const text = renderScalar(node.value, style)
    if (style.pick(12) === 0 && anchors.length > 0) return `*${anchors[style.pick(anchors.length)]}`
    return text
  }
  const open = node.kind === 'seq' ? '[' : '{'
  const close = node.kind === 'seq' ? ']' : '}'
  const parts =
    node.kind === 'seq'
      ? node.items.map(item => renderFlow(item, indent, style, anchors, level + 1))
      : node.entries.map(
          ([key, value]) =>
            `${renderKey(key, style)}: ${renderFlow(value, indent, style, anchors, level + 1)}`
        )
  const lineBreak = () => {
    const at = style.pick(6)
    if (at >= 3) return ' '
    return `\n${' '.repeat(indent + at)}`
  }
  const separator = () => (style.pick(3) === 0 ? `,${lineBreak()}` : ', ')
  let out = open + (style.pick(4) === 0 ? lineBreak() : '')
  out += parts.join(separator())
  if (style.pick(6) === 0 && parts.length > 0) out += ','
  out += (style.pick(4) === 0 ? lineBreak() : '') + close
  return out
}

function comment(style: Style): string {
  return style.pick(10) === 0 ? ' # note' : ''
}

/** Writes a generated tree as a document, with the document-level variations files have. */
export function renderDocument(root: Shape, choices: number[]): string {
  const style = styleFrom(choices)
  const anchors: string[] = []
  let text: string
  if (root.kind === 'map' && root.entries.length > 0) {
    text = root.entries
      .map(([key, value]) => `${renderKey(key, style)}:${renderValue(value, 0, style, anchors)}`)
      .join('')
  } else if (root.kind === 'seq' && root.items.length > 0) {
    text = root.items.map(item => `-${renderValue(item, 0, style, anchors)}`).join('')
  } else {
    text = `${renderFlow(root, 0, style, anchors, 0)}\n`
  }
  const start = style.pick(6)
  if (start === 0) text = `---\n${text}`
  if (start === 1) text = `# header\n\n${text}`
  const end = style.pick(8)
  if (end === 0) text = text.replace(/\n+$/, '')
  if (end === 1) text = text.replace(/\n/g, '\r\n')
  if (end === 2) text += '...\n'
  return text
}

/** Compose-like YAML: a generated tree written in the styles above. */
export const generatedYaml: fc.Arbitrary<string> = fc
  .tuple(
    fc
      .array(
        fc.tuple(fc.constantFrom('services', 'networks', 'x-defaults', 'volumes', 'name'), shape),
        {
          minLength: 1,
          maxLength: 4
        }
      )
      .map(entries => ({ kind: 'map' as const, entries }) satisfies Shape),
    fc.array(fc.nat(), { minLength: 1, maxLength: 64 })
  )
  .map(([root, choices]) => renderDocument(root, choices))

/** The pieces YAML is made of, for token soup. */
const TOKENS = [
  'a',
  'key',
  'services',
  ' ',
  '  ',
  '\n',
  '\n  ',
  '\n    ',
  '\r\n',
  ':',
  ': ',
  '- ',
  '-',
  '[',
  ']',
  '{',
  '}',
  ',',
  ', ',
  '"',
  "'",
  '"<<"',
  '<<',
  '#',
  ' #c',
  '&x',
  '*x',
  '&y ',
  '*y',
  '|',
  '>',
  '|-\n',
  '!!str ',
  '!!timestamp ',
  '!!omap',
  '!!pairs',
  '!!set',
  '? ',
  '---',
  '...',
  '\\',
  '1',
  '0x1F',
  '.inf',
  '~',
  'null',
  'true',
  '2001-12-14',
  '\t',
  '%YAML 1.2',
  '@',
  '`',
  'é',
  '\u2028'
]

/** Token soup: YAML's pieces in random order. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 40 })
  .map(tokens => tokens.join(''))

/** mulberry32: a small seeded generator of numbers 0 <= x < 1. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Small seeded edits of a real file (`random` gives 0 <= x < 1): a line's indentation moved
 * by one, a character deleted, a token inserted, a line repeated.
 */
export function mutate(text: string, random: () => number): string {
  const lines = text.split('\n')
  const at = Math.floor(random() * lines.length)
  const line = lines[at] ?? ''
  const pos = Math.floor(random() * (line.length + 1))
  switch (Math.floor(random() * 5)) {
    case 0:
      lines[at] = line.startsWith(' ') && random() < 0.5 ? line.slice(1) : ` ${line}`
      break
    case 1:
      lines[at] = line.slice(0, pos) + line.slice(pos + 1)
      break
    case 2:
      lines[at] =
        line.slice(0, pos) + TOKENS[Math.floor(random() * TOKENS.length)] + line.slice(pos)
      break
    case 3:
      lines.splice(at, 0, line)
      break
    default:
      lines[at] = `${line.slice(0, pos)}\n${line.slice(pos)}`
  }
  return lines.join('\n')
}
