/**
 * The report of `tierguard verify`: a stable JSON contract (docs/verify.md) and a text form
 * that lists each disagreement naming both sides, the network and the port.
 */
import { formatSpan, type SourceSpan } from '../core/span.js'
import { escapeMarkdown, markdownCode } from '../report/markdown.js'
import { TOOL_NAME, TOOL_VERSION } from '../core/tool-info.js'
import type { EngineVersion } from './engine.js'
import type { Skip } from './plan.js'
import type { ProbeOutcome } from './rehearse.js'

/** One probe as the JSON report carries it. */
export interface ProbeEntry {
  /** `project/service`, `host` or `outside`. */
  from: string
  /** `project/service`, or `host` for egress probes. */
  to: string
  port: number
  protocol: 'tcp'
  /** The model's verdict: can `from` open a connection to `to` on `port`? */
  expected: boolean
  /** The engine's. */
  observed: boolean
  /** `ip`, `name`, `published` (from the host), `outside`, `egress` (to the host). */
  kind: string
  /** What was dialled: addresses, a name, `address:port` on the host. */
  target: string
  /** For connections that opened by IP: the networks whose addresses answered. */
  via?: string[]
  /** Why the model says so. */
  model: string
  /** `file:line:col` of what the model's verdict rests on. */
  location: string
  /** Set when this engine cannot rehearse what the verdict rests on: not counted. */
  unsupported?: string
  /** Set on a disagreement: both sides in one sentence. */
  message?: string
}

/** A difference between a running compose project and its files (`--live`). */
export interface DriftEntry {
  kind: 'network-attached' | 'network-not-listed' | 'port-undeclared' | 'service-unknown'
  project: string
  service: string
  /** The network or port concerned. */
  subject: string
  message: string
  /** `file:line:col` of the service in its file, when the scan has it. */
  location?: string
}

/** What `tierguard verify` reports, in the JSON contract's shape. */
export interface VerifyReport {
  tool: { name: string; version: string }
  engine: EngineVersion & { url: string }
  mode: 'rehearsal' | 'live'
  image?: string
  probes: ProbeEntry[]
  /** Probes whose expected and observed differ (unsupported ones are not counted). */
  mismatches: number
  drift: DriftEntry[]
  skipped: { what: string; reason: string; location?: string }[]
  durationMs: number
}

/** Builds the report of a rehearsal from its outcomes. */
export function buildRehearsalReport(input: {
  engine: EngineVersion & { url: string }
  image: string
  outcomes: ProbeOutcome[]
  skipped: Skip[]
  durationMs: number
}): VerifyReport {
  const probes = input.outcomes.map(toEntry)
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    engine: input.engine,
    mode: 'rehearsal',
    image: input.image,
    probes,
    mismatches: probes.filter(isMismatch).length,
    drift: [],
    skipped: input.skipped.map(skipEntry),
    durationMs: Math.round(input.durationMs)
  }
}

/** Whether a probe counts as a disagreement. */
export function isMismatch(entry: ProbeEntry): boolean {
  return !entry.unsupported && entry.expected !== entry.observed
}

export function skipEntry(skip: Skip): VerifyReport['skipped'][number] {
  return {
    what: skip.what,
    reason: skip.reason,
    ...(skip.span ? { location: formatSpan(skip.span) } : {})
  }
}

function toEntry(outcome: ProbeOutcome): ProbeEntry {
  const { probe } = outcome
  const entry: ProbeEntry = {
    from: probe.from,
    to: probe.to,
    port: probe.kind === 'egress' ? Number(outcome.target.split(':')[1] ?? 0) : probe.port,
    protocol: probe.protocol,
    expected: probe.expected,
    observed: outcome.observed,
    kind: probe.kind,
    target: outcome.target,
    ...(outcome.via.length > 0 ? { via: outcome.via } : {}),
    model: probe.model,
    location: formatSpan(probe.span as SourceSpan),
    ...(outcome.unsupported ? { unsupported: outcome.unsupported } : {})
  }
  if (isMismatch(entry)) entry.message = describeMismatch(entry, probe.name)
  return entry
}

/**
 * Both sides of a disagreement in one sentence: "model: `shop/proxy` cannot reach
 * `shop/db:5432` (...); engine: it connected over `shop_backend`".
 */
export function describeMismatch(entry: ProbeEntry, name?: string): string {
  const can = entry.expected ? 'reaches' : 'cannot reach'
  const engineSide = entry.observed
    ? entry.via?.length
      ? `it connected over \`${entry.via.join('`, `')}\``
      : `it connected to ${entry.target}`
    : `the connection to ${entry.target || 'it'} failed`
  switch (entry.kind) {
    case 'ip':
    case 'name': {
      const how = name ? ` by the name \`${name}\`` : ''
      return `model: \`${entry.from}\` ${can} \`${entry.to}:${entry.port}\`${how} (${entry.model}); engine: ${engineSide}`
    }
    case 'published':
    case 'outside': {
      const who = entry.kind === 'outside' ? 'the outside' : 'the host'
      return `model: ${who} ${can} \`${entry.to}\` on published port ${entry.port} (${entry.model}); engine: ${engineSide}`
    }
    default:
      return `model: \`${entry.from}\` ${can} a listener on the host (${entry.model}); engine: ${entry.observed ? 'it connected through its gateway' : 'it could not connect through its gateway'}`
  }
}

/**
 * Text for a terminal: every disagreement and drift with its location, what was left out, and
 * a last line with the counts. Text from the scanned files is made inert first.
 */
export function formatVerifyText(report: VerifyReport): string {
  const lines: string[] = []
  const { engine } = report
  lines.push(
    `${TOOL_NAME} verify: ${engine.name} ${engine.version}${engine.apiVersion ? ` (API ${engine.apiVersion})` : ''} at ${engine.url}`
  )
  for (const probe of report.probes) {
    if (probe.message) lines.push(`${probe.location}  mismatch  ${probe.message}`)
  }
  for (const drift of report.drift) {
    lines.push(`${drift.location ?? `${drift.project}/${drift.service}`}  drift  ${drift.message}`)
  }
  const unsupported = report.probes.filter(p => p.unsupported)
  for (const probe of unsupported) {
    lines.push(
      `${probe.location}  not compared  \`${probe.from}\` -> \`${probe.to}:${probe.port}\`: ${probe.unsupported}`
    )
  }
  for (const skip of report.skipped) {
    lines.push(`${skip.location ?? skip.what}  skipped  \`${skip.what}\`: ${skip.reason}`)
  }
  const counted = report.probes.length - unsupported.length
  const parts: string[] = []
  if (report.mode === 'rehearsal') {
    parts.push(
      report.mismatches === 0
        ? `all ${counted} probes agree with the model`
        : `${report.mismatches} of ${counted} probes disagree with the model`
    )
  }
  if (report.mode === 'live') {
    parts.push(
      report.drift.length === 0
        ? 'running projects match their files'
        : `${report.drift.length} difference(s) between running projects and their files`
    )
  }
  if (unsupported.length > 0) parts.push(`${unsupported.length} not comparable on this engine`)
  if (report.skipped.length > 0) parts.push(`${report.skipped.length} left out`)
  const failed = report.mismatches > 0 || report.drift.length > 0
  lines.push(
    `${failed ? '✖' : '✔'} ${parts.join('; ')} (${(report.durationMs / 1000).toFixed(1)} s)`
  )
  return lines.map(inert).join('\n') + '\n'
}

/** Disagreements listed in the job summary; the JSON report of the CLI has them all. */
const SUMMARY_MISMATCHES = 20

/**
 * The job summary's section for the action's `verify` input: the counts, then each
 * disagreement at its location. `notRun` says why there is no report. Everything from the
 * scanned files is escaped.
 */
export function formatVerifyMarkdown(report: VerifyReport | undefined, notRun?: string): string {
  const lines = ['### Rehearsal on a container engine', '']
  if (!report) {
    lines.push(`Not run: ${escapeMarkdown(notRun ?? 'no engine')}`)
    return `${lines.join('\n')}\n`
  }
  const { engine } = report
  const counted = report.probes.filter(p => !p.unsupported).length
  const verdict =
    report.mismatches === 0
      ? `all ${counted} probes agree with tierguard's model`
      : `**${report.mismatches} of ${counted} probes disagree** with tierguard's model`
  lines.push(
    `${escapeMarkdown(`${engine.name} ${engine.version}`)}, stand-in image ${markdownCode(report.image ?? '')}: ${verdict} (${(report.durationMs / 1000).toFixed(1)} s).`,
    ''
  )
  const mismatches = report.probes.filter(p => p.message)
  for (const probe of mismatches.slice(0, SUMMARY_MISMATCHES)) {
    lines.push(`- ${markdownCode(probe.location)} ${escapeMarkdown(probe.message ?? '')}`)
  }
  if (mismatches.length > SUMMARY_MISMATCHES) {
    lines.push(`- and ${mismatches.length - SUMMARY_MISMATCHES} more: run \`tierguard verify\``)
  }
  const unsupported = report.probes.length - counted
  if (unsupported > 0 || report.skipped.length > 0) {
    lines.push(
      '',
      `${unsupported} probe(s) not comparable on this engine, ${report.skipped.length} service(s) or project(s) left out of the rehearsal.`
    )
  }
  return `${lines.join('\n').trimEnd()}\n`
}

const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** C0/C1 controls and bidirectional overrides become `?`: a name cannot drive the terminal. */
function inert(line: string): string {
  return line.replace(UNSAFE_CHARACTERS, '?')
}
