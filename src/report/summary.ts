/** Counts every reporter (and the shells' gate) agrees on. */
import { SEVERITIES, isBlocking, type FailOn, type Severity } from '../core/severity.js'
import { severityRank } from '../core/severity.js'
import type { Finding } from '../rules/types.js'
import type { ScanResult } from '../scan.js'

export interface ReportSummary {
  /** Findings that are not suppressed. */
  findings: number
  suppressed: number
  /** Unsuppressed findings per severity, every severity present. */
  bySeverity: Record<Severity, number>
  failOn: FailOn
  /** Unsuppressed findings at or above `failOn`. */
  blocking: number
  filesScanned: number
  filesFailed: number
  diagnostics: Record<'error' | 'warning' | 'note', number>
}

/** The fail-on threshold reporters assume when none is given (the action's default). */
export const DEFAULT_FAIL_ON: FailOn = 'high'

/** Counts findings, blocking findings, failed files and diagnostics of a scan. */
export function summarizeResult(
  result: ScanResult,
  failOn: FailOn = DEFAULT_FAIL_ON
): ReportSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map(s => [s, 0])) as Record<Severity, number>
  let suppressed = 0
  let blocking = 0
  for (const finding of result.findings) {
    if (finding.suppression) {
      suppressed++
      continue
    }
    bySeverity[finding.severity]++
    if (isBlocking(finding.severity, failOn)) blocking++
  }
  const diagnostics = { error: 0, warning: 0, note: 0 }
  for (const diagnostic of result.diagnostics) diagnostics[diagnostic.severity]++
  return {
    findings: result.findings.length - suppressed,
    suppressed,
    bySeverity,
    failOn,
    blocking,
    filesScanned: result.files.length,
    filesFailed: result.files.filter(f => f.status === 'failed').length,
    diagnostics
  }
}

/**
 * Orders findings most severe first, unsuppressed before suppressed, and otherwise keeps the
 * scan's order (file, line, column, rule). For `Array.prototype.sort`, which is stable.
 */
export function compareFindingsBySeverity(a: Finding, b: Finding): number {
  return (
    Number(a.suppression !== undefined) - Number(b.suppression !== undefined) ||
    severityRank(a.severity) - severityRank(b.severity)
  )
}

/** "1 finding", "3 findings". */
export function pluralize(count: number, noun: string, plural = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : plural}`
}
