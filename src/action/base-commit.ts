/**
 * The base commit of a pull request as a folder to scan: checked out with `git worktree add`
 * into RUNNER_TEMP, after fetching it when the checkout is shallow (`actions/checkout` fetches
 * one commit, and leaves its token in the repository's git config, which `git fetch` uses).
 * Also the files the pull request changed, from `git diff --name-only base HEAD`.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Logger } from '../core/logger.js'

/** The base commit checked out, or why it could not be. */
export type BaseCheckout =
  | {
      kind: 'checked-out'
      /** The folder that plays the workspace for the base: same layout, same folder name. */
      workspace: string
      /** Files changed between the base and HEAD, relative to the workspace (POSIX). */
      changedFiles: string[]
      /** Removes the worktree and its folder. Never throws. */
      remove(): Promise<void>
    }
  | { kind: 'unavailable'; reason: string }

/** Git with no prompt for credentials (a run must not hang waiting for a password). */
function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' }
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(firstLine(stderr) || error.message))
        else resolve(stdout)
      }
    )
  })
}

/**
 * Checks out `sha` beside the workspace. `tempRoot` is RUNNER_TEMP (the OS's temporary folder
 * when unset). The worktree's top folder gets the name of the checkout's, because compose names
 * a project after its folder: the base's projects must have the names the head's have.
 */
export async function checkoutBase(options: {
  workspace: string
  sha: string
  tempRoot?: string
  logger: Logger
}): Promise<BaseCheckout> {
  const { sha, logger } = options
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha)) {
    return { kind: 'unavailable', reason: `the event's base commit is not a SHA (${sha}).` }
  }
  let top: string
  try {
    top = realpathSync((await git(options.workspace, ['rev-parse', '--show-toplevel'])).trim())
  } catch (error) {
    return {
      kind: 'unavailable',
      reason: `the workspace is not a git checkout (${describe(error)}). Run actions/checkout before tierguard.`
    }
  }
  const prefix = path.relative(top, realpathSync(options.workspace))

  if (!(await hasCommit(top, sha))) {
    logger.info(`The base commit ${sha} is not in the checkout (shallow); fetching it`)
    try {
      await git(top, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha])
    } catch (error) {
      return {
        kind: 'unavailable',
        reason:
          `the base commit ${sha} is not in the checkout and could not be fetched ` +
          `(${describe(error)}). Give actions/checkout \`fetch-depth: 0\`, or keep its ` +
          'default `persist-credentials: true` so tierguard can fetch it.'
      }
    }
  }

  let changedFiles: string[]
  try {
    const diff = await git(top, ['diff', '--name-only', '--no-renames', '-z', sha, 'HEAD'])
    changedFiles = diff
      .split('\0')
      .filter(file => file !== '')
      .map(file => path.posix.relative(prefix.split(path.sep).join('/'), file))
      .filter(file => !file.startsWith('..'))
  } catch (error) {
    return {
      kind: 'unavailable',
      reason: `could not list the files changed since the base commit ${sha} (${describe(error)}).`
    }
  }

  const temp = mkdtempSync(path.join(options.tempRoot ?? tmpdir(), 'tierguard-base-'))
  const dir = path.join(temp, path.basename(top))
  const remove = async (): Promise<void> => {
    try {
      await git(top, ['worktree', 'remove', '--force', dir])
    } catch {
      // Removed below; `prune` forgets it.
    }
    rmSync(temp, { recursive: true, force: true })
    await git(top, ['worktree', 'prune']).catch(() => undefined)
  }
  try {
    await git(top, ['worktree', 'add', '--detach', '--force', dir, sha])
  } catch (error) {
    await remove()
    return {
      kind: 'unavailable',
      reason: `could not check out the base commit ${sha} (${describe(error)}).`
    }
  }
  // When the base lacks the workspace's folder, it does not exist: the base scans as empty.
  return { kind: 'checked-out', workspace: path.join(dir, prefix), changedFiles, remove }
}

async function hasCommit(top: string, sha: string): Promise<boolean> {
  try {
    await git(top, ['cat-file', '-e', `${sha}^{commit}`])
    return true
  } catch {
    return false
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map(l => l.trim())
      .find(l => l !== '') ?? ''
  )
}
