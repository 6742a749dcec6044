/**
 * The Markdown report for a job summary or a PR comment: a verdict, counts by severity, the
 * findings and, per project, its services with tier, networks and published ports. Kept under
 * `maxBytes` (GitHub's job summary takes 1 MiB) by leaving out table rows, with a note.
 */
import { SEVERITIES, isBlocking, type FailOn } from '../core/severity.js'
import { describeTierBriefly } from '../analyze/tiers.js'
import type { Project } from '../model/types.js'
import type { ScanResult } from '../scan.js'
import {
  DEFAULT_FAIL_ON,
  compareFindingsBySeverity,
  pluralize,
  summarizeResult
} from './summary.js'

export interface MarkdownOptions {
  failOn?: FailOn
  /** Upper bound on the UTF-8 size of the output. Default 900 KiB. */
  maxBytes?: number
}

export const DEFAULT_MARKDOWN_MAX_BYTES = 900 * 1024

/** Formats a scan as GitHub-flavoured Markdown. */
export function formatMarkdown(result: ScanResult, options: MarkdownOptions = {}): string {
  const failOn = options.failOn ?? DEFAULT_FAIL_ON
  const maxBytes = options.maxBytes ?? DEFAULT_MARKDOWN_MAX_BYTES
  const summary = summarizeResult(result, failOn)

  const head: string[] = [
    '## tierguard',
    '',
    verdict(summary.blocking, summary.findings, failOn),
    ''
  ]
  const context: string[] = [
    `${pluralize(summary.filesScanned, 'file')} scanned, ${pluralize(result.projects.length, 'project')}` +
      (summary.suppressed ? `, ${summary.suppressed.toLocaleString('en-US')} suppressed` : '') +
      (summary.filesFailed ? `, ${pluralize(summary.filesFailed, 'file')} failed to parse` : '') +
      '.',
    ''
  ]
  const counts = [
    '| Severity | Findings |',
    '| --- | ---: |',
    ...SEVERITIES.map(s => `| ${s} | ${summary.bySeverity[s]} |`),
    ''
  ]

  const findings = result.findings.filter(f => !f.suppression).sort(compareFindingsBySeverity)
  const findingRows = findings.map(
    f =>
      `| ${isBlocking(f.severity, failOn) ? `**${f.severity}**` : f.severity} | \`${f.ruleId}\` | ` +
      `\`${cell(`${f.location.file}:${f.location.startLine}`)}\` | ${textCell(f.message)} |`
  )
  const failed = result.diagnostics.filter(d => d.severity === 'error')
  const diagnosticRows = failed.map(
    d =>
      `| \`${d.code}\` | \`${cell(`${d.span.file}:${d.span.startLine}`)}\` | ${textCell(d.message)} |`
  )

  // Sections in order; each table's rows may be cut, the rest is always kept.
  const sections: { title: string[]; rows: string[]; what: string }[] = []
  if (findingRows.length > 0) {
    sections.push({
      title: [
        '### Findings',
        '',
        '| Severity | Rule | Location | Message |',
        '| --- | --- | --- | --- |'
      ],
      rows: findingRows,
      what: 'finding'
    })
  }
  if (diagnosticRows.length > 0) {
    sections.push({
      title: ['### Input errors', '', '| Code | Location | Message |', '| --- | --- | --- |'],
      rows: diagnosticRows,
      what: 'error'
    })
  }
  for (const project of result.projects) {
    sections.push({
      title: [
        `### Project \`${cell(project.name)}\``,
        '',
        '| Service | Tier | Networks | Published ports |',
        '| --- | --- | --- | --- |'
      ],
      rows: serviceRows(result, project),
      what: 'service'
    })
  }

  const out = [...head, ...context, ...counts]
  let used = bytes(out.join('\n'))
  // Room for the closing note of a cut table and the final newline.
  const reserve = 200
  let cut = false
  for (const section of sections) {
    const title = section.title.join('\n') + '\n'
    if (cut || used + bytes(title) + reserve > maxBytes) {
      cut = true
      continue
    }
    out.push(...section.title)
    used += bytes(title)
    let shown = 0
    for (const row of section.rows) {
      const size = bytes(row) + 1
      if (used + size + reserve > maxBytes) break
      out.push(row)
      used += size
      shown++
    }
    if (shown < section.rows.length) {
      cut = true
      const left = section.rows.length - shown
      const note = `\n_${pluralize(left, `more ${section.what}`)} not shown: the report is limited to ${Math.floor(maxBytes / 1024)} KiB. The SARIF and JSON reports have everything._`
      out.push(note)
      used += bytes(note) + 1
    }
    out.push('')
    used += 1
  }
  if (cut && !out.some(line => line.includes('not shown: the report is limited'))) {
    out.push(
      `_Some sections are not shown: the report is limited to ${Math.floor(maxBytes / 1024)} KiB._`,
      ''
    )
  }
  return `${out.join('\n').trimEnd()}\n`
}

function verdict(blocking: number, findings: number, failOn: FailOn): string {
  if (blocking > 0) {
    return `:x: **${pluralize(blocking, 'blocking finding')}** at fail-on \`${failOn}\` (${pluralize(findings, 'finding')} in all).`
  }
  if (findings > 0) {
    const threshold = failOn === 'none' ? 'fail-on `none`' : `nothing at or above \`${failOn}\``
    return `:warning: ${pluralize(findings, 'finding')}, ${threshold}.`
  }
  return ':white_check_mark: No findings.'
}

function serviceRows(result: ScanResult, project: Project): string[] {
  const realName = new Map(project.networks.map(n => [n.key, n.realName]))
  return project.services.map(service => {
    const node = result.topology.nodeOf(project, service)
    const tier = node ? cell(describeTierBriefly(node.tier)) : 'app'
    const networks = service.networkMode
      ? `\`network_mode: ${cell(networkModeText(service.networkMode))}\``
      : service.networks.map(n => `\`${cell(realName.get(n.network) ?? n.network)}\``).join(', ')
    const ports = service.ports.map(p => `\`${cell(p.text)}\``).join(', ')
    return `| \`${cell(service.name)}\` | ${tier} | ${networks || '–'} | ${ports || '–'} |`
  })
}

function networkModeText(mode: NonNullable<Project['services'][number]['networkMode']>): string {
  if (mode.kind === 'service' || mode.kind === 'container') return `${mode.kind}:${mode.target}`
  if (mode.kind === 'other') return mode.value
  return mode.kind
}

/** Text safe inside a table cell (and inside a code span): no pipes breaking the row, one line. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')
}

/** A prose cell: also no raw HTML. */
export function textCell(text: string): string {
  return cell(text).replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
