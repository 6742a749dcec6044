import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { findComposeFiles } from '../../src/discover/find-files.js'
import {
  copyFixture,
  git,
  initRepository,
  makeTempDir,
  removeTempDir,
  writeFiles
} from './temp-tree.js'

const FOUND_BY_NAME = [
  'compose.override.yaml',
  'compose.yaml',
  'cycle/a/compose.yaml',
  'cycle/b/compose.yaml',
  'deploy/docker-stack.prod.yml',
  'deploy/docker-stack.yml',
  'deploy/monitoring.stack.yml',
  'docker-compose-test.yml',
  'docker-compose.prod.yml',
  'docker-compose.yml',
  'infra/compose.yaml',
  'k8s/stack.yml',
  'legacy/compose.yml',
  'services/api/docker-compose.yml',
  'services/api/docker-compose_ci.yml',
  'services/common/docker-compose.base.yml',
  'shared/compose.yaml'
]

let tmp: string
beforeEach(() => {
  tmp = makeTempDir()
})
afterEach(() => {
  removeTempDir(tmp)
})

describe('findComposeFiles in a git work tree', () => {
  it('lists compose and stack files by name, then every other YAML file, honouring .gitignore and skipping node_modules', async () => {
    const root = copyFixture('repo', path.join(tmp, 'repo'))
    initRepository(root)
    const result = await findComposeFiles({ roots: [root], baseDir: root })
    // Content decides: the workflow and the app config are candidates too, after the named files.
    expect(result).toEqual({
      files: FOUND_BY_NAME,
      otherYaml: [
        '.github/workflows/ci.yml',
        'config/app-settings.yml',
        'config/extra-services.yml'
      ],
      diagnostics: []
    })
  })

  it('adds YAML files named by include globs and removes files and folders named by exclude', async () => {
    const root = copyFixture('repo', path.join(tmp, 'repo'))
    initRepository(root)
    const result = await findComposeFiles({
      roots: [root],
      baseDir: root,
      include: ['config/*.yml', '.github/**', 'ignored/**'],
      exclude: ['legacy', 'cycle/', 'services/**/*_ci.yml']
    })
    expect(result.files).toEqual([
      '.github/workflows/ci.yml',
      'compose.override.yaml',
      'compose.yaml',
      'config/app-settings.yml',
      'config/extra-services.yml',
      'deploy/docker-stack.prod.yml',
      'deploy/docker-stack.yml',
      'deploy/monitoring.stack.yml',
      'docker-compose-test.yml',
      'docker-compose.prod.yml',
      'docker-compose.yml',
      'infra/compose.yaml',
      'k8s/stack.yml',
      'services/api/docker-compose.yml',
      'services/common/docker-compose.base.yml',
      'shared/compose.yaml'
    ])
  })

  it('matches slash-less globs at any depth, as .gitignore does', async () => {
    const root = copyFixture('repo', path.join(tmp, 'repo'))
    initRepository(root)
    const result = await findComposeFiles({
      roots: [root],
      baseDir: root,
      include: ['*-settings.yml'],
      exclude: ['compose.yaml', 'deploy']
    })
    expect(result.files).toEqual([
      'compose.override.yaml',
      'config/app-settings.yml',
      'docker-compose-test.yml',
      'docker-compose.prod.yml',
      'docker-compose.yml',
      'k8s/stack.yml',
      'legacy/compose.yml',
      'services/api/docker-compose.yml',
      'services/api/docker-compose_ci.yml',
      'services/common/docker-compose.base.yml'
    ])
  })

  it('reports paths relative to the base directory when a subfolder is scanned', async () => {
    const root = copyFixture('repo', path.join(tmp, 'repo'))
    initRepository(root)
    const result = await findComposeFiles({
      roots: [path.join(root, 'services'), path.join(root, 'deploy'), path.join(root, 'services')],
      baseDir: root
    })
    expect(result.files).toEqual([
      'deploy/docker-stack.prod.yml',
      'deploy/docker-stack.yml',
      'deploy/monitoring.stack.yml',
      'services/api/docker-compose.yml',
      'services/api/docker-compose_ci.yml',
      'services/common/docker-compose.base.yml'
    ])
  })

  it('drops tracked files deleted from the work tree and lists untracked ones', async () => {
    writeFiles(tmp, { 'compose.yaml': 'services: {}\n', 'old/compose.yaml': 'services: {}\n' })
    initRepository(tmp)
    rmSync(path.join(tmp, 'old/compose.yaml'))
    writeFiles(tmp, { 'new/docker-compose.yml': 'services: {}\n' })
    const result = await findComposeFiles({ roots: [tmp], baseDir: tmp })
    expect(result).toEqual({
      files: ['compose.yaml', 'new/docker-compose.yml'],
      otherYaml: [],
      diagnostics: []
    })
  })

  it('lists a nested repository with its own .gitignore', async () => {
    writeFiles(tmp, { 'compose.yaml': 'services: {}\n' })
    initRepository(tmp)
    const nested = path.join(tmp, 'vendor/tool')
    writeFiles(nested, {
      '.gitignore': 'docker-compose.private.yml\n',
      'compose.yaml': 'services: {}\n',
      'docker-compose.private.yml': 'services: {}\n'
    })
    initRepository(nested)
    const result = await findComposeFiles({ roots: [tmp], baseDir: tmp })
    expect(result.files).toEqual(['compose.yaml', 'vendor/tool/compose.yaml'])
  })

  it('lists a submodule, and ends on an uninitialised one', async () => {
    const sub = path.join(tmp, 'sub')
    writeFiles(sub, { 'compose.yaml': 'services: {}\n' })
    initRepository(sub)
    git(sub, 'commit', '--quiet', '-m', 'sub')
    writeFiles(tmp, { 'docker-compose.yml': 'services: {}\n' })
    mkdirSync(path.join(tmp, 'empty-sub'))
    git(tmp, 'init', '--quiet', '--initial-branch=main')
    git(tmp, 'add', 'docker-compose.yml')
    git(tmp, 'add', 'sub') // an embedded repository: staged as a gitlink, like a submodule
    const gitlink = `160000,${'1'.repeat(40)},empty-sub`
    git(tmp, 'update-index', '--add', '--cacheinfo', gitlink)
    expect(
      git(tmp, 'ls-files', '--stage')
        .split('\n')
        .map(l => l.slice(0, 6))
    ).toEqual(['100644', '160000', '160000', ''])
    const whole = await findComposeFiles({ roots: [tmp], baseDir: tmp })
    expect(whole).toEqual({
      files: ['docker-compose.yml', 'sub/compose.yaml'],
      otherYaml: [],
      diagnostics: []
    })
    const inside = await findComposeFiles({ roots: [path.join(tmp, 'empty-sub')], baseDir: tmp })
    expect(inside).toEqual({ files: [], otherYaml: [], diagnostics: [] })
  })

  it('walks the folder and says so when git fails in a work tree', async () => {
    writeFiles(tmp, { 'compose.yaml': 'services: {}\n', 'skip/compose.yaml': '' })
    writeFileSync(path.join(tmp, '.gitignore'), 'skip/\n')
    initRepository(tmp)
    writeFileSync(path.join(tmp, '.git/index'), 'not an index')
    const result = await findComposeFiles({ roots: [tmp], baseDir: tmp })
    expect(result.files).toEqual(['compose.yaml', 'skip/compose.yaml'])
    expect(result.diagnostics).toHaveLength(1)
    expect(result.diagnostics[0]).toMatchObject({
      code: 'git-unavailable',
      severity: 'note',
      span: { file: '.', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
    })
    expect(result.diagnostics[0]?.message).toMatch(
      /^`git ls-files` failed in `\.` \(.*index.*\); the folder was walked instead, so `\.gitignore` was not applied$/
    )
  })
})

describe('findComposeFiles outside a git work tree', () => {
  it('walks the folder: .gitignore does not apply, node_modules and .git are still skipped', async () => {
    const root = copyFixture('repo', path.join(tmp, 'repo'))
    writeFiles(root, { '.git/compose.yaml': 'services: {}\n' })
    const result = await findComposeFiles({ roots: [root], baseDir: root })
    expect(result.diagnostics).toEqual([])
    expect(result.files).toEqual(
      [...FOUND_BY_NAME, 'compose.local.yml', 'ignored/compose.yaml'].sort()
    )
  })

  it('finds every spelling of the known names, and no look-alike', async () => {
    const names = [
      'compose.yaml',
      'compose.yml',
      'docker-compose.yaml',
      'docker-compose.yml',
      'compose.override.yml',
      'docker-compose.override.yaml',
      'compose.dev.yaml',
      'compose-dev.yml',
      'docker-compose.prod.yml',
      'docker-compose-test.yml',
      'docker-compose_ci.yml',
      'Docker-Compose.YML',
      'docker-stack.yml',
      'docker-stack.prod.yaml',
      'stack.yml',
      'stack.prod.yml',
      'app.stack.yml',
      'app.stack.yaml'
    ]
    const lookAlikes = [
      'composer.yml',
      'compose.json',
      'docker-compose.yml.bak',
      'docker-compose.',
      'compose..yml',
      'my-compose.yml',
      'stack.json',
      '.stack.yml',
      'stacks.yml',
      'values.yaml',
      'docker-compose.md'
    ]
    for (const name of [...names, ...lookAlikes]) writeFiles(tmp, { [`d/${name}`]: '' })
    const result = await findComposeFiles({ roots: [tmp], baseDir: tmp })
    expect(result.files).toEqual(names.map(n => `d/${n}`).sort())
  })

  it('takes a file given as a root as it is, whatever its name', async () => {
    const root = copyFixture('repo', path.join(tmp, 'repo'))
    const result = await findComposeFiles({
      roots: [path.join(root, 'config/app-settings.yml'), path.join(root, 'legacy')],
      baseDir: tmp,
      exclude: ['**/config/**']
    })
    expect(result).toEqual({
      files: ['repo/config/app-settings.yml', 'repo/legacy/compose.yml'],
      otherYaml: [],
      diagnostics: []
    })
  })

  it('reports a root that does not exist as an error', async () => {
    const result = await findComposeFiles({ roots: [path.join(tmp, 'missing')], baseDir: tmp })
    expect(result).toEqual({
      files: [],
      otherYaml: [],
      diagnostics: [
        {
          code: 'path-not-found',
          severity: 'error',
          message:
            '`missing` does not exist (or is a broken symbolic link); nothing was scanned there',
          span: { file: 'missing', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
        }
      ]
    })
  })
})

/**
 * root/                    outside/
 *   compose.yaml             compose.yaml
 *   real/docker-compose.yml  dir/compose.yaml
 *   alias/compose.yaml -> ../real/docker-compose.yml   (inside: taken)
 *   mirror -> real                                     (inside: its target is scanned)
 *   out-dir -> ../outside/dir                          (folder out of the root)
 *   docker-compose.yml -> ../outside/compose.yaml      (file out of the root)
 *   loop -> .                                          (cycle)
 *   sub/up -> ..                                       (cycle)
 *   stack.yml -> stack.yml                             (loops on itself)
 *   compose.override.yml -> missing.yml                (broken)
 *   notes.txt -> /nonexistent/notes.txt                (broken)
 */
function buildSymlinkTree(): string {
  const root = path.join(tmp, 'root')
  writeFiles(tmp, {
    'outside/compose.yaml': 'services: {}\n',
    'outside/dir/compose.yaml': 'services: {}\n',
    'root/compose.yaml': 'services: {}\n',
    'root/real/docker-compose.yml': 'services: {}\n'
  })
  mkdirSync(path.join(root, 'alias'))
  mkdirSync(path.join(root, 'sub'))
  symlinkSync('../real/docker-compose.yml', path.join(root, 'alias/compose.yaml'))
  symlinkSync('real', path.join(root, 'mirror'))
  symlinkSync('../outside/dir', path.join(root, 'out-dir'))
  symlinkSync('../outside/compose.yaml', path.join(root, 'docker-compose.yml'))
  symlinkSync('.', path.join(root, 'loop'))
  symlinkSync('..', path.join(root, 'sub/up'))
  symlinkSync('stack.yml', path.join(root, 'stack.yml'))
  symlinkSync('missing.yml', path.join(root, 'compose.override.yml'))
  symlinkSync('/nonexistent/notes.txt', path.join(root, 'notes.txt'))
  return root
}

const span = (file: string) => ({ file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 })
const skipped = (file: string, why: string) => ({
  code: 'path-skipped',
  severity: 'note',
  message: `\`${file}\` was not scanned: ${why}`,
  span: span(file)
})
const SYMLINK_NOTES = [
  skipped(
    'compose.override.yml',
    'it is a broken symbolic link: its target `missing.yml` does not exist'
  ),
  skipped(
    'docker-compose.yml',
    'it is a symbolic link to `../outside/compose.yaml`, outside the scanned folder: not followed'
  ),
  skipped(
    'loop',
    'it is a symbolic link to `.`, a folder that contains the link: a cycle, not followed'
  ),
  skipped(
    'notes.txt',
    'it is a broken symbolic link: its target `/nonexistent/notes.txt` does not exist'
  ),
  skipped(
    'out-dir',
    'it is a symbolic link to `../outside/dir`, a folder outside the scanned folder: not followed'
  ),
  skipped('stack.yml', 'it is a symbolic link to `stack.yml` that loops back on itself'),
  skipped(
    'sub/up',
    'it is a symbolic link to `..`, a folder that contains the link: a cycle, not followed'
  )
]

describe('findComposeFiles and symbolic links', () => {
  it('never leaves the root nor loops, and says why each link was skipped (walk)', async () => {
    const root = buildSymlinkTree()
    const result = await findComposeFiles({ roots: [root], baseDir: root })
    expect(result.files).toEqual(['alias/compose.yaml', 'compose.yaml', 'real/docker-compose.yml'])
    expect(result.diagnostics).toEqual(SYMLINK_NOTES)
  })

  it('treats tracked links the same way (git)', async () => {
    const root = buildSymlinkTree()
    initRepository(root)
    const result = await findComposeFiles({ roots: [root], baseDir: root })
    expect(result.files).toEqual(['alias/compose.yaml', 'compose.yaml', 'real/docker-compose.yml'])
    expect(result.diagnostics).toEqual(SYMLINK_NOTES)
  })

  it('follows nothing out of a scanned subfolder either', async () => {
    const root = buildSymlinkTree()
    symlinkSync('../compose.yaml', path.join(root, 'real/compose.yaml'))
    const result = await findComposeFiles({ roots: [path.join(root, 'real')], baseDir: root })
    expect(result).toEqual({
      files: ['real/docker-compose.yml'],
      otherYaml: [],
      diagnostics: [
        skipped(
          'real/compose.yaml',
          'it is a symbolic link to `../compose.yaml`, outside the scanned folder: not followed'
        )
      ]
    })
  })
})
