/**
 * Runs the bundled action (`node dist/index.js`, built by `npm run package`) as a runner does:
 * every input set (action.yml's defaults, then the test's), the event payload in a file, and the
 * environment a runner gives a step, against the fake GitHub API of `fake-github.ts`.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const ROOT = path.resolve(import.meta.dirname, '../..')
// TIERGUARD_E2E_BUNDLE runs the tests against another build (e.g. main's, to see them fail).
export const BUNDLE = process.env.TIERGUARD_E2E_BUNDLE ?? path.join(ROOT, 'dist', 'index.js')

export const ACTION = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
}

export interface BundleRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Where the SARIF goes by default (`$RUNNER_TEMP/tierguard.sarif`). */
  sarifFile: string
  /** Workflow commands on stdout (`::error ...::message`), in order. */
  commands: string[]
}

export interface BundleOptions {
  workspace: string
  /** `RUNNER_TEMP`: the event payload, `GITHUB_OUTPUT` and the summary file go there. */
  runnerTemp: string
  api: { url: string; token: string }
  event: { name: string; payload: unknown; sha: string; ref: string }
  /** Inputs over action.yml's defaults. */
  inputs?: Record<string, string>
  /** Environment over the runner's usual one. */
  env?: Record<string, string>
}

export async function runBundle(options: BundleOptions): Promise<BundleRun> {
  const temp = options.runnerTemp
  mkdirSync(temp, { recursive: true })
  const outputFile = path.join(temp, 'github-output')
  const summaryFile = path.join(temp, 'step-summary.md')
  const eventFile = path.join(temp, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.event.payload))

  const inputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(ACTION.inputs)) {
    inputs[name] = (spec.default ?? '').replace('${{ github.token }}', options.api.token)
  }
  Object.assign(inputs, options.inputs)
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: options.event.sha,
    GITHUB_REF: options.event.ref,
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_API_URL: options.api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    TIERGUARD_RETRY_BASE_MS: '10',
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value

  const child = spawn(process.execPath, [BUNDLE], { cwd: options.workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += String(chunk)))
  child.stderr.on('data', chunk => (stderr += String(chunk)))
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))

  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    sarifFile: path.join(temp, 'tierguard.sarif'),
    commands: stdout.split('\n').filter(line => line.startsWith('::'))
  }
}

/** Parses the `GITHUB_OUTPUT` file: `name<<DELIMITER`, value lines, `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!.split('<<')
    if (header.length !== 2) continue
    const [name, delimiter] = header as [string, string]
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!)
    outputs[name] = value.join('\n')
  }
  return outputs
}
