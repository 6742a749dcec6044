/**
 * What the runner tells the action about the run: workspace, repository, commit, ref and event.
 * Read from the environment a runner sets (and the event payload file), as plain values.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../core/errors.js'

export interface RunnerContext {
  /** Absolute path of the checkout (`GITHUB_WORKSPACE`); reported paths are relative to it. */
  workspace: string
  /** `owner/repo`, or undefined when `GITHUB_REPOSITORY` is not set (not on a runner). */
  repository?: { owner: string; repo: string }
  sha: string
  ref: string
  eventName: string
  /** The pull request number on `pull_request`/`pull_request_target` events. */
  pullRequestNumber?: number
  /** REST API base URL without a trailing slash: `https://api.github.com`, `https://ghes/api/v3`. */
  apiUrl: string
  /** Web base URL without a trailing slash, for links: `https://github.com`. */
  serverUrl: string
  /** Folder for temporary files (`RUNNER_TEMP`), if set. */
  runnerTemp?: string
}

/** Where an analysis is uploaded to: the commit and ref code scanning files it under. */
export interface UploadTarget {
  owner: string
  repo: string
  commitSha: string
  ref: string
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * Reads the runner context from `env` (normally `process.env`). The event payload is read from
 * `GITHUB_EVENT_PATH` for pull request events only; a missing or unreadable payload leaves the
 * pull request number unknown.
 */
export function readRunnerContext(env: NodeJS.ProcessEnv): RunnerContext {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  return {
    workspace,
    repository: parseRepository(env.GITHUB_REPOSITORY),
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    eventName,
    pullRequestNumber: PULL_REQUEST_EVENTS.has(eventName)
      ? readPullRequestNumber(env.GITHUB_EVENT_PATH)
      : undefined,
    apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
    serverUrl: trimSlash(env.GITHUB_SERVER_URL || 'https://github.com'),
    runnerTemp: env.RUNNER_TEMP || undefined
  }
}

/**
 * The commit and ref to upload to. On pull request events the analysis belongs to the pull
 * request's merge ref (`refs/pull/N/merge`) and `GITHUB_SHA`; otherwise to `GITHUB_REF` and
 * `GITHUB_SHA`. Throws a ConfigurationError when the runner did not say enough to upload.
 */
export function resolveUploadTarget(context: RunnerContext): UploadTarget {
  if (!context.repository) {
    throw new ConfigurationError(
      'GITHUB_REPOSITORY is not set, so tierguard does not know where to upload the SARIF. ' +
        'Run it in a GitHub Actions workflow, or set `upload: false`.'
    )
  }
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(context.sha)) {
    throw new ConfigurationError(
      `GITHUB_SHA is not a commit SHA (${JSON.stringify(context.sha)}), so the SARIF cannot be ` +
        'uploaded. Set `upload: false` when running outside a workflow run.'
    )
  }
  const isPullRequest = PULL_REQUEST_EVENTS.has(context.eventName)
  const ref =
    isPullRequest && context.pullRequestNumber !== undefined
      ? `refs/pull/${context.pullRequestNumber}/merge`
      : context.ref
  if (!ref.startsWith('refs/')) {
    throw new ConfigurationError(
      `GITHUB_REF is not a full Git reference (${JSON.stringify(context.ref)}), so the SARIF ` +
        'cannot be uploaded. Set `upload: false` when running outside a workflow run.'
    )
  }
  return { ...context.repository, commitSha: context.sha, ref }
}

function parseRepository(value: string | undefined): RunnerContext['repository'] {
  const [owner, repo, ...rest] = (value ?? '').split('/')
  return owner && repo && rest.length === 0 ? { owner, repo } : undefined
}

function readPullRequestNumber(eventPath: string | undefined): number | undefined {
  if (!eventPath) return undefined
  try {
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      number?: unknown
      pull_request?: { number?: unknown }
    }
    const value = payload.pull_request?.number ?? payload.number
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined
  } catch {
    return undefined
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}
