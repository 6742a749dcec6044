/**
 * The review as Markdown, for the top of the job summary and the pull request comment: one
 * sentence per edge added or removed, then the findings introduced and fixed. Every string from
 * the repository goes through the Markdown medium's escaping (`escapeMarkdown`, `markdownCode`).
 */
import type { SourceSpan } from '../core/span.js'
import { escapeMarkdown, markdownCode } from '../report/markdown.js'
import { pluralize } from '../report/summary.js'
import type { Finding } from '../rules/types.js'
import type { EdgeChange, ReviewDiff } from './diff.js'
import type { EdgeVia } from './edges.js'

/** At most this many sentences or findings of each kind; the rest are counted. */
export const MAX_REVIEW_ITEMS = 30

export interface ReviewLinks {
  /** `https://github.com`, for links to lines. */
  serverUrl: string
  repository?: { owner: string; repo: string }
  /** The commits lines are linked at: the head for what is there, the base for what went. */
  headSha?: string
  baseSha?: string
}

/** The review section: a heading, the edge sentences, then the findings that changed. */
export function renderReview(diff: ReviewDiff, links: ReviewLinks): string {
  const parts = ['## tierguard: what this pull request changes']
  const sentences = [
    ...diff.added.map(change => `- ➕ ${describeChange(change, 'added', links)}`),
    ...diff.removed.map(change => `- ➖ ${describeChange(change, 'removed', links)}`)
  ]
  if (sentences.length === 0) {
    parts.push(
      'This change touches no reachability: no service gains or loses a way in from the ' +
        'outside or a way to a data store.'
    )
  } else {
    parts.push(capped(sentences, 'more reachability change').join('\n'))
  }
  parts.push(
    `**Findings:** ${diff.introduced.length} introduced, ${diff.fixed.length} fixed, ` +
      `${diff.unchanged.length} unchanged.`
  )
  if (diff.introduced.length > 0) {
    parts.push(
      `Introduced by this change:\n\n${capped(
        diff.introduced.map(f => `- ${describeFinding(f, links.headSha, links)}`),
        'more introduced finding'
      ).join('\n')}`
    )
  }
  if (diff.fixed.length > 0) {
    parts.push(
      `Fixed by this change:\n\n${capped(
        diff.fixed.map(f => `- ${describeFinding(f, links.baseSha, links)}`),
        'more fixed finding'
      ).join('\n')}`
    )
  }
  return parts.join('\n\n')
}

/** The section when the base could not be analysed: why, and that the findings are all of them. */
export function renderReviewUnavailable(reason: string): string {
  return (
    '## tierguard: what this pull request changes\n\n' +
    `⚠️ Not compared with the base commit: ${escapeMarkdown(reason)} The findings below are ` +
    'those of the whole head commit.'
  )
}

/**
 * The hidden marker that finds the comment again on later runs: one per `category`, so steps
 * scanning different folders keep a comment each. Only `[A-Za-z0-9._/-]` of the category is
 * kept, so it cannot end the HTML comment.
 */
export function reviewCommentMarker(category?: string): string {
  const safe = (category ?? '').replace(/[^A-Za-z0-9._/-]/g, '')
  return `<!-- tierguard-review${safe ? ` category=${safe}` : ''} -->`
}

/** The pull request comment: the marker, the review, and where the full results are. */
export function renderReviewComment(
  diff: ReviewDiff,
  links: ReviewLinks,
  marker: string,
  runUrl?: string
): string {
  const footer = runUrl
    ? `\n\n<sub>Every finding of the head commit: [job summary and annotations](${runUrl}). Updated on each run.</sub>`
    : ''
  return `${marker}\n${renderReview(diff, links)}${footer}\n`
}

function describeChange(change: EdgeChange, how: 'added' | 'removed', links: ReviewLinks): string {
  const { edge } = change
  const target = `${markdownCode(edge.to)}${edge.toProduct ? ` (${escapeMarkdown(edge.toProduct)})` : ''}`
  const subject = edge.from === undefined ? 'The outside' : markdownCode(edge.from)
  const via = describeVia(edge.via)
  if (how === 'added') {
    const where = `added in ${location(change.span, links.headSha, links)}`
    return change.otherWay
      ? `${subject} can also reach ${target} ${via}, ${where}.`
      : `${subject} can now reach ${target} ${via}, ${where}.`
  }
  const where = `removed from ${location(change.span, links.baseSha, links)} of the base`
  return change.otherWay
    ? `${subject} no longer reaches ${target} ${via} (it still can another way), ${where}.`
    : `${subject} can no longer reach ${target} ${via}, ${where}.`
}

function describeVia(via: EdgeVia): string {
  switch (via.kind) {
    case 'network':
      return `over ${markdownCode(via.network)}`
    case 'published-port':
      return `through published port ${markdownCode(via.port)}`
    case 'host-mode':
      return 'through the host network'
    case 'proxy':
      return `through the proxy ${markdownCode(via.proxy)}`
    case 'namespace':
      return 'by sharing its network namespace'
  }
}

function describeFinding(finding: Finding, sha: string | undefined, links: ReviewLinks): string {
  return (
    `${finding.severity} ${markdownCode(finding.ruleId)} at ` +
    `${location(finding.location, sha, links)}: ${escapeMarkdown(finding.message)}`
  )
}

function location(span: SourceSpan, sha: string | undefined, links: ReviewLinks): string {
  const text = escapeMarkdown(`${span.file}:${span.startLine}`)
  if (!links.repository || !sha) return text
  const file = span.file.split('/').map(encodeURIComponent).join('/')
  const { owner, repo } = links.repository
  return `[${text}](${links.serverUrl}/${owner}/${repo}/blob/${sha}/${file}#L${span.startLine})`
}

function capped(lines: string[], noun: string): string[] {
  if (lines.length <= MAX_REVIEW_ITEMS) return lines
  const rest = lines.length - MAX_REVIEW_ITEMS
  return [...lines.slice(0, MAX_REVIEW_ITEMS), `- …and ${pluralize(rest, noun)}`]
}
