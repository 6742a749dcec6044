/**
 * A local stand-in for GitHub's code-scanning SARIF endpoints (and the alerts and issue-comments
 * endpoints the action calls), on 127.0.0.1 and a random port.
 * It checks requests as GitHub does (token, required fields, `sarif` is base64 of gzip of a
 * SARIF 2.1.0 log), answers 202 with an id, reports processing as pending then complete (or
 * failed), records every request, and can be scripted per test with GitHub's real refusals.
 */
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import type { Log } from 'sarif'

/** GitHub's messages for the refusals the action must explain (as the REST API sends them). */
export const GITHUB_MESSAGES = {
  advancedSecurity: 'Advanced Security must be enabled for this repository to use code scanning.',
  codeScanningDisabled:
    'Code scanning is not enabled for this repository. Please enable code scanning in the repository settings.',
  readOnly: 'Resource not accessible by integration',
  notFound: 'Not Found',
  badCredentials: 'Bad credentials',
  serverError: 'Server Error',
  rateLimited: 'API rate limit exceeded for installation ID 4242.',
  secondaryRateLimit:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
} as const

const DOCS =
  'https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data'

/** A response a test scripts for the next request of a kind. */
export interface ScriptedResponse {
  status: number
  message?: string
  body?: unknown
  headers?: Record<string, string>
}

export interface RecordedRequest {
  method: string
  /** Path as requested, prefix included. */
  path: string
  headers: http.IncomingHttpHeaders
  body: string
  /** `performance.now()` when it arrived. */
  at: number
  /** What the server answered. */
  status: number
}

export interface RecordedUpload {
  id: string
  commitSha: string
  ref: string
  checkoutUri?: string
  startedAt?: string
  toolName?: string
  /** The SARIF, decoded (base64, gunzip, JSON). */
  sarif: Log
  /** The SARIF's text as uploaded (base64 and gzip undone). */
  text: string
}

export interface FakeGitHubOptions {
  /** The token the server accepts. */
  token?: string
  /** `owner/repo` the server knows; others are 404. */
  repository?: string
  /** Path prefix of the API: '' for github.com, '/api/v3' for GHES. */
  prefix?: string
}

/** What processing of an upload ends in, after `pendingPolls` answers of `pending`. */
export interface ProcessingPlan {
  pendingPolls: number
  result: { status: 'complete' } | { status: 'failed'; errors: string[] }
}

/** A code-scanning alert as the alerts API returns it (the fields tierguard reads). */
export interface FakeAlert {
  number: number
  state: 'open' | 'dismissed' | 'fixed'
  ref: string
  tool: { name: string }
  rule: { id: string }
  most_recent_instance: {
    ref: string
    message: { text: string }
    location: { path: string; start_line: number }
  }
  dismissed_reason?: string | null
  dismissed_comment?: string | null
}

/** An issue (pull request) comment as the issues API returns it (the fields tierguard reads). */
export interface FakeComment {
  id: number
  /** The pull request it is on. */
  issue: number
  body: string
  user: { login: string; type: string }
  html_url: string
}

const DISMISSED_REASONS = ['false positive', "won't fix", 'used in tests']

export class FakeGitHub {
  readonly token: string
  readonly repository: string
  readonly prefix: string
  readonly requests: RecordedRequest[] = []
  readonly uploads: RecordedUpload[] = []
  /** Answers for the next POSTs, in order; when empty the upload is checked and accepted. */
  uploadScript: ScriptedResponse[] = []
  /** Answers for the next status GETs, in order; when empty the processing plan answers. */
  statusScript: ScriptedResponse[] = []
  processing: ProcessingPlan = { pendingPolls: 1, result: { status: 'complete' } }
  /** Code-scanning alerts of the repository, listed and updated by the alerts API. */
  alerts: FakeAlert[] = []
  /** Answers for the next alerts requests (list or update), in order. */
  alertsScript: ScriptedResponse[] = []
  /** Comments of the repository's issues and pull requests, listed, created and updated. */
  comments: FakeComment[] = []
  /** Answers for the next issue-comment requests (list, create or update), in order. */
  commentsScript: ScriptedResponse[] = []
  private readonly polls = new Map<string, number>()
  private server?: http.Server
  private origin = ''

  constructor(options: FakeGitHubOptions = {}) {
    this.token = options.token ?? 'ghs_faketoken0123456789'
    this.repository = options.repository ?? 'octo-org/octo-repo'
    this.prefix = options.prefix ?? ''
  }

  /** The API base URL to give as `GITHUB_API_URL`. */
  get apiUrl(): string {
    return `${this.origin}${this.prefix}`
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', chunk => chunks.push(chunk as Buffer))
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        const record: RecordedRequest = {
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          body,
          at: performance.now(),
          status: 0
        }
        this.requests.push(record)
        const answer = this.handle(record)
        record.status = answer.status
        res.writeHead(answer.status, {
          'content-type': 'application/json; charset=utf-8',
          ...answer.headers
        })
        res.end(JSON.stringify(answer.body))
      })
    })
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve))
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    if (!this.server) return
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server!.close(() => resolve()))
  }

  /** Requests of one kind: `upload` (POST sarifs) or `status` (GET sarifs/:id). */
  requestsOf(kind: 'upload' | 'status' | 'alerts' | 'comments'): RecordedRequest[] {
    return this.requests.filter(r => {
      if (r.path.includes('/code-scanning/alerts')) return kind === 'alerts'
      if (r.path.includes('/issues/')) return kind === 'comments'
      return kind === 'upload' ? r.method === 'POST' : kind === 'status' && r.method === 'GET'
    })
  }

  private handle(req: RecordedRequest): {
    status: number
    body: unknown
    headers?: Record<string, string>
  } {
    if (!req.path.startsWith(`${this.prefix}/`)) return error(404, GITHUB_MESSAGES.notFound)
    const route = req.path.slice(this.prefix.length)
    const auth = req.headers.authorization ?? ''
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      return error(401, GITHUB_MESSAGES.badCredentials)
    }
    const upload = /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/sarifs$/.exec(route)
    const status = /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/sarifs\/([^/?]+)$/.exec(route)
    if (upload && req.method === 'POST') {
      if (`${upload[1]}/${upload[2]}` !== this.repository)
        return error(404, GITHUB_MESSAGES.notFound)
      const scripted = this.uploadScript.shift()
      return scripted ? fromScript(scripted) : this.acceptUpload(req.body)
    }
    const alertList = /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/alerts(\?.*)?$/.exec(route)
    const alertOne = /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/alerts\/(\d+)$/.exec(route)
    if ((alertList && req.method === 'GET') || (alertOne && req.method === 'PATCH')) {
      const match = (alertList ?? alertOne)!
      if (`${match[1]}/${match[2]}` !== this.repository) return error(404, GITHUB_MESSAGES.notFound)
      const scripted = this.alertsScript.shift()
      if (scripted) return fromScript(scripted)
      return alertList
        ? this.listAlerts(alertList[3] ?? '')
        : this.updateAlert(Number(alertOne![3]), req.body)
    }
    const issueComments = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments(\?.*)?$/.exec(route)
    const oneComment = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(route)
    if (
      (issueComments && (req.method === 'GET' || req.method === 'POST')) ||
      (oneComment && req.method === 'PATCH')
    ) {
      const match = (issueComments ?? oneComment)!
      if (`${match[1]}/${match[2]}` !== this.repository) return error(404, GITHUB_MESSAGES.notFound)
      const scripted = this.commentsScript.shift()
      if (scripted) return fromScript(scripted)
      if (oneComment) return this.updateComment(Number(oneComment[3]), req.body)
      return req.method === 'GET'
        ? this.listComments(Number(issueComments![3]), issueComments![4] ?? '')
        : this.createComment(Number(issueComments![3]), req.body)
    }
    if (status && req.method === 'GET') {
      if (`${status[1]}/${status[2]}` !== this.repository)
        return error(404, GITHUB_MESSAGES.notFound)
      const scripted = this.statusScript.shift()
      return scripted ? fromScript(scripted) : this.answerStatus(status[3]!)
    }
    return error(404, GITHUB_MESSAGES.notFound)
  }

  private acceptUpload(raw: string): { status: number; body: unknown } {
    let body: Record<string, unknown>
    try {
      body = JSON.parse(raw) as Record<string, unknown>
    } catch {
      return error(400, 'Problems parsing JSON')
    }
    const invalid = (detail: string) => error(422, `Invalid request.\n\n${detail}`)
    if (typeof body.commit_sha !== 'string' || !/^[0-9a-f]{40}$/.test(body.commit_sha)) {
      return invalid(`${JSON.stringify(body.commit_sha)} is not a valid commit SHA.`)
    }
    if (typeof body.ref !== 'string' || !/^refs\/(heads|tags|pull)\/.+$/.test(body.ref)) {
      return invalid(
        `${JSON.stringify(body.ref)} does not match /^refs\\/(heads|tags|pull)\\/.*$/.`
      )
    }
    if (typeof body.sarif !== 'string') return invalid('sarif is missing.')
    for (const key of ['checkout_uri', 'started_at', 'tool_name'] as const) {
      if (body[key] !== undefined && typeof body[key] !== 'string')
        return invalid(`${key} is not a string.`)
    }
    if (typeof body.started_at === 'string' && Number.isNaN(Date.parse(body.started_at))) {
      return invalid('started_at is not an ISO 8601 timestamp.')
    }
    let sarif: Log
    let text: string
    try {
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body.sarif)) throw new Error('not base64')
      text = gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8')
      sarif = JSON.parse(text) as Log
    } catch {
      return error(400, 'Invalid SARIF: the sarif field is not base64-encoded gzip of JSON.')
    }
    if (sarif.version !== '2.1.0' || !Array.isArray(sarif.runs)) {
      return error(400, 'Invalid SARIF: version must be 2.1.0 and runs an array.')
    }
    const id = randomUUID()
    this.uploads.push({
      id,
      commitSha: body.commit_sha,
      ref: body.ref,
      checkoutUri: body.checkout_uri as string | undefined,
      startedAt: body.started_at as string | undefined,
      toolName: body.tool_name as string | undefined,
      sarif,
      text
    })
    const [owner, repo] = this.repository.split('/')
    return {
      status: 202,
      body: { id, url: `${this.apiUrl}/repos/${owner}/${repo}/code-scanning/sarifs/${id}` }
    }
  }

  /** `GET .../code-scanning/alerts`: filtered by `tool_name`, `ref` and `state`, paginated. */
  private listAlerts(query: string): { status: number; body: unknown } {
    const params = new URLSearchParams(query.replace(/^\?/, ''))
    const perPage = Number(params.get('per_page') ?? 30)
    const page = Number(params.get('page') ?? 1)
    const listed = this.alerts.filter(
      a =>
        (!params.has('tool_name') || a.tool.name === params.get('tool_name')) &&
        (!params.has('ref') || a.ref === params.get('ref')) &&
        (!params.has('state') || a.state === params.get('state'))
    )
    return { status: 200, body: listed.slice((page - 1) * perPage, page * perPage) }
  }

  /** `PATCH .../code-scanning/alerts/{n}`, checked as GitHub checks it. */
  private updateAlert(number: number, raw: string): { status: number; body: unknown } {
    const alert = this.alerts.find(a => a.number === number)
    if (!alert) return error(404, GITHUB_MESSAGES.notFound)
    const body = JSON.parse(raw) as Record<string, unknown>
    if (body.state !== 'dismissed' && body.state !== 'open') {
      return error(422, 'Invalid request.\n\nstate must be open or dismissed.')
    }
    if (body.state === 'dismissed') {
      if (!DISMISSED_REASONS.includes(body.dismissed_reason as string)) {
        return error(422, 'Invalid request.\n\ndismissed_reason is not one of the allowed values.')
      }
      const comment = body.dismissed_comment
      if (comment !== undefined && (typeof comment !== 'string' || comment.length > 280)) {
        return error(422, 'Invalid request.\n\ndismissed_comment is longer than 280 characters.')
      }
    }
    alert.state = body.state
    alert.dismissed_reason = (body.dismissed_reason as string | undefined) ?? null
    alert.dismissed_comment = (body.dismissed_comment as string | undefined) ?? null
    return { status: 200, body: alert }
  }

  /** `GET .../issues/{n}/comments`, oldest first, paginated. */
  private listComments(issue: number, query: string): { status: number; body: unknown } {
    const params = new URLSearchParams(query.replace(/^\?/, ''))
    const perPage = Math.min(Number(params.get('per_page') ?? 30), 100)
    const page = Number(params.get('page') ?? 1)
    const listed = this.comments.filter(c => c.issue === issue)
    return { status: 200, body: listed.slice((page - 1) * perPage, page * perPage) }
  }

  /** `POST .../issues/{n}/comments`, checked as GitHub checks it. */
  private createComment(issue: number, raw: string): { status: number; body: unknown } {
    const body = (JSON.parse(raw) as { body?: unknown }).body
    if (typeof body !== 'string' || body.length > 65_536) {
      return error(422, 'Invalid request.\n\nbody is missing or longer than 65536 characters.')
    }
    const id = 1000 + this.comments.length + 1
    const [owner, repo] = this.repository.split('/')
    const comment: FakeComment = {
      id,
      issue,
      body,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`
    }
    this.comments.push(comment)
    return { status: 201, body: comment }
  }

  /** `PATCH .../issues/comments/{id}`. */
  private updateComment(id: number, raw: string): { status: number; body: unknown } {
    const comment = this.comments.find(c => c.id === id)
    if (!comment) return error(404, GITHUB_MESSAGES.notFound)
    const body = (JSON.parse(raw) as { body?: unknown }).body
    if (typeof body !== 'string' || body.length > 65_536) {
      return error(422, 'Invalid request.\n\nbody is missing or longer than 65536 characters.')
    }
    comment.body = body
    return { status: 200, body: comment }
  }

  private answerStatus(id: string): { status: number; body: unknown } {
    if (!this.uploads.some(u => u.id === id)) return error(404, GITHUB_MESSAGES.notFound)
    const polls = (this.polls.get(id) ?? 0) + 1
    this.polls.set(id, polls)
    if (polls <= this.processing.pendingPolls) {
      return {
        status: 200,
        body: { processing_status: 'pending', analyses_url: null, errors: null }
      }
    }
    const [owner, repo] = this.repository.split('/')
    if (this.processing.result.status === 'failed') {
      return {
        status: 200,
        body: {
          processing_status: 'failed',
          analyses_url: null,
          errors: this.processing.result.errors
        }
      }
    }
    return {
      status: 200,
      body: {
        processing_status: 'complete',
        analyses_url: `${this.apiUrl}/repos/${owner}/${repo}/code-scanning/analyses?sarif_id=${id}`,
        errors: null
      }
    }
  }
}

function error(status: number, message: string): { status: number; body: unknown } {
  return { status, body: { message, documentation_url: DOCS, status: String(status) } }
}

function fromScript(s: ScriptedResponse): {
  status: number
  body: unknown
  headers?: Record<string, string>
} {
  const body = s.body ?? {
    message: s.message ?? '',
    documentation_url: DOCS,
    status: String(s.status)
  }
  return { status: s.status, body, headers: s.headers }
}
