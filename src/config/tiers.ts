/**
 * Tier overrides from the configuration, for `buildTopology`'s `tierOf` hook. A service's own
 * `x-tierguard: {tier}` wins (it sits next to the service); then `tiers.services`, then
 * `tiers.images`, each in file order, first match; otherwise the built-in classification.
 */
import { formatSpan } from '../core/span.js'
import { classifyTier } from '../analyze/tiers.js'
import type { TierAssignment } from '../analyze/types.js'
import type { Project, Service } from '../model/types.js'
import { matchesServicePattern } from '../rules/helpers.js'
import { matchesImagePattern } from './globs.js'
import type { TierEntry, TierguardConfig } from './types.js'
import { TIERS } from './validate-config.js'

/** The `tierOf` hook for a configuration; undefined leaves the decision to `classifyTier`. */
export function createTierOf(
  config: TierguardConfig
): (service: Service, project: Project) => TierAssignment | undefined {
  const { services, images } = config.tiers
  if (services.length === 0 && images.length === 0) return () => undefined
  return (service, project) => {
    const own = service.extension?.tier?.value
    if (own && (TIERS as readonly string[]).includes(own)) return undefined
    const byService = services.find(e =>
      matchesServicePattern(e.pattern, project.name, service.name)
    )
    if (byService) return assign(service, byService, `tiers.services.${byService.pattern}`)
    const image = service.image?.value
    const byImage = image ? images.find(e => matchesImagePattern(e.pattern, image)) : undefined
    if (byImage) return assign(service, byImage, `tiers.images.${byImage.pattern}`)
    return undefined
  }
}

function assign(service: Service, entry: TierEntry, key: string): TierAssignment {
  const builtIn = classifyTier(service)
  const evidence = [`${key}: ${entry.tier} (${formatSpan(entry.span)})`]
  if (builtIn.tier !== entry.tier) {
    evidence.push(
      `overrides ${builtIn.tier}${builtIn.evidence[0] ? ` from ${builtIn.evidence[0]}` : ''}`
    )
  }
  const assignment: TierAssignment = {
    tier: entry.tier,
    basis: 'override',
    evidence,
    span: entry.span
  }
  if (builtIn.tier === entry.tier && builtIn.product) assignment.product = builtIn.product
  return assignment
}
