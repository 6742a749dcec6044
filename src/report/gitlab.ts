/**
 * The GitLab code quality report (`--format gitlab`): the subset of the Code Climate issue
 * format that GitLab reads from an `artifacts:reports:codequality` file and shows in the merge
 * request widget and diff. GitLab documents six fields (description, check_name, fingerprint,
 * severity, location.path, location.lines.begin) and ignores the rest, so nothing else is
 * written: https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
 *
 * The medium is JSON that GitLab renders as plain text: `JSON.stringify` is the escaping (with
 * C1 and bidi controls as `\u` escapes too), and messages lose their line breaks so the widget
 * shows each issue on one line.
 */
import { createHash } from 'node:crypto'
import type { Diagnostic } from '../core/diagnostic.js'
import type { Severity } from '../core/severity.js'
import type { ScanResult } from '../scan.js'
import { assignFingerprints } from './fingerprint.js'
import { escapeJsonForTerminal } from './text.js'

/** GitLab's severities, least severe first. */
export type GitLabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker'

/** One entry of the report array. */
export interface GitLabIssue {
  description: string
  /** The rule id, or the diagnostic code for a problem with the input itself. */
  check_name: string
  /** Stable across commits: the finding's SARIF fingerprint, never its line. */
  fingerprint: string
  severity: GitLabSeverity
  location: { path: string; lines: { begin: number; end?: number } }
}

/**
 * tierguard's five severities onto GitLab's five, rank for rank: the order survives, so a
 * critical finding stays above a high one in the widget.
 */
export const GITLAB_SEVERITY: Readonly<Record<Severity, GitLabSeverity>> = {
  critical: 'blocker',
  high: 'critical',
  medium: 'major',
  low: 'minor',
  note: 'info'
}

/**
 * Input problems: an error means part of a file was not verified (it blocks like a high
 * finding); a warning is worth a look. Notes (an unset variable resolved as compose does) are
 * left out, as in the text report.
 */
const DIAGNOSTIC_SEVERITY: Readonly<Record<'error' | 'warning', GitLabSeverity>> = {
  error: 'critical',
  warning: 'minor'
}

/**
 * The issues GitLab reads, in the scan's order: unsuppressed findings, then error and warning
 * diagnostics. Suppressed findings are accepted risks and stay out of the merge request.
 */
export function buildGitLabReport(result: ScanResult): GitLabIssue[] {
  // Fingerprints over every finding, suppressed ones included, so each equals the one the JSON
  // and SARIF reports give the same finding.
  const fingerprints = assignFingerprints(result.findings)
  const issues: GitLabIssue[] = []
  result.findings.forEach((finding, index) => {
    if (finding.suppression) return
    issues.push({
      description: toOneLine(finding.message),
      check_name: finding.ruleId,
      fingerprint: fingerprints[index]!,
      severity: GITLAB_SEVERITY[finding.severity],
      location: toLocation(finding.location)
    })
  })
  const seen = new Map<string, number>()
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.severity === 'note') continue
    const hash = fingerprintDiagnostic(diagnostic)
    const occurrence = (seen.get(hash) ?? 0) + 1
    seen.set(hash, occurrence)
    issues.push({
      description: toOneLine(diagnostic.message),
      check_name: diagnostic.code,
      fingerprint: `${hash}:${occurrence}`,
      severity: DIAGNOSTIC_SEVERITY[diagnostic.severity],
      location: toLocation(diagnostic.span)
    })
  }
  return issues
}

/**
 * The report as GitLab reads it: a JSON array, 2-space indented, no byte order mark. Control
 * and bidi characters from the repository are `\u` escapes, so the file is as safe to print in
 * a job log as to parse.
 */
export function formatGitLab(result: ScanResult): string {
  return `${escapeJsonForTerminal(JSON.stringify(buildGitLabReport(result), null, 2))}\n`
}

function toLocation(span: Diagnostic['span']): GitLabIssue['location'] {
  // GitLab wants a repository-relative path without a leading `./`; spans already are.
  const lines =
    span.endLine > span.startLine
      ? { begin: span.startLine, end: span.endLine }
      : { begin: span.startLine }
  return { path: span.file, lines }
}

/** A diagnostic's identity: what it says about which file, not where in it. */
function fingerprintDiagnostic(diagnostic: Diagnostic): string {
  const identity = ['diagnostic', diagnostic.code, diagnostic.span.file, diagnostic.message]
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex')
}

function toOneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}
