/**
 * The terminal report, ESLint's "stylish" layout: findings and diagnostics grouped by file, one
 * aligned line each (`line:col  severity  message  rule`), then a one-line summary.
 */
import type { FailOn, Severity } from '../core/severity.js'
import { severityRank } from '../core/severity.js'
import { compareSpans, type SourceSpan } from '../core/span.js'
import type { ScanResult } from '../scan.js'
import { DEFAULT_FAIL_ON, pluralize, summarizeResult } from './summary.js'

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
  underline: '\u001b[4m',
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
  const byFile = new Map<string, Line[]>()
  for (const line of lines) {
    const list = byFile.get(line.span.file) ?? []
    list.push(line)
    byFile.set(line.span.file, list)
  }

  const out: string[] = []
  for (const file of [...byFile.keys()].sort()) {
    const group = byFile
      .get(file)!
      .sort(
        (a, b) => compareSpans(a.span, b.span) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
      )
    const rows = group.map(line => ({
      position: `${line.span.startLine}:${line.span.startColumn}`,
      severity: line.severity,
      message: line.message.replace(/\s*\n\s*/g, ' '),
      code: line.code
    }))
    // Positions and severities are aligned; messages are sentences, so the rule id follows each
    // one instead of being padded out to the longest.
    const width = {
      position: Math.max(...rows.map(r => r.position.length)),
      severity: Math.max(...rows.map(r => r.severity.length))
    }
    out.push(paint('underline', file))
    for (const row of rows) {
      out.push(
        [
          '  ',
          paint('dim', row.position.padEnd(width.position)),
          '  ',
          paint(severityStyle(row.severity), row.severity.padEnd(width.severity)),
          '  ',
          row.message,
          '  ',
          paint('dim', row.code)
        ]
          .join('')
          .trimEnd()
      )
    }
    out.push('')
  }

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
