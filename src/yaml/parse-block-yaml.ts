/**
 * A fast parser for the YAML that configuration files are mostly written in: block mappings and sequences,
 * one-line scalars (plain, quoted), block scalars, one-line flow collections, anchors, aliases
 * and `<<` merge keys. It builds the same `YNode` tree as `yaml`'s parser followed by
 * `convertDocument`, straight from the text, without a token stream, a CST or a `Document`.
 *
 * Anything outside that subset (tags, multi-line plain or quoted scalars, explicit keys,
 * several documents, tabs, duplicate keys, any syntax error, ...) makes it give up and return
 * `undefined`; the caller then parses the file with `yaml`, which also reports the errors.
 * Giving up is always safe; a tree that differs from `yaml`'s is a bug, which
 * `__tests__/yaml/parse-block-yaml.test.ts` checks on every fixture, on generated files and,
 * when it is there, on the third-party corpus.
 */
import { spanOf, type SourceSpan } from '../core/span.js'
import type { SourceComment, TreeLimits, YMap, YNode, YPair, YScalar, YSeq } from './yaml-tree.js'

export interface BlockYamlResult {
  /** The document's tree; undefined for a file of only comments and blank lines. */
  root: YNode | undefined
  comments: Map<number, SourceComment>
}

/** Parses `source` if it stays inside the subset, else returns undefined. Never throws. */
export function parseBlockYaml(
  file: string,
  source: string,
  limits: TreeLimits
): BlockYamlResult | undefined {
  // Tabs (indentation rules), lone carriage returns and the Unicode line breaks change how
  // lines and indentation are read; they are rare in such files and `yaml` knows them.
  if (UNUSUAL_TEXT.test(source)) return undefined
  try {
    return new BlockYamlParser(file, source, limits).parseDocument()
  } catch (e) {
    if (e === UNSUPPORTED) return undefined
    throw e
  }
}

const UNUSUAL_TEXT = /[\t\u0085\u2028\u2029\ufeff]|\r(?!\n)/

/** Thrown (one shared value, no stack) to give up on a file. */
const UNSUPPORTED = Symbol('unsupported YAML')

/** An anchored node, with what its aliases add to the expanded tree. */
interface Anchor {
  node: YNode
  /** Nodes `convertDocument` creates when it expands the anchored value. */
  size: number
  /** Levels below the node, for the nesting limit. */
  height: number
}

/** An anchor whose value is still being parsed: an alias to it would refer to itself. */
const IN_PROGRESS = 'in progress'

const SPACE = 0x20
const HASH = 0x23
const COLON = 0x3a
const DASH = 0x2d
const NEWLINE = 0x0a
const CR = 0x0d

class BlockYamlParser {
  private readonly lines: LineIndex
  private readonly comments = new Map<number, SourceComment>()
  private readonly anchors = new Map<string, Anchor | typeof IN_PROGRESS>()
  /** Nodes created so far, counted as `convertDocument` counts them. */
  private nodes = 0
  /** Height of the subtree parsed last, for anchors. */
  private height = 0
  /** Where the value parsed last ends in the text: a collection ends where its last value does. */
  private writtenEnd = 0
  /** Start of the next line with content (-1: the end of the file), once a value is read. */
  private line = 0

  constructor(
    file: string,
    private readonly src: string,
    private readonly limits: TreeLimits
  ) {
    const starts = [0]
    for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) starts.push(i + 1)
    this.lines = new LineIndex(file, starts)
  }

  parseDocument(): BlockYamlResult {
    let start = this.skipToContent(0, true)
    if (start !== -1 && this.src.startsWith('---', start)) {
      // A document start marker alone on its line before the content is common and harmless.
      const after = start + 3
      if (!this.isLineRestEmpty(after)) throw UNSUPPORTED
      start = this.skipToContent(this.nextLine(after))
      if (start === -1) {
        // `---` and nothing else: a document holding an empty value, as `yaml` reads it.
        const at = this.skipSpaces(after)
        this.count(0)
        return { root: new OffsetScalar(null, at, at, this.lines), comments: this.comments }
      }
    }
    if (start === -1) return { root: undefined, comments: this.comments }
    const indent = this.indentAt(start)
    const root = this.parseBlockCollection(start, indent, 0)
    if (this.line !== -1) throw UNSUPPORTED
    return { root, comments: this.comments }
  }

  // ---- block collections ------------------------------------------------------------------

  /** A block mapping or sequence whose first line starts at `lineStart`, indented `indent`. */
  private parseBlockCollection(lineStart: number, indent: number, depth: number): YNode {
    const p = lineStart + indent
    return this.isSeqEntry(p)
      ? this.parseBlockSeq(lineStart, indent, depth)
      : this.parseBlockMap(p, indent, depth)
  }

  /**
   * A block mapping whose first key starts at `keyStart`, in column `indent`. Leaves `line` at
   * the first content line after it (or -1 at the end of the file).
   */
  private parseBlockMap(keyStart: number, indent: number, depth: number): YMap {
    this.count(depth)
    const entries = new Map<string, YPair>()
    let merges: YNode[] | undefined
    let height = 0
    let p = keyStart
    for (;;) {
      const key = this.parseKey(p, depth + 1)
      const value = this.parseValue(this.afterColon, indent, depth + 1, false)
      height = Math.max(height, this.height + 1)
      if (key === MERGE) {
        if (merges) throw UNSUPPORTED
        merges = [value]
      } else {
        const name = key.value
        if (entries.has(name)) throw UNSUPPORTED // `yaml` reports the duplicate
        entries.set(name, { key, value })
      }
      const end = this.writtenEnd
      const next = this.line
      if (next === -1 || this.indentAt(next) < indent) {
        this.writtenEnd = end
        break
      }
      if (this.indentAt(next) > indent) throw UNSUPPORTED
      p = next + indent
    }
    const end = this.writtenEnd
    if (merges) mergeInto(entries, merges)
    this.height = height
    this.writtenEnd = end
    return new OffsetMap(entries, keyStart, end, this.lines)
  }

  /** A block sequence whose first `-` is in column `indent` of the line at `lineStart`. */
  private parseBlockSeq(lineStart: number, indent: number, depth: number): YSeq {
    this.count(depth)
    const start = lineStart + indent
    const items: YNode[] = []
    let height = 0
    let dash = start
    for (;;) {
      items.push(this.parseValue(dash + 1, indent, depth + 1, true))
      height = Math.max(height, this.height + 1)
      const next = this.line
      if (next === -1) break
      const nextIndent = this.indentAt(next)
      if (nextIndent > indent) throw UNSUPPORTED
      if (nextIndent < indent || !this.isSeqEntry(next + nextIndent)) break
      dash = next + indent
    }
    const end = this.writtenEnd
    this.height = height
    return new OffsetSeq(items, start, end, this.lines)
  }

  /** Whether `p` holds a `-` that starts a plain scalar (`-c`, `-1`): no space follows it. */
  private isPlainDash(p: number): boolean {
    if (this.src.charCodeAt(p) !== DASH || this.isSeqEntry(p)) return false
    const c = this.src.charCodeAt(p + 1)
    return !(c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d)
  }

  /** Whether a `-` at `p` starts a sequence entry (followed by a space or the line's end). */
  private isSeqEntry(p: number): boolean {
    if (this.src.charCodeAt(p) !== DASH) return false
    const c = this.src.charCodeAt(p + 1)
    return (
      c === SPACE ||
      c === NEWLINE ||
      (c === CR && this.src.charCodeAt(p + 2) === NEWLINE) ||
      p + 1 === this.src.length
    )
  }

  // ---- keys and values --------------------------------------------------------------------

  /** Offset just after the `:` of the key parsed last. */
  private afterColon = 0

  /** A block mapping key at `p`, followed by `:` and a space or the line's end. */
  private parseKey(p: number, depth: number): (YScalar & { value: string }) | typeof MERGE {
    const src = this.src
    const c = src.charCodeAt(p)
    let end: number
    let value: string | number | boolean | null
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const quoted = this.parseQuoted(p)
      end = quoted.end
      value = quoted.value
      // A quoted `"<<"` is an ordinary key, not a merge key: `yaml` merges only a plain `<<`.
      if (src.charCodeAt(end) !== COLON || end - p > MAX_KEY_LENGTH) {
        throw UNSUPPORTED
      }
      this.afterColon = end + 1
    } else {
      if (STARTS_SPECIAL[c] === 1) throw UNSUPPORTED
      const colon = this.findKeyColon(p)
      if (colon - p > MAX_KEY_LENGTH) throw UNSUPPORTED
      end = colon
      while (src.charCodeAt(end - 1) === SPACE) end--
      const text = src.slice(p, end)
      this.afterColon = colon + 1
      if (text === '<<') return MERGE
      value = resolvePlain(text)
    }
    if (!this.isSeparated(this.afterColon)) throw UNSUPPORTED
    this.count(depth)
    return new OffsetScalar(value === null ? 'null' : String(value), p, end, this.lines)
  }

  /** The `:` ending a plain block key that starts at `p`. */
  private findKeyColon(p: number): number {
    const src = this.src
    const lineEnd = this.contentEnd(p)
    for (let i = p; i < lineEnd; i++) {
      const c = src.charCodeAt(i)
      if (c === COLON) {
        const n = src.charCodeAt(i + 1)
        if (i + 1 === lineEnd || n === SPACE) return i
      } else if (c === HASH && src.charCodeAt(i - 1) === SPACE) {
        break
      }
    }
    throw UNSUPPORTED
  }

  /**
   * The value after a mapping's `:` or a sequence's `-` (at `p`, on the same line). `indent` is
   * the column of the collection it belongs to. Leaves `line` at the next content line.
   */
  private parseValue(p: number, indent: number, depth: number, inSeq: boolean): YNode {
    const src = this.src
    const r = this.skipSpaces(p)
    const c = src.charCodeAt(r)
    if (this.atLineEnd(r)) {
      this.takeComment(r)
      return this.parseValueBelow(r, indent, depth, inSeq)
    }
    if (c === 0x26 /* & */) {
      const nameEnd = this.tokenEnd(r + 1)
      const rest = this.skipSpaces(nameEnd)
      if (rest === nameEnd && !this.atLineEnd(rest)) throw UNSUPPORTED
      return this.anchored(src.slice(r + 1, nameEnd), () => {
        if (this.atLineEnd(rest)) {
          this.takeComment(rest)
          const node = this.parseValueBelow(rest, indent, depth, inSeq)
          if (node.kind === 'scalar') throw UNSUPPORTED // an anchored empty value
          return node
        }
        const next = src.charCodeAt(rest)
        // An anchor before a compact mapping's key anchors the key, not the mapping.
        if (next === 0x26 || next === 0x2a /* * */) throw UNSUPPORTED
        const node = this.parseInlineValue(rest, indent, depth, inSeq)
        if (node.kind === 'map' && next !== 0x7b /* { */) throw UNSUPPORTED
        return node
      })
    }
    if (c === 0x2a /* * */) {
      const node = this.parseAlias(r, depth)
      this.endLine(this.writtenEnd, indent)
      return node
    }
    return this.parseInlineValue(r, indent, depth, inSeq)
  }

  /**
   * Parses a value with `parse` under the anchor `name`. Until it is done, an alias to the name
   * would be an alias to itself, which `yaml` reports.
   */
  private anchored(name: string, parse: () => YNode): YNode {
    if (name === '') throw UNSUPPORTED
    this.anchors.set(name, IN_PROGRESS)
    const before = this.nodes
    const node = parse()
    this.anchors.set(name, { node, size: this.nodes - before, height: this.height })
    return node
  }

  /** An alias at `p`: the anchored node itself, shared. Sets `writtenEnd` to the alias's end. */
  private parseAlias(p: number, depth: number): YNode {
    const nameEnd = this.tokenEnd(p + 1)
    const anchor = this.anchors.get(this.src.slice(p + 1, nameEnd))
    if (!anchor || anchor === IN_PROGRESS) throw UNSUPPORTED
    // `convertDocument` expands an alias into a copy of its target: count what the copy holds.
    this.count(depth)
    this.nodes += anchor.size
    if (this.nodes > this.limits.maxNodes || depth + anchor.height > this.limits.maxDepth) {
      throw UNSUPPORTED
    }
    this.height = anchor.height
    this.writtenEnd = nameEnd
    return anchor.node
  }

  /** A value that starts on the line of its key or dash, at `r` (not an anchor or alias). */
  private parseInlineValue(r: number, indent: number, depth: number, inSeq: boolean): YNode {
    const src = this.src
    const c = src.charCodeAt(r)
    this.height = 0
    if (c === 0x7c /* | */ || c === 0x3e /* > */) return this.parseBlockScalar(r, indent, depth)
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      const node = this.parseFlow(r, indent, depth)
      this.endLine(this.writtenEnd, indent)
      return node
    }
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const quoted = this.parseQuoted(r)
      if (src.charCodeAt(quoted.end) === COLON && this.isSeparated(quoted.end + 1)) {
        if (!inSeq) throw UNSUPPORTED
        return this.parseBlockMap(r, r - this.lineStartOf(r), depth)
      }
      this.count(depth)
      const node = new OffsetScalar(quoted.value, r, quoted.end, this.lines)
      this.endLine(quoted.end, indent)
      this.writtenEnd = quoted.end
      return node
    }
    if (STARTS_SPECIAL[c] === 1 && !this.isPlainDash(r)) throw UNSUPPORTED
    // A plain scalar, or in a sequence entry a compact mapping (`- key: value`).
    const lineEnd = this.contentEnd(r)
    let end = lineEnd
    for (let i = r; i < lineEnd; i++) {
      const ch = src.charCodeAt(i)
      if (ch === COLON) {
        if (i + 1 === lineEnd || src.charCodeAt(i + 1) === SPACE) {
          if (!inSeq) throw UNSUPPORTED
          return this.parseBlockMap(r, r - this.lineStartOf(r), depth)
        }
      } else if (ch === HASH && src.charCodeAt(i - 1) === SPACE) {
        end = i
        break
      }
    }
    while (src.charCodeAt(end - 1) === SPACE) end--
    this.count(depth)
    const node = new OffsetScalar(resolvePlain(src.slice(r, end)), r, end, this.lines)
    this.endLine(end, indent)
    this.writtenEnd = end
    return node
  }

  /**
   * The value of a key or dash with nothing after it on its line: a block collection on the
   * lines below, or an empty value (null at `r`, where the line's text ends).
   */
  private parseValueBelow(r: number, indent: number, depth: number, inSeq: boolean): YNode {
    const next = this.skipToContent(this.nextLine(r))
    if (next !== -1) {
      const nextIndent = this.indentAt(next)
      if (nextIndent > indent) {
        const p = next + nextIndent
        const c = this.src.charCodeAt(p)
        if (c === 0x26 /* & */) return this.parseAnchorLine(p, indent, depth)
        if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
          // A flow collection on the lines below its key, as healthcheck tests often are.
          const node = this.parseFlow(p, indent, depth)
          this.endLine(this.writtenEnd, indent)
          return node
        }
        // A scalar on its own line below its key is not a key: `parseKey` gives up on it.
        return this.parseBlockCollection(next, nextIndent, depth)
      }
      // `key:` followed by a sequence in the key's own column.
      if (nextIndent === indent && !inSeq && this.isSeqEntry(next + nextIndent)) {
        return this.parseBlockSeq(next, nextIndent, depth)
      }
    }
    this.line = next
    this.count(depth)
    this.height = 0
    this.writtenEnd = r
    return new OffsetScalar(null, r, r, this.lines)
  }

  /** `&name` alone on the line at `p`, anchoring the block collection on the lines below. */
  private parseAnchorLine(p: number, indent: number, depth: number): YNode {
    const nameEnd = this.tokenEnd(p + 1)
    const rest = this.skipSpaces(nameEnd)
    if (!this.atLineEnd(rest) || (rest === nameEnd && this.src.charCodeAt(rest) === HASH)) {
      throw UNSUPPORTED
    }
    this.takeComment(rest)
    return this.anchored(this.src.slice(p + 1, nameEnd), () => {
      const next = this.skipToContent(this.nextLine(rest))
      if (next === -1 || this.indentAt(next) <= indent) throw UNSUPPORTED
      return this.parseBlockCollection(next, this.indentAt(next), depth)
    })
  }

  // ---- scalars ----------------------------------------------------------------------------

  /** A single- or double-quoted scalar on one line, starting at `p`. */
  private parseQuoted(p: number): { value: string; end: number } {
    const src = this.src
    const quote = src.charCodeAt(p)
    const lineEnd = this.contentEnd(p)
    let value = ''
    let from = p + 1
    for (let i = p + 1; i < lineEnd; i++) {
      const c = src.charCodeAt(i)
      if (c === quote) {
        if (quote === 0x27 && src.charCodeAt(i + 1) === 0x27) {
          value += src.slice(from, i + 1)
          from = ++i + 1
          continue
        }
        return { value: value + src.slice(from, i), end: i + 1 }
      }
      if (c === 0x5c /* \ */ && quote === 0x22) {
        const escape = DOUBLE_QUOTE_ESCAPES[src[i + 1] ?? '']
        let decoded: string | undefined
        let length = 2
        if (escape !== undefined) {
          decoded = escape
        } else {
          const digits = HEX_ESCAPE_LENGTH[src[i + 1] ?? '']
          if (digits === undefined) throw UNSUPPORTED
          const hex = src.slice(i + 2, i + 2 + digits)
          if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) throw UNSUPPORTED
          const code = parseInt(hex, 16)
          if (code > 0x10ffff) throw UNSUPPORTED
          decoded = String.fromCodePoint(code)
          length = 2 + digits
        }
        value += src.slice(from, i) + decoded
        i += length - 1
        from = i + 1
      }
    }
    throw UNSUPPORTED // multi-line or unterminated
  }

  /** A `|` or `>` block scalar whose header starts at `p`; `indent` is its parent's column. */
  private parseBlockScalar(p: number, indent: number, depth: number): YScalar {
    const src = this.src
    const literal = src.charCodeAt(p) === 0x7c
    let q = p + 1
    const chomp = src[q] === '-' ? 'strip' : src[q] === '+' ? 'keep' : 'clip'
    if (chomp !== 'clip') q++
    const afterHeader = this.skipSpaces(q)
    if (!this.atLineEnd(afterHeader) || (afterHeader === q && src.charCodeAt(q) === HASH)) {
      throw UNSUPPORTED // an indentation indicator, or text after the header
    }
    this.takeComment(afterHeader)

    // Lines of the scalar: empty ones, then lines indented at least as much as the first
    // non-empty one, which sets the scalar's indentation.
    let contentIndent = -1
    const lines: string[] = []
    let leadingEmpty = 0
    let trailingEmpty = 0
    let lastContentEnd = -1
    let moreIndented = false
    let lineStart = this.nextLine(afterHeader)
    for (; lineStart !== -1; lineStart = this.nextLine(lineStart)) {
      const spaces = this.indentAt(lineStart)
      const end = this.contentEnd(lineStart)
      const empty = lineStart + spaces === end
      if (empty) {
        if (contentIndent === -1) {
          leadingEmpty++
          if (spaces > indent + 1) throw UNSUPPORTED // may set or break the indentation
        } else {
          if (spaces > contentIndent) throw UNSUPPORTED // a line of spaces is content
          trailingEmpty++
        }
        continue
      }
      if (contentIndent === -1) {
        if (spaces <= indent) break // an empty scalar
        contentIndent = spaces
      } else if (spaces < contentIndent) {
        break
      }
      if (spaces > contentIndent) moreIndented = true
      for (let i = 0; i < trailingEmpty; i++) lines.push('')
      trailingEmpty = 0
      lines.push(src.slice(lineStart + contentIndent, end))
      lastContentEnd = end
    }
    if (contentIndent === -1 || (moreIndented && !literal)) throw UNSUPPORTED

    let body = '\n'.repeat(leadingEmpty)
    if (literal) body += lines.join('\n')
    else body += foldLines(lines)
    const finalBreak =
      src.charCodeAt(lastContentEnd) === CR ? lastContentEnd + 2 : lastContentEnd + 1
    let end = Math.min(finalBreak, src.length)
    let value: string
    if (chomp === 'strip') value = body
    else if (chomp === 'clip') value = body + '\n'
    else {
      value = body + '\n' + '\n'.repeat(trailingEmpty)
      if (trailingEmpty > 0) end = lineStart === -1 ? src.length : lineStart
      if (trailingEmpty > 0 && lineStart === -1 && !src.endsWith('\n')) throw UNSUPPORTED
    }
    this.count(depth)
    const next = this.skipToContent(lineStart)
    if (next !== -1 && this.indentAt(next) > indent) throw UNSUPPORTED
    this.line = next
    this.height = 0
    this.writtenEnd = end
    return new OffsetScalar(value, p, end, this.lines)
  }

  // ---- flow collections ------------------------------------------------------------------

  /**
   * `[...]` or `{...}` starting at `p`, in a block collection indented `indent` (its lines
   * below the first must be indented deeper, but for one that closes a collection). Sets
   * `writtenEnd`.
   */
  private parseFlow(p: number, indent: number, depth: number): YNode {
    this.count(depth)
    this.flowLevel++
    const node = this.parseFlowCollection(p, indent, depth)
    this.flowLevel--
    return node
  }

  /** How many flow collections enclose the text being read (see `skipFlowSpace`). */
  private flowLevel = 0

  /** `parseFlow`'s work, inside one more level of flow collections. */
  private parseFlowCollection(p: number, indent: number, depth: number): YNode {
    const src = this.src
    const isSeq = src.charCodeAt(p) === 0x5b
    const close = isSeq ? 0x5d : 0x7d
    const items: YNode[] = []
    const entries = new Map<string, YPair>()
    let height = 0
    let i = this.skipFlowSpace(p + 1, indent)
    for (;;) {
      if (src.charCodeAt(i) === close) break
      if (isSeq) {
        items.push(this.parseFlowNode(i, indent, depth + 1))
      } else {
        const quotedKey = src.charCodeAt(i) === 0x22 || src.charCodeAt(i) === 0x27
        const key = this.parseFlowNode(i, indent, depth + 1)
        if (
          !(key instanceof OffsetScalar) ||
          this.flowScalarWasPlainMerge ||
          src.charCodeAt(i) === 0x2a
        ) {
          throw UNSUPPORTED // a collection, an alias or `<<` as a key
        }
        if (this.writtenEnd - key.from > MAX_KEY_LENGTH) throw UNSUPPORTED
        i = this.skipFlowSpace(this.writtenEnd, indent)
        // `"key":value` (JSON style) needs no space after the colon; a plain key does.
        if (src.charCodeAt(i) !== COLON || (!quotedKey && src.charCodeAt(i + 1) !== SPACE)) {
          throw UNSUPPORTED
        }
        const name = key.value === null ? 'null' : String(key.value)
        if (entries.has(name)) throw UNSUPPORTED
        const value = this.parseFlowNode(this.skipFlowSpace(i + 1, indent), indent, depth + 1)
        entries.set(name, { key: new OffsetScalar(name, key.from, key.to, this.lines), value })
      }
      height = Math.max(height, this.height + 1)
      i = this.skipFlowSpace(this.writtenEnd, indent)
      const c = src.charCodeAt(i)
      if (c === 0x2c /* , */) i = this.skipFlowSpace(i + 1, indent)
      else if (c !== close) throw UNSUPPORTED
    }
    const end = i + 1
    this.height = items.length + entries.size === 0 ? 0 : height
    this.writtenEnd = end
    return isSeq
      ? new OffsetSeq(items, p, end, this.lines)
      : new OffsetMap(entries, p, end, this.lines)
  }

  private flowScalarWasPlainMerge = false

  /** One item of a flow collection at `p` (see `parseFlow`). Sets `writtenEnd` to its end. */
  private parseFlowNode(p: number, indent: number, depth: number): YNode {
    const src = this.src
    const c = src.charCodeAt(p)
    this.height = 0
    this.flowScalarWasPlainMerge = false
    if (c === 0x5b || c === 0x7b) return this.parseFlow(p, indent, depth)
    if (c === 0x2a /* * */) return this.parseAlias(p, depth)
    this.count(depth)
    if (c === 0x22 || c === 0x27) {
      const quoted = this.parseQuoted(p)
      this.writtenEnd = quoted.end
      return new OffsetScalar(quoted.value, p, quoted.end, this.lines)
    }
    if (STARTS_SPECIAL[c] === 1 && !this.isPlainDash(p)) throw UNSUPPORTED
    const lineEnd = this.contentEnd(p)
    let end = p
    for (; end < lineEnd; end++) {
      const ch = src.charCodeAt(end)
      if (ch === 0x2c || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d) break
      if (ch === COLON) {
        const n = src.charCodeAt(end + 1)
        if (n === SPACE || n === 0x2c || n === 0x5d || n === 0x7d || end + 1 === lineEnd) break
      }
      if (ch === HASH && src.charCodeAt(end - 1) === SPACE) throw UNSUPPORTED
    }
    if (end === lineEnd) {
      // A plain scalar ends with its line only where what follows closes it: other text on the
      // next line would continue it (a multi-line scalar).
      const next = src.charCodeAt(this.skipFlowSpace(lineEnd, indent))
      if (next !== 0x2c && next !== 0x5d && next !== 0x7d) throw UNSUPPORTED
    }
    while (src.charCodeAt(end - 1) === SPACE) end--
    const text = src.slice(p, end)
    this.flowScalarWasPlainMerge = text === '<<'
    this.writtenEnd = end
    return new OffsetScalar(resolvePlain(text), p, end, this.lines)
  }

  /**
   * In a flow collection of a block collection indented `indent`: skips spaces, line breaks and
   * comments (kept). A line below must be indented deeper than `indent`, as `yaml` requires, but
   * for one that starts by closing the outermost flow collection: `a: [x,\n]` is fine, while
   * `a: [[\n]]` closes an inner one there, which `yaml` reports (BAD_INDENT).
   */
  private skipFlowSpace(p: number, indent: number): number {
    const src = this.src
    for (;;) {
      p = this.skipSpaces(p)
      const c = src.charCodeAt(p)
      if (c === HASH) {
        const before = src.charCodeAt(p - 1)
        if (before !== SPACE && before !== NEWLINE) throw UNSUPPORTED
        this.takeComment(p)
        p = this.contentEnd(p)
      } else if (c === NEWLINE || (c === CR && src.charCodeAt(p + 1) === NEWLINE)) {
        const next = this.nextLine(p)
        if (next === -1) throw UNSUPPORTED // never closed
        const first = this.skipSpaces(next)
        const column = first - next
        if (!this.atLineEnd(first) || src.charCodeAt(first) === HASH) {
          const f = src.charCodeAt(first)
          const closes = (f === 0x5d || f === 0x7d) && this.flowLevel === 1
          if (column < indent || (column === indent && !closes)) throw UNSUPPORTED
        }
        p = next
      } else {
        return p
      }
    }
  }

  // ---- lines ------------------------------------------------------------------------------

  /**
   * After a value that ended at `end` on its line: the rest of the line must be blank or a
   * comment, and the next content line must not be indented deeper than `indent` (that would
   * continue a multi-line scalar). Sets `line` to the next content line.
   */
  private endLine(end: number, indent: number): void {
    const r = this.skipSpaces(end)
    if (!this.atLineEnd(r) || (r === end && this.src.charCodeAt(r) === HASH)) throw UNSUPPORTED
    this.takeComment(r)
    const next = this.skipToContent(this.nextLine(r))
    if (next !== -1 && this.indentAt(next) > indent) throw UNSUPPORTED
    this.line = next
  }

  /**
   * From the line starting at `lineStart`, skips blank and comment lines (keeping the
   * comments) and returns the start of the first line with content, or -1 at the end.
   * Gives up at a line that starts a new document or a directive.
   */
  private skipToContent(lineStart: number, atDocumentStart = false): number {
    const src = this.src
    for (let s = lineStart; s !== -1; s = this.nextLine(s)) {
      const p = this.skipSpaces(s)
      if (this.atLineEnd(p)) {
        this.takeComment(p)
        continue
      }
      if (p === s) {
        const c = src.charCodeAt(s)
        if (c === 0x25 /* % */) throw UNSUPPORTED
        if ((c === DASH || c === 0x2e) && (src.startsWith('---', s) || src.startsWith('...', s))) {
          const n = src.charCodeAt(s + 3)
          if (s + 3 >= src.length || n === SPACE || n === NEWLINE || n === CR) {
            if (atDocumentStart && c === DASH) return s // handled by the caller
            throw UNSUPPORTED
          }
        }
      }
      return s
    }
    return -1
  }

  /** Records the comment at `p` if there is one (`p` is at a `#` or at the line's end). */
  private takeComment(p: number): void {
    if (this.src.charCodeAt(p) !== HASH) return
    const end = this.contentEnd(p)
    const span = this.lines.span(p, end)
    this.comments.set(span.startLine, { text: this.src.slice(p + 1, end).trim(), span })
  }

  /** Whether only spaces and maybe a comment follow `after` on its line. */
  private isLineRestEmpty(after: number): boolean {
    const r = this.skipSpaces(after)
    if (!this.atLineEnd(r) || (r === after && this.src.charCodeAt(r) === HASH)) return false
    this.takeComment(r)
    return true
  }

  /** Whether `p` (after spaces) is at the end of the line's text or at a comment. */
  private atLineEnd(p: number): boolean {
    const c = this.src.charCodeAt(p)
    return (
      p >= this.src.length ||
      c === NEWLINE ||
      c === HASH ||
      (c === CR && this.src.charCodeAt(p + 1) === NEWLINE)
    )
  }

  /** Whether a `:` just before `p` is followed by a space or the line's end. */
  private isSeparated(p: number): boolean {
    const c = this.src.charCodeAt(p)
    return (
      p >= this.src.length ||
      c === SPACE ||
      c === NEWLINE ||
      (c === CR && this.src.charCodeAt(p + 1) === NEWLINE)
    )
  }

  private skipSpaces(p: number): number {
    while (this.src.charCodeAt(p) === SPACE) p++
    return p
  }

  /**
   * End of an anchor or alias name: the next space, line end or flow indicator (which YAML
   * does not allow in names, so the name ends there in a flow collection).
   */
  private tokenEnd(p: number): number {
    const src = this.src
    let i = p
    for (; i < src.length; i++) {
      const c = src.charCodeAt(i)
      if (c === SPACE || c === NEWLINE || c === CR) break
      if (c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) break
    }
    return i
  }

  private indentAt(lineStart: number): number {
    return this.skipSpaces(lineStart) - lineStart
  }

  /** Offset of the line break ending the line that holds `p` (before `\r\n`), or the end. */
  private contentEnd(p: number): number {
    const nl = this.src.indexOf('\n', p)
    if (nl === -1) return this.src.length
    return this.src.charCodeAt(nl - 1) === CR ? nl - 1 : nl
  }

  /** Start of the line after the one holding `p`, or -1. */
  private nextLine(p: number): number {
    const nl = this.src.indexOf('\n', p)
    return nl === -1 || nl + 1 > this.src.length ? -1 : nl + 1 === this.src.length ? -1 : nl + 1
  }

  private lineStartOf(p: number): number {
    return this.src.lastIndexOf('\n', p - 1) + 1
  }

  /** Counts a node as `convertDocument` does and enforces its limits. */
  private count(depth: number): void {
    if (++this.nodes > this.limits.maxNodes || depth > this.limits.maxDepth) throw UNSUPPORTED
  }
}

/**
 * The line starts of one file, shared by all its nodes. Nodes keep offsets and make their span
 * when asked: most nodes of a file are never reported, and a span made for every node (then
 * three objects: span, start, end) was most of a parsed file's memory and of the garbage
 * collector's work.
 */
class LineIndex {
  private hint = 0

  constructor(
    readonly file: string,
    private readonly starts: number[]
  ) {}

  /** Lines and columns are 1-based; columns count UTF-16 units, as offsets do. */
  span(start: number, end: number): SourceSpan {
    const starts = this.starts
    const first = this.lineIndex(start)
    const last = this.lineIndex(end)
    return spanOf(
      this.file,
      first + 1,
      start - starts[first]! + 1,
      last + 1,
      end - starts[last]! + 1
    )
  }

  /** The 0-based index of the line an offset is on. */
  private lineIndex(offset: number): number {
    const starts = this.starts
    let i = this.hint
    if (!(starts[i]! <= offset && (i + 1 === starts.length || offset < starts[i + 1]!))) {
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const mid = (low + high + 1) >> 1
        if (starts[mid]! <= offset) low = mid
        else high = mid - 1
      }
      i = low
      this.hint = i
    }
    return i
  }
}

/**
 * A node whose span is made from its offsets when first read, then kept: a node merged into
 * several services (`<<: *defaults`) gives each of them the same span object, not one apiece.
 */
abstract class OffsetNode {
  #span: SourceSpan | undefined

  constructor(
    readonly from: number,
    readonly to: number,
    private readonly lines: LineIndex
  ) {}

  get span(): SourceSpan {
    return (this.#span ??= this.lines.span(this.from, this.to))
  }
}

class OffsetScalar<V extends YScalar['value']> extends OffsetNode implements YScalar {
  readonly kind = 'scalar'
  constructor(
    readonly value: V,
    from: number,
    to: number,
    lines: LineIndex
  ) {
    super(from, to, lines)
  }
}

class OffsetMap extends OffsetNode implements YMap {
  readonly kind = 'map'
  constructor(
    readonly entries: Map<string, YPair>,
    from: number,
    to: number,
    lines: LineIndex
  ) {
    super(from, to, lines)
  }
}

class OffsetSeq extends OffsetNode implements YSeq {
  readonly kind = 'seq'
  constructor(
    readonly items: YNode[],
    from: number,
    to: number,
    lines: LineIndex
  ) {
    super(from, to, lines)
  }
}

/** YAML allows implicit keys of at most 1024 characters; `yaml` reports longer ones. */
const MAX_KEY_LENGTH = 1000

const MERGE = Symbol('<<')

/** `<<` merge keys: explicit keys win; among merged mappings, the first listed wins. */
function mergeInto(entries: Map<string, YPair>, merges: YNode[]): void {
  for (const merged of merges) {
    const sources = merged.kind === 'seq' ? merged.items : [merged]
    for (const source of sources) {
      if (source.kind !== 'map') throw UNSUPPORTED // `yaml`'s path reports it
      for (const [key, pair] of source.entries) if (!entries.has(key)) entries.set(key, pair)
    }
  }
}

/**
 * Characters a plain scalar may not start with here: YAML's indicators (`-`, `?` and `:` only
 * when a space follows, but they are rare enough to leave to `yaml`), and the line's end.
 */
const STARTS_SPECIAL = new Uint8Array(128)
for (const c of '-?:,[]{}#&*!|>\'"%@`') STARTS_SPECIAL[c.charCodeAt(0)] = 1
STARTS_SPECIAL[NEWLINE] = 1
STARTS_SPECIAL[CR] = 1
STARTS_SPECIAL[SPACE] = 1

const DOUBLE_QUOTE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029'
}
const HEX_ESCAPE_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 }

/** Folds the lines of a `>` scalar: a single break becomes a space, empty lines stay breaks. */
function foldLines(lines: string[]): string {
  let out = ''
  let pendingEmpty = 0
  let started = false
  for (const line of lines) {
    if (line === '') {
      pendingEmpty++
      continue
    }
    if (started) out += pendingEmpty > 0 ? '\n'.repeat(pendingEmpty) : ' '
    out += line
    pendingEmpty = 0
    started = true
  }
  return out
}

/** A plain scalar's value under YAML 1.2's core schema, as `yaml` resolves it. */
export function resolvePlain(text: string): string | number | boolean | null {
  const c = text.charCodeAt(0)
  // Only these can start a null, a boolean or a number; everything else is a string.
  if (!(
    c <= 0x39 /* 9 */ ||
    c === 0x7e ||
    c === 0x6e ||
    c === 0x4e ||
    c === 0x74 ||
    c === 0x54 ||
    c === 0x66 ||
    c === 0x46
  )) {
    return text
  }
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8)
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10)
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16)
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan'
      ? NaN
      : text[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text))
    return parseFloat(text)
  return text
}
