import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { INPUT_DEFAULTS, readInputs } from '../../src/action/inputs.js'
import { readRunnerContext, resolveUploadTarget } from '../../src/action/event.js'
import { configurationErrorOf } from '../helpers/errors.js'

const ROOT = path.resolve(import.meta.dirname, '../..')

let workspace: string
let saved: NodeJS.ProcessEnv

beforeEach(() => {
  saved = { ...process.env }
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  workspace = mkdtempSync(path.join(tmpdir(), 'tierguard-inputs-'))
  mkdirSync(path.join(workspace, 'deploy'))
  process.env.INPUT_TOKEN = 'ghs_secret'
})
afterEach(() => {
  process.env = saved
  rmSync(workspace, { recursive: true, force: true })
})

function setInput(name: string, value: string): void {
  process.env[`INPUT_${name.toUpperCase()}`] = value
}

describe('readInputs', () => {
  it('applies the defaults of action.yml when inputs are empty', () => {
    expect(readInputs(workspace, '/runner/temp')).toEqual({
      path: workspace,
      relativePath: '.',
      failOn: 'high',
      failOnInvalid: true,
      failOnScope: 'all',
      comment: true,
      upload: true,
      token: 'ghs_secret',
      category: undefined,
      sarifFile: '/runner/temp/tierguard.sarif',
      annotations: true,
      summary: true,
      waitForProcessing: true,
      verify: false,
      verifyImage: 'busybox'
    })
  })

  it('reads every input as the runner passes it (upper case, dashes kept)', () => {
    setInput('path', 'deploy')
    setInput('fail-on', 'Medium')
    setInput('fail-on-invalid', 'false')
    setInput('fail-on-scope', 'Introduced')
    setInput('comment', 'false')
    setInput('upload', 'False')
    setInput('annotations', 'FALSE')
    setInput('summary', 'false')
    setInput('wait-for-processing', 'false')
    setInput('category', 'tierguard/deploy')
    setInput('sarif-file', 'out/results.sarif')
    setInput('verify', 'True')
    setInput('verify-image', ' busybox:1.36 ')
    expect(process.env['INPUT_FAIL-ON']).toBe('Medium')
    expect(readInputs(workspace, undefined)).toEqual({
      path: path.join(workspace, 'deploy'),
      relativePath: 'deploy',
      failOn: 'medium',
      failOnInvalid: false,
      failOnScope: 'introduced',
      comment: false,
      upload: false,
      token: 'ghs_secret',
      category: 'tierguard/deploy',
      sarifFile: path.join(workspace, 'out/results.sarif'),
      annotations: false,
      summary: false,
      waitForProcessing: false,
      verify: true,
      verifyImage: 'busybox:1.36'
    })
  })

  it('lists the valid values of an unknown fail-on', () => {
    setInput('fail-on', 'severe')
    expect(configurationErrorOf(() => readInputs(workspace, undefined))).toBe(
      'Invalid `fail-on`: "severe". Use one of: critical, high, medium, low, note, none.'
    )
  })

  it('lists the valid values of an unknown fail-on-scope', () => {
    setInput('fail-on-scope', 'new')
    expect(configurationErrorOf(() => readInputs(workspace, undefined))).toBe(
      'Invalid `fail-on-scope`: "new". Use `all` (every finding counts) or `introduced` (on a pull request, only the findings it introduces).'
    )
  })

  it('refuses booleans outside the YAML 1.2 core schema', () => {
    setInput('upload', 'yes')
    expect(configurationErrorOf(() => readInputs(workspace, undefined))).toBe(
      'Invalid `upload`: "yes". Use true or false (YAML 1.2 core schema: true | True | TRUE | false | False | FALSE).'
    )
  })

  it('refuses a path that does not exist in the workspace', () => {
    setInput('path', 'stacks')
    expect(configurationErrorOf(() => readInputs(workspace, undefined))).toBe(
      `The \`path\` input "stacks" does not exist in the workspace (${workspace}). ` +
        'Check the path, and that `actions/checkout` ran before tierguard.'
    )
  })

  it('refuses a path outside the workspace, also through a symlink', () => {
    setInput('path', '../')
    expect(configurationErrorOf(() => readInputs(workspace, undefined))).toContain(
      'The `path` input "../" is outside the workspace'
    )
    symlinkSync(tmpdir(), path.join(workspace, 'escape'))
    setInput('path', 'escape')
    expect(configurationErrorOf(() => readInputs(workspace, undefined))).toContain(
      'The `path` input "escape" is outside the workspace'
    )
  })

  it('takes a config file inside the workspace, and refuses a missing or outside one', () => {
    setInput('config', '.tierguard.yml')
    expect(configurationErrorOf(() => readInputs(workspace, undefined))).toBe(
      `The \`config\` file ".tierguard.yml" does not exist in the workspace (${workspace}). ` +
        'Check the path (relative to the repository root), or remove the `config` input to use ' +
        '`.tierguard.yml` at the root when there is one.'
    )
    writeFileSync(path.join(workspace, '.tierguard.yml'), 'rules: {}\n')
    expect(readInputs(workspace, undefined).config).toBe(path.join(workspace, '.tierguard.yml'))
    setInput('config', '../elsewhere.yml')
    expect(configurationErrorOf(() => readInputs(workspace, undefined))).toContain(
      'The `config` input "../elsewhere.yml" is outside the workspace'
    )
    setInput('config', '')
    expect(readInputs(workspace, undefined).config).toBeUndefined()
  })

  it('needs a token to upload, not otherwise', () => {
    setInput('token', '')
    expect(configurationErrorOf(() => readInputs(workspace, undefined))).toContain(
      'The `token` input is empty'
    )
    setInput('upload', 'false')
    expect(readInputs(workspace, undefined).upload).toBe(false)
  })
})

describe('action.yml', () => {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    runs: { using: string; main: string }
    inputs: Record<string, { description: string; default?: string }>
    outputs: Record<string, { description: string }>
  }

  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares and describes every input and output, with the defaults the code applies', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([
      'annotations',
      'category',
      'comment',
      'config',
      'fail-on',
      'fail-on-invalid',
      'fail-on-scope',
      'path',
      'sarif-file',
      'summary',
      'token',
      'upload',
      'verify',
      'verify-image',
      'wait-for-processing'
    ])
    expect(Object.keys(action.outputs).sort()).toEqual([
      'blocking',
      'findings',
      'sarif-file',
      'sarif-id',
      'verify-mismatches'
    ])
    for (const entry of [...Object.values(action.inputs), ...Object.values(action.outputs)]) {
      expect(entry.description.length).toBeGreaterThan(20)
    }
    for (const [name, value] of Object.entries(INPUT_DEFAULTS)) {
      expect([name, action.inputs[name]?.default]).toEqual([name, value])
    }
    expect(action.inputs.token?.default).toBe('${{ github.token }}')
  })
})

describe('docs/action.md', () => {
  it('documents every input of action.yml in its inputs table', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>
    }
    const docs = readFileSync(path.join(ROOT, 'docs/action.md'), 'utf8')
    const table = docs.split('## Inputs')[1]!.split('\n## ')[0]!
    const documented = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map(m => m[1])
    expect(documented.sort()).toEqual(Object.keys(action.inputs).sort())
  })
})

describe('runner context and upload target', () => {
  const base = {
    GITHUB_WORKSPACE: '/home/runner/work/r/r',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_API_URL: 'https://ghes.example.com/api/v3/',
    GITHUB_SERVER_URL: 'https://ghes.example.com'
  }

  it('uploads a push to GITHUB_REF and GITHUB_SHA', () => {
    const context = readRunnerContext({
      ...base,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main'
    })
    expect(context.apiUrl).toBe('https://ghes.example.com/api/v3')
    expect(resolveUploadTarget(context)).toEqual({
      owner: 'octo-org',
      repo: 'octo-repo',
      commitSha: 'b'.repeat(40),
      ref: 'refs/heads/main'
    })
  })

  it.each(['pull_request', 'pull_request_target'])(
    'uploads a %s to the merge ref of its number',
    eventName => {
      const eventPath = path.join(workspace, 'event.json')
      writeFileSync(
        eventPath,
        JSON.stringify({ action: 'synchronize', number: 42, pull_request: { number: 42 } })
      )
      const context = readRunnerContext({
        ...base,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REF: 'refs/heads/main'
      })
      expect(resolveUploadTarget(context)).toMatchObject({
        ref: 'refs/pull/42/merge',
        commitSha: 'b'.repeat(40)
      })
    }
  )

  it('reads the base commit of a pull request and the run’s page, not of a push', () => {
    const eventPath = path.join(workspace, 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({ number: 42, pull_request: { number: 42, base: { sha: 'a'.repeat(40) } } })
    )
    const env = { ...base, GITHUB_EVENT_PATH: eventPath, GITHUB_RUN_ID: '99' }
    expect(readRunnerContext({ ...env, GITHUB_EVENT_NAME: 'pull_request' })).toMatchObject({
      pullRequestNumber: 42,
      baseSha: 'a'.repeat(40),
      runUrl: 'https://ghes.example.com/octo-org/octo-repo/actions/runs/99'
    })
    expect(readRunnerContext({ ...env, GITHUB_EVENT_NAME: 'push' }).baseSha).toBeUndefined()
    writeFileSync(eventPath, JSON.stringify({ pull_request: { base: { sha: '$(reboot)' } } }))
    expect(readRunnerContext({ ...env, GITHUB_EVENT_NAME: 'pull_request' }).baseSha).toBeUndefined()
  })

  it('refuses to upload without a repository or a commit', () => {
    expect(
      configurationErrorOf(() =>
        resolveUploadTarget(
          readRunnerContext({ ...base, GITHUB_REPOSITORY: '', GITHUB_REF: 'refs/heads/x' })
        )
      )
    ).toContain('GITHUB_REPOSITORY is not set')
    expect(
      configurationErrorOf(() =>
        resolveUploadTarget(
          readRunnerContext({ ...base, GITHUB_SHA: 'HEAD', GITHUB_REF: 'refs/heads/x' })
        )
      )
    ).toContain('GITHUB_SHA is not a commit SHA')
  })
})
