/**
 * The position-carrying tree every later stage reads. A YAML document is converted once into
 * plain nodes that keep the span where each value was written; aliases and `<<` merge keys are
 * expanded here, so a value that reached a service through an anchor still points at the anchor.
 * Interpolation, override merging, `extends` and `include` all work on this tree.
 */
import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Alias,
  type Document,
  type LineCounter,
  type Node
} from 'yaml'
import { spanOf, type SourceSpan } from '../core/span.js'

/**
 * A node of the tree. The fast parser's nodes make `span` from offsets when it is read (a getter
 * on their class), so copy a node by naming its fields, never with a spread (`{ ...node }`
 * would lose the span).
 */
export type YNode = YScalar | YMap | YSeq

/**
 * A local tag written on a node (`!reset`, `!override`, `!anything`), kept as written for the
 * reader to interpret. Tags of the core schema (`!!str`, `!!int`, ...) are applied by the
 * parser and not kept.
 */
export type LocalTag = `!${string}`

/** A `#` comment: its text (without `#`, trimmed) and its span (`#` included). */
export interface SourceComment {
  text: string
  span: SourceSpan
}

/** A scalar. `value` is the YAML-typed value; strings are interpolated later by the loader. */
export interface YScalar {
  kind: 'scalar'
  value: string | number | boolean | null
  span: SourceSpan
  tag?: LocalTag
}

export interface YPair {
  key: YScalar & { value: string }
  value: YNode
}

/** A mapping, keys in the order written (merged keys after explicit ones). */
export interface YMap {
  kind: 'map'
  entries: Map<string, YPair>
  span: SourceSpan
  tag?: LocalTag
}

export interface YSeq {
  kind: 'seq'
  items: YNode[]
  span: SourceSpan
  tag?: LocalTag
}

/** Raised inside conversion when a limit is passed; turned into a diagnostic by the caller. */
export class TreeLimitError extends Error {
  constructor(
    readonly code: 'alias-limit' | 'nesting-limit' | 'wrong-type' | 'duplicate-key',
    message: string,
    readonly range: [number, number]
  ) {
    super(message)
  }
}

export interface TreeLimits {
  /** Nodes the converted tree may hold, aliases expanded; bounds "billion laughs" files. */
  maxNodes: number
  /** Nesting depth; bounds stack use on hostile input. */
  maxDepth: number
}

export const DEFAULT_TREE_LIMITS: TreeLimits = { maxNodes: 1_000_000, maxDepth: 200 }

/** Builds spans for offsets of one file. */
export function spanMaker(file: string, lineCounter: LineCounter) {
  return (start: number, end: number): SourceSpan => {
    const s = lineCounter.linePos(start)
    const e = lineCounter.linePos(end)
    return spanOf(file, s.line, s.col, e.line, e.col)
  }
}

/**
 * Converts a parsed document's contents into a `YNode` tree. Throws `TreeLimitError` when the
 * alias expansion or the nesting passes `limits`.
 */
export function convertDocument(
  doc: Document.Parsed,
  file: string,
  lineCounter: LineCounter,
  limits: TreeLimits = DEFAULT_TREE_LIMITS,
  onLocalTag?: (tag: LocalTag, range: [number, number]) => void
): YNode | undefined {
  const makeSpan = spanMaker(file, lineCounter)
  /** A local tag is kept on its node; `!!str` and the like resolve to `tag:yaml.org,2002:...`. */
  const tagged = <T extends YNode>(converted: T, node: Node): T => {
    const tag = node.tag
    if (tag?.startsWith('!')) {
      converted.tag = tag as LocalTag
      onLocalTag?.(tag as LocalTag, rangeOf(node))
    }
    return converted
  }
  let nodes = 0
  const resolving = new Set<Node>()
  let aliasTargets: Map<Alias, Node | undefined> | undefined
  /** Where the value converted last ends in the text (an alias: the alias, not its target). */
  let writtenEnd = 0
  /**
   * A block collection's span ends where its last value is written: `yaml`'s range also takes
   * in the line break and any comment lines after it, up to the next key. A flow collection
   * ends after its closing bracket.
   */
  const collectionEnd = (node: Node & { flow?: boolean; items: unknown[] }, last: number) =>
    node.flow || node.items.length === 0 ? rangeOf(node)[1] : last

  const rangeOf = (node: Node | null | undefined): [number, number] => {
    const r = node?.range
    return r ? [r[0], r[1]] : [0, 0]
  }

  const convert = (node: unknown, depth: number, fallback: [number, number]): YNode => {
    if (++nodes > limits.maxNodes) {
      throw new TreeLimitError(
        'alias-limit',
        `aliases expand to more than ${limits.maxNodes.toLocaleString('en-US')} nodes; the file was not analysed`,
        fallback
      )
    }
    if (depth > limits.maxDepth) {
      throw new TreeLimitError(
        'nesting-limit',
        `values are nested more than ${limits.maxDepth} levels deep; the file was not analysed`,
        fallback
      )
    }
    if (node === null || node === undefined) {
      writtenEnd = fallback[1]
      return { kind: 'scalar', value: null, span: makeSpan(fallback[0], fallback[1]) }
    }
    if (isAlias(node)) {
      aliasTargets ??= resolveAliases(doc)
      const target = aliasTargets.get(node)
      if (!target || resolving.has(target)) {
        throw new TreeLimitError(
          'alias-limit',
          `alias *${node.source} refers to itself`,
          rangeOf(node)
        )
      }
      const outermost = resolving.size === 0
      resolving.add(target)
      try {
        const expanded = convert(target, depth, rangeOf(node))
        writtenEnd = rangeOf(node)[1]
        return expanded
      } catch (e) {
        // Point at the alias written in the document that set off the expansion, not at the
        // anchored value deep inside it where the count happened to pass the limit.
        if (outermost && e instanceof TreeLimitError && e.code === 'alias-limit') {
          throw new TreeLimitError(e.code, e.message, rangeOf(node))
        }
        throw e
      } finally {
        resolving.delete(target)
      }
    }
    if (isScalar(node)) {
      const v = node.value
      const value =
        typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null
          ? v
          : typeof v === 'bigint'
            ? Number(v)
            : v instanceof Date
              ? renderTimestamp(v)
              : v instanceof Uint8Array
                ? // `!!binary`: its base64 text, not the bytes decoded as UTF-8.
                  Buffer.from(v).toString('base64')
                : String(v)
      const [s, e] = rangeOf(node)
      writtenEnd = e
      return tagged({ kind: 'scalar', value, span: makeSpan(s, e) } as YScalar, node)
    }
    if (isSeq(node) && node.tag === OMAP_TAG) {
      // `!!omap`: an ordered mapping written as a list of one-pair mappings (`yaml` has
      // already refused duplicate keys); it is the mapping `yaml` makes of it.
      const [s] = rangeOf(node)
      const entries = new Map<string, YPair>()
      for (const item of node.items) {
        if (!isPair(item)) continue
        const [key, value] = convertPair(item, depth + 1, [s, s])
        if (entries.has(key.value)) {
          // As in any mapping: two spellings of one name (`true` and "true").
          throw new TreeLimitError(
            'duplicate-key',
            `the key \`${key.value}\` is written twice in this mapping, in two spellings; the file was not analysed`,
            rangeOf(item.key as Node)
          )
        }
        entries.set(key.value, { key, value })
      }
      const end = collectionEnd(node, writtenEnd)
      writtenEnd = end
      return { kind: 'map', entries, span: makeSpan(s, end) }
    }
    if (isSeq(node)) {
      const [s] = rangeOf(node)
      const items = node.items.map(item =>
        // `!!pairs` holds pairs, not nodes: each is the one-pair mapping it was written as.
        isPair(item) ? convertPairAsMap(item, depth + 1, [s, s]) : convert(item, depth + 1, [s, s])
      )
      const end = collectionEnd(node, writtenEnd)
      writtenEnd = end
      return tagged({ kind: 'seq', items, span: makeSpan(s, end) } as YSeq, node)
    }
    if (isMap(node)) {
      const [s, e] = rangeOf(node)
      const entries = new Map<string, YPair>()
      const merges: YNode[] = []
      let lastValueEnd = e
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const keyNode = pair.key
        const keyRange = isScalar(keyNode) || isAlias(keyNode) ? rangeOf(keyNode as Node) : [s, s]
        if (isMergeKey(keyNode)) {
          if (mergesOrderedMap(pair.value)) {
            // `!!omap` and `!!pairs` are lists to `yaml` and to compose, which merge neither.
            throw new TreeLimitError(
              'wrong-type',
              'a `<<` merge key must refer to a mapping or a list of mappings, not an `!!omap` or `!!pairs`',
              [keyRange[0], keyRange[1]] as [number, number]
            )
          }
          merges.push(
            convert(pair.value, depth + 1, [keyRange[0], keyRange[1]] as [number, number])
          )
          lastValueEnd = writtenEnd
          continue
        }
        const keyTree = convert(keyNode, depth + 1, [keyRange[0], keyRange[1]] as [number, number])
        if (keyTree.kind !== 'scalar') {
          throw new TreeLimitError(
            'wrong-type',
            'a mapping key must be a scalar',
            rangeOf(keyNode as Node)
          )
        }
        const key = keyTree.value === null ? 'null' : String(keyTree.value)
        if (entries.has(key)) {
          // `true` and "true" (or 1 and 1.0) are two keys to `yaml` but one name in this tree,
          // which could keep only one of their values (compose refuses `true` and "true" too).
          throw new TreeLimitError(
            'duplicate-key',
            `the key \`${key}\` is written twice in this mapping, in two spellings; the file was not analysed`,
            [keyRange[0], keyRange[1]] as [number, number]
          )
        }
        const valueFallback: [number, number] = [keyRange[1] as number, keyRange[1] as number]
        const value = convert(pair.value, depth + 1, valueFallback)
        lastValueEnd = writtenEnd
        entries.set(key, { key: { ...keyTree, value: key }, value })
      }
      // `<<` merge keys: explicit keys win; among merged sources, the first listed wins.
      for (const merged of merges) {
        const sources = merged.kind === 'seq' ? merged.items : [merged]
        for (const source of sources) {
          if (source.kind !== 'map') {
            throw new TreeLimitError(
              'wrong-type',
              'a `<<` merge key must refer to a mapping or a list of mappings',
              [s, e]
            )
          }
          for (const [key, pair] of source.entries) if (!entries.has(key)) entries.set(key, pair)
        }
      }
      const end = collectionEnd(node, lastValueEnd)
      writtenEnd = end
      return tagged({ kind: 'map', entries, span: makeSpan(s, end) } as YMap, node)
    }
    // Anything else (a bare Pair, a custom tag's object): treat as an empty scalar.
    writtenEnd = fallback[1]
    return { kind: 'scalar', value: null, span: makeSpan(fallback[0], fallback[1]) }
  }

  /** Whether a node (or the node an alias refers to) is an `!!omap` or `!!pairs` list. */
  const isOrderedMap = (node: unknown): boolean => {
    if (isAlias(node)) {
      aliasTargets ??= resolveAliases(doc)
      const target = aliasTargets.get(node)
      return !isAlias(target) && isOrderedMap(target)
    }
    return isSeq(node) && (node.tag === OMAP_TAG || node.tag === PAIRS_TAG)
  }

  /** Whether a `<<` value is an `!!omap` or `!!pairs`, or a list holding one. */
  const mergesOrderedMap = (value: unknown): boolean => {
    if (isOrderedMap(value)) return true
    const list = isAlias(value) ? (aliasTargets ??= resolveAliases(doc)).get(value) : value
    return isSeq(list) && list.items.some(isOrderedMap)
  }

  /** A pair of `!!omap` or `!!pairs`: its key (a scalar, as in any mapping) and its value. */
  const convertPair = (
    pair: { key: unknown; value: unknown },
    depth: number,
    fallback: [number, number]
  ): [YScalar & { value: string }, YNode] => {
    const keyRange = isNode(pair.key) ? rangeOf(pair.key) : fallback
    if (isMergeKey(pair.key)) {
      // `yaml` would merge into the one-pair mapping; nothing in compose writes that.
      throw new TreeLimitError(
        'wrong-type',
        'a `<<` merge key in an `!!omap` or `!!pairs` item is not supported',
        keyRange
      )
    }
    const keyTree = convert(pair.key, depth, keyRange)
    if (keyTree.kind !== 'scalar') {
      throw new TreeLimitError('wrong-type', 'a mapping key must be a scalar', keyRange)
    }
    const name = keyTree.value === null ? 'null' : String(keyTree.value)
    const key = { kind: 'scalar' as const, value: name, span: keyTree.span }
    const value = convert(pair.value, depth, [keyRange[1], keyRange[1]])
    return [key, value]
  }

  /** A pair of `!!pairs` as the one-pair mapping it is written as, from its key to its value. */
  const convertPairAsMap = (
    pair: { key: unknown; value: unknown },
    depth: number,
    fallback: [number, number]
  ): YMap => {
    const start = isNode(pair.key) ? rangeOf(pair.key)[0] : fallback[0]
    const [key, value] = convertPair(pair, depth + 1, fallback)
    const span = makeSpan(start, writtenEnd)
    return { kind: 'map', entries: new Map([[key.value, { key, value }]]), span }
  }

  if (doc.contents === null) return undefined
  return convert(doc.contents, 0, [0, 0])
}

const OMAP_TAG = 'tag:yaml.org,2002:omap'
const PAIRS_TAG = 'tag:yaml.org,2002:pairs'

/**
 * Whether a mapping key is a `<<` merge key as `yaml` decides it (`isMergeKey`): the merge
 * tag's value, or a plain scalar `<<`. A quoted `"<<"` is an ordinary key.
 */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false
  if (typeof key.value === 'symbol') return true
  return (!key.type || key.type === 'PLAIN') && key.value === '<<'
}

/**
 * A `!!timestamp` value as UTC ISO 8601 text (`2001-12-15T02:59:43.100Z`), whatever the time
 * zone of the machine that runs the scan.
 */
function renderTimestamp(date: Date): string {
  return Number.isNaN(date.getTime()) ? String(date) : date.toISOString()
}

/**
 * The node each alias refers to: the last node anchored with its name before it, in document
 * order, as `Alias.resolve` finds it. `resolve` walks the whole document for every alias, which
 * made a file of a thousand `<<: *defaults` quadratic; this is one walk for all of them.
 */
function resolveAliases(doc: Document.Parsed): Map<Alias, Node | undefined> {
  const targets = new Map<Alias, Node | undefined>()
  const latest = new Map<string, Node>()
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) targets.set(node, latest.get(node.source))
      else if (node.anchor) latest.set(node.anchor, node)
    }
  })
  return targets
}

/** The entry `key` of a map node, if `node` is a map and has it. */
export function getEntry(node: YNode | undefined, key: string): YPair | undefined {
  return node?.kind === 'map' ? node.entries.get(key) : undefined
}

/** The value under `key` of a map node, if any. */
export function getValue(node: YNode | undefined, key: string): YNode | undefined {
  return getEntry(node, key)?.value
}

/** A scalar's value as a string (numbers and booleans as YAML wrote them), else undefined. */
export function scalarText(node: YNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined
  return String(node.value)
}

/** Describes a node's kind for "expected X, found Y" messages. */
export function describeNode(node: YNode): string {
  if (node.kind === 'map') return 'a mapping'
  if (node.kind === 'seq') return 'a list'
  if (node.value === null) return 'null'
  return `a ${typeof node.value}`
}
