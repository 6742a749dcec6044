/**
 * Temporary trees for discovery tests: copies of fixture folders (with the names a fixture
 * cannot carry restored) and small git repositories built on the fly.
 */
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Fixture names that stand for names git would not keep in this repository. */
const RESTORED_NAMES: Record<string, string> = {
  _gitignore: '.gitignore',
  _node_modules: 'node_modules'
}

export const FIXTURES = path.resolve('fixtures/discover')

/** A fresh empty folder in the system temp folder (its real path, symlinks resolved). */
export function makeTempDir(prefix = 'tierguard-discover-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** Removes a temp folder made by `makeTempDir`. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

/** Copies `fixtures/discover/<name>` into `target`, restoring `.gitignore` and `node_modules`. */
export function copyFixture(name: string, target: string): string {
  cpSync(path.join(FIXTURES, name), target, { recursive: true })
  restoreNames(target)
  return target
}

function restoreNames(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    let name = entry.name
    const restored = RESTORED_NAMES[name]
    if (restored) {
      renameSync(path.join(dir, name), path.join(dir, restored))
      name = restored
    }
    if (entry.isDirectory()) restoreNames(path.join(dir, name))
  }
}

/** Runs git in `cwd` with a fixed identity and no user or system configuration. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.com'
    }
  })
}

/** `git init` in `dir` and stage everything in it. */
export function initRepository(dir: string): void {
  git(dir, 'init', '--quiet', '--initial-branch=main')
  git(dir, 'add', '--all')
}

/** Writes files (path relative to `dir` -> content), creating folders as needed. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
}
