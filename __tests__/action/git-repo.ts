/**
 * Real git repositories for the tests of the pull-request review: git run with a fixed author
 * and none of the machine's configuration.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Octo Cat',
  GIT_AUTHOR_EMAIL: 'octocat@example.com',
  GIT_COMMITTER_NAME: 'Octo Cat',
  GIT_COMMITTER_EMAIL: 'octocat@example.com'
}

/** Runs git in `cwd` and returns its trimmed standard output. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: GIT_ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()
}

/** A repository with a base commit and a head commit on top; returns both SHAs. */
export function makeRepository(
  dir: string,
  base: Record<string, string>,
  head: Record<string, string>
): { base: string; head: string } {
  mkdirSync(dir, { recursive: true })
  git(dir, 'init', '--quiet', '--initial-branch=main')
  const commit = (files: Record<string, string>, message: string): string => {
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), content)
    }
    git(dir, 'add', '--all')
    git(dir, 'commit', '--quiet', '--allow-empty', '-m', message)
    return git(dir, 'rev-parse', 'HEAD')
  }
  return { base: commit(base, 'base'), head: commit(head, 'head') }
}
