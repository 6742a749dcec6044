/**
 * Retries of GitHub API calls: exponential backoff on server errors and rate limits, honouring
 * `retry-after` and `x-ratelimit-reset`, capped in attempts and in the length of one wait.
 */
import type { Logger } from '../core/logger.js'

export interface RetryPolicy {
  /** Tries of one request, the first included. */
  maxAttempts: number
  /** The unit every wait is measured in: one second in production. */
  unitMs: number
  /** The longest single wait; a rate limit resetting later than this is not waited for. */
  maxWaitMs: number
  /** How long to wait for code scanning to process an upload. */
  processingTimeoutMs: number
  sleep(ms: number): Promise<void>
}

/**
 * The policy for a run. `TIERGUARD_RETRY_BASE_MS` (for tests only) sets the length of the unit
 * every wait is measured in, 1000 ms by default: the first backoff is one unit, a
 * `retry-after: N` waits N units, one wait is at most 30 units, processing is awaited 120 units.
 */
export function readRetryPolicy(env: NodeJS.ProcessEnv): RetryPolicy {
  const configured = Number(env.TIERGUARD_RETRY_BASE_MS)
  const unitMs = Number.isFinite(configured) && configured > 0 ? configured : 1000
  return {
    maxAttempts: 4,
    unitMs,
    maxWaitMs: 30 * unitMs,
    processingTimeoutMs: 120 * unitMs,
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
  }
}

/** The parts of an Octokit `RequestError` (or any HTTP error) the retry logic reads. */
export interface HttpErrorLike {
  status: number
  message: string
  response?: { headers: Record<string, string | number | undefined>; data?: unknown }
}

/** Whether `error` is an HTTP error with a status (Octokit's RequestError is one). */
export function isHttpError(error: unknown): error is HttpErrorLike {
  return error instanceof Error && typeof (error as Partial<HttpErrorLike>).status === 'number'
}

/** GitHub's own message of an error response (`{"message": ...}`), else the error's message. */
export function describeHttpError(error: HttpErrorLike): string {
  const data = error.response?.data as { message?: unknown } | undefined
  const message = typeof data?.message === 'string' ? data.message : error.message
  return `${error.status} ${message}`.trim()
}

/**
 * How long to wait before retrying after `error`, or undefined when it must not be retried:
 * other 4xx responses, or a rate limit that resets later than the longest wait.
 * `attempt` counts from 1 (the try that just failed).
 */
export function computeRetryDelay(
  error: unknown,
  attempt: number,
  policy: RetryPolicy,
  now: number = Date.now()
): number | undefined {
  if (!isHttpError(error)) return undefined
  const headers = error.response?.headers ?? {}
  const retryAfter = parseRetryAfter(headers['retry-after'], now)
  const rateLimited =
    error.status === 429 ||
    (error.status === 403 &&
      (String(headers['x-ratelimit-remaining']) === '0' || retryAfter !== undefined))
  if (!rateLimited && error.status < 500) return undefined

  let seconds: number | undefined = retryAfter
  if (seconds === undefined && rateLimited && String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset'])
    if (Number.isFinite(reset)) seconds = Math.max(0, reset - now / 1000)
  }
  const wait = seconds !== undefined ? seconds * policy.unitMs : policy.unitMs * 2 ** (attempt - 1)
  if (wait > policy.maxWaitMs) return seconds !== undefined ? undefined : policy.maxWaitMs
  return Math.ceil(wait)
}

/**
 * Runs `request` until it succeeds, retrying as `computeRetryDelay` says, at most
 * `policy.maxAttempts` times; rethrows the last error. `what` names the call in log lines.
 */
export async function requestWithRetry<T>(
  what: string,
  request: () => Promise<T>,
  policy: RetryPolicy,
  logger: Logger
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request()
    } catch (error) {
      const delay =
        attempt < policy.maxAttempts ? computeRetryDelay(error, attempt, policy) : undefined
      if (delay === undefined) throw error
      const reason = isHttpError(error) ? describeHttpError(error) : String(error)
      logger.info(
        `${what}: ${reason}; retrying in ${formatSeconds(delay)} (attempt ${attempt + 1} of ${policy.maxAttempts})`
      )
      await policy.sleep(delay)
    }
  }
}

function parseRetryAfter(value: string | number | undefined, now: number): number | undefined {
  if (value === undefined || value === '') return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(String(value))
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000)
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`
}
