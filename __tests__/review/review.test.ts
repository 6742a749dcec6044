/**
 * The review of a change: edges and findings of a base and a head scan compared, and the
 * sentences a reviewer reads.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { silentLogger } from '../../src/core/logger.js'
import { scan } from '../../src/scan.js'
import { diffReview, reviewSideOf } from '../../src/review/diff.js'
import type { ReviewDiff } from '../../src/review/diff.js'
import {
  renderReview,
  renderReviewComment,
  reviewCommentMarker
} from '../../src/review/render-review.js'

/** Proxy on `front`, db on `back` publishing its port, and an old debt: `legacy` on the host. */
const BASE = `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks: [front]
  db:
    image: postgres:16
    ports:
      - "5432:5432"
    networks: [back]
  legacy:
    image: ghcr.io/example/agent:1.0
    network_mode: host
networks:
  front: {}
  back: {}
`

/** Three lines on top, proxy joins `back`, and db no longer publishes its port. */
const HEAD = `# The web stack.
# Reviewed.

services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
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

let root: string
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tierguard-review-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

async function review(base: string, head: string): Promise<ReviewDiff> {
  const sides = []
  for (const [name, content] of [
    ['base', base],
    ['head', head]
  ] as const) {
    // The same folder name on both sides, as in the action: it names the project.
    const dir = path.join(root, name, 'octo-repo')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'compose.yaml'), content)
    sides.push(reviewSideOf(await scan({ baseDir: dir, logger: silentLogger })))
  }
  return diffReview(sides[0]!, sides[1]!)
}

const LINKS = {
  serverUrl: 'https://github.com',
  repository: { owner: 'octo-org', repo: 'octo-repo' },
  headSha: 'h'.repeat(40),
  baseSha: 'b'.repeat(40)
}

describe('diffReview', () => {
  it('finds the added network edge, the removed published port, and matches moved findings', async () => {
    const diff = await review(BASE, HEAD)
    expect(diff.added.map(c => [c.edge.key, `${c.span.file}:${c.span.startLine}`])).toEqual([
      ['reaches octo-repo/proxy octo-repo/db network octo-repo_back', 'compose.yaml:9']
    ])
    expect(diff.removed.map(c => [c.edge.key, `${c.span.file}:${c.span.startLine}`])).toEqual([
      ['exposed octo-repo/db port 5432/tcp', 'compose.yaml:10']
    ])
    const brief = (f: { ruleId: string; location: { startLine: number } }) =>
      `${f.ruleId}:${f.location.startLine}`
    expect(diff.introduced.map(brief)).toEqual(['data-reachable-from-edge:12', 'flat-network:18'])
    expect(diff.fixed.map(brief)).toEqual(['data-port-published:10'])
    // On line 14 in the base, 15 in the head: the same finding.
    expect(diff.unchanged.map(brief)).toEqual(['host-network:15'])
  })
})

describe('renderReview', () => {
  it('says in one sentence per edge what the change does, with the line that did it', async () => {
    const diff = await review(BASE, HEAD)
    const markdown = renderReview(diff, LINKS)
    expect(markdown).toContain(
      `- ➕ <code>proxy</code> can now reach <code>db</code> (PostgreSQL) over <code>back</code>, added in [compose.yaml&#58;9](https://github.com/octo-org/octo-repo/blob/${'h'.repeat(40)}/compose.yaml#L9).`
    )
    expect(markdown).toContain(
      `- ➖ The outside can no longer reach <code>db</code> (PostgreSQL) through published port <code>5432&#58;5432</code>, removed from [compose.yaml&#58;10](https://github.com/octo-org/octo-repo/blob/${'b'.repeat(40)}/compose.yaml#L10) of the base.`
    )
    expect(markdown).toContain('**Findings:** 2 introduced, 1 fixed, 1 unchanged.')
    expect(markdown).toContain(
      `Fixed by this change:\n\n- high <code>data-port-published</code> at [compose.yaml&#58;10](https://github.com/octo-org/octo-repo/blob/${'b'.repeat(40)}/compose.yaml#L10): &#96;db&#96; &#40;PostgreSQL&#41; publishes`
    )
  })

  it('says "also" and "still" when the two ends are joined another way', async () => {
    const both = HEAD.replace(
      '    networks: [back]\n  legacy',
      '    networks: [back, front]\n  legacy'
    )
    const added = renderReview(await review(HEAD, both), LINKS)
    expect(added).toContain(
      '- ➕ <code>proxy</code> can also reach <code>db</code> (PostgreSQL) over <code>front</code>, added in [compose.yaml&#58;12]('
    )
    const removed = renderReview(await review(both, HEAD), LINKS)
    expect(removed).toContain(
      '- ➖ <code>proxy</code> no longer reaches <code>db</code> (PostgreSQL) over <code>front</code> (it still can another way), removed from [compose.yaml&#58;12]('
    )
  })

  it('says so when the change touches no reachability', async () => {
    const diff = await review(BASE, `# moved\n${BASE}`)
    expect(diff.unchanged.length).toBeGreaterThan(0)
    expect(diff.introduced).toEqual([])
    expect(diff.fixed).toEqual([])
    const markdown = renderReview(diff, LINKS)
    expect(markdown).toContain(
      'This change touches no reachability: no service gains or loses a way in from the outside or a way to a data store.'
    )
    expect(markdown).toContain(
      `**Findings:** 0 introduced, 0 fixed, ${diff.unchanged.length} unchanged.`
    )
  })

  it('never lets a hostile service or network name become Markdown, HTML or a mention', async () => {
    const hostile = (name: string, network: string) => `services:
  proxy:
    image: nginx:1.27
    ports: ["443:443"]
    networks: [front${network ? `, "${network}"` : ''}]
  "${name}":
    image: postgres:16
    networks: ["${network || 'front2'}"]
networks:
  front: {}
  front2: {}
  "${network || 'unused'}": {}
`
    const name = 'db`<img src=x onerror=alert(1)>@octocat ![x](https://evil.example/x.png)|'
    const network = 'back<!-- -->`**@admins**'
    const diff = await review(hostile(name, ''), hostile(name, network))
    expect(diff.added.length).toBeGreaterThan(0)
    const comment = renderReviewComment(diff, LINKS, reviewCommentMarker('a -->b'))
    expect(comment.startsWith('<!-- tierguard-review category=a--b -->\n')).toBe(true)
    const body = comment.split('\n').slice(1).join('\n')
    for (const markup of ['<img', '<!--', '-->', '@octocat', '@admins', '![x]', '`', '**@', '|']) {
      expect([markup, body.includes(markup)]).toEqual([markup, false])
    }
    expect(body).toContain('&#64;octocat')
  })
})
