/**
 * The base commit as a folder: checked out beside the workspace with the same folder name, the
 * files changed relative to the workspace, and nothing left behind.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { silentLogger } from '../../src/core/logger.js'
import { checkoutBase } from '../../src/action/base-commit.js'
import { git } from './git-repo.js'

let scratch: string
beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'tierguard-base-commit-'))
})
afterEach(() => rmSync(scratch, { recursive: true, force: true }))

function write(dir: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
}

describe('checkoutBase', () => {
  it('checks out the base of a workspace that is a folder of the repository', async () => {
    const repo = path.join(scratch, 'octo-repo')
    mkdirSync(repo)
    git(repo, 'init', '--quiet')
    write(repo, { 'deploy/compose.yaml': 'base\n', 'docs/readme.md': 'x\n' })
    git(repo, 'add', '--all')
    git(repo, 'commit', '--quiet', '-m', 'base')
    const base = git(repo, 'rev-parse', 'HEAD')
    write(repo, {
      'deploy/compose.yaml': 'head\n',
      'deploy/new.yml': 'new\n',
      'docs/readme.md': 'y\n'
    })
    git(repo, 'add', '--all')
    git(repo, 'commit', '--quiet', '-m', 'head')

    const temp = path.join(scratch, 'runner-temp')
    mkdirSync(temp)
    const checkout = await checkoutBase({
      workspace: path.join(repo, 'deploy'),
      sha: base,
      tempRoot: temp,
      logger: silentLogger
    })
    if (checkout.kind !== 'checked-out') throw new Error(checkout.reason)
    expect(path.basename(path.dirname(checkout.workspace))).toBe('octo-repo')
    expect(path.basename(checkout.workspace)).toBe('deploy')
    expect(readFileSync(path.join(checkout.workspace, 'compose.yaml'), 'utf8')).toBe('base\n')
    // Relative to the workspace; what changed outside it is not the workspace's.
    expect(checkout.changedFiles.sort()).toEqual(['compose.yaml', 'new.yml'])
    // The checkout itself is untouched.
    expect(readFileSync(path.join(repo, 'deploy/compose.yaml'), 'utf8')).toBe('head\n')
    expect(git(repo, 'status', '--porcelain')).toBe('')

    await checkout.remove()
    expect(readdirSync(temp)).toEqual([])
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1)
  })

  it('says why when the workspace is no git checkout, or the SHA is not one', async () => {
    const plain = path.join(scratch, 'plain')
    mkdirSync(plain)
    const outcome = await checkoutBase({
      workspace: plain,
      sha: 'a'.repeat(40),
      tempRoot: scratch,
      logger: silentLogger
    })
    expect(outcome.kind).toBe('unavailable')
    expect(outcome.kind === 'unavailable' && outcome.reason).toMatch(
      /^the workspace is not a git checkout \(.*\)\. Run actions\/checkout before tierguard\.$/
    )
    expect(
      await checkoutBase({ workspace: plain, sha: 'main; rm -rf /', logger: silentLogger })
    ).toEqual({
      kind: 'unavailable',
      reason: "the event's base commit is not a SHA (main; rm -rf /)."
    })
    // Nothing was made in the temporary folder.
    expect(readdirSync(scratch)).toEqual(['plain'])
  })
})
