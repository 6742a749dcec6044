/**
 * The configuration file (`.tierguard.yml`), validated: every setting keeps the span it was
 * written at, so findings and errors can point back into the file. docs/configuration.md
 * documents each key; tierguard.schema.json describes the same shape for editors.
 */
import type { SourceSpan } from '../core/span.js'
import type { Severity } from '../core/severity.js'
import type { ProjectPlan } from '../model/plan.js'
import type { Tier } from '../analyze/types.js'
import type { FlowPolicy } from '../rules/policy-violation.js'

/** A rule's setting: `off` drops its findings, a severity replaces its own. */
export type RuleSetting = Severity | 'off'

export interface RuleSettingEntry {
  rule: string
  setting: RuleSetting
  span: SourceSpan
}

/** `tiers.services` (a service name or `project/name` glob) or `tiers.images` (an image glob). */
export interface TierEntry {
  pattern: string
  tier: Tier
  span: SourceSpan
}

/** `{ files, rules }`: rule settings for findings in files matching `files`. Later entries win. */
export interface OverrideEntry {
  files: string[]
  rules: RuleSettingEntry[]
  span: SourceSpan
}

/** `ignore` entries: suppress a rule's findings by file and/or service, with a reason. */
export interface IgnoreEntry {
  rule: string
  files: string[]
  services: string[]
  reason: string
  /** The list item, where an unused ignore is reported. */
  span: SourceSpan
  /** The `rule` value. */
  ruleSpan: SourceSpan
}

/** A loaded, valid configuration. Paths and globs are relative to the scan's base directory. */
export interface TierguardConfig {
  /** The configuration file, relative to the base directory (as spans name it). */
  file: string
  include: string[]
  exclude: string[]
  projects: ProjectPlan[]
  env: Record<string, string>
  tiers: { services: TierEntry[]; images: TierEntry[] }
  rules: RuleSettingEntry[]
  overrides: OverrideEntry[]
  ignore: IgnoreEntry[]
  policy: FlowPolicy
  maxFileBytes?: number
}

/** The configuration that applies when there is no file: nothing changed, no policy. */
export function emptyConfig(file = ''): TierguardConfig {
  return {
    file,
    include: [],
    exclude: [],
    projects: [],
    env: {},
    tiers: { services: [], images: [] },
    rules: [],
    overrides: [],
    ignore: [],
    policy: { forbid: [], allow: [] }
  }
}
