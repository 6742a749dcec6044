/**
 * Reads each file at most once per scan, and parses it. Discovery's shape check, project
 * planning and the loader (including `extends: file:` and `include` targets) all go through it.
 *
 * A parsed tree takes many times the memory of its text, so the scan does not keep them all:
 * it lets a file's tree go once it has been outlined, and again once its project has loaded
 * (`releaseTrees`). The text stays, so a released file is parsed again, not read again: what
 * the loader sees is what discovery saw, even if the file changes on disk meanwhile.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync
} from 'node:fs'
import path from 'node:path'
import type { Diagnostic } from '../core/diagnostic.js'
import { fileSpan } from '../core/span.js'
import { parseYamlFile, type ParsedFile, type SourceComment } from '../yaml/parse-yaml.js'
import type { TreeLimits } from '../yaml/yaml-tree.js'
import { isMergeTag } from './merge-tags.js'

export interface FileCacheOptions {
  /** Absolute directory every span's `file` is relative to. */
  baseDir: string
  /**
   * Absolute folders the scan may read in: the scanned folders (or the repository's top when
   * they lie in a git checkout). Paths written in files (`include`, `extends: file:`,
   * `env_file`) are read only inside them, whatever the working folder. Default: `baseDir`.
   */
  scanRoots?: string[]
  /** Files larger than this are reported, not loaded. */
  maxFileBytes?: number
  treeLimits?: Partial<TreeLimits>
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024

export class ParsedFileCache {
  private readonly parsed = new Map<string, ParsedFile>()
  /** The text of every file read as YAML, to parse again once its tree was let go. */
  private readonly sources = new Map<string, string>()
  /** Files whose tree was let go: what their parse gave, without the tree. */
  private readonly released = new Map<string, ParsedFile>()
  /** Files whose tree is held, to let go of by `releaseTrees`. */
  private readonly holding = new Set<string>()
  private readonly texts = new Map<string, string | undefined>()
  private realRoots: string[] | undefined
  private parsing = 0

  constructor(readonly options: FileCacheOptions) {}

  /** The POSIX path of an absolute path relative to the base directory. */
  relative(absolutePath: string): string {
    const rel = path.relative(this.options.baseDir, absolutePath)
    return (rel === '' ? '.' : rel).split(path.sep).join('/')
  }

  /** The absolute path of a path relative to the base directory. */
  absolute(relativePath: string): string {
    return path.resolve(this.options.baseDir, relativePath)
  }

  /**
   * Whether a path (relative to the base directory, as files write them once resolved) lies
   * inside the scan: inside one of `scanRoots`. Files outside it (`/etc/...`,
   * `../../secrets.env`) are never read: a pull request must not make the scan read the runner.
   */
  isInsideScan(relativePath: string): boolean {
    const abs = this.absolute(relativePath)
    return this.roots().some(root => isInsideOrSame(abs, root))
  }

  private roots(): string[] {
    return (this.options.scanRoots ?? [this.options.baseDir]).map(root => path.resolve(root))
  }

  /** Milliseconds spent parsing so far (reading aside): the scan's stage times count it apart. */
  get parseMs(): number {
    return this.parsing
  }

  /** Whether a file exists (a relative path, from the base directory). */
  exists(relativePath: string): boolean {
    try {
      return statSync(this.absolute(relativePath)).isFile()
    } catch {
      return false
    }
  }

  /**
   * The parsed file at `relativePath`. Reading problems (missing, unreadable, too large, not
   * UTF-8 text) come back as a `ParsedFile` without a root and with a diagnostic.
   */
  get(relativePath: string): ParsedFile {
    const cached = this.parsed.get(relativePath)
    if (cached) return cached
    const text = this.sources.get(relativePath) ?? this.readText(relativePath)
    let result: ParsedFile
    if (typeof text === 'string') {
      const started = performance.now()
      result = parseComposeYaml(relativePath, text, this.options.treeLimits)
      this.parsing += performance.now() - started
      if (result.root) {
        this.sources.set(relativePath, text)
        this.holding.add(relativePath)
        this.released.delete(relativePath)
      }
    } else {
      result = {
        path: relativePath,
        root: undefined,
        diagnostics: [text],
        comments: new Map<number, SourceComment>(),
        localTags: []
      }
    }
    this.parsed.set(relativePath, result)
    return result
  }

  /**
   * The file's comments and diagnostics, for what reads nothing else (inline suppressions): a
   * released file comes back without its tree (`root` undefined) rather than parsed again.
   */
  getWithoutTree(relativePath: string): ParsedFile {
    return this.released.get(relativePath) ?? this.get(relativePath)
  }

  /**
   * Lets go of the file's tree: `get` parses it again from its text; `getWithoutTree` gives
   * what its parse reported.
   */
  releaseTree(relativePath: string): void {
    const parsed = this.parsed.get(relativePath)
    this.holding.delete(relativePath)
    if (!parsed?.root) return
    this.parsed.delete(relativePath)
    this.released.set(relativePath, { ...parsed, root: undefined })
  }

  /** Lets go of every tree held but those of `keep` (`releaseTree`). */
  releaseTrees(keep: readonly string[] = []): void {
    for (const file of [...this.holding]) if (!keep.includes(file)) this.releaseTree(file)
  }

  /**
   * Whether the file's text contains `word`, read once (the text is kept for `get`). A file that
   * cannot be read mentions nothing.
   */
  mentions(relativePath: string, word: string): boolean {
    let text = this.sources.get(relativePath)
    if (text === undefined) {
      const read = this.readText(relativePath)
      if (typeof read !== 'string') return false
      text = read
      this.sources.set(relativePath, text)
    }
    return text.includes(word)
  }

  /** Forgets everything about a file that turned out not to matter (its text, its tree). */
  forget(relativePath: string): void {
    this.parsed.delete(relativePath)
    this.sources.delete(relativePath)
    this.released.delete(relativePath)
    this.holding.delete(relativePath)
  }

  /** Raw text of a non-YAML file (an env file), or undefined when it cannot be read. */
  readRaw(relativePath: string): string | undefined {
    if (this.texts.has(relativePath)) return this.texts.get(relativePath)
    const text = this.readText(relativePath)
    const value = typeof text === 'string' ? text : undefined
    this.texts.set(relativePath, value)
    return value
  }

  private readText(relativePath: string): string | Diagnostic {
    const abs = this.absolute(relativePath)
    const span = fileSpan(relativePath)
    const limit = this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
    const unreadable = (message: string): Diagnostic => ({
      code: 'file-unreadable',
      severity: 'error',
      message,
      span
    })
    let fd: number | undefined
    try {
      const outside = this.linkTargetOutsideBase(relativePath, abs)
      if (outside !== undefined) {
        return unreadable(
          `the file is a symbolic link to \`${outside}\`, outside the scanned folder; it was not read`
        )
      }
      // Non-blocking: opening a FIFO a pull request put in place of a file must not hang the scan.
      fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK)
      const stats = fstatSync(fd)
      if (!stats.isFile()) {
        return unreadable(
          'the path is not a regular file (a folder, a device or a pipe); it was not read'
        )
      }
      if (stats.size > limit) return tooLarge(`is ${formatBytes(stats.size)}, over`, limit, span)
      const bytes = readAtMost(fd, stats.size, limit + 1)
      // The file grew between the size check and the read.
      if (bytes.length > limit) return tooLarge('grew over', limit, span)
      if (bytes.includes(0)) return unreadable('the file holds NUL bytes: it is not a text file')
      return UTF8.decode(bytes)
    } catch (e) {
      const err = e as NodeJS.ErrnoException
      const reason =
        err.code === 'ENOENT'
          ? 'the file does not exist (it may have been removed during the scan)'
          : err.code === 'EACCES' || err.code === 'EPERM'
            ? 'permission denied'
            : err.code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
              ? 'the file is not valid UTF-8 text'
              : (err.message ?? String(e))
      return unreadable(`could not read the file: ${reason}`)
    } finally {
      if (fd !== undefined) closeSync(fd)
    }
  }

  /**
   * For a path inside the scan, the real path of its target when a symbolic link leads out of
   * every scan root (a `.env` linked to `/proc/self/environ` would leak the runner's secrets into
   * the report); undefined otherwise. Paths given outside the scan are the user's.
   */
  private linkTargetOutsideBase(relativePath: string, abs: string): string | undefined {
    if (!this.isInsideScan(relativePath)) return undefined
    this.realRoots ??= this.roots().map(root => realpathSync.native(root))
    const real = realpathSync.native(abs)
    return this.realRoots.some(root => isInsideOrSame(real, root)) ? undefined : real
  }
}

function isInsideOrSame(child: string, parent: string): boolean {
  return (
    child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep)
  )
}

/**
 * One buffer for reading files of up to 256 KiB, reused file after file: each file's text is
 * decoded before the next is read. A buffer per file cost a native allocation each, a
 * noticeable part of reading thousands of small compose files.
 */
const SCRATCH_BYTES = 256 * 1024
let scratch: Buffer | undefined

/** Strict UTF-8: a file that is not valid UTF-8 is reported, not read with replacement marks. */
const UTF8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Reads up to `max` bytes from an open file, expecting `expected` (its size when stat'ed). The
 * bytes may live in the shared scratch buffer: use them before reading another file.
 */
function readAtMost(fd: number, expected: number, max: number): Buffer {
  // The expected size + 1, to see whether the file grew since it was stat'ed.
  const size = Math.min(expected + 1, max)
  if (size > SCRATCH_BYTES) return readRest(fd, [], 0, max)
  scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES)
  const n = readSync(fd, scratch, 0, size, null)
  if (n < size) return scratch.subarray(0, n)
  return readRest(fd, [Buffer.from(scratch.subarray(0, n))], n, max)
}

/** Reads on after `total` bytes already in `chunks`, up to `max` in all. */
function readRest(fd: number, chunks: Buffer[], total: number, max: number): Buffer {
  while (total < max) {
    const chunk = Buffer.allocUnsafe(Math.min(max - total, 1024 * 1024))
    const n = readSync(fd, chunk, 0, chunk.length, null)
    if (n === 0) break
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n))
    total += n
  }
  return Buffer.concat(chunks, total)
}

function tooLarge(what: string, limit: number, span: Diagnostic['span']): Diagnostic {
  return {
    code: 'file-too-large',
    severity: 'error',
    message: `the file ${what} the ${formatBytes(limit)} limit; it was not analysed (raise maxFileBytes to include it)`,
    span
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`
  return `${n} B`
}

/**
 * A file's text parsed as compose reads it. Compose knows two local tags, `!reset` and
 * `!override` (`merge-tags.ts`); any other is a warning where it was written, and its value is
 * read as if untagged.
 */
export function parseComposeYaml(
  relativePath: string,
  text: string,
  limits?: Partial<TreeLimits>
): ParsedFile {
  const parsed = parseYamlFile(relativePath, text, limits)
  const unknown = parsed.localTags.filter(use => !isMergeTag(use.tag))
  if (unknown.length === 0) return parsed
  const warnings: Diagnostic[] = unknown.map(use => ({
    code: 'unknown-tag',
    severity: 'warning',
    message: `unknown YAML tag \`${use.tag}\`: compose knows \`!reset\` and \`!override\`. The value was read as if untagged`,
    span: use.span
  }))
  return { ...parsed, diagnostics: [...parsed.diagnostics, ...warnings] }
}
