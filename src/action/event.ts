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
  /** The pull request's base commit (`pull_request.base.sha`), which a review compares with. */
  baseSha?: string
  /** The run's page, for links: `{server}/{owner}/{repo}/actions/runs/{id}`. */
  runUrl?: string
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
  const pullRequest = PULL_REQUEST_EVENTS.has(eventName)
    ? readPullRequest(env.GITHUB_EVENT_PATH)
    : {}
  const repository = parseRepository(env.GITHUB_REPOSITORY)
  const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com')
  const runId = /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : undefined
  return {
    workspace,
    repository,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    eventName,
    pullRequestNumber: pullRequest.number,
    ...(pullRequest.baseSha ? { baseSha: pullRequest.baseSha } : {}),
    ...(repository && runId
      ? { runUrl: `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` }
      : {}),
    apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
    serverUrl,
    runnerTemp: env.RUNNER_TEMP || undefined
  }
}

/** Whether the event is a pull request's (`pull_request`, `pull_request_target`). */
export function isPullRequestEvent(context: RunnerContext): boolean {
  return PULL_REQUEST_EVENTS.has(context.eventName)
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

/** The number and base commit of the event's pull request; what is missing stays unknown. */
function readPullRequest(eventPath: string | undefined): { number?: number; baseSha?: string } {
  if (!eventPath) return {}
  try {
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      number?: unknown
      pull_request?: { number?: unknown; base?: { sha?: unknown } }
    }
    const value = payload.pull_request?.number ?? payload.number
    const sha = payload.pull_request?.base?.sha
    return {
      number: typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined,
      baseSha:
        typeof sha === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha) ? sha : undefined
    }
  } catch {
    return {}
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}
