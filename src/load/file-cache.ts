/**
 * Reads and parses each file at most once per scan. Discovery's shape check, project planning
 * and the loader (including `extends: file:` and `include` targets) all go through it.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Diagnostic } from '../core/diagnostic.js'
import { fileSpan } from '../core/span.js'
import { parseYamlFile, type ParsedFile } from './parse-yaml.js'
import type { TreeLimits } from './yaml-tree.js'

export interface FileCacheOptions {
  /** Absolute directory every span's `file` is relative to. */
  baseDir: string
  /** Files larger than this are reported, not loaded. */
  maxFileBytes?: number
  treeLimits?: Partial<TreeLimits>
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024

export class ParsedFileCache {
  private readonly parsed = new Map<string, ParsedFile>()
  private readonly texts = new Map<string, string | undefined>()

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
    const text = this.readText(relativePath)
    const result =
      typeof text === 'string'
        ? parseYamlFile(relativePath, text, this.options.treeLimits)
        : {
            path: relativePath,
            root: undefined,
            diagnostics: [text],
            comments: new Map<number, string>()
          }
    this.parsed.set(relativePath, result)
    return result
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
    try {
      const size = statSync(abs).size
      if (size > limit) {
        return {
          code: 'file-too-large',
          severity: 'error',
          message: `the file is ${formatBytes(size)}, over the ${formatBytes(limit)} limit; it was not analysed (raise maxFileBytes to include it)`,
          span
        }
      }
      const bytes = readFileSync(abs)
      if (bytes.includes(0)) {
        return {
          code: 'file-unreadable',
          severity: 'error',
          message: 'the file holds NUL bytes: it is not a text file',
          span
        }
      }
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
      return text
    } catch (e) {
      const err = e as NodeJS.ErrnoException
      const reason =
        err.code === 'ENOENT'
          ? 'the file does not exist (it may have been removed during the scan)'
          : err.code === 'EACCES'
            ? 'permission denied'
            : err instanceof TypeError
              ? 'the file is not valid UTF-8 text'
              : (err.message ?? String(e))
      return {
        code: 'file-unreadable',
        severity: 'error',
        message: `could not read the file: ${reason}`,
        span
      }
    }
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`
  return `${n} B`
}
