/** Every rule of tierguard, sorted by id. A rule not listed here does not run. */
import attachableDataNetwork from './attachable-data-network.js'
import dataConsolePublished from './data-console-published.js'
import dataNetworkNotInternal from './data-network-not-internal.js'
import dataPortPublished from './data-port-published.js'
import dataReachableFromEdge from './data-reachable-from-edge.js'
import dataStoreOnLan from './data-store-on-lan.js'
import dockerSocketMounted from './docker-socket-mounted.js'
import excessReachability from './excess-reachability.js'
import flatNetwork from './flat-network.js'
import hostNetwork from './host-network.js'
import hostProxyReachesInternalData from './host-proxy-reaches-internal-data.js'
import hostRootMounted from './host-root-mounted.js'
import invalidComposeFile from './invalid-compose-file.js'
import invalidSuppression from './invalid-suppression.js'
import invalidNetworkReference from './invalid-network-reference.js'
import legacyDefaultBridge from './legacy-default-bridge.js'
import policyViolation from './policy-violation.js'
import portsOnInternalNetwork from './ports-on-internal-network.js'
import proxyNetworkAmbiguous from './proxy-network-ambiguous.js'
import socketHolderReachable from './socket-holder-reachable.js'
import unencryptedOverlay from './unencrypted-overlay.js'
import unreachableDependency from './unreachable-dependency.js'
import type { CatalogueRule } from './types.js'

/**
 * The catalogue, sorted by id (the completeness test checks the order): the rules the runner
 * checks and the ones a pass after them reports (`PassRule`), as SARIF, docs and `tierguard
 * rules` list them all.
 */
export const RULES: CatalogueRule[] = [
  attachableDataNetwork,
  dataConsolePublished,
  dataNetworkNotInternal,
  dataPortPublished,
  dataReachableFromEdge,
  dataStoreOnLan,
  dockerSocketMounted,
  excessReachability,
  flatNetwork,
  hostNetwork,
  hostProxyReachesInternalData,
  hostRootMounted,
  invalidComposeFile,
  invalidNetworkReference,
  invalidSuppression,
  legacyDefaultBridge,
  policyViolation,
  portsOnInternalNetwork,
  proxyNetworkAmbiguous,
  socketHolderReachable,
  unencryptedOverlay,
  unreachableDependency
]

/** The rule with this id, if any. */
export function findRule(id: string): CatalogueRule | undefined {
  return RULES.find(rule => rule.id === id)
}
