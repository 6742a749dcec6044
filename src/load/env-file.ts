/**
 * The `.env` / `env_file` format as compose reads it: `KEY=VALUE`, `export KEY=...`, `KEY: VALUE`,
 * single quotes (literal), double quotes (escapes, interpolation), unquoted values with ` #`
 * comments, blank and `#` lines, and `${VAR}` from the environment or earlier keys.
 */
import type { Diagnostic } from '../core/diagnostic.js'
import { spanOf } from '../core/span.js'
import { interpolateString, type VariableLookup } from './interpolate.js'

export interface EnvFileEntry {
  key: string
  value: string
  /** 1-based line where the entry starts. */
  line: number
}

export interface ParsedEnvFile {
  /** In file order; a key written twice appears twice (the last wins). */
  entries: EnvFileEntry[]
  diagnostics: Diagnostic[]
}

const KEY_CHAR = /[A-Za-z0-9_.\-[\]]/
const BLANK = new Set([' ', '\t'])
const DOUBLE_QUOTE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '\\': '\\',
  '"': '"',
  // Interpolation runs after unescaping: keep an escaped `$` literal.
  $: '$$'
}

/**
 * Parses an env file's text. `lookup` resolves `${VAR}` (the caller's environment, which wins);
 * keys defined earlier in the file are the fallback. Never throws.
 */
export function parseEnvFile(file: string, text: string, lookup: VariableLookup): ParsedEnvFile {
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n')
  const entries: EnvFileEntry[] = []
  const diagnostics: Diagnostic[] = []
  const defined = new Map<string, string>()
  const resolve: VariableLookup = name => lookup(name) ?? defined.get(name)
  let pos = 0
  let line = 1
  let lineStart = 0

  const report = (message: string, startCol: number, endCol: number, atLine = line) =>
    diagnostics.push({
      code: 'invalid-value',
      severity: 'warning',
      message,
      span: spanOf(file, atLine, startCol, atLine, endCol)
    })
  const skipBlanks = () => {
    while (pos < source.length && BLANK.has(source[pos] as string)) pos++
  }
  const skipToLineEnd = () => {
    while (pos < source.length && source[pos] !== '\n') pos++
  }
  const col = () => pos - lineStart + 1
  const interpolate = (value: string, entryLine: number, startCol: number): string => {
    const result = interpolateString(value, resolve)
    if (result.error !== undefined) {
      diagnostics.push({
        code: 'invalid-interpolation',
        severity: 'error',
        message: `${result.error} (in \`${value}\`)`,
        span: spanOf(file, entryLine, startCol, entryLine, startCol + 1)
      })
    }
    return result.value
  }

  while (pos < source.length) {
    skipBlanks()
    if (source[pos] === '\n' || pos >= source.length) {
      if (pos < source.length) {
        pos++
        line++
        lineStart = pos
      }
      continue
    }
    if (source[pos] === '#') {
      skipToLineEnd()
      continue
    }
    const entryLine = line
    if (source.startsWith('export', pos) && BLANK.has(source[pos + 6] ?? '')) {
      pos += 6
      skipBlanks()
    }
    const keyStart = pos
    while (pos < source.length && KEY_CHAR.test(source[pos] as string)) pos++
    const key = source.slice(keyStart, pos)
    const keyCol = keyStart - lineStart + 1
    skipBlanks()
    const sep = source[pos]
    if (key === '' || (sep !== '=' && sep !== ':' && sep !== '\n' && sep !== undefined)) {
      const from = col()
      skipToLineEnd()
      report(
        key === ''
          ? 'this line is not `KEY=VALUE`: a variable name is expected'
          : `\`${key}\` must be followed by \`=\`; compose refuses this line`,
        key === '' ? from : keyCol,
        Math.max(col(), from + 1)
      )
      continue
    }
    if (sep !== '=' && sep !== ':') {
      // A bare `KEY` takes its value from the environment, if set there.
      const inherited = lookup(key)
      if (inherited !== undefined) {
        entries.push({ key, value: inherited, line: entryLine })
        defined.set(key, inherited)
      }
      continue
    }
    pos++
    skipBlanks()
    const quote = source[pos]
    let value: string
    if (quote === "'" || quote === '"') {
      const openCol = col()
      pos++
      let raw = ''
      let closed = false
      while (pos < source.length) {
        const c = source[pos] as string
        if (c === quote) {
          closed = true
          pos++
          break
        }
        if (quote === '"' && c === '\\' && pos + 1 < source.length) {
          const escaped = source[pos + 1] as string
          raw += DOUBLE_QUOTE_ESCAPES[escaped] ?? `\\${escaped}`
          pos += 2
          continue
        }
        if (quote === '"' && c === '$' && source[pos + 1] === '$') {
          raw += '$$'
          pos += 2
          continue
        }
        if (c === '\n') {
          line++
          lineStart = pos + 1
        }
        raw += c
        pos++
      }
      if (!closed) {
        report(`the quote opened here is never closed`, openCol, openCol + 1, entryLine)
      }
      value = quote === '"' ? interpolate(raw, entryLine, openCol) : raw
      // Whatever follows the closing quote on its line is a comment or noise.
      skipToLineEnd()
    } else {
      const valueStart = pos
      const valueCol = col()
      while (pos < source.length && source[pos] !== '\n') {
        if (source[pos] === '#' && pos > valueStart && BLANK.has(source[pos - 1] as string)) break
        pos++
      }
      const raw = source.slice(valueStart, pos).trimEnd()
      skipToLineEnd()
      value = interpolate(raw, entryLine, valueCol)
    }
    entries.push({ key, value, line: entryLine })
    defined.set(key, value)
  }
  return { entries, diagnostics }
}

/** The entries of a parsed env file as a map, the last occurrence of a key winning. */
export function envFileToMap(parsed: ParsedEnvFile): Map<string, string> {
  const map = new Map<string, string>()
  for (const entry of parsed.entries) map.set(entry.key, entry.value)
  return map
}
