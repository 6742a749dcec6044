/**
 * End to end, the review of a pull request: the bundled action (`node dist/index.js`, built by
 * `npm run package`) runs in a real git repository with a base and a head commit, as a runner
 * would run it, against the fake GitHub API on 127.0.0.1; it compares the two commits and posts
 * (then updates) one comment.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { FakeGitHub, GITHUB_MESSAGES } from './fake-github.js'
import { git, makeRepository } from './git-repo.js'
import { BUNDLE, runBundle, type BundleRun } from './run-bundle.js'

const MARKER = '<!-- tierguard-review -->'

/** Proxy on `front`; app publishes 8080; db on `back`; `legacy` on the host network (old debt). */
const BASE = `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks: [front]
  app:
    image: ghcr.io/example/app:1.0
    ports:
      - "8080:8080"
    networks: [front, back]
  db:
    image: postgres:16
    networks: [back]
  legacy:
    image: ghcr.io/example/agent:1.0
    network_mode: host
networks:
  front: {}
  back: {}
`

/** A line on top; proxy joins `back` (line 7); app no longer publishes 8080. */
const HEAD = `# The web stack.
services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks: [front, back]
  app:
    image: ghcr.io/example/app:1.0
    networks: [front, back]
  db:
    image: postgres:16
    networks: [back]
  legacy:
    image: ghcr.io/example/agent:1.0
    network_mode: host
networks:
  front: {}
  back: {}
`

let scratch: string
let github: FakeGitHub

beforeAll(() => {
  if (!existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} does not exist: run \`npm run package\` before these tests.`)
  }
})
beforeEach(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'tierguard-review-e2e-'))
  github = await new FakeGitHub().start()
})
afterEach(async () => {
  await github.stop()
  rmSync(scratch, { recursive: true, force: true })
})

/** Runs the bundle as the runner does on a `pull_request` (or `push`) event. */
async function runAction(options: {
  workspace: string
  headSha: string
  baseSha: string
  event?: 'pull_request' | 'push'
  inputs?: Record<string, string>
}): Promise<BundleRun> {
  const event = options.event ?? 'pull_request'
  const repository = {
    full_name: 'octo-org/octo-repo',
    name: 'octo-repo',
    owner: { login: 'octo-org' }
  }
  return runBundle({
    workspace: options.workspace,
    runnerTemp: path.join(scratch, 'runner-temp'),
    api: { url: github.apiUrl, token: github.token },
    event: {
      name: event,
      payload:
        event === 'push'
          ? { ref: 'refs/heads/main', before: options.baseSha, after: options.headSha, repository }
          : {
              action: 'synchronize',
              number: 7,
              pull_request: {
                number: 7,
                head: { ref: 'feature', sha: options.headSha },
                base: { ref: 'main', sha: options.baseSha }
              },
              repository
            },
      sha: options.headSha,
      ref: event === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge'
    },
    inputs: { 'wait-for-processing': 'false', ...options.inputs },
    // A home of its own: the git config of the machine stays out of the base checkout.
    env: { HOME: scratch, GIT_CONFIG_NOSYSTEM: '1', GITHUB_RUN_ID: '4242' }
  })
}

const link = (sha: string, line: number) =>
  `[docker-compose.yml&#58;${line}](https://github.com/octo-org/octo-repo/blob/${sha}/docker-compose.yml#L${line})`

describe('the bundled action reviews a pull request', () => {
  it('puts the edges added and removed on top of the summary, and posts then updates one comment', async () => {
    const workspace = path.join(scratch, 'work', 'octo-repo')
    const shas = makeRepository(
      workspace,
      { 'docker-compose.yml': BASE },
      { 'docker-compose.yml': HEAD }
    )
    const added = `- ➕ <code>proxy</code> can now reach <code>db</code> (PostgreSQL) over <code>back</code>, added in ${link(shas.head, 7)}.`
    const removed = `- ➖ The outside can no longer reach <code>app</code> through published port <code>8080&#58;8080</code>, removed from ${link(shas.base, 10)} of the base.`

    const run = await runAction({ workspace, headSha: shas.head, baseSha: shas.base })

    expect(run.summary.startsWith('## tierguard: what this pull request changes\n\n')).toBe(true)
    expect(run.summary).toContain(`${added}\n${removed}\n`)
    // The host network of `legacy` is old debt: a line lower, the same finding. The flat
    // `back` network is a new finding: it now carries the proxy, no longer the published app.
    expect(run.summary).toContain('**Findings:** 2 introduced, 1 fixed, 1 unchanged.')
    expect(run.summary).toContain(
      `Fixed by this change:\n\n- medium <code>flat-network</code> at ${link(shas.base, 20)}: &#96;back&#96; carries &#96;app&#96; &#40;published&#41;`
    )
    expect(run.summary).toContain(
      `Introduced by this change:\n\n- high <code>data-reachable-from-edge</code> at ${link(shas.head, 13)}: `
    )
    expect(run.summary.indexOf('## tierguard: network isolation')).toBeGreaterThan(
      run.summary.indexOf(removed)
    )

    expect(github.comments).toHaveLength(1)
    const comment = github.comments[0]!
    expect(comment.issue).toBe(7)
    expect(
      comment.body.startsWith(`${MARKER}\n## tierguard: what this pull request changes\n`)
    ).toBe(true)
    expect(comment.body).toContain(`${added}\n${removed}\n`)
    expect(comment.body).toContain('(https://github.com/octo-org/octo-repo/actions/runs/4242)')
    expect(github.requestsOf('comments').map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/octo-org/octo-repo/issues/7/comments?per_page=100&page=1',
      'POST /repos/octo-org/octo-repo/issues/7/comments'
    ])
    // Default gate: every finding counts, and the new high one blocks.
    expect(run.code).toBe(1)
    // The base's worktree is gone.
    expect(
      readdirSync(path.join(scratch, 'runner-temp')).filter(f => f.startsWith('tierguard-base-'))
    ).toEqual([])
    expect(git(workspace, 'worktree', 'list').split('\n')).toHaveLength(1)

    // A later run finds the comment by its marker and updates it in place.
    github.comments.unshift({
      id: 1,
      issue: 7,
      body: `Looks good, but what does ${MARKER} do?`,
      user: { login: 'octocat', type: 'User' },
      html_url: 'https://github.com/octo-org/octo-repo/pull/7#issuecomment-1'
    })
    comment.body = `${MARKER}\nstale`
    const again = await runAction({ workspace, headSha: shas.head, baseSha: shas.base })
    expect(again.code).toBe(1)
    expect(github.comments.map(c => c.id)).toEqual([1, comment.id])
    expect(github.comments[0]!.body).toBe(`Looks good, but what does ${MARKER} do?`)
    expect(comment.body).toContain(`${added}\n${removed}\n`)
    expect(
      github
        .requestsOf('comments')
        .slice(2)
        .map(r => `${r.method} ${r.path}`)
    ).toEqual([
      'GET /repos/octo-org/octo-repo/issues/7/comments?per_page=100&page=1',
      `PATCH /repos/octo-org/octo-repo/issues/comments/${comment.id}`
    ])
  })

  it('says so when the change touches no reachability, and gates only what it introduces', async () => {
    const workspace = path.join(scratch, 'work', 'octo-repo')
    const shas = makeRepository(
      workspace,
      { 'docker-compose.yml': BASE },
      { 'docker-compose.yml': `# Comments only.\n${BASE}`, 'README.md': 'docs\n' }
    )
    const scoped = await runAction({
      workspace,
      headSha: shas.head,
      baseSha: shas.base,
      inputs: { 'fail-on-scope': 'introduced' }
    })
    expect(scoped.summary).toContain(
      'This change touches no reachability: no service gains or loses a way in from the outside or a way to a data store.'
    )
    expect(github.comments[0]!.body).toContain('This change touches no reachability')
    // The old high finding (`legacy` on the host network) does not block...
    expect(scoped.code).toBe(0)
    expect(scoped.summary).toContain('**Findings:** 0 introduced, 0 fixed, ')
    // ...but it does with the default scope.
    const all = await runAction({ workspace, headSha: shas.head, baseSha: shas.base })
    expect(all.code).toBe(1)
    expect(all.commands.at(-1)).toMatch(
      /^::error::1 finding at or above `high` blocks this check: docker-compose\.yml:18:/
    )
  })

  it('fails the introduced scope on a new high finding, and says so', async () => {
    const workspace = path.join(scratch, 'work', 'octo-repo')
    const shas = makeRepository(
      workspace,
      { 'docker-compose.yml': BASE },
      { 'docker-compose.yml': HEAD }
    )
    const run = await runAction({
      workspace,
      headSha: shas.head,
      baseSha: shas.base,
      inputs: { 'fail-on-scope': 'introduced' }
    })
    expect(run.code).toBe(1)
    expect(run.commands.at(-1)).toMatch(
      /^::error::1 finding introduced by this pull request at or above `high` blocks this check: docker-compose\.yml:13:\d+ data-reachable-from-edge\./
    )
  })

  it('annotates the files the pull request changed first', async () => {
    const legacy = Array.from(
      { length: 12 },
      (_, i) => `  db${i}:\n    image: postgres:16\n    ports:\n      - "${5400 + i}:5432"\n`
    ).join('')
    const workspace = path.join(scratch, 'work', 'octo-repo')
    const shas = makeRepository(
      workspace,
      { 'old/compose.yaml': `services:\n${legacy}` },
      {
        'new/compose.yaml':
          'services:\n  cache:\n    image: redis:7\n    ports:\n      - "6379:6379"\n'
      }
    )
    const run = await runAction({
      workspace,
      headSha: shas.head,
      baseSha: shas.base,
      inputs: { upload: 'false' }
    })
    const errors = run.commands.filter(c => c.startsWith('::error title='))
    expect(errors[0]).toMatch(
      /^::error title=tierguard data-port-published \((high|critical)\),file=new\/compose\.yaml,line=5,/
    )
    expect(errors).toHaveLength(9)
  })

  it('fetches the base commit when the checkout is shallow', async () => {
    const origin = path.join(scratch, 'origin', 'octo-repo')
    const shas = makeRepository(
      origin,
      { 'docker-compose.yml': BASE },
      { 'docker-compose.yml': HEAD }
    )
    git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true')
    const workspace = path.join(scratch, 'work', 'octo-repo')
    git(scratch, 'clone', '--quiet', '--depth=1', `file://${origin}`, workspace)
    expect(() => git(workspace, 'cat-file', '-e', `${shas.base}^{commit}`)).toThrow()

    const run = await runAction({ workspace, headSha: shas.head, baseSha: shas.base })
    expect(run.stdout).toContain(
      `The base commit ${shas.base} is not in the checkout (shallow); fetching it`
    )
    expect(run.summary).toContain(
      `- ➕ <code>proxy</code> can now reach <code>db</code> (PostgreSQL) over <code>back</code>, added in ${link(shas.head, 7)}.`
    )
    expect(run.commands.filter(c => c.startsWith('::warning::'))).toEqual([])
  })

  it('warns and goes on with the head alone when the base cannot be fetched', async () => {
    const workspace = path.join(scratch, 'work', 'octo-repo')
    const shas = makeRepository(
      workspace,
      { 'docker-compose.yml': BASE },
      { 'docker-compose.yml': HEAD }
    )
    const missing = 'e'.repeat(40)
    const run = await runAction({
      workspace,
      headSha: shas.head,
      baseSha: missing,
      inputs: { 'fail-on-scope': 'introduced' }
    })
    const warnings = run.commands.filter(c => c.startsWith('::warning::'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(
      `tierguard could not compare this pull request with its base commit: the base commit ${missing} is not in the checkout and could not be fetched`
    )
    expect(warnings[0]).toContain('With nothing to compare, the gate counts every finding.')
    expect(run.summary).toContain('⚠️ Not compared with the base commit: ')
    expect(github.requestsOf('comments')).toEqual([])
    expect(run.code).toBe(1)
  })

  it('warns, and keeps the exit code, when the token may not comment (a fork)', async () => {
    const workspace = path.join(scratch, 'work', 'octo-repo')
    const shas = makeRepository(
      workspace,
      { 'docker-compose.yml': BASE },
      { 'docker-compose.yml': HEAD }
    )
    github.commentsScript.push({ status: 403, message: GITHUB_MESSAGES.readOnly })
    const run = await runAction({
      workspace,
      headSha: shas.head,
      baseSha: shas.base,
      inputs: { 'fail-on': 'critical' }
    })
    expect(run.code).toBe(0)
    const warnings = run.commands.filter(c => c.startsWith('::warning::'))
    expect(warnings).toEqual([
      '::warning::Could not post the review comment on pull request #7 (GitHub said: 403 Resource not accessible by integration). The token is read-only on pull requests from forks and on Dependabot runs; otherwise add `permissions: pull-requests: write` to the job, or set `comment: false`. The review is in the job summary, and the gate is not affected.'
    ])
    expect(github.comments).toEqual([])
    expect(run.summary).toContain('can now reach <code>db</code>')
  })

  it('never lets names from the repository become markup or mentions in the comment', async () => {
    const network = 'x`<img src=x onerror=alert(1)>@octocat'
    const hostile = `services:
  proxy:
    image: nginx:1.27
    ports: ["443:443"]
    networks: [front, "${network}"]
  "db\`<img src=x>![p](https://evil.example/p.png)@admins\\r## Approved":
    image: postgres:16
    networks: ["${network}"]
networks:
  front: {}
  "${network}": {}
`
    const workspace = path.join(scratch, 'work', 'octo-repo')
    const shas = makeRepository(
      workspace,
      { 'docker-compose.yml': BASE },
      { 'docker-compose.yml': hostile }
    )
    const run = await runAction({
      workspace,
      headSha: shas.head,
      baseSha: shas.base,
      inputs: { upload: 'false' }
    })
    expect(github.comments).toHaveLength(1)
    const body = github.comments[0]!.body
    expect(body).toContain('can now reach <code>db&#96;&#60;img src=x&#62;')
    const [review] = run.summary.split('## tierguard: network isolation')
    for (const text of [body.slice(MARKER.length), review!]) {
      for (const markup of [
        '<img',
        '![p]',
        '](https://evil',
        '@octocat',
        '@admins',
        '\r',
        '\n## Approved',
        '`'
      ]) {
        expect([markup, text.includes(markup)]).toEqual([markup, false])
      }
    }
  })

  it('posts no comment on a push', async () => {
    const workspace = path.join(scratch, 'work', 'octo-repo')
    const shas = makeRepository(
      workspace,
      { 'docker-compose.yml': BASE },
      { 'docker-compose.yml': HEAD }
    )
    const run = await runAction({
      workspace,
      headSha: shas.head,
      baseSha: shas.base,
      event: 'push'
    })
    expect(github.requestsOf('comments')).toEqual([])
    expect(run.summary).not.toContain('what this pull request changes')
    expect(run.summary.startsWith('## tierguard: network isolation')).toBe(true)
  })
})
