/**
 * Uploads a SARIF log to GitHub code scanning (`POST /repos/{owner}/{repo}/code-scanning/sarifs`)
 * and waits for it to be processed (`GET .../sarifs/{id}`). Known refusals (code scanning not
 * enabled, read-only token, repository not visible) come back as outcomes, not exceptions, so
 * the rest of the step still runs.
 */
import { gzipSync } from 'node:zlib'
import * as github from '@actions/github'
import type { Logger } from '../core/logger.js'
import { TOOL_NAME, TOOL_VERSION } from '../core/tool-info.js'
import type { UploadTarget } from './event.js'
import { describeHttpError, isHttpError, requestWithRetry } from './retry.js'
import type { HttpErrorLike, RetryPolicy } from './retry.js'

export interface UploadOptions {
  token: string
  /** REST API base URL (`GITHUB_API_URL`): `https://api.github.com` or `https://HOST/api/v3`. */
  apiUrl: string
  target: UploadTarget
  /** The SARIF log, serialized. */
  sarif: string
  /** `file://` URI of the checkout the SARIF's relative paths start from. */
  checkoutUri: string
  startedAt: Date
  waitForProcessing: boolean
  policy: RetryPolicy
  logger: Logger
}

/** Why code scanning turned the upload down, when it is a known, user-fixable refusal. */
export type RefusalReason = 'not-enabled' | 'read-only-token' | 'not-found'

export type UploadOutcome =
  | {
      kind: 'uploaded'
      id: string
      /** `complete`; `pending` when the wait timed out; `not-waited`; `unknown` if polling failed. */
      processing: 'complete' | 'pending' | 'not-waited' | 'unknown'
      analysesUrl?: string
      /** Why the processing status is unknown or pending, for a warning. */
      note?: string
    }
  | { kind: 'processing-failed'; id: string; errors: string[] }
  | { kind: 'refused'; reason: RefusalReason; message: string }
  | { kind: 'failed'; message: string }

interface SarifReceipt {
  id?: string
  url?: string
}

interface SarifStatus {
  processing_status?: 'pending' | 'complete' | 'failed'
  analyses_url?: string | null
  errors?: string[] | null
}

/** Gzips then base64-encodes a serialized SARIF log, as the upload endpoint requires. */
export function encodeSarif(sarif: string): string {
  return gzipSync(Buffer.from(sarif, 'utf8')).toString('base64')
}

/** Uploads the SARIF, then (if asked) waits for code scanning to process it. */
export async function uploadSarif(options: UploadOptions): Promise<UploadOutcome> {
  const { target, policy, logger } = options
  const octokit = github.getOctokit(options.token, {
    baseUrl: options.apiUrl,
    userAgent: `${TOOL_NAME}/${TOOL_VERSION}`
  })
  const encoded = encodeSarif(options.sarif)
  logger.info(
    `Uploading the SARIF (${formatBytes(encoded.length)} gzipped and base64-encoded) to ` +
      `${target.owner}/${target.repo} for ${target.ref} at ${target.commitSha}`
  )

  let receipt: SarifReceipt
  try {
    const response = await requestWithRetry(
      'Uploading the SARIF',
      () =>
        octokit.request('POST /repos/{owner}/{repo}/code-scanning/sarifs', {
          owner: target.owner,
          repo: target.repo,
          commit_sha: target.commitSha,
          ref: target.ref,
          sarif: encoded,
          checkout_uri: options.checkoutUri,
          started_at: options.startedAt.toISOString(),
          tool_name: TOOL_NAME
        }),
      policy,
      logger
    )
    receipt = response.data as SarifReceipt
  } catch (error) {
    if (!isHttpError(error)) throw error
    return classifyUploadError(error, target)
  }
  if (!receipt.id) {
    return { kind: 'failed', message: 'GitHub accepted the SARIF upload but returned no id.' }
  }
  logger.info(`Uploaded: SARIF id ${receipt.id}`)
  if (!options.waitForProcessing)
    return { kind: 'uploaded', id: receipt.id, processing: 'not-waited' }
  return waitForProcessing(octokit, receipt.id, options)
}

type Octokit = ReturnType<typeof github.getOctokit>

async function waitForProcessing(
  octokit: Octokit,
  id: string,
  options: UploadOptions
): Promise<UploadOutcome> {
  const { target, policy, logger } = options
  const deadline = Date.now() + policy.processingTimeoutMs
  logger.info('Waiting for code scanning to process the SARIF')
  for (let poll = 0; ; poll++) {
    let status: SarifStatus | undefined
    try {
      const response = await requestWithRetry(
        'Checking the processing status',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}', {
            owner: target.owner,
            repo: target.repo,
            sarif_id: id
          }),
        policy,
        logger
      )
      status = response.data as SarifStatus
    } catch (error) {
      // Right after an upload the status may not be visible yet: keep asking until the deadline.
      if (!(isHttpError(error) && error.status === 404)) {
        const reason = isHttpError(error) ? describeHttpError(error) : String(error)
        return {
          kind: 'uploaded',
          id,
          processing: 'unknown',
          note:
            `Could not check whether code scanning processed the SARIF (${reason}). It is still ` +
            'processed in the background, but processing errors cannot be reported here.'
        }
      }
    }
    if (status?.processing_status === 'complete') {
      const analysesUrl = status.analyses_url ?? undefined
      logger.info(
        `Code scanning processed the SARIF${analysesUrl ? `; analyses: ${analysesUrl}` : ''}`
      )
      return { kind: 'uploaded', id, processing: 'complete', analysesUrl }
    }
    if (status?.processing_status === 'failed') {
      return { kind: 'processing-failed', id, errors: status.errors ?? [] }
    }
    const delay = Math.min(policy.unitMs * 2 ** (poll + 1), 10 * policy.unitMs)
    if (Date.now() + delay > deadline) {
      return {
        kind: 'uploaded',
        id,
        processing: 'pending',
        note:
          `Code scanning is still processing the SARIF (id ${id}) after ` +
          `${Math.round(policy.processingTimeoutMs / policy.unitMs)} s; it continues in the ` +
          'background. Results appear in the Security tab once it is done.'
      }
    }
    await policy.sleep(delay)
  }
}

/** Turns a failed upload into a refusal the user can act on, or a failure. */
export function classifyUploadError(error: HttpErrorLike, target: UploadTarget): UploadOutcome {
  const reason = describeHttpError(error)
  const message = reason.toLowerCase()
  const where = `${target.owner}/${target.repo}`
  if (
    error.status === 403 &&
    (message.includes('advanced security') ||
      message.includes('code security') ||
      message.includes('code scanning is not enabled'))
  ) {
    return {
      kind: 'refused',
      reason: 'not-enabled',
      message:
        `Code scanning is not enabled for ${where} (GitHub said: ${reason}), so the SARIF was not ` +
        'uploaded. Enable code scanning (Settings > Code security; private repositories need ' +
        'GitHub Advanced Security / Code Security), or set `upload: false` to keep only the ' +
        'annotations, summary and gate. The findings below are still reported.'
    }
  }
  if (error.status === 403 && message.includes('resource not accessible by integration')) {
    return {
      kind: 'refused',
      reason: 'read-only-token',
      message:
        `The token cannot upload code scanning results to ${where} (GitHub said: ${reason}). ` +
        'The token is read-only on pull requests from forks and on Dependabot runs; otherwise ' +
        'add `permissions: security-events: write` (and `actions: read` for private ' +
        'repositories) to the job, or set `upload: false`. The findings below are still reported.'
    }
  }
  if (error.status === 404) {
    return {
      kind: 'refused',
      reason: 'not-found',
      message:
        `GitHub answered 404 for ${where} (GitHub said: ${reason}): the repository does not ` +
        'exist at this API URL, or the token cannot see it. Check `GITHUB_API_URL` and the ' +
        '`token` input, or set `upload: false`. The findings below are still reported.'
    }
  }
  return {
    kind: 'failed',
    message: `Uploading the SARIF to code scanning failed: ${reason}.`
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}
