/**
 * The rules' options from the configuration, as `runRules` takes them (by rule id): the
 * configuration is read here, so no rule imports `src/config/`.
 */
import type { PolicyViolationOptions } from '../rules/policy-violation.js'
import type { TierguardConfig } from './types.js'

/** Each configured rule's options by rule id; a rule left out runs with its defaults. */
export function ruleOptionsFor(config: TierguardConfig | undefined): Record<string, unknown> {
  if (!config) return {}
  const policyViolation: PolicyViolationOptions = { policy: config.policy }
  return { 'policy-violation': policyViolation }
}
