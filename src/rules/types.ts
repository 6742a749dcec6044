/**
 * What a rule is and what it produces. A rule's metadata sits beside its logic in
 * `src/rules/<id>.ts`; SARIF rules, docs and help are generated from it.
 *
 * The contract (as ESLint's `meta.messages` / `messageId` and `meta.schema` / `context.options`):
 * - `messages`: every text the rule can report, by id, with `{{name}}` placeholders. A rule
 *   never builds a finding's message itself: it reports `messageId` and `data`, and the runner
 *   (`run-rules.ts`) renders the message. Fixtures pin the id: `# expect: <rule>/<id> (<severity>)`.
 * - `options`: what the rule can be told, with `defaults`. The runner gives `context.options`
 *   from `runRules(..., { options: { [rule id]: value } })`; `src/config/` builds that map from
 *   `.tierguard.yml` (`policy` for `policy-violation`). A rule imports nothing from `src/config/`.
 * - `check({ topology, options, report })` asks the topology (never the YAML) and reports.
 * - A rule whose findings come from a pass after the rules, not from the topology
 *   (`invalid-compose-file` from the loader's errors, `invalid-suppression` from the
 *   suppressions), is a `PassRule`: metadata and messages, no `check`, its pass named in `reportedBy`.
 * A new rule: `export default defineRule({ id, ..., messages: { short: '...' }, check })` in
 * `src/rules/<id>.ts`, listed in `registry.ts`, with fixtures pinning each message id.
 */
import type { Severity } from '../core/severity.js'
import type { SourceSpan } from '../core/span.js'
import type { ServiceNode, Topology } from '../analyze/types.js'

export interface RuleHelp {
  /** What the rule flags, one paragraph. */
  what: string
  /** Why it matters: the attack or failure it enables. */
  why: string
  /** How to fix it. */
  fix: string
  /** A compose excerpt that triggers the rule. */
  bad: string
  /** The same excerpt fixed. */
  good: string
}

export interface RuleMeta {
  /** Stable kebab-case id: `data-reachable-from-edge`. Used in SARIF, suppressions, config. */
  id: string
  /** Short description, a sentence fragment: "Data store reachable from the edge". */
  name: string
  /** Full description, one or two sentences. */
  description: string
  /** Default severity; a finding may carry another (host mode of a database is critical). */
  severity: Severity
  /** Security rules get a numeric `security-severity` in SARIF; correctness rules do not. */
  kind: 'security' | 'correctness'
  /** SARIF precision of the rule. */
  precision: 'very-high' | 'high' | 'medium' | 'low'
  /** Extra tags beside `security`/`correctness` (`network`, `docker`, `swarm`, ...). */
  tags: string[]
  help: RuleHelp
}

export interface RelatedLocation {
  span: SourceSpan
  message: string
}

/** One step of a reachability path, rendered as a SARIF thread-flow location. */
export interface PathStep {
  span: SourceSpan
  message: string
  /** The id of the service at this step (`Topology.serviceById`). */
  service?: string
  /** The id of the network the path crosses at this step. */
  network?: string
}

/** A judgement on the topology: what a rule reports. Plain data. */
export interface Finding {
  ruleId: string
  severity: Severity
  /** States the fact, the consequence and the fix; quotes names. */
  message: string
  /** The line the reviewer must change. */
  location: SourceSpan
  related: RelatedLocation[]
  /** For reachability findings: the path, hop by hop, starting at the source. */
  path?: PathStep[]
  /** The project the finding belongs to. */
  project: string
  /** Services involved (`<project>/<service>` ids), most relevant first. */
  services: string[]
  /** Networks involved, by network id (the real name; `<real name> (<project key>)` for alternatives). */
  networks: string[]
  /** Profiles of the services involved, when behind a profile. */
  profiles?: string[]
  /**
   * What tells this finding apart from others of the same rule on the same services and
   * networks (a port's text, a mount's target). Part of the SARIF fingerprint, so it must not
   * contain line numbers or columns.
   */
  fingerprintKey?: string
  /** Set when suppressed by configuration or an inline comment. */
  suppression?: { kind: 'inSource' | 'external'; justification: string; span?: SourceSpan }
}

/** The values of a message's `{{name}}` placeholders. */
export type MessageData = Readonly<Record<string, string | number>>

/** A rule's messages by id: `{ loopback: '{{service}} publishes {{port}} on the loopback ...' }`. */
export type RuleMessages<MessageId extends string = string> = Readonly<Record<MessageId, string>>

/**
 * What a rule's check reports: a message id and its data, where and about whom. The runner
 * renders the message and fills in `ruleId`, the default severity, `project` and `services`.
 */
export type FindingInput<MessageId extends string = string> = Omit<
  Finding,
  'ruleId' | 'severity' | 'message' | 'related' | 'project' | 'services' | 'networks'
> & {
  /** One of the rule's `messages`. */
  messageId: MessageId
  /** Every placeholder of the message, by name. */
  data?: MessageData
  severity?: Severity
  related?: RelatedLocation[]
  /** The service the finding is about; sets `project` and leads `services`. */
  subject: ServiceNode | { project: string }
  services?: string[]
  networks?: string[]
}

export interface RuleContext<MessageId extends string = string, Options = unknown> {
  topology: Topology
  /** The rule's options: what the configuration gives, else the rule's `options.defaults`. */
  options: Options
  report(finding: FindingInput<MessageId>): void
}

/** What a rule can be told, and what it does when told nothing. */
export interface RuleOptions<Options> {
  /** The value used when the configuration sets none. */
  defaults: Options
  /** Where the value comes from, for the rule's doc page: "`policy` in `.tierguard.yml`". */
  source: string
}

/** A rule's catalogue entry: metadata and the messages it reports. */
export interface RuleDescription<MessageId extends string = string> extends RuleMeta {
  messages: RuleMessages<MessageId>
}

/** A rule that asks the topology. */
export interface Rule<
  MessageId extends string = string,
  Options = unknown
> extends RuleDescription<MessageId> {
  options?: RuleOptions<Options>
  check(context: RuleContext<MessageId, Options>): void
}

/**
 * A rule whose findings a pass after the rules reports, from something other than the
 * topology: it is in the catalogue (SARIF, docs, `tierguard rules`), but has no `check`.
 */
export interface PassRule<MessageId extends string = string> extends RuleDescription<MessageId> {
  /** The pass that reports its findings, for readers: "`findInvalidComposeFiles`". */
  reportedBy: string
}

/** An entry of the catalogue (`RULES`): a rule the runner checks, or one a pass reports. */
export type CatalogueRule = Rule | PassRule

/** Declares a rule; the identity function, so `messageId` is checked against `messages`. */
export function defineRule<MessageId extends string, Options = undefined>(
  rule: Rule<MessageId, Options>
): Rule<MessageId, Options> {
  return rule
}

/** Declares a rule that a pass after the rules reports (no `check`). */
export function definePassRule<MessageId extends string>(
  rule: PassRule<MessageId>
): PassRule<MessageId> {
  return rule
}

/** Whether the runner checks the rule (it has a `check`), or a pass reports it. */
export function isPassRule(rule: CatalogueRule): rule is PassRule {
  return 'reportedBy' in rule
}
