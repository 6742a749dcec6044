/**
 * The action's inputs (action.yml), read through `@actions/core` and validated into plain
 * values. Every problem is a ConfigurationError whose message says what to change.
 */
import { existsSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { ConfigurationError } from '../core/errors.js'
import { isInside } from './sarif-file.js'
import { FAIL_ON_VALUES } from '../core/severity.js'
import type { FailOn } from '../core/severity.js'

/** The values of `fail-on-scope`. */
export const FAIL_ON_SCOPES = ['all', 'introduced'] as const
export type FailOnScope = (typeof FAIL_ON_SCOPES)[number]

export interface ActionInputs {
  /** Absolute path to scan, inside the workspace. */
  path: string
  /** The `path` input relative to the workspace, as the user wrote it ('.' for the root). */
  relativePath: string
  failOn: FailOn
  /** Whether an invalid compose file blocks the step whatever `failOn` (unless it is `none`). */
  failOnInvalid: boolean
  /**
   * What the gate counts: every finding, or on a pull request only those it introduces (every
   * finding when there is no base to compare with).
   */
  failOnScope: FailOnScope
  /** Whether a pull request gets the review as a comment. */
  comment: boolean
  upload: boolean
  token: string
  category?: string
  /** Absolute path the SARIF file is written to. */
  sarifFile: string
  annotations: boolean
  summary: boolean
  waitForProcessing: boolean
  /** Rehearse the scanned projects on the runner's container engine (`tierguard verify`). */
  verify: boolean
  /** The stand-in image of the rehearsal; it must already be on the engine. */
  verifyImage: string
  /**
   * Absolute path of the `config` file; undefined when the input is empty (then
   * `.tierguard.yml` or `.tierguard.yaml` at the workspace root is used, if present).
   */
  config?: string
}

/**
 * Defaults, used when an input is empty. They repeat action.yml's (a test keeps them equal) so
 * the action behaves the same when run without the runner filling them in.
 */
export const INPUT_DEFAULTS = {
  path: '.',
  'fail-on': 'high',
  'fail-on-invalid': 'true',
  'fail-on-scope': 'all',
  comment: 'true',
  upload: 'true',
  annotations: 'true',
  summary: 'true',
  'wait-for-processing': 'true',
  verify: 'false',
  'verify-image': 'busybox'
} as const

/**
 * Reads and validates the inputs. `workspace` is the absolute checkout directory; `runnerTemp`
 * the runner's temporary folder, where the SARIF goes unless `sarif-file` says otherwise.
 */
export function readInputs(workspace: string, runnerTemp: string | undefined): ActionInputs {
  const token = core.getInput('token')
  // Masked before anything else can print it.
  if (token) core.setSecret(token)

  const failOn = parseFailOn(core.getInput('fail-on') || INPUT_DEFAULTS['fail-on'])
  const failOnInvalid = readBoolean('fail-on-invalid')
  const failOnScope = parseFailOnScope(
    core.getInput('fail-on-scope') || INPUT_DEFAULTS['fail-on-scope']
  )
  const comment = readBoolean('comment')
  const upload = readBoolean('upload')
  const annotations = readBoolean('annotations')
  const summary = readBoolean('summary')
  const waitForProcessing = readBoolean('wait-for-processing')
  const verify = readBoolean('verify')
  const verifyImage = core.getInput('verify-image').trim() || INPUT_DEFAULTS['verify-image']

  const relativePath = core.getInput('path') || INPUT_DEFAULTS.path
  const scanPath = resolveScanPath(workspace, relativePath)

  const configInput = core.getInput('config')
  const config = configInput ? resolveConfigPath(workspace, configInput) : undefined

  if (upload && !token) {
    throw new ConfigurationError(
      'The `token` input is empty, so the SARIF cannot be uploaded. Leave `token` at its ' +
        'default (`${{ github.token }}`), pass a token with `security-events: write`, or set ' +
        '`upload: false`.'
    )
  }

  const category = core.getInput('category') || undefined
  const sarifInput = core.getInput('sarif-file')
  const sarifFile = sarifInput
    ? resolveSarifFile(workspace, runnerTemp, sarifInput)
    : path.join(runnerTemp ?? workspace, 'tierguard.sarif')

  return {
    path: scanPath,
    relativePath,
    failOn,
    failOnInvalid,
    failOnScope,
    comment,
    upload,
    token,
    category,
    sarifFile,
    annotations,
    summary,
    waitForProcessing,
    verify,
    verifyImage,
    ...(config ? { config } : {})
  }
}

/** Parses a `fail-on` value (case-insensitive), or throws a ConfigurationError listing the valid ones. */
export function parseFailOn(value: string): FailOn {
  const normalised = value.trim().toLowerCase()
  const match = FAIL_ON_VALUES.find(v => v === normalised)
  if (match) return match
  throw new ConfigurationError(
    `Invalid \`fail-on\`: ${JSON.stringify(value)}. Use one of: ${FAIL_ON_VALUES.join(', ')}.`
  )
}

/** Parses a `fail-on-scope` value (case-insensitive), or throws a ConfigurationError. */
export function parseFailOnScope(value: string): FailOnScope {
  const normalised = value.trim().toLowerCase()
  const match = FAIL_ON_SCOPES.find(v => v === normalised)
  if (match) return match
  throw new ConfigurationError(
    `Invalid \`fail-on-scope\`: ${JSON.stringify(value)}. Use \`all\` (every finding counts) ` +
      'or `introduced` (on a pull request, only the findings it introduces).'
  )
}

/**
 * Resolves `path` against the workspace. It must exist and stay inside the workspace (reported
 * paths are relative to the repository root, and code scanning only knows files in it).
 */
export function resolveScanPath(workspace: string, input: string): string {
  const resolved = path.resolve(workspace, input)
  const outside = new ConfigurationError(
    `The \`path\` input ${JSON.stringify(input)} is outside the workspace (${workspace}). ` +
      'Give a path inside the repository checkout, relative to its root.'
  )
  if (!isInside(workspace, resolved)) throw outside
  if (!existsSync(resolved)) {
    throw new ConfigurationError(
      `The \`path\` input ${JSON.stringify(input)} does not exist in the workspace (${workspace}). ` +
        'Check the path, and that `actions/checkout` ran before tierguard.'
    )
  }
  // A symlink inside the checkout may still point out of it.
  if (!isInside(realpathSync(workspace), realpathSync(resolved))) throw outside
  return resolved
}

/**
 * Resolves `sarif-file` against the workspace. It must stay inside the workspace or
 * `RUNNER_TEMP` (`../../x` is refused); links on its path are checked when it is written
 * (`writeFileWithin`), since its folders may not exist yet.
 */
export function resolveSarifFile(
  workspace: string,
  runnerTemp: string | undefined,
  input: string
): string {
  const resolved = path.resolve(workspace, input)
  if (isInside(workspace, resolved) || (runnerTemp && isInside(runnerTemp, resolved))) {
    return resolved
  }
  throw new ConfigurationError(
    `The \`sarif-file\` input ${JSON.stringify(input)} is outside the workspace (${workspace})` +
      `${runnerTemp ? ` and RUNNER_TEMP (${runnerTemp})` : ''}. Give a path inside the ` +
      'repository checkout (relative to its root) or under RUNNER_TEMP, or leave it empty.'
  )
}

/** Resolves the `config` input: a file inside the workspace. */
function resolveConfigPath(workspace: string, config: string): string {
  const resolved = path.resolve(workspace, config)
  if (!isInside(workspace, resolved)) {
    throw new ConfigurationError(
      `The \`config\` input ${JSON.stringify(config)} is outside the workspace (${workspace}). ` +
        'Give the path of the configuration file relative to the repository root.'
    )
  }
  if (!existsSync(resolved) || !statSync(resolved).isFile()) {
    throw new ConfigurationError(
      `The \`config\` file ${JSON.stringify(config)} does not exist in the workspace ` +
        `(${workspace}). Check the path (relative to the repository root), or remove the ` +
        '`config` input to use `.tierguard.yml` at the root when there is one.'
    )
  }
  return resolved
}

function readBoolean(
  name:
    | 'fail-on-invalid'
    | 'comment'
    | 'upload'
    | 'annotations'
    | 'summary'
    | 'wait-for-processing'
    | 'verify'
): boolean {
  if (!core.getInput(name)) return INPUT_DEFAULTS[name] === 'true'
  try {
    return core.getBooleanInput(name)
  } catch {
    throw new ConfigurationError(
      `Invalid \`${name}\`: ${JSON.stringify(core.getInput(name))}. Use true or false ` +
        '(YAML 1.2 core schema: true | True | TRUE | false | False | FALSE).'
    )
  }
}
