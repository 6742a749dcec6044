/**
 * Lists the files a scan considers: every YAML file, minus what `exclude` removes, `.git`,
 * `node_modules` and what `.gitignore` ignores. Content decides which of them are compose files;
 * names only order the work: compose and stack file names, and the YAML files the `include`
 * globs name, come first (`files`), every other YAML file after them (`otherYaml`).
 *
 * In a git work tree the listing comes from `git ls-files` (fast, and `.gitignore` is honoured);
 * elsewhere the folder is walked. Only YAML files (and links) are ever stat'ed.
 *
 * Symbolic links: a link to a file is taken under its own path when the name is considered and
 * the target lies inside the scanned folder. A link to a folder is not followed: a target inside
 * the scanned folder is scanned at its own path anyway (following it would report every file
 * twice), and a target outside it is out of scope. Links out of the folder, link cycles and broken
 * links are reported as `path-skipped` notes. In a git work tree, git decides what an untracked
 * entry is: an untracked link to a folder is not inspected.
 */
import { execFile } from 'node:child_process'
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import type { Diagnostic } from '../core/diagnostic.js'
import { ConfigurationError } from '../core/errors.js'
import { fileSpan } from '../core/span.js'
import { hasYamlExtension, isComposeFileName } from './file-names.js'
import type { DiscoverOptions } from './types.js'

/** Folders never entered, at any depth. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules'])

/** git lists a big monorepo in tens of MB; the default 1 MB buffer would cut it off. */
const GIT_MAX_BUFFER = 1024 * 1024 * 1024

interface Context {
  baseDir: string
  files: Set<string>
  /** YAML files no compose name or `include` glob names: candidates all the same. */
  otherYaml: Set<string>
  notes: Map<string, Diagnostic>
  /** Real paths of the folders listed so far: each is listed once, whatever leads to it. */
  listed: Set<string>
  isIncluded: (relativePath: string) => boolean
  isExcluded: (relativePath: string) => boolean
}

/**
 * Finds the candidate compose files under `options.roots`. Returns POSIX paths relative to
 * `options.baseDir`, sorted and without duplicates: `files`, named like compose files (or by an
 * `include` glob, or given as a root), and `otherYaml`, every other YAML file; and a diagnostic
 * for each path that could not be scanned or was deliberately not followed.
 */
export async function findComposeFiles(
  options: DiscoverOptions
): Promise<{ files: string[]; otherYaml: string[]; diagnostics: Diagnostic[] }> {
  const baseDir = path.resolve(options.baseDir)
  const ctx: Context = {
    baseDir,
    files: new Set(),
    otherYaml: new Set(),
    notes: new Map(),
    listed: new Set(),
    isIncluded: compileGlobs(options.include, 'include'),
    isExcluded: compileGlobs(options.exclude, 'exclude')
  }
  for (const root of options.roots) await listRoot(path.resolve(baseDir, root), ctx)

  const files = [...ctx.files].sort(compareStrings)
  const otherYaml = [...ctx.otherYaml].filter(file => !ctx.files.has(file)).sort(compareStrings)
  const diagnostics = [...ctx.notes.values()].sort(
    (a, b) => compareStrings(a.span.file, b.span.file) || compareStrings(a.message, b.message)
  )
  return { files, otherYaml, diagnostics }
}

async function listRoot(rootAbs: string, ctx: Context): Promise<void> {
  const rootRel = toRelative(ctx.baseDir, rootAbs)
  let stats: Stats
  try {
    stats = statSync(rootAbs)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      addNote(ctx, {
        code: 'path-not-found',
        severity: 'error',
        message: `\`${rootRel}\` does not exist (or is a broken symbolic link); nothing was scanned there`,
        span: fileSpan(rootRel)
      })
    } else {
      addSkip(ctx, rootRel, `it could not be read (${describeError(e)})`)
    }
    return
  }
  if (stats.isFile()) {
    ctx.files.add(rootRel)
  } else if (stats.isDirectory()) {
    const realRoot = realpathSync(rootAbs)
    await listFolder(rootAbs, rootRel, realRoot, ctx)
  } else {
    addSkip(ctx, rootRel, 'it is neither a file nor a folder')
  }
}

/** Lists one folder with git when it is in a work tree, by walking it otherwise. */
async function listFolder(
  dirAbs: string,
  dirRel: string,
  realRoot: string,
  ctx: Context
): Promise<void> {
  const real = safeRealpath(dirAbs)
  if (ctx.listed.has(real)) return
  ctx.listed.add(real)
  const listing = await listWithGit(dirAbs)
  if ('failure' in listing) {
    if (listing.failure) {
      addNote(ctx, {
        code: 'git-unavailable',
        severity: 'note',
        message: `\`git ls-files\` failed in \`${dirRel}\` (${listing.failure}); the folder was walked instead, so \`.gitignore\` was not applied`,
        span: fileSpan(dirRel)
      })
    }
    walkFolder(dirAbs, dirRel, realRoot, ctx)
    return
  }

  const nested: string[] = []
  for (const { entry, mode } of listing.tracked) {
    if (mode === '160000') nested.push(entry.replace(/\/$/, ''))
    else considerGitEntry(entry, mode === '120000', dirAbs, dirRel, realRoot, ctx)
  }
  for (const entry of listing.others) {
    // git shows a nested repository it does not descend into as `folder/`.
    if (entry.endsWith('/')) nested.push(entry.slice(0, -1))
    else considerGitEntry(entry, false, dirAbs, dirRel, realRoot, ctx)
  }
  // Submodules and nested repositories have their own index and .gitignore: list them the same way.
  for (const entry of [...new Set(nested)].sort(compareStrings)) {
    // In an uninitialised submodule git lists the submodule itself, as `./`.
    if (entry === '' || entry === '.') continue
    const rel = joinRelative(dirRel, entry)
    if (hasSkippedSegment(entry) || isExcludedBelow(entry, dirRel, ctx)) continue
    await listFolder(path.join(dirAbs, entry), rel, realRoot, ctx)
  }
}

function considerGitEntry(
  entry: string,
  trackedLink: boolean,
  dirAbs: string,
  dirRel: string,
  realRoot: string,
  ctx: Context
): void {
  const name = entry.slice(entry.lastIndexOf('/') + 1)
  const rel = joinRelative(dirRel, entry)
  const wanted = isWanted(name, rel, ctx)
  // Only links can hide something (a folder out of the root); other unwanted entries are not stat'ed.
  if (!wanted && !hasYamlExtension(name) && !trackedLink) return
  if (hasSkippedSegment(entry) || isExcludedBelow(entry, dirRel, ctx)) return
  const abs = path.join(dirAbs, entry)
  let stats: Stats
  try {
    stats = lstatSync(abs)
  } catch {
    return // Tracked but deleted from the work tree (or gone since): nothing to scan.
  }
  if (stats.isSymbolicLink()) considerLink(abs, rel, wanted, realRoot, ctx)
  else if (stats.isFile()) addCandidate(name, rel, wanted, ctx)
}

/** Adds a YAML file: to `files` when its name (or an `include` glob) marks it, else to `otherYaml`. */
function addCandidate(name: string, rel: string, wanted: boolean, ctx: Context): void {
  if (wanted) ctx.files.add(rel)
  else if (hasYamlExtension(name)) ctx.otherYaml.add(rel)
}

/** Walks a folder that is not in a git work tree (or where git failed). */
function walkFolder(rootAbs: string, rootRel: string, realRoot: string, ctx: Context): void {
  const stack: Array<[string, string]> = [[rootAbs, rootRel]]
  while (stack.length > 0) {
    const [dirAbs, dirRel] = stack.pop() as [string, string]
    let entries
    try {
      entries = readdirSync(dirAbs, { withFileTypes: true })
    } catch (e) {
      addSkip(ctx, dirRel, `the folder could not be read (${describeError(e)})`)
      continue
    }
    for (const entry of entries) {
      const name = entry.name
      const abs = path.join(dirAbs, name)
      const rel = joinRelative(dirRel, name)
      let isDirectory = entry.isDirectory()
      let isFile = entry.isFile()
      let isLink = entry.isSymbolicLink()
      if (!isDirectory && !isFile && !isLink) {
        // Some file systems do not report the entry type in the listing.
        try {
          const stats = lstatSync(abs)
          isDirectory = stats.isDirectory()
          isFile = stats.isFile()
          isLink = stats.isSymbolicLink()
        } catch {
          continue
        }
      }
      if (isDirectory) {
        if (!SKIPPED_FOLDERS.has(name) && !ctx.isExcluded(rel)) stack.push([abs, rel])
      } else if (isFile) {
        if (!ctx.isExcluded(rel)) addCandidate(name, rel, isWanted(name, rel, ctx), ctx)
      } else if (isLink) {
        if (SKIPPED_FOLDERS.has(name) || ctx.isExcluded(rel)) continue
        considerLink(abs, rel, isWanted(name, rel, ctx), realRoot, ctx)
      }
    }
  }
}

/**
 * Decides about a symbolic link: a link to a wanted file inside the root is taken; a link out of
 * the root, a cycle or a broken link is reported; a link to a folder inside the root is left,
 * because its target is scanned at its own path.
 */
function considerLink(
  abs: string,
  rel: string,
  wanted: boolean,
  realRoot: string,
  ctx: Context
): void {
  const target = readLinkText(abs)
  let real: string
  try {
    real = realpathSync(abs)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ELOOP') {
      addSkip(ctx, rel, `it is a symbolic link to \`${target}\` that loops back on itself`)
    } else if (code === 'ENOENT' || code === 'ENOTDIR') {
      addSkip(ctx, rel, `it is a broken symbolic link: its target \`${target}\` does not exist`)
    } else {
      addSkip(ctx, rel, `its symbolic link could not be resolved (${describeError(e)})`)
    }
    return
  }
  let stats: Stats
  try {
    stats = statSync(real)
  } catch (e) {
    addSkip(ctx, rel, `the target of its symbolic link could not be read (${describeError(e)})`)
    return
  }
  const inside = isInsideOrSame(real, realRoot)
  if (stats.isDirectory()) {
    if (!inside) {
      addSkip(
        ctx,
        rel,
        `it is a symbolic link to \`${target}\`, a folder outside the scanned folder: not followed`
      )
    } else if (isInsideOrSame(safeRealpath(path.dirname(abs)), real)) {
      addSkip(
        ctx,
        rel,
        `it is a symbolic link to \`${target}\`, a folder that contains the link: a cycle, not followed`
      )
    }
    return
  }
  const name = rel.slice(rel.lastIndexOf('/') + 1)
  if (!stats.isFile() || (!wanted && !hasYamlExtension(name))) return
  if (!inside) {
    addSkip(
      ctx,
      rel,
      `it is a symbolic link to \`${target}\`, outside the scanned folder: not followed`
    )
    return
  }
  addCandidate(name, rel, wanted, ctx)
}

type GitListing =
  | { tracked: Array<{ entry: string; mode: string }>; others: string[] }
  /** `failure` is empty when the folder is simply not in a work tree (or git is not installed). */
  | { failure: string }

/** `git ls-files` in `cwd`: tracked entries with their mode, and untracked, not ignored ones. */
async function listWithGit(cwd: string): Promise<GitListing> {
  try {
    const [stage, others] = await Promise.all([
      runGit(cwd, ['ls-files', '-z', '--stage']),
      runGit(cwd, ['ls-files', '-z', '--others', '--exclude-standard'])
    ])
    const tracked: Array<{ entry: string; mode: string }> = []
    for (const record of stage.split('\0')) {
      // `<mode> <object> <stage>\t<path>`; a conflicted path comes once per stage, and the
      // results are sets, so repeats do no harm.
      const tab = record.indexOf('\t')
      if (tab >= 0) tracked.push({ entry: record.slice(tab + 1), mode: record.slice(0, 6) })
    }
    return { tracked, others: others.split('\0').filter(entry => entry !== '') }
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string }
    const stderr = String(err.stderr ?? '').trim()
    if (err.code === 'ENOENT' || stderr.includes('not a git repository')) return { failure: '' }
    const firstLine = (stderr.split('\n')[0] ?? '').replace(/^fatal: /, '')
    return { failure: firstLine || err.message.split('\n')[0] || 'unknown error' }
  }
}

function runGit(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, encoding: 'utf8', maxBuffer: GIT_MAX_BUFFER, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) reject(Object.assign(error, { stderr }))
        else resolve(stdout)
      }
    )
  })
}

/** A file is considered when its name is a compose name, or an `include` glob names the YAML. */
function isWanted(name: string, rel: string, ctx: Context): boolean {
  return isComposeFileName(name) || (hasYamlExtension(name) && ctx.isIncluded(rel))
}

/** Whether `entry` (relative to the listed folder) or one of its folders below it is excluded. */
function isExcludedBelow(entry: string, dirRel: string, ctx: Context): boolean {
  let end = entry.indexOf('/')
  while (end >= 0) {
    if (ctx.isExcluded(joinRelative(dirRel, entry.slice(0, end)))) return true
    end = entry.indexOf('/', end + 1)
  }
  return ctx.isExcluded(joinRelative(dirRel, entry))
}

function hasSkippedSegment(entry: string): boolean {
  return entry.split('/').some(segment => SKIPPED_FOLDERS.has(segment))
}

/**
 * Compiles globs (picomatch, relative to the base directory). As in `.gitignore`, a pattern
 * without a slash matches a name at any depth, and a trailing slash is dropped (a folder
 * pattern excludes everything below it, since discovery does not enter it).
 */
function compileGlobs(
  patterns: string[] | undefined,
  option: 'include' | 'exclude'
): (relativePath: string) => boolean {
  const cleaned = (patterns ?? []).map(p => p.trim().replace(/\/+$/, '')).filter(p => p !== '')
  if (cleaned.length === 0) return () => false
  // picomatch's own `basename` option also changes how patterns with slashes match: split instead.
  const byName = cleaned.filter(p => !p.includes('/'))
  const byPath = cleaned.filter(p => p.includes('/'))
  try {
    const matchName = byName.length > 0 ? picomatch(byName, { dot: true }) : () => false
    const matchPath = byPath.length > 0 ? picomatch(byPath, { dot: true }) : () => false
    const cache = new Map<string, boolean>()
    return relativePath => {
      let result = cache.get(relativePath)
      if (result === undefined) {
        const name = relativePath.slice(relativePath.lastIndexOf('/') + 1)
        result = matchName(name) || matchPath(relativePath)
        cache.set(relativePath, result)
      }
      return result
    }
  } catch (e) {
    throw new ConfigurationError(
      `An \`${option}\` glob is not valid (${(e as Error).message}): ${cleaned.join(', ')}`
    )
  }
}

function addSkip(ctx: Context, rel: string, why: string): void {
  addNote(ctx, {
    code: 'path-skipped',
    severity: 'note',
    message: `\`${rel}\` was not scanned: ${why}`,
    span: fileSpan(rel)
  })
}

function addNote(ctx: Context, diagnostic: Diagnostic): void {
  ctx.notes.set(`${diagnostic.span.file}\0${diagnostic.message}`, diagnostic)
}

function readLinkText(abs: string): string {
  try {
    return readlinkSync(abs)
  } catch {
    return '?'
  }
}

function safeRealpath(abs: string): string {
  try {
    return realpathSync(abs)
  } catch {
    return abs
  }
}

function isInsideOrSame(child: string, parent: string): boolean {
  if (child === parent) return true
  const prefix = parent.endsWith(path.sep) ? parent : parent + path.sep
  return child.startsWith(prefix)
}

function toRelative(baseDir: string, abs: string): string {
  const rel = path.relative(baseDir, abs)
  return rel === '' ? '.' : rel.split(path.sep).join('/')
}

function joinRelative(dirRel: string, entry: string): string {
  return dirRel === '.' ? entry : `${dirRel}/${entry}`
}

function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied'
  return err.code ?? String(err.message ?? e)
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
