/**
 * GitLab's code quality report format, as its documentation states it
 * (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format, "Implement a
 * custom tool"), written down as a JSON schema: an array of objects with `description`,
 * `check_name`, `fingerprint`, `severity` (info, minor, major, critical or blocker) and
 * `location.path` (relative, no leading `./`) with `location.lines.begin` or
 * `location.positions.begin.line`. GitLab shows issues with one fingerprint as one entry, so
 * `validateGitLabReport` also checks that fingerprints are unique.
 */
import { Ajv } from 'ajv'

export const GITLAB_CODE_QUALITY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'GitLab code quality report',
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path'],
        properties: {
          path: { type: 'string', minLength: 1, not: { pattern: '^(\\./|/)' } },
          lines: {
            type: 'object',
            required: ['begin'],
            properties: {
              begin: { type: 'integer', minimum: 1 },
              end: { type: 'integer', minimum: 1 }
            }
          },
          positions: {
            type: 'object',
            required: ['begin'],
            properties: {
              begin: {
                type: 'object',
                required: ['line'],
                properties: { line: { type: 'integer', minimum: 1 } }
              }
            }
          }
        },
        anyOf: [{ required: ['lines'] }, { required: ['positions'] }]
      }
    }
  }
} as const

const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(
  GITLAB_CODE_QUALITY_SCHEMA
)

/** The schema errors and repeated fingerprints of a parsed report; empty when GitLab takes it. */
export function validateGitLabReport(report: unknown): string[] {
  const problems: string[] = []
  if (!validate(report)) {
    for (const error of validate.errors ?? []) {
      problems.push(`${error.instancePath || '/'} ${error.message ?? 'is invalid'}`)
    }
    return problems
  }
  const seen = new Set<string>()
  for (const issue of report as { fingerprint: string }[]) {
    if (seen.has(issue.fingerprint)) problems.push(`fingerprint ${issue.fingerprint} repeats`)
    seen.add(issue.fingerprint)
  }
  return problems
}
