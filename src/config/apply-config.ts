/**
 * The one place findings are adjusted after the rules ran: `policy.allow` silences excess
 * reachability, rule settings and per-path overrides change severities or turn rules off, and
 * suppressions (inline comments, `x-tierguard` ignores on services and networks, the
 * configuration's `ignore`) mark findings suppressed with their justification. Problems with
 * suppressions (no reason, unknown rule, suppressing nothing) become `invalid-suppression`
 * findings: this is the pass that reports that rule (a `PassRule`, with no `check`), in the
 * rule's own messages. Pure: reads only what it is given.
 */
import type { SourceSpan } from '../core/span.js'
import { sortFindings } from '../rules/run-rules.js'
import type { Topology } from '../analyze/types.js'
import type { ParsedFile } from '../yaml/parse-yaml.js'
import { getValue, type YNode } from '../yaml/yaml-tree.js'
import invalidSuppression from '../rules/invalid-suppression.js'
import { matchesServicePattern } from '../rules/helpers.js'
import { findAllowingEntry } from '../rules/policy-violation.js'
import { renderMessage } from '../rules/run-rules.js'
import type { Finding, MessageData } from '../rules/types.js'
import { compileFileGlobs } from './globs.js'
import { findInlineIgnores } from './inline-ignores.js'
import { findClosest } from './suggest.js'
import { emptyConfig, type RuleSetting, type TierguardConfig } from './types.js'

/** The rule whose findings report problems with suppressions. */
export const INVALID_SUPPRESSION = invalidSuppression.id

export interface ApplyConfigInput {
  /** What the rules reported, one per line and rule. */
  findings: Finding[]
  topology: Topology
  /** The configuration; undefined when there is none (inline suppressions still apply). */
  config?: TierguardConfig
  /** Every file loaded into a project, where inline ignores are looked for. */
  files: readonly string[]
  /** The parsed file (comments and tree) of a loaded file. */
  parsedFile(file: string): ParsedFile | undefined
  /**
   * The parsed file where only its comments are read (inline suppressions), its tree possibly
   * left out: the scan's cache gives it without parsing the file again. Default: `parsedFile`.
   */
  parsedFileWithoutTree?(file: string): ParsedFile | undefined
  /** Every rule id, for "unknown rule" checks on ignores. */
  ruleIds: readonly string[]
}

/** A suppression, one rule each, from wherever it was written. */
interface Directive {
  kind: 'inSource' | 'external'
  rule: string
  reason?: string
  /** Where it is reported when it suppresses nothing. */
  span: SourceSpan
  project: string
  /** How messages name it: "`# tierguard-ignore flat-network`". */
  label: string
  /** What it would have suppressed, for the "suppresses nothing" message. */
  scope: string
  matches(finding: Finding): boolean
  used: boolean
}

/** Applies the configuration and every suppression; returns the findings, sorted. */
export function applyConfig(input: ApplyConfigInput): Finding[] {
  const config = input.config ?? emptyConfig()
  const settingFor = createSettingLookup(config)
  const problems: Finding[] = []
  const report: Report = (span, project, messageId, data) => {
    const message = renderMessage(invalidSuppression, messageId, data)
    problems.push({
      ruleId: INVALID_SUPPRESSION,
      severity: invalidSuppression.severity,
      message,
      location: span,
      related: [],
      project,
      services: [],
      networks: [],
      fingerprintKey: message
    })
  }

  const kept: Finding[] = []
  for (const finding of input.findings) {
    if (isAllowedExcess(finding, input.topology, config)) continue
    const setting = settingFor(finding.ruleId, finding.location.file)
    if (setting === 'off') continue
    kept.push(setting && setting !== finding.severity ? { ...finding, severity: setting } : finding)
  }

  const directives = [
    ...collectInlineDirectives(input, report),
    ...collectServiceDirectives(input, report),
    ...collectNetworkDirectives(input, report),
    ...collectConfigDirectives(config, input.topology)
  ]
  const suppressed = kept.map(finding => {
    const matching = directives.filter(d => d.rule === finding.ruleId && d.matches(finding))
    for (const d of matching) d.used = true
    const first = matching[0]
    if (!first) return finding
    return {
      ...finding,
      suppression: {
        kind: first.kind,
        justification: first.reason ?? '(no reason given)',
        span: first.span
      }
    }
  })

  for (const d of directives) {
    if (d.used || settingFor(d.rule, d.span.file) === 'off') continue
    if (d.kind === 'external' && d.span.file.startsWith('../')) continue
    report(d.span, d.project, 'unused', { suppression: d.label, rule: d.rule, scope: d.scope })
  }

  const adjusted: Finding[] = []
  for (const problem of problems) {
    const setting = settingFor(INVALID_SUPPRESSION, problem.location.file)
    if (setting === 'off') continue
    adjusted.push(setting ? { ...problem, severity: setting } : problem)
  }
  return sortFindings([...suppressed, ...adjusted])
}

/**
 * The setting of a rule for findings in a file: `rules`, then each matching `overrides` entry
 * in order (later entries win); undefined keeps the rule's own severity.
 */
export function createSettingLookup(
  config: TierguardConfig
): (rule: string, file: string) => RuleSetting | undefined {
  const base = new Map(config.rules.map(r => [r.rule, r.setting]))
  const overrides = config.overrides.map(o => ({
    matches: compileFileGlobs(o.files),
    rules: new Map(o.rules.map(r => [r.rule, r.setting]))
  }))
  return (rule, file) => {
    let setting = base.get(rule)
    for (const o of overrides) {
      const value = o.rules.get(rule)
      if (value !== undefined && o.matches(file)) setting = value
    }
    return setting
  }
}

function isAllowedExcess(finding: Finding, topology: Topology, config: TierguardConfig): boolean {
  if (finding.ruleId !== 'excess-reachability' || config.policy.allow.length === 0) return false
  const [fromId, toId] = finding.services
  const from = fromId ? topology.serviceById(fromId) : undefined
  const to = toId ? topology.serviceById(toId) : undefined
  return (
    from !== undefined &&
    to !== undefined &&
    findAllowingEntry(config.policy, from, to) !== undefined
  )
}

/** Reports an `invalid-suppression` finding: one of the rule's messages, with its data. */
type Report = (
  span: SourceSpan,
  project: string,
  messageId: keyof typeof invalidSuppression.messages,
  data?: MessageData
) => void

function checkRule(
  rule: string,
  input: ApplyConfigInput,
  span: SourceSpan,
  project: string,
  label: string,
  report: Report
): boolean {
  if (input.ruleIds.includes(rule)) return true
  const closest = findClosest(rule, input.ruleIds)
  report(span, project, closest ? 'unknownRule' : 'unknownRuleNoneClose', {
    suppression: label,
    rule,
    closest: closest ?? ''
  })
  return false
}

function collectInlineDirectives(input: ApplyConfigInput, report: Report): Directive[] {
  const out: Directive[] = []
  const seen = new Set<string>()
  // The first project that loads each file, looked up once: a scan may hold thousands.
  const projectOfFile = new Map<string, string>()
  for (const p of input.topology.projects) {
    for (const f of p.files) if (!projectOfFile.has(f)) projectOfFile.set(f, p.name)
  }
  for (const file of input.files) {
    if (seen.has(file)) continue
    seen.add(file)
    const parsed = (input.parsedFileWithoutTree ?? input.parsedFile)(file)
    if (!parsed) continue
    const project = projectOfFile.get(file) ?? ''
    for (const ignore of findInlineIgnores(parsed)) {
      const written = `\`# tierguard-ignore ${ignore.rules.join(', ')}\``
      if (ignore.rules.length === 0) {
        report(ignore.span, project, 'noRule')
        continue
      }
      if (!ignore.reason) {
        report(ignore.span, project, 'commentWithoutReason', { rules: ignore.rules.join(', ') })
      }
      for (const rule of ignore.rules) {
        if (!checkRule(rule, input, ignore.span, project, written, report)) continue
        const lines = [ignore.line, ignore.line + 1]
        out.push({
          kind: 'inSource',
          rule,
          ...(ignore.reason ? { reason: ignore.reason } : {}),
          span: ignore.span,
          project,
          label: `\`# tierguard-ignore ${rule}\``,
          scope: 'is on this line or the next',
          matches: f => f.location.file === ignore.file && lines.includes(f.location.startLine),
          used: false
        })
      }
    }
  }
  return out
}

function collectServiceDirectives(input: ApplyConfigInput, report: Report): Directive[] {
  const out: Directive[] = []
  // By where it is written: the same entry loaded in several plans (a base file and its
  // variants) is one directive, judged once; undefined when it names no rule.
  const byPlace = new Map<string, Directive | undefined>()
  for (const node of input.topology.services) {
    for (const entry of node.service.extension?.ignore ?? []) {
      const rule = entry.rule.value
      const span = entry.rule.span
      const place = `${span.file}:${span.startLine}:${span.startColumn}:${rule}`
      const serviceName = node.service.name
      if (byPlace.has(place)) {
        const known = byPlace.get(place)
        if (known) {
          const previous = known.matches
          known.matches = f => previous(f) || f.services[0] === node.id
        }
        continue
      }
      byPlace.set(place, undefined)
      const label = `The \`x-tierguard\` ignore of \`${rule}\` on service \`${serviceName}\``
      if (!checkRule(rule, input, span, node.project.name, label, report)) continue
      if (!entry.reason) {
        report(span, node.project.name, 'serviceIgnoreWithoutReason', {
          rule,
          service: serviceName
        })
      }
      const directive: Directive = {
        kind: 'inSource',
        rule,
        ...(entry.reason ? { reason: entry.reason.value } : {}),
        span,
        project: node.project.name,
        label,
        scope: `is about \`${serviceName}\``,
        matches: f => f.services[0] === node.id,
        used: false
      }
      byPlace.set(place, directive)
      out.push(directive)
    }
  }
  return out
}

/** `x-tierguard: {ignore}` on a network: findings that involve the network. */
function collectNetworkDirectives(input: ApplyConfigInput, report: Report): Directive[] {
  const out: Directive[] = []
  const byPlace = new Map<string, Directive | undefined>()
  for (const node of input.topology.networks) {
    for (const { project, network } of node.declarations) {
      const extension = network.extension
      if (!extension) continue
      const parsed = input.parsedFile(extension.span.file)
      const tree = getValue(
        getValue(getValue(getValue(parsed?.root, 'networks'), network.key), 'x-tierguard'),
        'ignore'
      )
      for (const entry of readIgnoreEntries(tree)) {
        const place = `${entry.span.file}:${entry.span.startLine}:${entry.span.startColumn}:${entry.rule}`
        const names = new Set([node.id, network.realName])
        if (byPlace.has(place)) {
          const known = byPlace.get(place)
          if (known) {
            const previous = known.matches
            known.matches = f => previous(f) || f.networks.some(n => names.has(n))
          }
          continue
        }
        byPlace.set(place, undefined)
        const label = `The \`x-tierguard\` ignore of \`${entry.rule}\` on network \`${network.key}\``
        if (!checkRule(entry.rule, input, entry.span, project.name, label, report)) continue
        if (!entry.reason) {
          report(entry.span, project.name, 'networkIgnoreWithoutReason', {
            rule: entry.rule,
            network: network.key
          })
        }
        const directive: Directive = {
          kind: 'inSource',
          rule: entry.rule,
          ...(entry.reason ? { reason: entry.reason } : {}),
          span: entry.span,
          project: project.name,
          label,
          scope: `involves network \`${network.key}\``,
          matches: f => f.networks.some(n => names.has(n)),
          used: false
        }
        byPlace.set(place, directive)
        out.push(directive)
      }
    }
  }
  return out
}

/** `ignore: [rule | {rule, reason}]` or `ignore: {rule: reason}`, with spans. */
function readIgnoreEntries(
  node: YNode | undefined
): { rule: string; reason?: string; span: SourceSpan }[] {
  const out: { rule: string; reason?: string; span: SourceSpan }[] = []
  const text = (n: YNode | undefined) =>
    n?.kind === 'scalar' && n.value !== null && String(n.value).trim() !== ''
      ? String(n.value).trim()
      : undefined
  if (node?.kind === 'map') {
    for (const [rule, pair] of node.entries) {
      const reason = text(pair.value)
      out.push(reason ? { rule, reason, span: pair.key.span } : { rule, span: pair.key.span })
    }
  } else if (node?.kind === 'seq') {
    for (const item of node.items) {
      const ruleNode = item.kind === 'map' ? getValue(item, 'rule') : item
      const rule = text(ruleNode)
      if (!rule || !ruleNode) continue
      const reason = item.kind === 'map' ? text(getValue(item, 'reason')) : undefined
      out.push(reason ? { rule, reason, span: ruleNode.span } : { rule, span: ruleNode.span })
    }
  }
  return out
}

function collectConfigDirectives(config: TierguardConfig, topology: Topology): Directive[] {
  return config.ignore.map((entry, index) => {
    const inFiles = entry.files.length > 0 ? compileFileGlobs(entry.files) : () => true
    const scope = [
      entry.files.length > 0 ? `in ${entry.files.map(f => `\`${f}\``).join(', ')}` : '',
      entry.services.length > 0 ? `about ${entry.services.map(s => `\`${s}\``).join(', ')}` : ''
    ]
      .filter(s => s !== '')
      .join(' ')
    return {
      kind: 'external' as const,
      rule: entry.rule,
      reason: entry.reason,
      span: entry.ruleSpan,
      project: '',
      label: `\`ignore[${index}]\` of the configuration`,
      scope: scope ? `is ${scope}` : 'was reported',
      matches: (f: Finding) => {
        if (!inFiles(f.location.file)) return false
        if (entry.services.length === 0) return true
        const subject = f.services[0] ? topology.serviceById(f.services[0]) : undefined
        if (!subject) return false
        return entry.services.some(p =>
          matchesServicePattern(p, subject.project.name, subject.service.name)
        )
      },
      used: false
    }
  })
}
