/**
 * Parses a file's text once into the position-carrying tree every other stage reads. Most
 * files are read by the fast parser of `parse-block-yaml.ts`; a file it does not take
 * goes through `yaml` (`parseAllDocuments` with a `LineCounter`), whose errors become
 * diagnostics with spans.
 */
import { Composer, Lexer, LineCounter, Parser, type CST } from 'yaml'
import type { Diagnostic } from '../core/diagnostic.js'
import type { SourceSpan } from '../core/span.js'
import { parseBlockYaml } from './parse-block-yaml.js'
import {
  convertDocument,
  DEFAULT_TREE_LIMITS,
  spanMaker,
  TreeLimitError,
  type LocalTag,
  type SourceComment,
  type TreeLimits,
  type YNode
} from './yaml-tree.js'

export type { SourceComment } from './yaml-tree.js'

export interface ParsedFile {
  /** POSIX path relative to the scan's base directory. */
  path: string
  /** The tree of the (single) document, or undefined when it could not be built. */
  root: YNode | undefined
  /** YAML-level problems; an `error` means `root` is not to be trusted or is undefined. */
  diagnostics: Diagnostic[]
  /** Comments of the file by 1-based line, for inline suppressions (`# tierguard-ignore`). */
  comments: Map<number, SourceComment>
  /** Every local tag (`!name`) written in the file, in order, for the reader to judge. */
  localTags: LocalTagUse[]
}

/** Where a local tag was written. */
export interface LocalTagUse {
  tag: LocalTag
  span: SourceSpan
}

/** Parses `text` as YAML. Never throws on bad input. */
export function parseYamlFile(
  path: string,
  text: string,
  limits: Partial<TreeLimits> = {}
): ParsedFile {
  // A BOM is not part of the content: drop it so columns on line 1 count as an editor shows them.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const fast = parseBlockYaml(path, source, treeLimits(source, limits))
  if (fast)
    return { path, root: fast.root, diagnostics: [], comments: fast.comments, localTags: [] }
  return parseWithYamlLibrary(path, source, limits)
}

/**
 * Parses `source` (without a BOM) with `yaml`: any YAML, and the diagnostics for broken files.
 * `parseYamlFile` comes here for what the fast parser does not take; tests compare the two.
 */
export function parseWithYamlLibrary(
  path: string,
  source: string,
  limits: Partial<TreeLimits> = {}
): ParsedFile {
  const lineCounter = new LineCounter()
  const makeSpan = spanMaker(path, lineCounter)
  const diagnostics: Diagnostic[] = []
  const comments = new Map<number, SourceComment>()
  const localTags: LocalTagUse[] = []
  const failed = () => ({ path, root: undefined, diagnostics, comments, localTags })

  // Lexer, Parser then Composer is what `parseAllDocuments` does; driving them by hand bounds
  // the nesting and hands over every comment lexeme, where inline suppressions live.
  const maxDepth = limits.maxDepth ?? DEFAULT_TREE_LIMITS.maxDepth
  const tokens = parseTokens(source, lineCounter, maxDepth, (offset, lexeme) => {
    comments.set(lineCounter.linePos(offset).line, {
      text: lexeme.slice(1).trim(),
      span: makeSpan(offset, offset + lexeme.length)
    })
  })
  if (!Array.isArray(tokens)) {
    diagnostics.push({
      code: 'nesting-limit',
      severity: 'error',
      message: `values are nested more than ${maxDepth} levels deep; the file was not analysed`,
      span: makeSpan(tokens.offset, tokens.offset + 1)
    })
    return failed()
  }
  const composer = new Composer({ merge: true, uniqueKeys: true, strict: true })
  const list = Array.from(composer.compose(tokens))

  if (list.length > 1) {
    const second = list[1]
    const at = second?.range?.[0] ?? 0
    diagnostics.push({
      code: 'multiple-documents',
      severity: 'error',
      message: `the file holds ${list.length} YAML documents where one is expected. Split it into separate files`,
      span: makeSpan(at, at)
    })
  }
  const doc = list[0]
  if (!doc) return failed()

  for (const error of doc.errors) {
    const code = error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax'
    diagnostics.push({
      code,
      severity: 'error',
      message: firstLine(error.message),
      span: makeSpan(error.pos[0], error.pos[1])
    })
  }
  if (doc.errors.length > 0) return failed()

  try {
    const root = convertDocument(
      doc,
      path,
      lineCounter,
      treeLimits(source, limits),
      (tag, [start, end]) => localTags.push({ tag, span: makeSpan(start, end) })
    )
    return { path, root, diagnostics, comments, localTags }
  } catch (e) {
    if (e instanceof TreeLimitError) {
      diagnostics.push({
        code: e.code,
        severity: 'error',
        message: e.message,
        span: makeSpan(e.range[0], e.range[1])
      })
      return failed()
    }
    if (e instanceof RangeError) {
      // Call stack exhausted by nesting the YAML parser accepted.
      diagnostics.push({
        code: 'nesting-limit',
        severity: 'error',
        message: 'the file is nested too deeply to analyse',
        span: makeSpan(0, 0)
      })
      return failed()
    }
    throw e
  }
}

/**
 * `Parser.parse`, driven one lexeme at a time so that nesting is bounded while the CST is built:
 * the composer recurses once per level (a few thousand `[` exhaust the call stack) and the CST of
 * a 2 MB file of `[` takes a gigabyte. The parser's stack holds about one entry per level of
 * nesting, so passing `maxDepth` (plus room for the document) means the tree would be refused
 * anyway. Returns the offset of the token it stopped at when it did. Every comment lexeme goes
 * to `onComment`.
 */
function parseTokens(
  source: string,
  lineCounter: LineCounter,
  maxDepth: number,
  onComment: (offset: number, lexeme: string) => void
): CST.Token[] | { offset: number } {
  const parser = new Parser(lineCounter.addNewLine)
  const maxStack = maxDepth + 8
  const tokens: CST.Token[] = []
  lineCounter.addNewLine(0)
  let afterScalarMarker = false
  for (const lexeme of new Lexer().lex(source)) {
    const offset = parser.offset
    // The lexeme after the scalar marker (\x1f) is a scalar's text, which may start with `#`
    // in a block scalar; any other lexeme starting with `#` is a comment.
    if (lexeme.charCodeAt(0) === 0x23 /* # */ && !afterScalarMarker) onComment(offset, lexeme)
    afterScalarMarker = lexeme === '\x1f'
    for (const token of parser.next(lexeme)) tokens.push(token)
    if (parser.stack.length > maxStack) return { offset }
  }
  for (const token of parser.end()) tokens.push(token)
  return tokens
}

/** The limits of the tree of `source`: the given ones over the defaults. */
function treeLimits(source: string, limits: Partial<TreeLimits>): TreeLimits {
  // Written out, a node takes at least two bytes, so a tree far larger than the text comes
  // from aliases: the budget grows with the file and stops "billion laughs" in milliseconds.
  const maxNodes = limits.maxNodes ?? Math.max(100_000, source.length)
  return { ...DEFAULT_TREE_LIMITS, ...limits, maxNodes }
}

/** yaml's messages end with "at line L, column C:" and a code excerpt; the span says that. */
function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message
  return line.replace(/ at line \d+, column \d+:?$/, '')
}
