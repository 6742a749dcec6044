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
import { visibleEscape } from './visible-escape.js'

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
      `${markdownCode(`${f.location.file}:${f.location.startLine}`)} | ${escapeMarkdown(f.message)} |`
  )
  const failed = result.diagnostics.filter(d => d.severity === 'error')
  const diagnosticRows = failed.map(
    d =>
      `| \`${d.code}\` | ${markdownCode(`${d.span.file}:${d.span.startLine}`)} | ${escapeMarkdown(d.message)} |`
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
        `### Project ${markdownCode(project.name)}`,
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
    const tier = node ? escapeMarkdown(describeTierBriefly(node.tier)) : 'app'
    const networks = service.networkMode
      ? markdownCode(`network_mode: ${networkModeText(service.networkMode)}`)
      : service.networks.map(n => markdownCode(realName.get(n.network) ?? n.network)).join(', ')
    const ports = service.ports.map(p => markdownCode(p.text)).join(', ')
    return `| ${markdownCode(service.name)} | ${tier} | ${networks || '–'} | ${ports || '–'} |`
  })
}

function networkModeText(mode: NonNullable<Project['services'][number]['networkMode']>): string {
  if (mode.kind === 'service' || mode.kind === 'container') return `${mode.kind}:${mode.target}`
  if (mode.kind === 'other') return mode.value
  return mode.kind
}

/**
 * Characters that mean something to GitHub-flavoured Markdown or HTML (emphasis, code spans,
 * links and images, tables, headings, HTML tags and entities, autolinks, `@` mentions, emoji
 * shortcodes, math), written as numeric character references, which every renderer shows as
 * the character itself.
 */
const MARKDOWN_SPECIAL = /[&<>"'`|\\*_[\](){}!#~$:@]/g
/** Line terminators (a lone `\r` ends a line too). */
const MARKDOWN_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g
/** Other control characters: C0, DEL, C1, and the bidi controls (Trojan Source). */
const MARKDOWN_CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * The Markdown medium's one escaping function: `text` from the repository (a name, a path, a
 * message quoting them) as inert text in GitHub Markdown, in prose or in a table cell. It stays
 * on one line (no heading, list or fence can start), and no character can open markup: a
 * backtick, `<img>`, `![..](..)` or `|` shows as itself; control and bidi characters show as
 * visible escapes (`\u202e`). Not for use inside a code span, where
 * references are not decoded; `markdownCode` is the monospace form.
 */
export function escapeMarkdown(text: string): string {
  // Controls become visible escapes (`\x9b`, `\u202e`) after the specials, so their backslash
  // stays a character: Markdown escapes only punctuation, and `\x`, `\u` show as written.
  return text
    .replace(MARKDOWN_BREAKS, ' ')
    .replace(MARKDOWN_SPECIAL, c => `&#${c.charCodeAt(0)};`)
    .replace(MARKDOWN_CONTROL, visibleEscape)
}

/** `text` escaped as `escapeMarkdown` does, in monospace (`<code>`, which no text can close). */
export function markdownCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
