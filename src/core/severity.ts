/**
 * Severities, most severe first. The security ones follow GitHub's security-severity bands:
 * critical >= 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9; `note` is informational.
 */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'note'] as const
export type Severity = (typeof SEVERITIES)[number]

/** The `--fail-on` / `fail-on` threshold: a severity, or `none` to never fail. */
export type FailOn = Severity | 'none'
export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'none']

/** 0 for critical up to 4 for note: lower is more severe. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}

/** Whether a finding of `severity` blocks under the `failOn` threshold. */
export function isBlocking(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && severityRank(severity) <= severityRank(failOn)
}

/** SARIF result level for a severity. */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  if (severity === 'critical' || severity === 'high') return 'error'
  if (severity === 'medium') return 'warning'
  return 'note'
}

/** A representative security-severity score (GitHub reads it from the rule) for a severity. */
export function securitySeverityScore(severity: Severity): number {
  return { critical: 9.1, high: 8.0, medium: 5.5, low: 3.0, note: 0.1 }[severity]
}
