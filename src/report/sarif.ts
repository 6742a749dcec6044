/**
 * SARIF 2.1.0 for GitHub code scanning: one run, rules generated from the catalogue, one result
 * per finding with its region, related locations, path and fingerprint. Written to pass
 * `sarif-multitool validate --rule-kind "Sarif;Gh"` without a warning and to stay inside
 * GitHub's upload limits.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import type {
  Location,
  Log,
  Notification,
  ReportingDescriptor,
  Result,
  Run,
  ThreadFlowLocation
} from 'sarif'
import type { Diagnostic } from '../core/diagnostic.js'
import { sarifLevel, securitySeverityScore, type Severity } from '../core/severity.js'
import type { SourceSpan } from '../core/span.js'
import { INFORMATION_URI, TOOL_NAME, TOOL_VERSION, ruleHelpUri } from '../core/tool-info.js'
import type { Finding, RelatedLocation, RuleMeta } from '../rules/types.js'
import type { ScanResult } from '../scan.js'
import { FINGERPRINT_KEY, assignFingerprints } from './fingerprint.js'
import { compareFindingsBySeverity, pluralize } from './summary.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const SRCROOT = '%SRCROOT%'

/** GitHub's upload limits (docs: "SARIF support for code scanning"). */
export interface SarifLimits {
  resultsPerRun: number
  /** Primary, related and thread-flow locations of one result together. */
  locationsPerResult: number
  tagsPerRule: number
  ruleNameLength: number
  descriptionLength: number
  gzippedBytes: number
}

export const GITHUB_SARIF_LIMITS: SarifLimits = {
  resultsPerRun: 25_000,
  locationsPerResult: 1_000,
  tagsPerRule: 20,
  ruleNameLength: 255,
  descriptionLength: 1_024,
  gzippedBytes: 10 * 1000 * 1000
}

export interface SarifOptions {
  /** Code-scanning category; written as `automationDetails.id` `<category>/`. */
  category?: string
  /**
   * The repository root, relative to the scan's `baseDir` (or absolute); '' or undefined if
   * it is `baseDir`. URIs are made relative to it, and it becomes `originalUriBaseIds.%SRCROOT%`.
   */
  repoRoot?: string
  /** Lower limits, for tests; GitHub's by default. */
  limits?: Partial<SarifLimits>
  /**
   * Leave suppressed results out: the log uploaded to code scanning, which ignores SARIF
   * `suppressions` and would open an alert for each (github/codeql-action#1230). The file
   * written locally keeps them, with their justification. Fingerprints stay those of the
   * whole log.
   */
  omitSuppressed?: boolean
}

/**
 * A SARIF log whose results are built when asked for: `serializePlannedSarif` writes each one
 * as it builds it, so thousands of results are never in memory at once. `log` holds everything
 * else (its run's `results` is empty).
 */
export interface SarifPlan {
  log: Log
  /** How many results the log has, after GitHub's limits. */
  resultCount: number
  /** The result at `index` (0 to `resultCount` - 1), most severe first. */
  result(index: number): Result
}

/** Builds the SARIF log of a scan. Same input, same output, apart from times and version. */
export function buildSarif(result: ScanResult, options: SarifOptions = {}): Log {
  const plan = planSarif(result, options)
  const [run] = plan.log.runs as [Run]
  run.results = Array.from({ length: plan.resultCount }, (_, index) => plan.result(index))
  return plan.log
}

/** The SARIF log of a scan as `buildSarif` builds it, its results built on demand. */
export function planSarif(result: ScanResult, options: SarifOptions = {}): SarifPlan {
  const limits = { ...GITHUB_SARIF_LIMITS, ...options.limits }
  const root =
    options.repoRoot === undefined ? undefined : path.resolve(result.baseDir, options.repoRoot)
  const prefix = root === undefined ? '' : toPosix(path.relative(root, result.baseDir))
  // Every location of a file has the same URI: encode each file once.
  const uris = new Map<string, string>()
  const toUri = (file: string): string => {
    let uri = uris.get(file)
    if (uri === undefined) {
      uri = encodeUri(prefix ? path.posix.join(prefix, file) : file)
      uris.set(file, uri)
    }
    return uri
  }

  // One descriptor per rule at its own severity, and one more per other severity its findings
  // have: GitHub reads `security-severity` from the descriptor only.
  const catalogue = new Map(result.rules.map(rule => [rule.id, rule]))
  for (const finding of result.findings) {
    if (!catalogue.has(finding.ruleId)) catalogue.set(finding.ruleId, unknownRule(finding))
  }
  const descriptors: RuleDescriptor[] = [...catalogue.values()].map(rule => ({
    id: rule.id,
    rule,
    severity: rule.severity
  }))
  const ruleIndex = new Map(
    descriptors.map((d, index) => [descriptorKey(d.rule.id, d.severity), index])
  )
  for (const finding of result.findings) {
    const key = descriptorKey(finding.ruleId, finding.severity)
    if (ruleIndex.has(key)) continue
    ruleIndex.set(key, descriptors.length)
    descriptors.push({
      id: sarifRuleId(finding.ruleId, finding.severity, catalogue.get(finding.ruleId)!),
      rule: catalogue.get(finding.ruleId)!,
      severity: finding.severity
    })
  }

  const fingerprints = assignFingerprints(result.findings)
  const ordered = result.findings
    .map((finding, index) => ({ finding, fingerprint: fingerprints[index] ?? '' }))
    .filter(({ finding }) => !(options.omitSuppressed && finding.suppression))
    .sort((a, b) => compareFindingsBySeverity(a.finding, b.finding))

  const notifications: Notification[] = result.diagnostics
    .filter(d => d.severity === 'error')
    .map(d => diagnosticNotification(d, toUri))

  const kept = ordered.slice(0, limits.resultsPerRun)
  const overCount = ordered.length - kept.length
  const resultAt = (at: number): Result => {
    const { finding, fingerprint } = kept[at]!
    const index = ruleIndex.get(descriptorKey(finding.ruleId, finding.severity)) ?? 0
    return buildResult(finding, fingerprint, index, descriptors[index]!, toUri, limits)
  }

  const run: Run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        version: TOOL_VERSION,
        semanticVersion: TOOL_VERSION,
        informationUri: INFORMATION_URI,
        rules: descriptors.map(descriptor => buildRule(descriptor, limits))
      }
    },
    ...(options.category !== undefined && options.category !== ''
      ? { automationDetails: { id: categoryId(options.category) } }
      : {}),
    ...(root !== undefined
      ? { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(root) } } }
      : {}),
    invocations: [
      {
        executionSuccessful: true,
        startTimeUtc: result.startedAt.toISOString(),
        endTimeUtc: result.endedAt.toISOString(),
        toolExecutionNotifications: notifications
      }
    ],
    columnKind: 'utf16CodeUnits',
    results: []
  }
  const log: Log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }

  const dropped = (count: number, reason: string): void => {
    notifications.push({
      level: 'warning',
      descriptor: { id: 'results-truncated' },
      message: {
        text: `${pluralize(count, 'result')} of ${ordered.length.toLocaleString('en-US')} left out (the least severe): ${reason}.`
      }
    })
  }
  if (overCount > 0) {
    dropped(
      overCount,
      `GitHub accepts at most ${limits.resultsPerRun.toLocaleString('en-US')} results a run`
    )
  }

  // The limit is on the uploaded text, gzipped. Gzip of a large log takes a while; a log whose
  // text cannot grow past the limit even uncompressible is not measured, and its results are
  // built again as they are written rather than kept.
  if (gzipBound(compactJsonBytes(log, kept.length, resultAt)) <= limits.gzippedBytes) {
    return { log, resultCount: kept.length, result: resultAt }
  }
  const all = Array.from({ length: kept.length }, (_, at) => resultAt(at))
  let count = all.length
  run.results = all
  if (gzippedSize(log) > limits.gzippedBytes) {
    // Binary search for the most results that fit, keeping room for the notification.
    let low = 0
    let high = all.length
    while (low < high) {
      const mid = Math.ceil((low + high) / 2)
      run.results = all.slice(0, mid)
      if (gzippedSize(log) + 1024 <= limits.gzippedBytes) low = mid
      else high = mid - 1
    }
    count = low
    const sizeLimit = `${(limits.gzippedBytes / 1_000_000).toLocaleString('en-US')} MB`
    dropped(ordered.length - low, `GitHub accepts at most ${sizeLimit} of gzipped SARIF`)
  }
  run.results = []
  return { log, resultCount: count, result: at => all[at]! }
}

/** The serialized log, as tierguard writes it to disk: indented, for people to read. */
export function serializeSarif(log: Log): string {
  return [...serializeSarifPieces(log)].join('')
}

/**
 * `serializeSarif` in pieces, each result on its own: a large log is written without its whole
 * text (tens of MB for thousands of results) held at once. Joined, the pieces are exactly
 * `JSON.stringify(log, null, 2)` and a line break. The log is only read.
 */
export function* serializeSarifPieces(log: Log): Generator<string> {
  const results = log.runs.length === 1 ? (log.runs[0]!.results ?? []) : []
  yield* serializePlannedSarif({ log, resultCount: results.length, result: at => results[at]! })
}

/**
 * The one SARIF serializer: the log of `plan` with its run's results taken from the plan, each
 * built, written and let go before the next, so the memory of writing stays that of one result
 * whatever the count. Pieces: the text up to the results, one per result, the rest.
 */
export function* serializePlannedSarif(plan: SarifPlan): Generator<string> {
  const { log, resultCount } = plan
  if (log.runs.length !== 1) {
    yield `${JSON.stringify(log, null, 2)}\n`
    return
  }
  // A view of the log, its run's results deferred to the plan: copies of the two containers
  // on the way to them, in their key order; the log itself is left as it is.
  const run = { ...log.runs[0]!, results: new Deferred(resultCount, at => plan.result(at)) }
  const view = { ...log, runs: [run] }
  yield* stringifyInPieces(view, new Set<object>([view, view.runs, run]))
}

/** An array written element by element as `stringifyInPieces` reaches it. */
class Deferred {
  constructor(
    readonly length: number,
    readonly at: (index: number) => unknown
  ) {}
}

/**
 * `JSON.stringify(root, null, 2)` and a line break, in pieces: the containers in `expand` are
 * walked, a `Deferred` array is written one element a piece, everything else is stringified
 * whole (and indented to its depth, which is all nesting changes in that output).
 */
function* stringifyInPieces(root: unknown, expand: ReadonlySet<object>): Generator<string> {
  let buffer = ''
  const nest = (json: string, indent: string): string => json.replaceAll('\n', `\n${indent}`)
  function* write(value: unknown, indent: string): Generator<string> {
    const inner = `${indent}  `
    if (value instanceof Deferred) {
      if (value.length === 0) {
        buffer += '[]'
        return
      }
      yield `${buffer}[\n`
      for (let index = 0; index < value.length; index++) {
        const json = nest(JSON.stringify(value.at(index), null, 2), inner)
        yield `${inner}${json}${index + 1 < value.length ? ',\n' : ''}`
      }
      buffer = `\n${indent}]`
      return
    }
    if (typeof value !== 'object' || value === null || !expand.has(value)) {
      buffer += nest(JSON.stringify(value, null, 2) ?? 'null', indent)
      return
    }
    const entries: [string | undefined, unknown][] = Array.isArray(value)
      ? value.map(item => [undefined, item])
      : Object.entries(value).filter(
          ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol'
        )
    const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
    if (entries.length === 0) {
      buffer += `${open}${close}`
      return
    }
    buffer += `${open}\n`
    for (const [index, [key, item]] of entries.entries()) {
      buffer += key === undefined ? inner : `${inner}${JSON.stringify(key)}: `
      yield* write(item, inner)
      buffer += index + 1 < entries.length ? ',\n' : `\n${indent}${close}`
    }
  }
  yield* write(root, '')
  yield `${buffer}\n`
}

/**
 * The log as it is uploaded: compact JSON, as codeql-action's `upload-sarif` sends a file too.
 * GitHub's size limit is on this text gzipped, which is what `buildSarif` measures.
 */
export function serializeSarifForUpload(log: Log): string {
  return JSON.stringify(log)
}

/**
 * The bytes of `serializeSarifForUpload` of `log` (its run's results empty) with `count`
 * results, counted result by result: neither the results nor their JSON are held at once.
 */
function compactJsonBytes(log: Log, count: number, result: (index: number) => Result): number {
  let bytes = Buffer.byteLength(JSON.stringify(log))
  for (let index = 0; index < count; index++) {
    bytes += Buffer.byteLength(JSON.stringify(result(index)))
  }
  return bytes + Math.max(0, count - 1) // the commas between results
}

function gzippedSize(log: Log): number {
  return gzipSync(serializeSarifForUpload(log)).length
}

/**
 * The most bytes gzip can make of `bytes` bytes: zlib's `deflateBound` for its default settings
 * (stored blocks, 5 bytes of header each, for what does not compress), plus gzip's 18 bytes of
 * header and trailer instead of zlib's 6.
 */
function gzipBound(bytes: number): number {
  return bytes + (bytes >> 12) + (bytes >> 14) + (bytes >> 25) + 13 + 12
}

/** `a/b` becomes `a/b/`: GitHub reads everything before the last slash as the category. */
function categoryId(category: string): string {
  return category.endsWith('/') ? category : `${category}/`
}

/** A SARIF rule descriptor to write: a catalogue rule at one severity. */
interface RuleDescriptor {
  /** `rule.id` at the rule's own severity, `<rule.id>/<severity>` at another. */
  id: string
  rule: RuleMeta
  severity: Severity
}

function descriptorKey(ruleId: string, severity: Severity): string {
  return `${ruleId}\u0000${severity}`
}

/**
 * The SARIF `ruleId` of a finding: its rule's id when it has the rule's own severity, else
 * `<rule>/<severity>` (a SARIF hierarchical id), whose descriptor carries that severity. A
 * finding whose severity changes therefore becomes another alert on GitHub, which is what
 * keeps each alert's severity equal to tierguard's.
 */
export function sarifRuleId(ruleId: string, severity: Severity, rule?: RuleMeta): string {
  return rule && severity !== rule.severity ? `${ruleId}/${severity}` : ruleId
}

function buildRule(descriptor: RuleDescriptor, limits: SarifLimits): ReportingDescriptor {
  const { rule, severity } = descriptor
  const variant = severity !== rule.severity
  const tags = unique([rule.kind, ...rule.tags]).slice(0, limits.tagsPerRule)
  const properties: Record<string, unknown> = { tags, precision: rule.precision }
  if (rule.kind === 'security') {
    properties['security-severity'] = securitySeverityScore(severity).toFixed(1)
  } else {
    properties['problem.severity'] = problemSeverity(severity)
  }
  const name = variant ? `${toPascalCase(rule.id)}${toPascalCase(severity)}` : toPascalCase(rule.id)
  const shortName = variant ? `${rule.name} (${severity})` : rule.name
  return {
    id: descriptor.id,
    name: name.slice(0, limits.ruleNameLength),
    shortDescription: { text: truncate(shortName, limits.descriptionLength) },
    fullDescription: { text: truncate(rule.description, limits.descriptionLength) },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    helpUri: ruleHelpUri(rule.id),
    defaultConfiguration: { level: sarifLevel(severity) },
    properties
  }
}

/** GitHub's display severity of non-security rules. */
function problemSeverity(severity: Severity): 'error' | 'warning' | 'recommendation' {
  const level = sarifLevel(severity)
  return level === 'note' ? 'recommendation' : level
}

/** A descriptor for a finding whose rule is not in `result.rules`, so the log stays valid. */
function unknownRule(finding: Finding): RuleMeta {
  return {
    id: finding.ruleId,
    name: finding.ruleId,
    description: `Findings of \`${finding.ruleId}\`.`,
    severity: finding.severity,
    kind: 'correctness',
    precision: 'medium',
    tags: [],
    help: {
      what: `Findings of \`${finding.ruleId}\`.`,
      why: 'See the rule documentation.',
      fix: 'See the rule documentation.',
      bad: '',
      good: ''
    }
  }
}

function helpText(rule: RuleMeta): string {
  const { what, why, fix, bad, good } = rule.help
  const parts = [what, `Why it matters: ${why}`, `How to fix: ${fix}`]
  if (bad) parts.push(`Flagged:\n${indent(bad)}`)
  if (good) parts.push(`Fixed:\n${indent(good)}`)
  parts.push(`Documentation: ${ruleHelpUri(rule.id)}`)
  return parts.join('\n\n')
}

function helpMarkdown(rule: RuleMeta): string {
  const { what, why, fix, bad, good } = rule.help
  const parts = [`## ${rule.name}`, what, `**Why it matters.** ${why}`, `**How to fix.** ${fix}`]
  if (bad) parts.push('Flagged:', codeBlock(bad))
  if (good) parts.push('Fixed:', codeBlock(good))
  parts.push(`[Rule documentation](${ruleHelpUri(rule.id)})`)
  return parts.join('\n\n')
}

/** A fenced YAML block whose fence is longer than any backtick run inside. */
export function codeBlock(text: string, language = 'yaml'): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${language}\n${text.replace(/\n+$/, '')}\n${fence}`
}

function buildResult(
  finding: Finding,
  fingerprint: string,
  ruleIndex: number,
  descriptor: RuleDescriptor,
  toUri: (file: string) => string,
  limits: SarifLimits
): Result {
  const { rule } = descriptor
  // One location is the primary; the rest is shared by related and thread-flow locations.
  const budget = limits.locationsPerResult - 1
  const steps = finding.path ?? []
  const pathKeep = Math.min(
    steps.length,
    Math.max(budget - finding.related.length, Math.floor(budget / 2))
  )
  const relatedKeep = Math.min(finding.related.length, budget - pathKeep)
  const related = finding.related.slice(0, relatedKeep)
  const keptSteps =
    pathKeep < steps.length ? [...steps.slice(0, pathKeep - 1), ...steps.slice(-1)] : steps

  let text = linkRelatedLocations(finding.message, related)
  const left = [
    finding.related.length - related.length > 0
      ? pluralize(finding.related.length - related.length, 'related location')
      : '',
    steps.length - keptSteps.length > 0
      ? pluralize(steps.length - keptSteps.length, 'path step')
      : ''
  ].filter(Boolean)
  if (left.length > 0) {
    text += ` (${left.join(' and ')} not shown: GitHub accepts at most ${limits.locationsPerResult.toLocaleString('en-US')} locations a result.)`
  }

  const properties: Record<string, unknown> = {
    project: finding.project,
    services: finding.services,
    networks: finding.networks
  }
  if (finding.profiles?.length) properties.profiles = finding.profiles
  properties.severity = finding.severity
  const securitySeverity = findingSecuritySeverity(finding, rule)
  if (securitySeverity !== undefined) properties['security-severity'] = securitySeverity

  const sarifResult: Result = {
    ruleId: descriptor.id,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: { text },
    locations: [{ physicalLocation: physicalLocation(finding.location, toUri) }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties
  }
  if (related.length > 0) {
    sarifResult.relatedLocations = related.map((r, index): Location => ({
      id: index + 1,
      physicalLocation: physicalLocation(r.span, toUri),
      message: { text: r.message }
    }))
  }
  if (keptSteps.length > 0) {
    sarifResult.codeFlows = [
      {
        threadFlows: [
          {
            locations: keptSteps.map((step, index): ThreadFlowLocation => ({
              location: {
                physicalLocation: physicalLocation(step.span, toUri),
                message: { text: step.message }
              },
              executionOrder: index + 1
            }))
          }
        ]
      }
    ]
  }
  if (finding.suppression) {
    sarifResult.suppressions = [
      {
        kind: finding.suppression.kind,
        status: 'accepted',
        justification: finding.suppression.justification,
        ...(finding.suppression.span
          ? { location: { physicalLocation: physicalLocation(finding.suppression.span, toUri) } }
          : {})
      }
    ]
  }
  return sarifResult
}

/** The security-severity a finding of this severity would have, when it is not the rule's. */
export function findingSecuritySeverity(finding: Finding, rule: RuleMeta): string | undefined {
  if (rule.kind !== 'security' || finding.severity === rule.severity) return undefined
  return securitySeverityScore(finding.severity).toFixed(1)
}

function diagnosticNotification(
  diagnostic: Diagnostic,
  toUri: (file: string) => string
): Notification {
  return {
    level: 'error',
    descriptor: { id: diagnostic.code },
    message: { text: sentence(`${diagnostic.span.file}: ${diagnostic.message}`) },
    locations: [{ physicalLocation: physicalLocation(diagnostic.span, toUri) }]
  }
}

function physicalLocation(span: SourceSpan, toUri: (file: string) => string) {
  const startLine = Math.max(1, span.startLine)
  const startColumn = Math.max(1, span.startColumn)
  // A span must not end before it starts; an empty span stays an insertion point.
  const endsBefore =
    span.endLine < startLine || (span.endLine === startLine && span.endColumn < startColumn)
  return {
    artifactLocation: { uri: toUri(span.file), uriBaseId: SRCROOT },
    region: {
      startLine,
      startColumn,
      endLine: endsBefore ? startLine : span.endLine,
      endColumn: endsBefore ? startColumn : span.endColumn
    }
  }
}

/**
 * Turns the first mention of each related location's subject in the message into a SARIF
 * embedded link (`[`proxy`](1)`). The subject is the first backtick-quoted name of the related
 * location's message that the main message also quotes; a related location with none is
 * linked in a trailing "See ..." sentence, so every one is reachable from the message.
 */
export function linkRelatedLocations(message: string, related: readonly RelatedLocation[]): string {
  // Work on segments so a name already turned into a link is not linked twice.
  const segments: { text: string; link?: number }[] = [{ text: message }]
  const unlinked: number[] = []
  related.forEach((location, index) => {
    const id = index + 1
    const names = [...location.message.matchAll(/`([^`]+)`/g)].map(m => `\`${m[1]}\``)
    for (const name of names) {
      const at = segments.findIndex(s => s.link === undefined && s.text.includes(name))
      if (at === -1) continue
      const segment = segments[at]!
      const offset = segment.text.indexOf(name)
      segments.splice(
        at,
        1,
        { text: segment.text.slice(0, offset) },
        { text: name, link: id },
        { text: segment.text.slice(offset + name.length) }
      )
      return
    }
    unlinked.push(index)
  })
  if (segments.length === 1 && unlinked.length === 0) return sentence(message)
  let text = segments
    .map(s =>
      s.link === undefined ? escapeBrackets(s.text) : `[${escapeBrackets(s.text)}](${s.link})`
    )
    .join('')
  if (unlinked.length > 0) {
    const links = unlinked.map(
      index => `[${escapeBrackets(stripPeriod(related[index]!.message))}](${index + 1})`
    )
    text = `${sentence(text)} See ${links.join('; ')}.`
  }
  return sentence(text)
}

/**
 * SARIF §3.11.6: in a message with embedded links, literal brackets (and backslashes) are
 * escaped. Messages without links are left as written, for viewers that do not unescape.
 */
function escapeBrackets(text: string): string {
  return text.replace(/[\\[\]]/g, c => `\\${c}`)
}

function stripPeriod(text: string): string {
  return text.trim().replace(/\.$/, '')
}

/** SARIF messages are sentences: they end with a period (SARIF2001). */
function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

/** `data-reachable-from-edge` -> `DataReachableFromEdge`. */
export function toPascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(word => word[0]!.toUpperCase() + word.slice(1))
    .join('')
}

function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href
  return href.endsWith('/') ? href : `${href}/`
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

function indent(text: string): string {
  return text
    .replace(/\n+$/, '')
    .split('\n')
    .map(line => `    ${line}`)
    .join('\n')
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}
