/**
 * What a rule is and what it produces. A rule's metadata sits beside its logic in
 * `src/rules/<id>.ts`; SARIF rules, docs and help are generated from it.
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

/** What a rule's check reports; the runner fills in `ruleId` and the default severity. */
export type FindingInput = Omit<
  Finding,
  'ruleId' | 'severity' | 'related' | 'project' | 'services' | 'networks'
> & {
  severity?: Severity
  related?: RelatedLocation[]
  /** The service the finding is about; sets `project` and leads `services`. */
  subject: ServiceNode | { project: string }
  services?: string[]
  networks?: string[]
}

export interface RuleContext {
  topology: Topology
  report(finding: FindingInput): void
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void
}

/** Declares a rule; the identity function, for types and one place to add checks later. */
export function defineRule(rule: Rule): Rule {
  return rule
}
