/**
 * Dismisses the code-scanning alerts of findings now accepted in source or configuration.
 * GitHub ignores SARIF `suppressions` (github/codeql-action#1230), so the uploaded SARIF leaves
 * suppressed results out, and an alert still open for one of them is dismissed here through
 * the alerts API with the suppression's justification as the comment
 * (`GET /repos/{owner}/{repo}/code-scanning/alerts`, `PATCH .../alerts/{number}`; both need
 * only `security-events: write`). Nothing here fails the step: a refusal is a warning.
 */
import * as github from '@actions/github'
import type { Result } from 'sarif'
import type { Logger } from '../core/logger.js'
import { TOOL_NAME, TOOL_VERSION } from '../core/tool-info.js'
import type { UploadTarget } from './event.js'
import { describeHttpError, isHttpError, requestWithRetry } from './retry.js'
import type { RetryPolicy } from './retry.js'

/** A suppressed result of the local SARIF: what its alert would look like on GitHub. */
export interface AcceptedResult {
  /** The SARIF `ruleId` (`host-network`, or `host-network/critical`). */
  ruleId: string
  /** Repository-relative path, as code scanning reports it. */
  path: string
  startLine: number
  /** The result's message text, as the alert's `most_recent_instance.message.text`. */
  message: string
  justification: string
}

/** The fields of a code-scanning alert that matching reads. */
interface AlertSummary {
  number: number
  rule?: { id?: string }
  most_recent_instance?: {
    message?: { text?: string }
    location?: { path?: string; start_line?: number }
  }
}

export interface DismissOptions {
  token: string
  apiUrl: string
  target: UploadTarget
  accepted: readonly AcceptedResult[]
  policy: RetryPolicy
  logger: Logger
}

export type DismissOutcome =
  { kind: 'done'; dismissed: number[] } | { kind: 'refused'; message: string; dismissed: number[] }

/** GitHub keeps at most this many characters of a dismissal comment. */
export const DISMISSED_COMMENT_LIMIT = 280
/** Pages of 100 open alerts read at most (the alerts of one tool on one ref). */
const MAX_PAGES = 10

/** The suppressed results of a SARIF log's first run, with their justification. */
export function acceptedResults(results: readonly Result[]): AcceptedResult[] {
  return results.flatMap(result => {
    const suppression = result.suppressions?.find(
      s => s.status === undefined || s.status === 'accepted'
    )
    const location = result.locations?.[0]?.physicalLocation
    const uri = location?.artifactLocation?.uri
    if (!suppression || !result.ruleId || !uri) return []
    return [
      {
        ruleId: result.ruleId,
        path: decodeURIComponent(uri),
        startLine: location.region?.startLine ?? 0,
        message: result.message.text ?? '',
        justification: suppression.justification ?? ''
      }
    ]
  })
}

/**
 * Whether an open alert is the one of an accepted result: the same rule (any severity of it),
 * the same file, and the same message or the same line. The message is what survives the line
 * added by a `# tierguard-ignore` comment above the finding; the line, a reworded message.
 */
export function matchesAlert(alert: AlertSummary, accepted: AcceptedResult): boolean {
  const instance = alert.most_recent_instance
  const ruleId = alert.rule?.id ?? ''
  return (
    baseRule(ruleId) === baseRule(accepted.ruleId) &&
    instance?.location?.path === accepted.path &&
    (instance.message?.text === accepted.message ||
      instance.location.start_line === accepted.startLine)
  )
}

/** Lists the open alerts of tierguard on the target's ref and dismisses those accepted now. */
export async function dismissAcceptedAlerts(options: DismissOptions): Promise<DismissOutcome> {
  const { target, policy, logger } = options
  const dismissed: number[] = []
  if (options.accepted.length === 0) return { kind: 'done', dismissed }
  const octokit = github.getOctokit(options.token, {
    baseUrl: options.apiUrl,
    userAgent: `${TOOL_NAME}/${TOOL_VERSION}`
  })
  try {
    const open: AlertSummary[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      const response = await requestWithRetry(
        'Listing open code-scanning alerts',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/code-scanning/alerts', {
            owner: target.owner,
            repo: target.repo,
            tool_name: TOOL_NAME,
            ref: target.ref,
            state: 'open',
            per_page: 100,
            page
          }),
        policy,
        logger
      )
      const alerts = response.data as AlertSummary[]
      open.push(...alerts)
      if (alerts.length < 100) break
    }
    for (const alert of open) {
      const accepted = options.accepted.find(a => matchesAlert(alert, a))
      if (!accepted) continue
      await requestWithRetry(
        `Dismissing alert ${alert.number}`,
        () =>
          octokit.request('PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}', {
            owner: target.owner,
            repo: target.repo,
            alert_number: alert.number,
            state: 'dismissed',
            dismissed_reason: "won't fix",
            dismissed_comment: dismissalComment(accepted)
          }),
        policy,
        logger
      )
      dismissed.push(alert.number)
      logger.info(
        `Dismissed code-scanning alert ${alert.number} (${accepted.ruleId} at ${accepted.path}:${accepted.startLine}): accepted in the repository`
      )
    }
    return { kind: 'done', dismissed }
  } catch (error) {
    if (!isHttpError(error)) throw error
    const reason = describeHttpError(error)
    const fix =
      error.status === 403
        ? 'The token needs `security-events: write` (it is read-only on pull requests from forks and on Dependabot runs).'
        : 'They stay open until dismissed in the Security tab.'
    return {
      kind: 'refused',
      dismissed,
      message: `Could not dismiss the code-scanning alerts of findings accepted in the repository (GitHub said: ${reason}). ${fix} The suppressed findings were left out of the upload and do not block this check.`
    }
  }
}

/** The dismissal comment: who accepted it where, and why, within GitHub's 280 characters. */
export function dismissalComment(accepted: AcceptedResult): string {
  const text = `Accepted in the repository (tierguard): ${accepted.justification}`.replace(
    /\s+/g,
    ' '
  )
  return text.length <= DISMISSED_COMMENT_LIMIT
    ? text
    : `${text.slice(0, DISMISSED_COMMENT_LIMIT - 1)}…`
}

function baseRule(ruleId: string): string {
  return ruleId.split('/')[0] ?? ruleId
}
