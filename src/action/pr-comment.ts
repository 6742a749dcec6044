/**
 * The pull request comment of the review: one per pull request (and category), found again by a
 * hidden marker and updated in place (`GET .../issues/{n}/comments`, then `PATCH
 * .../issues/comments/{id}`, else `POST .../issues/{n}/comments`). A refusal is an outcome, not
 * an exception: the comment is a courtesy, never a reason to fail the step.
 */
import * as github from '@actions/github'
import type { Logger } from '../core/logger.js'
import { TOOL_NAME, TOOL_VERSION } from '../core/tool-info.js'
import { describeHttpError, isHttpError, requestWithRetry } from './retry.js'
import type { RetryPolicy } from './retry.js'

export interface CommentOptions {
  token: string
  apiUrl: string
  owner: string
  repo: string
  pullRequest: number
  /** The hidden marker the body starts with. */
  marker: string
  body: string
  policy: RetryPolicy
  logger: Logger
}

export type CommentOutcome =
  { kind: 'created' | 'updated'; id: number; url?: string } | { kind: 'refused'; message: string }

/** GitHub's limit on a comment's body, in characters. */
export const MAX_COMMENT_CHARS = 65_536
/** Pages of 100 comments read at most while looking for the marker. */
const MAX_PAGES = 20

interface IssueComment {
  id: number
  body?: string | null
  html_url?: string
}

/** Updates the comment that starts with the marker, or creates it. */
export async function upsertReviewComment(options: CommentOptions): Promise<CommentOutcome> {
  const { owner, repo, pullRequest, policy, logger } = options
  const octokit = github.getOctokit(options.token, {
    baseUrl: options.apiUrl,
    userAgent: `${TOOL_NAME}/${TOOL_VERSION}`
  })
  const body = fitComment(options.body)
  try {
    let existing: IssueComment | undefined
    for (let page = 1; page <= MAX_PAGES && !existing; page++) {
      const response = await requestWithRetry(
        'Listing the pull request comments',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: pullRequest,
            per_page: 100,
            page
          }),
        policy,
        logger
      )
      const comments = response.data as IssueComment[]
      existing = comments.find(c => (c.body ?? '').startsWith(options.marker))
      if (comments.length < 100) break
    }
    if (existing) {
      const id = existing.id
      const response = await requestWithRetry(
        'Updating the review comment',
        () =>
          octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner,
            repo,
            comment_id: id,
            body
          }),
        policy,
        logger
      )
      return { kind: 'updated', id, url: (response.data as IssueComment).html_url }
    }
    const response = await requestWithRetry(
      'Posting the review comment',
      () =>
        octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner,
          repo,
          issue_number: pullRequest,
          body
        }),
      policy,
      logger
    )
    const created = response.data as IssueComment
    return { kind: 'created', id: created.id, url: created.html_url }
  } catch (error) {
    if (!isHttpError(error)) throw error
    const reason = describeHttpError(error)
    const advice =
      error.status === 403 || error.status === 404
        ? 'The token is read-only on pull requests from forks and on Dependabot runs; ' +
          'otherwise add `permissions: pull-requests: write` to the job, or set `comment: false`.'
        : 'The review is still in the job summary.'
    return {
      kind: 'refused',
      message:
        `Could not post the review comment on pull request #${pullRequest} (GitHub said: ` +
        `${reason}). ${advice} The review is in the job summary, and the gate is not affected.`
    }
  }
}

/** The body cut to GitHub's limit, with a note, at a line break. */
function fitComment(body: string): string {
  if (body.length <= MAX_COMMENT_CHARS) return body
  const note = '\n\n…cut short to fit a comment: the job summary has the rest.\n'
  const cut = body.slice(0, MAX_COMMENT_CHARS - note.length)
  return `${cut.slice(0, Math.max(cut.lastIndexOf('\n'), 0))}${note}`
}
