/**
 * Findings as workflow annotations (`::error file=...,line=...::message`). GitHub shows 10 of
 * each kind per step (and 50 per job), so the most severe are emitted and the rest counted for
 * the job summary.
 */
import * as core from '@actions/core'
import type { AnnotationProperties } from '@actions/core'
import { uniqueDiagnostics, type Diagnostic } from '../core/diagnostic.js'
import { severityRank } from '../core/severity.js'
import type { Severity } from '../core/severity.js'
import { compareSpans } from '../core/span.js'
import type { SourceSpan } from '../core/span.js'
import invalidComposeFile from '../rules/invalid-compose-file.js'
import type { Finding } from '../rules/types.js'

const INVALID_COMPOSE_FILE = invalidComposeFile.id

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  properties: AnnotationProperties
}

export interface AnnotationPlan {
  /** What to emit, most severe first. */
  annotations: Annotation[]
  /** Findings and diagnostics left out because of GitHub's limits, by level. */
  omitted: Record<AnnotationLevel, number>
}

/** GitHub's display limits: per kind in one step, and in total in one job. */
export const ANNOTATION_LIMITS = { perLevel: 10, perJob: 50 } as const

/** The annotation level of a severity: critical/high are errors, medium warnings, the rest notices. */
export function annotationLevel(severity: Severity): AnnotationLevel {
  if (severity === 'critical' || severity === 'high') return 'error'
  return severity === 'medium' ? 'warning' : 'notice'
}

/**
 * Chooses the annotations to emit: unsuppressed findings, those in `changedFiles` (a pull
 * request's) first, then the most severe (then by position),
 * then diagnostics of severity `error` (what compose would refuse: invalid YAML, a missing file,
 * a required variable), once each, as warnings; at most
 * `limits.perLevel` of each level and `limits.perJob` in all, counting the `reserved` ones.
 */
export function planAnnotations(
  findings: Finding[],
  diagnostics: Diagnostic[],
  options: {
    limits?: { perLevel: number; perJob: number }
    /** Annotations the step emits besides these (a warning, the failure message), by level. */
    reserved?: Partial<Record<AnnotationLevel, number>>
    /** Files a pull request changed (workspace-relative): their findings come first. */
    changedFiles?: ReadonlySet<string>
  } = {}
): AnnotationPlan {
  const limits = options.limits ?? ANNOTATION_LIMITS
  const reserved = options.reserved ?? {}
  const changed = options.changedFiles
  const unchanged = (f: Finding): number => (changed && !changed.has(f.location.file) ? 1 : 0)
  const candidates: Annotation[] = findings
    .filter(f => !f.suppression)
    .sort(
      (a, b) =>
        unchanged(a) - unchanged(b) ||
        severityRank(a.severity) - severityRank(b.severity) ||
        compareSpans(a.location, b.location) ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
    )
    .map(f => ({
      level: annotationLevel(f.severity),
      message: f.message,
      properties: toAnnotationProperties(f.location, `tierguard ${f.ruleId} (${f.severity})`)
    }))
  // An error that is an `invalid-compose-file` finding is annotated as that finding, once.
  const asFindings = new Set(
    findings.filter(f => f.ruleId === INVALID_COMPOSE_FILE).map(f => JSON.stringify(f.location))
  )
  const errors = uniqueDiagnostics(
    diagnostics.filter(d => d.severity === 'error' && !asFindings.has(JSON.stringify(d.span)))
  )
  for (const d of errors.sort(compareDiagnostics)) {
    candidates.push({
      level: 'warning',
      message: d.message,
      properties: toAnnotationProperties(d.span, `tierguard load error (${d.code})`)
    })
  }

  const shown: Record<AnnotationLevel, number> = {
    error: reserved.error ?? 0,
    warning: reserved.warning ?? 0,
    notice: reserved.notice ?? 0
  }
  const alreadyUsed = shown.error + shown.warning + shown.notice
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const annotations: Annotation[] = []
  for (const candidate of candidates) {
    if (
      shown[candidate.level] < limits.perLevel &&
      alreadyUsed + annotations.length < limits.perJob
    ) {
      shown[candidate.level]++
      annotations.push(candidate)
    } else {
      omitted[candidate.level]++
    }
  }
  // Emitted most severe kind first, so a reader of the log sees errors before notices.
  const order: AnnotationLevel[] = ['error', 'warning', 'notice']
  annotations.sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level))
  return { annotations, omitted }
}

/** Emits the planned annotations through `@actions/core`. */
export function emitAnnotations(plan: AnnotationPlan): void {
  for (const { level, message, properties } of plan.annotations) {
    if (level === 'error') core.error(message, properties)
    else if (level === 'warning') core.warning(message, properties)
    else core.notice(message, properties)
  }
}

/**
 * A span as annotation properties. The span's end is exclusive; an annotation's end line and
 * column are inclusive. Columns are given only when the span is on one line.
 */
export function toAnnotationProperties(span: SourceSpan, title: string): AnnotationProperties {
  const properties: AnnotationProperties = {
    title,
    file: span.file,
    startLine: span.startLine,
    endLine: span.endLine
  }
  if (span.endLine > span.startLine && span.endColumn === 1) {
    // Ends at the start of the next line: the last character is on the line before.
    properties.endLine = span.endLine - 1
  } else if (span.endLine === span.startLine) {
    properties.startColumn = span.startColumn
    properties.endColumn = Math.max(span.startColumn, span.endColumn - 1)
  }
  return properties
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareSpans(a.span, b.span) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
}
