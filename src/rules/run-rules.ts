/**
 * Runs the rules over a topology and turns what they report into complete, deterministic
 * findings: messages rendered from the rules' `messages`, defaults filled in, sorted by
 * position.
 */
import type { Logger } from '../core/logger.js'
import { compareSpans } from '../core/span.js'
import { FINDING_BOUNDS } from './helpers.js'
import {
  isPassRule,
  type CatalogueRule,
  type Finding,
  type FindingInput,
  type MessageData,
  type Rule,
  type RuleDescription
} from './types.js'
import type { Topology } from '../analyze/types.js'

/** A rule that threw: the scan goes on without its findings. */
export interface RuleFailure {
  ruleId: string
  error: unknown
  message: string
}

export interface RunRulesOptions {
  /** Told (as an error line) when a rule throws, and the progress (rules run of total). */
  logger?: Logger
  /** Called when a rule throws, e.g. to list it in SARIF `toolExecutionNotifications`. */
  onRuleError?: (failure: RuleFailure) => void
  /**
   * Each rule's options by rule id (`{ 'policy-violation': { policy } }`, built by
   * `src/config/`); a rule not named gets its `options.defaults`.
   */
  options?: Readonly<Record<string, unknown>>
}

/**
 * Runs every rule's `check` (a `PassRule` is reported by its pass, after this) and returns its findings sorted by file, line, column, rule id and
 * message. A rule that throws is a bug in tierguard, not in the user's files: its findings of
 * that run are dropped, the failure goes to `onRuleError` and the logger, and the other rules
 * still run, so one broken rule never hides the rest of the analysis.
 */
export function runRules(
  topology: Topology,
  rules: readonly CatalogueRule[],
  options: RunRulesOptions = {}
): Finding[] {
  const findings: Finding[] = []
  for (const [index, rule] of rules.entries()) {
    if (index > 0) options.logger?.progress?.(index, rules.length, 'rules run')
    if (isPassRule(rule)) continue
    const start = findings.length
    try {
      rule.check({
        topology,
        options: optionsOf(rule, options.options),
        report: input => {
          findings.push(completeFinding(topology, rule, input))
        }
      })
    } catch (error) {
      findings.length = start
      const message = `rule ${rule.id} failed and was skipped: ${describeError(error)}. This is a bug in tierguard; please report it`
      options.logger?.error(message)
      options.onRuleError?.({ ruleId: rule.id, error, message })
    }
  }
  options.logger?.progress?.(rules.length, rules.length, 'rules run')
  return sortFindings(findings)
}

/** The configured options of a rule, else its defaults. */
function optionsOf(rule: Rule, configured: RunRulesOptions['options']): unknown {
  return configured && Object.hasOwn(configured, rule.id)
    ? configured[rule.id]
    : rule.options?.defaults
}

/**
 * A rule's message `messageId` with each `{{name}}` replaced by `data.name`. An unknown id or a
 * placeholder without data is a bug in the rule: it throws (the runner then skips the rule).
 */
export function renderMessage(
  rule: RuleDescription,
  messageId: string,
  data: MessageData = {}
): string {
  const template = Object.hasOwn(rule.messages, messageId) ? rule.messages[messageId] : undefined
  if (template === undefined) throw new Error(`rule ${rule.id} has no message \`${messageId}\``)
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = Object.hasOwn(data, name) ? data[name] : undefined
    if (value === undefined) {
      throw new Error(`message ${rule.id}/${messageId} needs data \`${name}\``)
    }
    return String(value)
  })
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function completeFinding(topology: Topology, rule: Rule, input: FindingInput): Finding {
  const message = renderMessage(rule, input.messageId, input.data)
  const subject = input.subject
  const subjectId = 'id' in subject ? subject.id : undefined
  const project = 'id' in subject ? subject.project.name : subject.project
  // Bounded, so a finding's size does not grow with the stack (see `FINDING_BOUNDS`): the
  // subject and the first others; related locations past the bound are counted in the message.
  const services = unique([...(subjectId ? [subjectId] : []), ...(input.services ?? [])]).slice(
    0,
    FINDING_BOUNDS.services
  )
  const related = input.related ?? []
  const unlisted = related.length - FINDING_BOUNDS.relatedLocations
  const finding: Finding = {
    ruleId: rule.id,
    severity: input.severity ?? rule.severity,
    message:
      unlisted > 0
        ? `${message} (${unlisted.toLocaleString('en-US')} more related ${unlisted === 1 ? 'location is' : 'locations are'} not listed.)`
        : message,
    location: input.location,
    related: unlisted > 0 ? related.slice(0, FINDING_BOUNDS.relatedLocations) : related,
    project,
    services,
    networks: unique(input.networks ?? [])
  }
  if (input.path) finding.path = input.path
  const profiles = input.profiles ?? profilesOf(topology, services)
  if (profiles.length > 0) finding.profiles = profiles
  if (input.suppression) finding.suppression = input.suppression
  return finding
}

function profilesOf(topology: Topology, serviceIds: string[]): string[] {
  return unique(
    serviceIds.flatMap(id => topology.serviceById(id)?.service.profiles.map(p => p.value) ?? [])
  )
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Orders findings by file, line, column, rule id and message (then the span's end). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => {
    const x = a.location
    const y = b.location
    return (
      compareText(x.file, y.file) ||
      x.startLine - y.startLine ||
      x.startColumn - y.startColumn ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.message, b.message) ||
      compareSpans(x, y)
    )
  })
}
