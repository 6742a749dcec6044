/**
 * The job summary: verdict, counts by severity, the blocking findings with links to their
 * lines, what was not annotated, services by tier and network per project, and the topology
 * as a Mermaid diagram. Built as Markdown by a pure function, kept far under GitHub's 1 MiB.
 * Every string from the repository goes through the Markdown medium's one escaping function
 * (`escapeMarkdown` of ./markdown.ts); the diagram's through Mermaid's (`escapeLabel`).
 */
import { isBlocking, SEVERITIES, severityRank } from '../core/severity.js'
import { describeTierBriefly } from '../analyze/tiers.js'
import type { FailOn } from '../core/severity.js'
import { compareSpans } from '../core/span.js'
import type { ServiceNode } from '../analyze/types.js'
import type { Project } from '../model/types.js'
import type { Finding } from '../rules/types.js'
import type { ScanResult } from '../scan.js'
import { uniqueDiagnostics } from '../core/diagnostic.js'
import { renderFileAccounting } from './file-accounting.js'
import { escapeMarkdown, markdownCode } from './markdown.js'
import { pluralize } from './summary.js'

/** Annotation kinds of the workflow log, as the summary counts them. */
export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface SummaryInput {
  result: ScanResult
  failOn: FailOn
  /** Whether an unsuppressed finding fails the step; default: at or above `failOn`. */
  blocks?: (finding: Finding) => boolean
  /** For links to lines: `{serverUrl}/{owner}/{repo}/blob/{sha}/{file}#L{line}`. */
  serverUrl: string
  repository?: { owner: string; repo: string }
  sha?: string
  /** Findings not annotated because of GitHub's limits; undefined when annotations are off. */
  annotationsOmitted?: Record<AnnotationLevel, number>
  /** One line on what became of the upload. */
  uploadStatus: string
  /** Where the SARIF file was written, as shown to the user. */
  sarifFile: string
  /**
   * Markdown sections shown first, right under the title and verdict: the one place for what a
   * pull request changes. Their text is the caller's to escape, with `escapeMarkdown`.
   */
  top?: readonly string[]
  /** Mermaid source (no fences), or undefined when no diagram could be drawn. */
  mermaid?: string
  /** Budget in bytes (UTF-8); default 400,000, far under GitHub's 1 MiB per step. */
  maxBytes?: number
}

/** At most this many blocking findings are listed; the SARIF has them all. */
export const MAX_LISTED_FINDINGS = 50
/** At most this many service rows, across projects. */
export const MAX_SERVICE_ROWS = 300
const DEFAULT_MAX_BYTES = 400_000

/** Renders the job summary as Markdown. */
export function buildSummary(input: SummaryInput): string {
  const { result, failOn } = input
  const active = result.findings.filter(f => !f.suppression)
  const blocks = input.blocks ?? ((f: Finding) => isBlocking(f.severity, failOn))
  const blocking = active
    .filter(blocks)
    .sort(
      (a, b) =>
        severityRank(a.severity) - severityRank(b.severity) || compareSpans(a.location, b.location)
    )

  const sections: string[] = [
    renderVerdict(input, active, blocking),
    ...(input.top ?? []),
    renderCounts(active, failOn, result.findings.length - active.length),
    renderBlocking(input, blocking),
    renderSuppressed(input),
    renderOmitted(input),
    renderFailedFiles(input),
    renderFileAccounting(input.result.files).join('\n'),
    `**Upload:** ${escapeMarkdown(input.uploadStatus)}\n\nSARIF file: ${markdownCode(input.sarifFile)}`,
    renderServices(result),
    renderDiagram(input.mermaid)
  ].filter(s => s !== '')

  const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES
  const note =
    '> [!NOTE]\n> This summary was cut short to stay under GitHub’s job summary size limit. ' +
    'Every finding is in the SARIF file and the code-scanning alerts.'
  const budget = maxBytes - byteLength(note) - 4
  let markdown = ''
  for (const section of sections) {
    const next = markdown ? `${markdown}\n\n${section}` : section
    if (byteLength(next) > budget) return `${markdown}\n\n${note}\n`
    markdown = next
  }
  return `${markdown}\n`
}

function renderVerdict(input: SummaryInput, active: Finding[], blocking: Finding[]): string {
  const { result, failOn } = input
  const scope =
    `${pluralize(result.projects.length, 'project')} in ` +
    `${pluralize(result.files.filter(f => f.status === 'loaded').length, 'compose file')}`
  const all = `${pluralize(active.length, 'finding')} in all, ${scope}`
  let verdict: string
  if (failOn === 'none') {
    verdict = `ℹ️ **${pluralize(active.length, 'finding')}**; \`fail-on: none\`, so nothing blocks this check (${scope}).`
  } else if (blocking.length > 0) {
    verdict =
      `❌ **${pluralize(blocking.length, 'finding')} at or above \`${failOn}\` ` +
      `block${blocking.length === 1 ? 's' : ''} this check** (${all}).`
  } else {
    verdict = `✅ **No finding at or above \`${failOn}\`** (${all}).`
  }
  return `## tierguard: network isolation\n\n${verdict}`
}

function renderCounts(active: Finding[], failOn: FailOn, suppressed: number): string {
  const rows = SEVERITIES.map(severity => {
    const count = active.filter(f => f.severity === severity).length
    const blocks = isBlocking(severity, failOn) ? 'yes' : 'no'
    return `| ${severity} | ${count} | ${blocks} |`
  })
  const table = ['| Severity | Findings | Blocks |', '| --- | ---: | --- |', ...rows].join('\n')
  return suppressed > 0
    ? `${table}\n\n${pluralize(suppressed, 'suppressed finding')} not counted.`
    : table
}

function renderBlocking(input: SummaryInput, blocking: Finding[]): string {
  if (blocking.length === 0) return ''
  const listed = blocking.slice(0, MAX_LISTED_FINDINGS)
  const rows = listed.map(f => {
    const where = `${f.location.file}:${f.location.startLine}`
    const link = lineLink(input, f.location.file, f.location.startLine)
    const location = link ? `[${escapeMarkdown(where)}](${link})` : markdownCode(where)
    return `| ${f.severity} | \`${f.ruleId}\` | ${location} | ${escapeMarkdown(f.message)} |`
  })
  const more =
    blocking.length > listed.length
      ? `\n\n…and ${blocking.length - listed.length} more blocking findings: see the SARIF file or the code-scanning alerts.`
      : ''
  return (
    `### Blocking findings\n\n| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n` +
    `${rows.join('\n')}${more}`
  )
}

function renderSuppressed(input: SummaryInput): string {
  const suppressed = input.result.findings.filter(f => f.suppression)
  if (suppressed.length === 0) return ''
  const listed = suppressed.slice(0, MAX_LISTED_FINDINGS)
  const rows = listed.map(f => {
    const where = `${f.location.file}:${f.location.startLine}`
    const link = lineLink(input, f.location.file, f.location.startLine)
    const location = link ? `[${escapeMarkdown(where)}](${link})` : markdownCode(where)
    const suppression = f.suppression
    const by = suppression?.span
      ? `${suppression.kind === 'external' ? 'configuration' : 'in source'}, ${suppression.span.file}:${suppression.span.startLine}`
      : suppression?.kind === 'external'
        ? 'configuration'
        : 'in source'
    return (
      `| ${f.severity} | \`${f.ruleId}\` | ${location} | ${escapeMarkdown(suppression?.justification ?? '')} | ` +
      `${escapeMarkdown(by)} |`
    )
  })
  const more =
    suppressed.length > listed.length
      ? `\n\n…and ${suppressed.length - listed.length} more suppressed findings: see the SARIF file.`
      : ''
  return (
    `### Suppressed findings\n\nNot counted and not blocking; they stay in the SARIF with their justification.\n\n` +
    `| Severity | Rule | Location | Justification | Suppressed by |\n| --- | --- | --- | --- | --- |\n` +
    `${rows.join('\n')}${more}`
  )
}

function renderOmitted(input: SummaryInput): string {
  const omitted = input.annotationsOmitted
  if (!omitted) return ''
  const total = omitted.error + omitted.warning + omitted.notice
  if (total === 0) return ''
  const parts = (['error', 'warning', 'notice'] as const)
    .filter(level => omitted[level] > 0)
    .map(level => pluralize(omitted[level], level))
  const alerts = input.repository
    ? `[code-scanning alerts](${input.serverUrl}/${input.repository.owner}/${input.repository.repo}/security/code-scanning)`
    : 'code-scanning alerts'
  return (
    `**${total} more not annotated** (${parts.join(', ')}): GitHub shows at most 10 annotations ` +
    `of each kind per step, so the most severe were annotated. See every finding in the ${alerts} ` +
    `or the SARIF file ${markdownCode(input.sarifFile)}.`
  )
}

function renderFailedFiles(input: SummaryInput): string {
  const errors = uniqueDiagnostics(input.result.diagnostics.filter(d => d.severity === 'error'))
  if (errors.length === 0) return ''
  const listed = errors.slice(0, 20).map(d => {
    const where = `${d.span.file}:${d.span.startLine}`
    const link = lineLink(input, d.span.file, d.span.startLine)
    return `- ${link ? `[${escapeMarkdown(where)}](${link})` : markdownCode(where)} (${d.code}): ${escapeMarkdown(d.message)}`
  })
  const more = errors.length > listed.length ? `\n- …and ${errors.length - listed.length} more` : ''
  return `### Files with errors\n\n${listed.join('\n')}${more}`
}

function renderServices(result: ScanResult): string {
  if (result.topology.services.length === 0) return ''
  // By project object, not name: two folders may hold projects of the same name.
  const byProject = new Map<Project, ServiceNode[]>()
  for (const node of result.topology.services) {
    const list = byProject.get(node.project) ?? []
    list.push(node)
    byProject.set(node.project, list)
  }
  const parts: string[] = ['### Services by tier and network']
  let rows = 0
  const projects = [...byProject].sort(
    ([a], [b]) => compareText(a.name, b.name) || compareText(a.directory, b.directory)
  )
  for (const [project, nodes] of projects) {
    if (rows >= MAX_SERVICE_ROWS) {
      parts.push(`…and more projects: see the SARIF file.`)
      break
    }
    const sorted = [...nodes].sort(
      (a, b) =>
        tierOrder(a) - tierOrder(b) ||
        (a.service.name < b.service.name ? -1 : a.service.name > b.service.name ? 1 : 0)
    )
    const shown = sorted.slice(0, MAX_SERVICE_ROWS - rows)
    rows += shown.length
    const lines = shown.map(
      node =>
        `| ${markdownCode(node.service.name)} | ${escapeMarkdown(describeTierBriefly(node.tier))} | ${describeNetworking(node)} | ` +
        `${node.service.ports.map(p => markdownCode(p.text)).join(', ') || '—'} |`
    )
    const more =
      sorted.length > shown.length ? `\n\n…and ${sorted.length - shown.length} more services.` : ''
    parts.push(
      `#### Project ${markdownCode(project.name)} (${markdownCode(project.directory)})\n\n| Service | Tier | Networks | Ports |\n| --- | --- | --- | --- |\n` +
        `${lines.join('\n')}${more}`
    )
  }
  return parts.join('\n\n')
}

function renderDiagram(mermaid: string | undefined): string {
  if (!mermaid) return ''
  return `### Topology\n\n\`\`\`mermaid\n${mermaid.replace(/\n+$/, '')}\n\`\`\``
}

function describeNetworking(node: ServiceNode): string {
  const networks = [...new Set(node.memberships.map(m => m.network.id))].sort().map(markdownCode)
  switch (node.mode) {
    case 'host':
      return 'host network'
    case 'none':
      return 'no network'
    case 'bridge':
      return 'legacy default bridge'
    case 'namespace':
      return `namespace of ${markdownCode(node.namespaceOwner?.service.name ?? '?')}${networks.length ? `: ${networks.join(', ')}` : ''}`
    default:
      return networks.join(', ') || '—'
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function tierOrder(node: ServiceNode): number {
  return ['edge', 'app', 'data'].indexOf(node.tier.tier)
}

function lineLink(input: SummaryInput, file: string, line: number): string | undefined {
  if (!input.repository || !input.sha) return undefined
  const encoded = file.split('/').map(encodeURIComponent).join('/')
  return `${input.serverUrl}/${input.repository.owner}/${input.repository.repo}/blob/${input.sha}/${encoded}#L${line}`
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
