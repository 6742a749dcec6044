import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createRecordingLogger } from '../../src/core/logger.js'
import { computeRetryDelay, readRetryPolicy } from '../../src/action/retry.js'
import type { RetryPolicy } from '../../src/action/retry.js'
import { encodeSarif, uploadSarif } from '../../src/action/upload.js'
import type { UploadOptions } from '../../src/action/upload.js'
import { FakeGitHub, GITHUB_MESSAGES } from './fake-github.js'

const SHA = 'a'.repeat(40)
const SARIF = JSON.stringify({
  version: '2.1.0',
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  runs: [{ tool: { driver: { name: 'tierguard', rules: [] } }, results: [] }]
})

function testPolicy(unitMs = 10): RetryPolicy {
  return { ...readRetryPolicy({ TIERGUARD_RETRY_BASE_MS: String(unitMs) }) }
}

describe('uploadSarif against a fake GitHub', () => {
  let github: FakeGitHub
  let logger: ReturnType<typeof createRecordingLogger>

  beforeEach(async () => {
    github = await new FakeGitHub().start()
    logger = createRecordingLogger()
  })
  afterEach(async () => {
    await github.stop()
  })

  function options(overrides: Partial<UploadOptions> = {}): UploadOptions {
    return {
      token: github.token,
      apiUrl: github.apiUrl,
      target: { owner: 'octo-org', repo: 'octo-repo', commitSha: SHA, ref: 'refs/heads/main' },
      sarif: SARIF,
      checkoutUri: 'file:///home/runner/work/octo-repo/octo-repo',
      startedAt: new Date('2025-01-02T03:04:05.000Z'),
      waitForProcessing: true,
      policy: testPolicy(),
      logger,
      ...overrides
    }
  }

  it('posts every field GitHub expects and waits until processing is complete', async () => {
    const outcome = await uploadSarif(options())

    expect(github.uploads).toHaveLength(1)
    const upload = github.uploads[0]!
    expect(outcome).toEqual({
      kind: 'uploaded',
      id: upload.id,
      processing: 'complete',
      analysesUrl: `${github.apiUrl}/repos/octo-org/octo-repo/code-scanning/analyses?sarif_id=${upload.id}`
    })
    expect(upload).toMatchObject({
      commitSha: SHA,
      ref: 'refs/heads/main',
      checkoutUri: 'file:///home/runner/work/octo-repo/octo-repo',
      startedAt: '2025-01-02T03:04:05.000Z',
      toolName: 'tierguard'
    })
    expect(upload.sarif).toEqual(JSON.parse(SARIF))
    const post = github.requestsOf('upload')[0]!
    expect(post.path).toBe('/repos/octo-org/octo-repo/code-scanning/sarifs')
    expect(post.headers.authorization).toBe(`token ${github.token}`)
    // pending once, then complete
    expect(github.requestsOf('status').map(r => r.path)).toEqual([
      `/repos/octo-org/octo-repo/code-scanning/sarifs/${upload.id}`,
      `/repos/octo-org/octo-repo/code-scanning/sarifs/${upload.id}`
    ])
    expect(logger.lines.join('\n')).toContain(
      `analyses: ${outcome.kind === 'uploaded' && outcome.analysesUrl}`
    )
  })

  it('sends the SARIF as base64 of gzip', () => {
    const encoded = encodeSarif(SARIF)
    const bytes = Buffer.from(encoded, 'base64')
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b])
    expect(encoded).toMatch(/^[A-Za-z0-9+/]+=*$/)
  })

  it('uses the GHES API prefix from the base URL', async () => {
    await github.stop()
    github = await new FakeGitHub({ prefix: '/api/v3' }).start()
    const outcome = await uploadSarif(options({ apiUrl: github.apiUrl }))
    expect(outcome.kind).toBe('uploaded')
    expect(github.requests.every(r => r.path.startsWith('/api/v3/repos/octo-org/octo-repo/'))).toBe(
      true
    )
  })

  it('does not wait when wait-for-processing is off', async () => {
    const outcome = await uploadSarif(options({ waitForProcessing: false }))
    expect(outcome).toMatchObject({ kind: 'uploaded', processing: 'not-waited' })
    expect(github.requestsOf('status')).toHaveLength(0)
  })

  it.each([
    ['advancedSecurity', 'not-enabled', 'Enable code scanning'],
    ['codeScanningDisabled', 'not-enabled', 'Enable code scanning'],
    ['readOnly', 'read-only-token', 'permissions: security-events: write']
  ] as const)(
    'turns a 403 %s into a refusal saying what to do, without retrying',
    async (key, reason, advice) => {
      github.uploadScript.push({ status: 403, message: GITHUB_MESSAGES[key] })
      const outcome = await uploadSarif(options())
      expect(outcome).toMatchObject({ kind: 'refused', reason })
      expect(outcome.kind === 'refused' && outcome.message).toContain(advice)
      expect(outcome.kind === 'refused' && outcome.message).toContain(GITHUB_MESSAGES[key])
      expect(outcome.kind === 'refused' && outcome.message).toContain('`upload: false`')
      expect(github.requestsOf('upload')).toHaveLength(1)
    }
  )

  it('turns a 404 into a refusal naming the repository', async () => {
    const outcome = await uploadSarif(
      options({
        target: { owner: 'octo-org', repo: 'gone', commitSha: SHA, ref: 'refs/heads/main' }
      })
    )
    expect(outcome).toMatchObject({ kind: 'refused', reason: 'not-found' })
    expect(outcome.kind === 'refused' && outcome.message).toContain('octo-org/gone')
    expect(github.requestsOf('upload')).toHaveLength(1)
  })

  it('fails on a bad token without retrying', async () => {
    const outcome = await uploadSarif(options({ token: 'ghs_wrong' }))
    expect(outcome).toEqual({
      kind: 'failed',
      message: 'Uploading the SARIF to code scanning failed: 401 Bad credentials.'
    })
    expect(github.requests).toHaveLength(1)
  })

  it('fails on a 422 without retrying', async () => {
    const outcome = await uploadSarif(
      options({ target: { owner: 'octo-org', repo: 'octo-repo', commitSha: SHA, ref: 'main' } })
    )
    expect(outcome.kind).toBe('failed')
    expect(outcome.kind === 'failed' && outcome.message).toContain('422 Invalid request')
    expect(github.requests).toHaveLength(1)
  })

  it('retries a 500 and succeeds', async () => {
    github.uploadScript.push({ status: 500, message: GITHUB_MESSAGES.serverError })
    const outcome = await uploadSarif(options())
    expect(outcome).toMatchObject({ kind: 'uploaded', processing: 'complete' })
    expect(github.requestsOf('upload').map(r => r.status)).toEqual([500, 202])
    expect(logger.lines).toContain(
      'info: Uploading the SARIF: 500 Server Error; retrying in 10 ms (attempt 2 of 4)'
    )
  })

  it('gives up after 4 tries of 5xx, with backoff doubling', async () => {
    for (let i = 0; i < 5; i++) github.uploadScript.push({ status: 502, message: 'Bad Gateway' })
    const outcome = await uploadSarif(options({ policy: testPolicy(20) }))
    expect(outcome).toEqual({
      kind: 'failed',
      message: 'Uploading the SARIF to code scanning failed: 502 Bad Gateway.'
    })
    const times = github.requestsOf('upload').map(r => r.at)
    expect(times).toHaveLength(4)
    const gaps = times.slice(1).map((t, i) => t - times[i]!)
    // 20, 40, 80 ms
    expect(gaps[0]).toBeGreaterThanOrEqual(19)
    expect(gaps[1]).toBeGreaterThanOrEqual(39)
    expect(gaps[2]).toBeGreaterThanOrEqual(79)
  })

  it('honours retry-after on a 429', async () => {
    github.uploadScript.push({
      status: 429,
      message: GITHUB_MESSAGES.secondaryRateLimit,
      headers: { 'retry-after': '6' }
    })
    const outcome = await uploadSarif(options({ policy: testPolicy(20) }))
    expect(outcome.kind).toBe('uploaded')
    const [first, second] = github.requestsOf('upload')
    // 6 units of 20 ms, where plain backoff would have waited 20 ms
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(119)
  })

  it('waits for x-ratelimit-reset on a 403 with no requests remaining', async () => {
    github.uploadScript.push({
      status: 403,
      message: GITHUB_MESSAGES.rateLimited,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 4)
      }
    })
    const outcome = await uploadSarif(options({ policy: testPolicy(20) }))
    expect(outcome.kind).toBe('uploaded')
    const [first, second] = github.requestsOf('upload')
    // at least 3 s in units of 20 ms
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(59)
  })

  it('does not wait for a rate limit that resets later than the longest wait', async () => {
    github.uploadScript.push({
      status: 403,
      message: GITHUB_MESSAGES.rateLimited,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600)
      }
    })
    const outcome = await uploadSarif(options())
    expect(outcome).toEqual({
      kind: 'failed',
      message: `Uploading the SARIF to code scanning failed: 403 ${GITHUB_MESSAGES.rateLimited}.`
    })
    expect(github.requests).toHaveLength(1)
  })

  it('reports processing failures with GitHub’s errors', async () => {
    github.processing = {
      pendingPolls: 2,
      result: { status: 'failed', errors: ['locationFromSarifResult: expected artifact location'] }
    }
    const outcome = await uploadSarif(options())
    expect(outcome).toEqual({
      kind: 'processing-failed',
      id: github.uploads[0]!.id,
      errors: ['locationFromSarifResult: expected artifact location']
    })
    expect(github.requestsOf('status')).toHaveLength(3)
  })

  it('keeps polling through a 404 right after the upload', async () => {
    github.statusScript.push({ status: 404, message: GITHUB_MESSAGES.notFound })
    github.processing = { pendingPolls: 0, result: { status: 'complete' } }
    const outcome = await uploadSarif(options())
    expect(outcome).toMatchObject({ kind: 'uploaded', processing: 'complete' })
    expect(github.requestsOf('status').map(r => r.status)).toEqual([404, 200])
  })

  it('stops waiting at the processing deadline and says so', async () => {
    github.processing = { pendingPolls: 1000, result: { status: 'complete' } }
    const started = performance.now()
    const outcome = await uploadSarif(options({ policy: testPolicy(5) }))
    expect(outcome).toMatchObject({ kind: 'uploaded', processing: 'pending' })
    expect(outcome.kind === 'uploaded' && outcome.note).toContain('still processing')
    // 120 units of 5 ms
    expect(performance.now() - started).toBeLessThan(2000)
    expect(github.requestsOf('status').length).toBeGreaterThan(3)
  })
})

describe('computeRetryDelay', () => {
  const policy = testPolicy(1000)
  const httpError = (status: number, headers: Record<string, string> = {}) =>
    Object.assign(new Error('x'), { status, response: { headers } })

  it('backs off exponentially on 5xx, capped at 30 s', () => {
    expect([1, 2, 3, 6].map(a => computeRetryDelay(httpError(503), a, policy))).toEqual([
      1000, 2000, 4000, 30000
    ])
  })

  it('never retries other 4xx', () => {
    for (const status of [400, 401, 403, 404, 413, 422]) {
      expect(computeRetryDelay(httpError(status), 1, policy)).toBeUndefined()
    }
  })

  it('honours retry-after in seconds and as a date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z')
    expect(computeRetryDelay(httpError(429, { 'retry-after': '7' }), 1, policy, now)).toBe(7000)
    expect(
      computeRetryDelay(
        httpError(403, { 'retry-after': 'Wed, 01 Jan 2025 00:00:12 GMT' }),
        1,
        policy,
        now
      )
    ).toBe(12000)
    expect(
      computeRetryDelay(httpError(429, { 'retry-after': '31' }), 1, policy, now)
    ).toBeUndefined()
  })

  it('waits for x-ratelimit-reset when no request is left', () => {
    const now = Date.parse('2025-01-01T00:00:00Z')
    const reset = String(now / 1000 + 5)
    expect(
      computeRetryDelay(
        httpError(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }),
        1,
        policy,
        now
      )
    ).toBe(5000)
  })

  it('defaults to one-second units', () => {
    expect(readRetryPolicy({})).toMatchObject({
      unitMs: 1000,
      maxWaitMs: 30000,
      processingTimeoutMs: 120000,
      maxAttempts: 4
    })
  })
})
