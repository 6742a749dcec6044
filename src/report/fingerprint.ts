/**
 * Stable identities for findings, so code scanning keeps one alert per problem across commits.
 * A fingerprint names what the finding is about (rule, project, file, services, networks, the
 * rule's own discriminator), never where it is: inserting lines above it, re-indenting the file
 * or changing its line endings leaves it unchanged.
 */
import { createHash } from 'node:crypto'
import type { Finding } from '../rules/types.js'

/** The `partialFingerprints` key tierguard writes (GitHub computes `primaryLocationLineHash`). */
export const FINGERPRINT_KEY = 'tierguardFindingHash/v1'

/**
 * The sha256 (hex) of what the finding is about. The first service (the finding's subject)
 * keeps its place, so "a reaches b" and "b reaches a" differ; the others and the networks are
 * sorted, so a rule listing them in another order does not open a new alert.
 */
export function computeFingerprint(finding: Finding): string {
  const [subject, ...others] = finding.services
  const identity = [
    finding.ruleId,
    finding.project,
    finding.location.file,
    subject ?? '',
    [...others].sort(),
    [...finding.networks].sort(),
    finding.fingerprintKey ?? ''
  ]
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex')
}

/**
 * Fingerprints for a list of findings, in order, with codeql-action's `:n` suffix: the n-th
 * finding with the same hash gets `:n`, so two findings the rule could not tell apart still get
 * distinct identities (stable as long as their relative order is).
 */
export function assignFingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>()
  return findings.map(finding => {
    const hash = computeFingerprint(finding)
    const occurrence = (seen.get(hash) ?? 0) + 1
    seen.set(hash, occurrence)
    return `${hash}:${occurrence}`
  })
}
