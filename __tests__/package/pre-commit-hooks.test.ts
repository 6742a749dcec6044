/**
 * `.pre-commit-hooks.yaml`, checked against what pre-commit reads from a hook repository
 * (https://pre-commit.com/#creating-new-hooks): the keys it knows, a `node` hook whose entry is
 * a command this package installs, and a scan of the whole repository rather than of the
 * files pre-commit would pass.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { parseCommandLine } from '../../src/cli/args.js'

const root = path.resolve(import.meta.dirname, '../..')

/** Every key pre-commit 3 accepts in a hook definition. */
const HOOK_KEYS = new Set([
  'id',
  'name',
  'entry',
  'language',
  'files',
  'exclude',
  'types',
  'types_or',
  'exclude_types',
  'always_run',
  'fail_fast',
  'verbose',
  'pass_filenames',
  'require_serial',
  'description',
  'language_version',
  'minimum_pre_commit_version',
  'args',
  'stages',
  'additional_dependencies',
  'log_file'
])

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Record<
    string,
    unknown
  >[]
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    bin: Record<string, string>
  }

  it('defines the tierguard hook with only keys pre-commit knows', () => {
    expect(hooks.map(h => h.id)).toEqual(['tierguard'])
    for (const hook of hooks) {
      expect(Object.keys(hook).filter(k => !HOOK_KEYS.has(k))).toEqual([])
      for (const key of ['id', 'name', 'entry', 'language']) expect(typeof hook[key]).toBe('string')
    }
  })

  it('runs the installed bin of this package, as a node hook, on the whole repository', () => {
    const hook = hooks[0]!
    expect(hook.language).toBe('node')
    const [command, ...args] = String(hook.entry).split(' ')
    expect(Object.keys(pkg.bin)).toContain(command)
    expect(parseCommandLine(args)).toMatchObject({ command: 'scan', paths: [] })
    expect(hook).toMatchObject({ pass_filenames: false, types: ['yaml'] })
  })
})
