/**
 * What a change does to who-can-reach-whom: the edges of the base and the head compared by
 * identity, and the findings compared by fingerprint (so a finding whose lines moved is not new).
 */
import type { SourceSpan } from '../core/span.js'
import { assignFingerprints } from '../report/fingerprint.js'
import type { Finding } from '../rules/types.js'
import type { ScanResult } from '../scan.js'
import { collectEdges, collectMembershipFacts } from './edges.js'
import type { ReachEdge } from './edges.js'

/** An edge that appeared or disappeared, and the line that did it. */
export interface EdgeChange {
  edge: ReachEdge
  /**
   * Where the change is: for an added edge, the first fact of it the base did not have (in the
   * head's files); for a removed one, the first fact the head no longer has (in the base's).
   */
  span: SourceSpan
  /**
   * For an added edge, the base already joined the same two ends another way; for a removed
   * one, the head still does.
   */
  otherWay: boolean
}

export interface ReviewDiff {
  added: EdgeChange[]
  removed: EdgeChange[]
  /** Unsuppressed findings of the head the base did not have. */
  introduced: Finding[]
  /** Unsuppressed findings of the base the head no longer has. */
  fixed: Finding[]
  /** Unsuppressed findings of the head the base had too. */
  unchanged: Finding[]
}

/** The two sides of a review, as edges and unsuppressed findings. */
export interface ReviewSide {
  edges: ReachEdge[]
  findings: Finding[]
  /** Facts of the commit beyond its edges' (`collectMembershipFacts`). */
  facts?: string[]
}

/** The side of a scan a review compares. */
export function reviewSideOf(result: ScanResult): ReviewSide {
  return {
    edges: collectEdges(result.topology),
    findings: result.findings.filter(f => !f.suppression),
    facts: collectMembershipFacts(result.topology)
  }
}

/** Compares the base with the head. */
export function diffReview(base: ReviewSide, head: ReviewSide): ReviewDiff {
  const baseKeys = new Set(base.edges.map(e => e.key))
  const headKeys = new Set(head.edges.map(e => e.key))
  const factsOf = (side: ReviewSide) =>
    new Set([...side.edges.flatMap(e => e.evidence.map(f => f.key)), ...(side.facts ?? [])])
  const baseFacts = factsOf(base)
  const headFacts = factsOf(head)
  const basePairs = new Set(base.edges.map(e => e.pairKey))
  const headPairs = new Set(head.edges.map(e => e.pairKey))
  const changeOf = (edge: ReachEdge, other: Set<string>, pairs: Set<string>): EdgeChange => ({
    edge,
    span: (edge.evidence.find(f => !other.has(f.key)) ?? edge.evidence[0]!).span,
    otherWay: pairs.has(edge.pairKey)
  })

  const baseFingerprints = new Set(assignFingerprints(base.findings))
  const headPrints = assignFingerprints(head.findings)
  const headFingerprints = new Set(headPrints)
  const basePrints = assignFingerprints(base.findings)
  return {
    added: head.edges.filter(e => !baseKeys.has(e.key)).map(e => changeOf(e, baseFacts, basePairs)),
    removed: base.edges
      .filter(e => !headKeys.has(e.key))
      .map(e => changeOf(e, headFacts, headPairs)),
    introduced: head.findings.filter((_, i) => !baseFingerprints.has(headPrints[i]!)),
    fixed: base.findings.filter((_, i) => !headFingerprints.has(basePrints[i]!)),
    unchanged: head.findings.filter((_, i) => baseFingerprints.has(headPrints[i]!))
  }
}
