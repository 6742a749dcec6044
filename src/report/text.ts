/**
 * The terminal report, one line per finding or diagnostic as ESLint's `unix` and compilers
 * print them: `file:line:col severity message [rule]`. Editors and terminals open the file at
 * the position, `grep` keeps whole findings, and a pre-commit run over several files reads the
 * same as a scan of one. A one-line summary follows.
 *
 * Everything from the scanned repository (paths, and the names and values quoted in messages)
 * goes through `escapeForTerminal`: it must never move the cursor, change colours or reorder
 * what the user reads.
 */
import type { FailOn, Severity } from '../core/severity.js'
import { severityRank } from '../core/severity.js'
import { compareSpans, type SourceSpan } from '../core/span.js'
import type { ScanResult } from '../scan.js'
import { DEFAULT_FAIL_ON, pluralize, summarizeResult } from './summary.js'
import { visibleEscape } from './visible-escape.js'

export interface TextOptions {
  /** ANSI colours; the CLI turns them on for a TTY. */
  color?: boolean
  failOn?: FailOn
}

interface Line {
  span: SourceSpan
  severity: Severity | 'error' | 'warning'
  message: string
  code: string
}

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m'
}

/** Formats a scan for a terminal. Suppressed findings and note diagnostics are only counted. */
export function formatText(result: ScanResult, options: TextOptions = {}): string {
  const failOn = options.failOn ?? DEFAULT_FAIL_ON
  const paint = (style: keyof typeof ANSI, text: string): string =>
    options.color ? `${ANSI[style]}${text}${ANSI.reset}` : text

  const lines: Line[] = [
    ...result.findings
      .filter(f => !f.suppression)
      .map(f => ({ span: f.location, severity: f.severity, message: f.message, code: f.ruleId })),
    ...result.diagnostics
      .filter(d => d.severity !== 'note')
      .map(d => ({
        span: d.span,
        severity: d.severity as 'error' | 'warning',
        message: d.message,
        code: d.code
      }))
  ]
  lines.sort(
    (a, b) =>
      compareStrings(a.span.file, b.span.file) ||
      compareSpans(a.span, b.span) ||
      compareStrings(a.code, b.code)
  )

  const out: string[] = []
  for (const line of lines) {
    const position = `${escapeForTerminal(line.span.file)}:${line.span.startLine}:${line.span.startColumn}`
    const message = escapeForTerminal(line.message.replace(/\s*\n\s*/g, ' '))
    out.push(
      [
        paint('dim', position),
        paint(severityStyle(line.severity), line.severity),
        message,
        paint('dim', `[${line.code}]`)
      ].join(' ')
    )
  }
  if (out.length > 0) out.push('')

  const summary = summarizeResult(result, failOn)
  const counts = (Object.entries(summary.bySeverity) as [Severity, number][])
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => severityRank(a) - severityRank(b))
    .map(([severity, n]) => `${n} ${severity}`)
  const parts: string[] = []
  parts.push(
    summary.findings === 0
      ? 'No findings'
      : `${pluralize(summary.findings, 'finding')} (${counts.join(', ')})`
  )
  if (failOn !== 'none' && summary.findings > 0) {
    parts[0] += `, ${summary.blocking.toLocaleString('en-US')} blocking at fail-on ${failOn}`
  }
  const extras: string[] = []
  if (summary.suppressed > 0)
    extras.push(`${summary.suppressed.toLocaleString('en-US')} suppressed`)
  if (summary.filesFailed > 0) {
    extras.push(`${pluralize(summary.filesFailed, 'file')} failed to parse`)
  }
  const diag = summary.diagnostics
  if (diag.error + diag.warning > 0) {
    const kinds = [
      diag.error ? pluralize(diag.error, 'error') : '',
      diag.warning ? pluralize(diag.warning, 'warning') : ''
    ].filter(Boolean)
    extras.push(`${kinds.join(' and ')} in the input`)
  }
  if (diag.note > 0) extras.push(`${pluralize(diag.note, 'note')} not shown`)
  const text = [parts[0], ...extras].join('; ')
  const symbol = summary.findings === 0 ? '✔' : '✖'
  const style = summary.blocking > 0 ? 'red' : summary.findings > 0 ? 'yellow' : 'green'
  out.push(paint(style, paint('bold', `${symbol} ${text}`)))
  out.push(
    summary.filesScanned === 0
      ? paint('dim', 'No compose files found.')
      : paint('dim', `${pluralize(summary.filesScanned, 'file')} scanned.`)
  )
  return `${out.join('\n')}\n`
}

function severityStyle(severity: Line['severity']): keyof typeof ANSI {
  switch (severity) {
    case 'critical':
    case 'high':
    case 'error':
      return 'red'
    case 'medium':
    case 'warning':
      return 'yellow'
    default:
      return 'blue'
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC starts colour and cursor
 * sequences, CR overwrites the line, BS erases), DEL, C1 controls (U+009B is a one-character
 * CSI), and the bidirectional controls that make text display in another order than it reads
 * (Trojan Source, CVE-2021-42574). Tab and line feed are left to the caller's choice.
 */
const TERMINAL_CONTROLS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * Text from the repository made inert for a terminal: each control character becomes its
 * visible escape (`\x1b`, `\u202e`), so the user sees that it was there and what it was. Tabs
 * become a space; line feeds are kept only with `keepNewlines` (multi-line error messages).
 */
export function escapeForTerminal(text: string, options: { keepNewlines?: boolean } = {}): string {
  const escaped = text.replace(TERMINAL_CONTROLS, visibleEscape).replace(/\t/g, ' ')
  return options.keepNewlines ? escaped : escaped.replace(/\n/g, '\\n')
}

/**
 * Characters JSON leaves raw that a terminal acts on: DEL, C1 controls and bidi controls
 * (`JSON.stringify` already escapes C0). They only occur inside JSON strings, where `\uXXXX`
 * means the same character, so the result parses to the same value and is safe to print.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** JSON text (a JSON, SARIF or GitLab report) with what a terminal would act on escaped. */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(RAW_IN_JSON, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
