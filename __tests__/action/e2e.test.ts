/**
 * End to end: runs the bundled action (`node dist/index.js`, built by `npm run package`) as a
 * runner would, with the environment a runner sets, against a fake GitHub API on 127.0.0.1.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Log, Result } from 'sarif'
import { announceSkip, findTestEngine, TEST_IMAGE } from '../verify/engine-for-tests.js'
import { FakeGitHub, GITHUB_MESSAGES, type FakeAlert } from './fake-github.js'
import { BUNDLE, runBundle, type BundleRun } from './run-bundle.js'

const SHA = '3f786850e387550fdab836ed7e6dc881de23001b'
const MERGE_SHA = '89e6c98d92887913cadf06b2adb97f26cde4849b'
const RETRY_UNIT_MS = 10

/** A database publishing its port on every interface, and a service on the host network. */
const RISKY_COMPOSE = `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: example
    ports:
      - "5432:5432"
  metrics:
    image: prom/node-exporter:v1.8.2
    network_mode: host
`

/** Proxy on frontend, app on both, database on an internal backend: nothing to report. */
const CLEAN_COMPOSE = `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks: [frontend]
    depends_on: [app]
  app:
    image: ghcr.io/example/app:1.0
    environment:
      DATABASE_URL: postgres://app@db:5432/app
    depends_on: [db]
    networks: [frontend, backend]
  db:
    image: postgres:16
    networks: [backend]
networks:
  frontend: {}
  backend:
    internal: true
`

let scratch: string
let github: FakeGitHub

beforeAll(() => {
  if (!existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} does not exist: run \`npm run package\` before these tests.`)
  }
})

beforeEach(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'tierguard-e2e-'))
  github = await new FakeGitHub().start()
})
afterEach(async () => {
  await github.stop()
  rmSync(scratch, { recursive: true, force: true })
})

/** Writes files (path -> content) into a new workspace folder and returns it. */
function makeWorkspace(files: Record<string, string>): string {
  const workspace = path.join(scratch, 'work', 'octo-repo')
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    writeFileSync(path.join(workspace, file), content)
  }
  mkdirSync(workspace, { recursive: true })
  return workspace
}

function pushPayload(): unknown {
  return {
    ref: 'refs/heads/main',
    before: '0'.repeat(40),
    after: SHA,
    repository: {
      full_name: 'octo-org/octo-repo',
      name: 'octo-repo',
      owner: { login: 'octo-org' }
    },
    head_commit: { id: SHA, message: 'Add compose files' },
    pusher: { name: 'octocat' }
  }
}

function pullRequestPayload(number: number): unknown {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      merge_commit_sha: MERGE_SHA,
      head: {
        ref: 'feature/db',
        sha: 'c'.repeat(40),
        repo: { full_name: 'octo-org/octo-repo', fork: false }
      },
      base: { ref: 'main', sha: 'd'.repeat(40), repo: { full_name: 'octo-org/octo-repo' } }
    },
    repository: { full_name: 'octo-org/octo-repo', name: 'octo-repo', owner: { login: 'octo-org' } }
  }
}

/** Runs the bundle as the runner does: every input set (action.yml defaults, then `inputs`). */
async function runAction(options: {
  workspace: string
  inputs?: Record<string, string>
  event?: 'push' | 'pull_request'
  env?: Record<string, string>
}): Promise<BundleRun> {
  const event = options.event ?? 'push'
  return runBundle({
    workspace: options.workspace,
    runnerTemp: path.join(scratch, 'runner-temp'),
    api: { url: github.apiUrl, token: github.token },
    event: {
      name: event,
      payload: event === 'push' ? pushPayload() : pullRequestPayload(7),
      sha: event === 'push' ? SHA : MERGE_SHA,
      ref: event === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge'
    },
    inputs: options.inputs,
    env: { TIERGUARD_RETRY_BASE_MS: String(RETRY_UNIT_MS), ...options.env }
  })
}

function readSarif(file: string): Log {
  return JSON.parse(readFileSync(file, 'utf8')) as Log
}

function results(log: Log): Result[] {
  return log.runs[0]?.results ?? []
}

function where(result: Result): string {
  const location = result.locations?.[0]?.physicalLocation
  return `${result.ruleId} ${location?.artifactLocation?.uri}:${location?.region?.startLine}:${location?.region?.startColumn}`
}

/** Results whose security severity (or level) makes them at or above `high`. */
function highOrAbove(log: Log): Result[] {
  return results(log).filter(r => r.level === 'error' && !r.suppressions?.length)
}

describe('the bundled action', () => {
  it('passes a clean push, uploads to the branch and writes outputs and summary', async () => {
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    const run = await runAction({ workspace })

    // Nothing on stderr but Node's own deprecation notices (which vary by Node version).
    const noise = /DeprecationWarning|ExperimentalWarning|--trace-(deprecation|warnings)/
    expect(run.stderr.split('\n').filter(line => line && !noise.test(line))).toEqual([])
    expect(run.code).toBe(0)
    expect(github.uploads).toHaveLength(1)
    const upload = github.uploads[0]!
    expect(upload).toMatchObject({
      commitSha: SHA,
      ref: 'refs/heads/main',
      checkoutUri: pathToFileURL(workspace).href,
      toolName: 'tierguard'
    })
    expect(Date.parse(upload.startedAt!)).toBeLessThanOrEqual(Date.now())
    expect(upload.sarif).toEqual(readSarif(run.sarifFile))
    // Compact, as codeql-action uploads a file: the text GitHub's size limit was checked on.
    expect(upload.text).toBe(JSON.stringify(upload.sarif))
    expect(results(upload.sarif)).toEqual([])
    expect(run.outputs).toEqual({
      'sarif-file': run.sarifFile,
      'sarif-id': upload.id,
      findings: '0',
      blocking: '0'
    })
    expect(run.summary).toContain(
      '✅ **No finding at or above `high`** (0 findings in all, 1 project in 1 compose file).'
    )
    expect(run.summary).toContain(
      '| <code>db</code> | data | <code>octo-repo&#95;backend</code> | — |'
    )
    expect(run.summary).toContain('```mermaid\nflowchart LR')
    expect(run.commands.filter(c => /^::(error|warning)/.test(c))).toEqual([])
    expect(run.stdout).toContain('Code scanning processed the SARIF; analyses: ')
  })

  it('uploads, annotates and writes outputs before failing on high findings', async () => {
    const workspace = makeWorkspace({ 'stacks/db/compose.yaml': RISKY_COMPOSE })
    const run = await runAction({ workspace })

    expect(run.code).toBe(1)
    const sarif = readSarif(run.sarifFile)
    expect(github.uploads.map(u => u.sarif)).toEqual([sarif])
    const found = results(sarif).map(where)
    expect(found).toContain('data-port-published stacks/db/compose.yaml:7:9')
    expect(found).toContain('host-network stacks/db/compose.yaml:10:19')
    const blocking = highOrAbove(sarif)
    expect(run.outputs).toEqual({
      'sarif-file': run.sarifFile,
      'sarif-id': github.uploads[0]!.id,
      findings: String(results(sarif).length),
      blocking: String(blocking.length)
    })

    const published = run.commands.find(c => c.includes('data-port-published'))
    expect(published).toMatch(
      /^::error title=tierguard data-port-published \(high\),file=stacks\/db\/compose\.yaml,line=7,endLine=7,col=9,endColumn=\d+::/
    )
    expect(run.commands.find(c => c.includes('tierguard host-network'))).toMatch(
      /^::error title=tierguard host-network \((high|critical)\),file=stacks\/db\/compose\.yaml,line=10,endLine=10,col=19,endColumn=22::/
    )
    // The failure comes last, after the annotations, and says what blocks.
    const last = run.commands.at(-1)!
    expect(last).toMatch(
      new RegExp(
        `^::error::${blocking.length} findings at or above \`high\` block this check: stacks/db/compose\\.yaml:`
      )
    )
    expect(run.summary).toContain(
      `❌ **${blocking.length} findings at or above \`high\` block this check**`
    )
    expect(run.summary).toContain(
      `[stacks/db/compose.yaml&#58;7](https://github.com/octo-org/octo-repo/blob/${SHA}/stacks/db/compose.yaml#L7)`
    )
    // The token is masked, never printed.
    expect(run.stdout.split(github.token).length - 1).toBe(1)
    expect(run.stdout).toContain(`::add-mask::${github.token}`)
  })

  it('uploads a pull request to its merge ref and merge commit', async () => {
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    const run = await runAction({ workspace, event: 'pull_request' })
    expect(run.code).toBe(0)
    expect(github.uploads.map(u => [u.ref, u.commitSha])).toEqual([
      ['refs/pull/7/merge', MERGE_SHA]
    ])
  })

  it('uses the GHES API prefix of GITHUB_API_URL', async () => {
    await github.stop()
    github = await new FakeGitHub({ prefix: '/api/v3' }).start()
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    const run = await runAction({ workspace })
    expect(run.code).toBe(0)
    expect(github.uploads).toHaveLength(1)
    expect(
      github.requests.map(r => `${r.method} ${r.path.replace(/sarifs\/.*/, 'sarifs/ID')}`)
    ).toEqual([
      'POST /api/v3/repos/octo-org/octo-repo/code-scanning/sarifs',
      'GET /api/v3/repos/octo-org/octo-repo/code-scanning/sarifs/ID',
      'GET /api/v3/repos/octo-org/octo-repo/code-scanning/sarifs/ID'
    ])
  })

  it('warns when code scanning is not enabled, and still passes a clean scan', async () => {
    github.uploadScript.push({ status: 403, message: GITHUB_MESSAGES.advancedSecurity })
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    const run = await runAction({ workspace })

    expect(run.code).toBe(0)
    const warnings = run.commands.filter(c => c.startsWith('::warning'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('Code scanning is not enabled for octo-org/octo-repo')
    expect(warnings[0]).toContain('set `upload: false`')
    expect(github.requestsOf('upload')).toHaveLength(1)
    expect(run.outputs['sarif-id']).toBeUndefined()
    expect(run.outputs).toMatchObject({ findings: '0', blocking: '0', 'sarif-file': run.sarifFile })
    expect(run.summary).toContain('**Upload:** not uploaded&#58; Code scanning is not enabled')
  })

  it('warns about a read-only token, and still annotates and gates', async () => {
    github.uploadScript.push({ status: 403, message: GITHUB_MESSAGES.readOnly })
    const workspace = makeWorkspace({ 'stacks/db/compose.yaml': RISKY_COMPOSE })
    const run = await runAction({ workspace, event: 'pull_request' })

    expect(run.code).toBe(1)
    const warning = run.commands.find(c => c.startsWith('::warning::'))
    expect(warning).toContain('Resource not accessible by integration')
    expect(warning).toContain('read-only on pull requests from forks and on Dependabot runs')
    expect(warning).toContain('permissions: security-events: write')
    expect(
      run.commands.some(c => c.startsWith('::error title=tierguard data-port-published'))
    ).toBe(true)
    expect(run.commands.at(-1)).toMatch(
      /^::error::\d+ findings at or above `high` block this check/
    )
  })

  it('warns when the repository is not found', async () => {
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    const run = await runAction({
      workspace,
      env: { GITHUB_REPOSITORY: 'octo-org/private-elsewhere' }
    })
    expect(run.code).toBe(0)
    const warning = run.commands.find(c => c.startsWith('::warning::'))
    expect(warning).toContain('GitHub answered 404 for octo-org/private-elsewhere')
    expect(warning).toContain('the token cannot see it')
  })

  it('retries a server error, then succeeds', async () => {
    github.uploadScript.push({ status: 500, message: GITHUB_MESSAGES.serverError })
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    const run = await runAction({ workspace })
    expect(run.code).toBe(0)
    expect(github.requestsOf('upload').map(r => r.status)).toEqual([500, 202])
    expect(run.outputs['sarif-id']).toBe(github.uploads[0]!.id)
    expect(run.stdout).toContain(
      'Uploading the SARIF: 500 Server Error; retrying in 10 ms (attempt 2 of 4)'
    )
  })

  it('waits as long as retry-after says on a 429', async () => {
    github.uploadScript.push({
      status: 429,
      message: GITHUB_MESSAGES.secondaryRateLimit,
      headers: { 'retry-after': '20' }
    })
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    const run = await runAction({ workspace })
    expect(run.code).toBe(0)
    const [first, second] = github.requestsOf('upload')
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(20 * RETRY_UNIT_MS - 1)
    expect(github.uploads).toHaveLength(1)
  })

  it('fails the step with GitHub’s errors when processing fails', async () => {
    github.processing = {
      pendingPolls: 1,
      result: {
        status: 'failed',
        errors: ['Unable to process SARIF: expected a region on result 0']
      }
    }
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    const run = await runAction({ workspace })
    expect(run.code).toBe(1)
    expect(run.commands.at(-1)).toBe(
      `::error::Code scanning could not process the SARIF (id ${github.uploads[0]!.id}): Unable to process SARIF: expected a region on result 0`
    )
    expect(run.outputs).toMatchObject({
      'sarif-id': github.uploads[0]!.id,
      findings: '0',
      blocking: '0'
    })
    expect(run.summary).toContain('code scanning could not process it')
  })

  it('does not upload with upload: false, and still writes SARIF, outputs and gate', async () => {
    const workspace = makeWorkspace({ 'stacks/db/compose.yaml': RISKY_COMPOSE })
    const run = await runAction({
      workspace,
      inputs: { upload: 'false', token: '', 'sarif-file': 'reports/tierguard.sarif' }
    })
    expect(github.requests).toEqual([])
    expect(run.code).toBe(1)
    const sarifFile = path.join(workspace, 'reports/tierguard.sarif')
    expect(run.outputs['sarif-file']).toBe(sarifFile)
    expect(run.outputs['sarif-id']).toBeUndefined()
    expect(Number(run.outputs.findings)).toBe(results(readSarif(sarifFile)).length)
    expect(run.summary).toContain('**Upload:** skipped &#40;upload&#58; false&#41;.')
  })

  it('does not fail with fail-on: none, and says nothing blocks', async () => {
    const workspace = makeWorkspace({ 'stacks/db/compose.yaml': RISKY_COMPOSE })
    const run = await runAction({ workspace, inputs: { upload: 'false', 'fail-on': 'none' } })
    expect(run.code).toBe(0)
    expect(run.outputs.blocking).toBe('0')
    expect(Number(run.outputs.findings)).toBeGreaterThanOrEqual(2)
    expect(run.summary).toContain('`fail-on: none`, so nothing blocks this check')
  })

  it('annotates the most severe findings within GitHub’s limits and counts the rest', async () => {
    const services = Array.from(
      { length: 14 },
      (_, i) => `  db${i}:\n    image: postgres:16\n    ports:\n      - "${5400 + i}:5432"\n`
    )
    const workspace = makeWorkspace({ 'compose.yaml': `services:\n${services.join('')}` })
    const run = await runAction({ workspace, inputs: { upload: 'false' } })

    expect(run.code).toBe(1)
    const sarif = readSarif(run.sarifFile)
    const errors = run.commands.filter(c => c.startsWith('::error title='))
    // 10 error annotations a step: 9 findings and the failure message.
    expect(errors).toHaveLength(9)
    expect(errors[0]).toMatch(
      /^::error title=tierguard data-port-published \(high\),file=compose\.yaml,line=5,endLine=5,col=9,/
    )
    const blocking = highOrAbove(sarif).length
    expect(blocking).toBeGreaterThanOrEqual(14)
    // Fewer than 10 findings below high: only errors are left out.
    expect(run.summary).toContain(
      `**${results(sarif).length - 9} more not annotated** (${blocking - 9} errors)`
    )
    expect(run.summary).toContain('GitHub shows at most 10 annotations of each kind per step')
  })

  it('rejects a sarif-file it cannot write, with what to change', async () => {
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE, 'reports/.keep': '' })
    const run = await runAction({ workspace, inputs: { upload: 'false', 'sarif-file': 'reports' } })
    expect(run.code).toBe(1)
    expect(run.commands.at(-1)).toMatch(
      /^::error::Could not write the SARIF file .*reports: EISDIR.*Check the `sarif-file` input/
    )
  })

  it('rejects an unknown fail-on before doing anything', async () => {
    const workspace = makeWorkspace({ 'stacks/db/compose.yaml': RISKY_COMPOSE })
    const run = await runAction({ workspace, inputs: { 'fail-on': 'severe' } })
    expect(run.code).toBe(1)
    expect(run.commands.filter(c => !c.startsWith('::add-mask::'))).toEqual([
      '::error::Invalid `fail-on`: "severe". Use one of: critical, high, medium, low, note, none.'
    ])
    expect(github.requests).toEqual([])
    expect(existsSync(run.sarifFile)).toBe(false)
    expect(run.outputs).toEqual({})
    expect(run.summary).toBe('')
  })
})

/** A compose file whose `image` line is not valid YAML (line 4, column 12). */
const BROKEN_COMPOSE = `services:
  app:
    # a typo: a colon in an unquoted value
    image: nginx: 1.27
`

describe('the bundled action: a compose file that cannot be parsed', () => {
  it('fails the step with an error annotation on the broken line, whatever fail-on', async () => {
    const workspace = makeWorkspace({ 'deploy/compose.yaml': BROKEN_COMPOSE })
    const run = await runAction({ workspace, inputs: { 'fail-on': 'critical' } })

    expect(run.code).toBe(1)
    const annotation = run.commands.find(c => c.includes('invalid-compose-file'))
    expect(annotation).toMatch(
      /^::error title=tierguard invalid-compose-file \(high\),file=deploy\/compose\.yaml,line=4,endLine=4,col=12,endColumn=\d+::`deploy\/compose\.yaml` is not a valid compose file: Nested mappings/
    )
    // Annotated once, as the finding, not a second time as a load error.
    expect(run.commands.filter(c => c.includes('line=4,'))).toHaveLength(1)
    expect(run.outputs).toMatchObject({ findings: '1', blocking: '1' })
    expect(run.commands.at(-1)).toMatch(
      /^::error::1 finding at or above `critical` blocks this check: deploy\/compose\.yaml:4:12 invalid-compose-file \(a compose file that cannot be parsed blocks/
    )
    const uploaded = results(github.uploads[0]!.sarif)
    expect(uploaded.map(where)).toEqual(['invalid-compose-file deploy/compose.yaml:4:12'])
    expect(run.summary).toContain('❌ **1 finding at or above `critical` blocks this check**')
  })

  it('reports it without blocking when fail-on-invalid is false', async () => {
    const workspace = makeWorkspace({ 'deploy/compose.yaml': BROKEN_COMPOSE })
    const run = await runAction({
      workspace,
      inputs: { 'fail-on-invalid': 'false', upload: 'false' }
    })

    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ findings: '1', blocking: '0' })
    expect(run.commands.some(c => c.includes('invalid-compose-file'))).toBe(true)
    expect(results(readSarif(run.sarifFile)).map(where)).toEqual([
      'invalid-compose-file deploy/compose.yaml:4:12'
    ])
  })
})

/**
 * A pull request's compose file that tries to steer the runner and the job summary: a value
 * with workflow commands on lines of their own, and a service name with Markdown and HTML.
 */
const HOSTILE_COMPOSE = `services:
  "db\`<img src=x onerror=alert(1)>![ok](https://evil.example/ok.png)|\\r## Reviewed by security, safe to merge":
    image: postgres:16
    ports:
      - "5432:5432"
  app:
    image: nginx:1.27
    network_mode: "service:y\\n::stop-commands::x\\n::error file=README.md,line=1::Reviewed\\n::add-mask::secret\\n##[warning]old syntax\\n"
`

describe('the bundled action: text from the repository', () => {
  it('never reaches the runner as a workflow command, nor the summary as markup', async () => {
    const workspace = makeWorkspace({ 'compose.yaml': HOSTILE_COMPOSE })
    const run = await runAction({ workspace, inputs: { upload: 'false' } })

    // The runner reads a command from any line that starts with `::` after blanks, and the
    // older `##[` syntax anywhere in a line.
    const lines = run.stdout.split(/\r\n|\r|\n/)
    const commands = lines.map(l => l.trimStart()).filter(l => l.startsWith('::'))
    expect(
      commands.filter(c => /^::(stop-commands|add-mask::secret|error file=README)/.test(c))
    ).toEqual([])
    // (A line that is a `::` command is not read for `##[` too.)
    expect(lines.filter(l => !l.trimStart().startsWith('::') && l.includes('##['))).toEqual([])
    // The values were logged, inert, on one line.
    expect(run.stdout).toContain('\\n::stop-commands::x\\n')
    // Annotations after the value still work: the runner was never told to stop reading them.
    expect(commands.some(c => c.startsWith('::error title=tierguard data-port-published'))).toBe(
      true
    )
    expect(run.code).toBe(1)

    // Markdown outside the diagram, Mermaid's own escaping inside it.
    const [markdown, diagram = ''] = run.summary.split('```mermaid')
    for (const markup of ['<img', '![ok]', '](https://evil', '\r', '\n## Reviewed', '`<']) {
      expect([markup, markdown!.includes(markup)]).toEqual([markup, false])
    }
    expect(diagram).toContain('Reviewed by security')
    expect(diagram.split('```')[0]).not.toMatch(/[<`\r]/)
    // Each table row stays one row: the name's `|` did not add a cell.
    const dbRow = run.summary
      .split('\n')
      .find(l => l.includes('Reviewed by security') && l.includes('| data |'))
    expect(dbRow?.split(' | ')).toHaveLength(4)
  })
})

/** GitHub's security-severity bands, as it shows an alert's severity. */
function band(score: number): string {
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low'
}

describe('the bundled action: the severity GitHub shows', () => {
  it('is each result’s own, from its rule descriptor: critical, low and lowered by config', async () => {
    const workspace = makeWorkspace({
      'compose.yaml': `services:
  proxy:
    image: nginx:1.27
    network_mode: host
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "long-random-secret"]
    ports:
      - "127.0.0.1:6379:6379"
  agent:
    image: portainer/agent:2.21.0
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
`,
      '.tierguard.yml': 'rules:\n  docker-socket-mounted: medium\n'
    })
    const run = await runAction({ workspace })

    const sarif = github.uploads[0]!.sarif
    const rules = sarif.runs[0]!.tool.driver.rules!
    const shown = results(sarif).map(r => {
      const descriptor = rules[r.ruleIndex!]!
      expect(descriptor.id).toBe(r.ruleId)
      return [
        r.ruleId,
        r.properties?.severity,
        band(Number(descriptor.properties?.['security-severity']))
      ]
    })
    expect(shown).toEqual(
      expect.arrayContaining([
        ['host-network/critical', 'critical', 'critical'],
        ['data-port-published/low', 'low', 'low'],
        ['docker-socket-mounted/medium', 'medium', 'medium']
      ])
    )
    for (const [, severity, onGitHub] of shown) expect(onGitHub).toBe(severity)
    expect(run.code).toBe(1)
  })
})

describe('the bundled action: where the SARIF file is written', () => {
  it('refuses a sarif-file that is a link the repository commits, and leaves its target alone', async () => {
    const outside = path.join(scratch, 'outside.txt')
    writeFileSync(outside, 'precious\n')
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    symlinkSync(outside, path.join(workspace, 'out.sarif'))
    const run = await runAction({
      workspace,
      inputs: { upload: 'false', 'sarif-file': 'out.sarif' }
    })

    expect(run.code).toBe(1)
    expect(readFileSync(outside, 'utf8')).toBe('precious\n')
    expect(run.commands.at(-1)).toMatch(
      /^::error::Refusing to write the SARIF file .*out\.sarif: it is a symbolic link\. Give `sarif-file` a path inside the workspace or RUNNER_TEMP/
    )
  })

  it('refuses a folder link on the way out of the workspace', async () => {
    const outsideDir = path.join(scratch, 'elsewhere')
    mkdirSync(outsideDir)
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    symlinkSync(outsideDir, path.join(workspace, 'reports'))
    const run = await runAction({
      workspace,
      inputs: { upload: 'false', 'sarif-file': 'reports/tierguard.sarif' }
    })

    expect(run.code).toBe(1)
    expect(readdirSync(outsideDir)).toEqual([])
    expect(run.commands.at(-1)).toMatch(/its folder leads out of the workspace and RUNNER_TEMP/)
  })

  it('refuses ../../x before scanning, with what to change', async () => {
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    const run = await runAction({ workspace, inputs: { upload: 'false', 'sarif-file': '../../x' } })

    expect(run.code).toBe(1)
    expect(existsSync(path.resolve(workspace, '../../x'))).toBe(false)
    expect(run.commands.filter(c => !c.startsWith('::add-mask::'))).toEqual([
      `::error::The \`sarif-file\` input "../../x" is outside the workspace (${workspace}) and RUNNER_TEMP (${path.join(scratch, 'runner-temp')}). Give a path inside the repository checkout (relative to its root) or under RUNNER_TEMP, or leave it empty.`
    ])
  })

  it('writes inside the workspace, creating its folders', async () => {
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    const run = await runAction({
      workspace,
      inputs: { upload: 'false', 'sarif-file': 'out/scan/tierguard.sarif' }
    })
    expect(run.code).toBe(0)
    expect(readSarif(path.join(workspace, 'out/scan/tierguard.sarif')).version).toBe('2.1.0')
  })
})

describe('the bundled action: an invalid configuration file', () => {
  it('annotates each problem on its line of .tierguard.yml, and fails before scanning', async () => {
    const workspace = makeWorkspace({
      'compose.yaml': CLEAN_COMPOSE,
      '.tierguard.yml': 'rules:\n  flat-network: severe\n  data-port-publish: off\n'
    })
    const run = await runAction({ workspace })

    expect(run.code).toBe(1)
    const commands = run.commands.filter(c => !c.startsWith('::add-mask::'))
    expect(commands).toHaveLength(3)
    expect(commands[0]).toMatch(
      /^::error title=tierguard configuration,file=\.tierguard\.yml,line=2,endLine=2,col=17,endColumn=22::`rules\.flat-network`: /
    )
    expect(commands[1]).toMatch(
      /^::error title=tierguard configuration,file=\.tierguard\.yml,line=3,endLine=3,col=3,endColumn=19::`rules\.data-port-publish`: .*data-port-published/
    )
    expect(commands[2]).toBe(
      '::error::The configuration file `.tierguard.yml` is not valid (2 problems, annotated on its lines). See docs/configuration.md for every key and its values.'
    )
    expect(commands.some(c => c.includes('%0A'))).toBe(false)
    expect(github.requests).toEqual([])
  })
})

/** The VPN gateway's host network is accepted in source; the database's port is not. */
const ACCEPTED_COMPOSE = `services:
  vpn:
    image: ghcr.io/example/wireguard:1.0
    network_mode: host # tierguard-ignore host-network: the VPN gateway needs the host's interfaces
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db
    ports:
      - "5432:5432"
`

function openAlert(number: number, ruleId: string, file: string, line: number): FakeAlert {
  return {
    number,
    state: 'open',
    ref: 'refs/heads/main',
    tool: { name: 'tierguard' },
    rule: { id: ruleId },
    most_recent_instance: {
      ref: 'refs/heads/main',
      message: { text: 'As analysed before.' },
      location: { path: file, start_line: line }
    }
  }
}

describe('the bundled action: findings accepted in the repository', () => {
  it('leaves them out of the upload, keeps them in the file, and dismisses their alerts', async () => {
    github.alerts = [
      openAlert(1, 'host-network', 'compose.yaml', 4),
      openAlert(2, 'data-port-published', 'compose.yaml', 10),
      openAlert(3, 'host-network', 'other/compose.yaml', 4)
    ]
    const workspace = makeWorkspace({ 'compose.yaml': ACCEPTED_COMPOSE })
    const run = await runAction({ workspace, inputs: { 'fail-on': 'critical' } })

    const local = results(readSarif(run.sarifFile))
    const suppressed = local.filter(r => r.suppressions?.length)
    expect(suppressed.map(r => [where(r), r.suppressions![0]!.justification])).toEqual([
      ['host-network compose.yaml:4:19', "the VPN gateway needs the host's interfaces"]
    ])
    const uploaded = results(github.uploads[0]!.sarif)
    expect(uploaded.filter(r => r.suppressions?.length)).toEqual([])
    expect(uploaded.map(r => r.ruleId)).not.toContain('host-network')
    expect(uploaded.length).toBe(local.length - 1)

    const patches = github.requestsOf('alerts').filter(r => r.method === 'PATCH')
    expect(patches.map(r => [r.path, JSON.parse(r.body)])).toEqual([
      [
        '/repos/octo-org/octo-repo/code-scanning/alerts/1',
        {
          state: 'dismissed',
          dismissed_reason: "won't fix",
          dismissed_comment:
            "Accepted in the repository (tierguard): the VPN gateway needs the host's interfaces"
        }
      ]
    ])
    expect(github.alerts.map(a => [a.number, a.state])).toEqual([
      [1, 'dismissed'],
      [2, 'open'],
      [3, 'open']
    ])
    const list = github.requestsOf('alerts').find(r => r.method === 'GET')!
    expect(new URL(list.path, 'http://x').searchParams.get('ref')).toBe('refs/heads/main')
    expect(new URL(list.path, 'http://x').searchParams.get('tool_name')).toBe('tierguard')
    // Listed and dismissed before the upload, while the alert is still open on the ref.
    expect(github.requests.map(r => r.method).slice(0, 3)).toEqual(['GET', 'PATCH', 'POST'])
    expect(run.code).toBe(0)
  })

  it('warns, and never fails, when the token may not dismiss alerts', async () => {
    github.alerts = [openAlert(1, 'host-network', 'compose.yaml', 4)]
    github.alertsScript.push({ status: 403, message: GITHUB_MESSAGES.readOnly })
    const workspace = makeWorkspace({ 'compose.yaml': ACCEPTED_COMPOSE })
    const run = await runAction({ workspace, inputs: { 'fail-on': 'critical' } })

    expect(run.code).toBe(0)
    const warnings = run.commands.filter(c => c.startsWith('::warning::'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('Could not dismiss the code-scanning alerts')
    expect(warnings[0]).toContain('security-events: write')
    expect(github.uploads).toHaveLength(1)
    expect(github.alerts[0]!.state).toBe('open')
  })

  it('does not dismiss anything from a pull request, which is reviewed first', async () => {
    github.alerts = [openAlert(1, 'host-network', 'compose.yaml', 4)]
    const workspace = makeWorkspace({ 'compose.yaml': ACCEPTED_COMPOSE })
    const run = await runAction({
      workspace,
      event: 'pull_request',
      inputs: { 'fail-on': 'critical' }
    })

    expect(github.requestsOf('alerts')).toEqual([])
    expect(results(github.uploads[0]!.sarif).filter(r => r.suppressions?.length)).toEqual([])
    expect(run.code).toBe(0)
  })
})

describe('the verify input', () => {
  it('fails the step, saying how to start an engine, when none answers', async () => {
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    const socket = path.join(scratch, 'no-engine.sock')
    const run = await runAction({
      workspace,
      inputs: { verify: 'true', upload: 'false' },
      env: { DOCKER_HOST: `unix://${socket}` }
    })

    expect(run.code).toBe(1)
    const failure = run.commands.find(c => c.startsWith('::error::'))
    expect(failure).toMatch(
      new RegExp(
        `^::error::verify: no container engine answers at unix://${socket.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`
      )
    )
    expect(failure).toContain('scripts/engine-setup.sh sets up rootful podman')
    expect(run.summary).toContain(
      '### Rehearsal on a container engine\n\nNot run: verify&#58; no container engine answers at unix&#58;//'
    )
    // The scan's own results are all there: the rehearsal comes after them.
    expect(run.outputs.findings).toBe('0')
    expect(run.outputs['verify-mismatches']).toBeUndefined()
    expect(existsSync(run.sarifFile)).toBe(true)
  })

  it('without the input, never calls an engine', async () => {
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    const run = await runAction({
      workspace,
      inputs: { upload: 'false' },
      env: { DOCKER_HOST: `unix://${path.join(scratch, 'no-engine.sock')}` }
    })

    expect(run.code).toBe(0)
    expect(run.summary).not.toContain('Rehearsal on a container engine')
    expect(run.outputs['verify-mismatches']).toBeUndefined()
  })

  it('rehearses the workspace on a real engine and agrees with the model', async () => {
    const engine = await findTestEngine()
    if ('skip' in engine)
      return announceSkip('__tests__/action/e2e.test.ts (verify input)', engine.skip)
    const workspace = makeWorkspace({ 'compose.yaml': CLEAN_COMPOSE })
    const run = await runAction({
      workspace,
      inputs: { verify: 'true', 'verify-image': TEST_IMAGE, upload: 'false' },
      env: { DOCKER_HOST: engine.url }
    })

    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs['verify-mismatches']).toBe('0')
    const verdict =
      /### Rehearsal on a container engine\n\n.+, stand-in image <code>.+<\/code>: all (\d+) probes agree with tierguard's model \(\d+\.\d s\)\./.exec(
        run.summary
      )
    // proxy, app and db probe each other by address and name, the host probes the published 443.
    expect(Number(verdict?.[1])).toBeGreaterThanOrEqual(7)
    expect(run.commands.filter(c => c.startsWith('::error'))).toEqual([])
  }, 180_000)
})
