/**
 * What "inside the scan" means: the folders given to scan, or the top of the git checkout they
 * lie in. Paths written in compose files (`include`, `extends: file:`, `env_file`, `.env`) are
 * read only inside these roots, so the same tree gives the same findings from any working folder.
 */
import { execFileSync } from 'node:child_process'
import { realpathSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * The absolute roots of a scan of `paths` (absolute): for each, the top of the git work tree it
 * lies in, else the folder itself (a file's folder for a file). Sorted, without duplicates.
 */
export function findScanRoots(paths: readonly string[]): string[] {
  const roots = new Set<string>()
  for (const scanned of paths) {
    const folder = isFolder(scanned) ? scanned : path.dirname(scanned)
    roots.add(gitTopLevel(folder) ?? folder)
  }
  return [...roots].sort()
}

function isFolder(abs: string): boolean {
  try {
    return statSync(abs).isDirectory()
  } catch {
    return false
  }
}

/** The top of the git work tree `folder` lies in, or undefined outside one (or without git). */
function gitTopLevel(folder: string): string | undefined {
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: folder,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      windowsHide: true
    }).trim()
    return top === '' ? undefined : spellLike(folder, path.resolve(top))
  } catch {
    return undefined
  }
}

/**
 * git prints the real path of the top; spelled as the ancestor of `folder` that is that top, so
 * paths under a symbolically linked folder (`/tmp` on macOS) still compare as inside.
 */
function spellLike(folder: string, realTop: string): string {
  for (let ancestor = folder; ; ancestor = path.dirname(ancestor)) {
    if (safeRealpath(ancestor) === realTop) return ancestor
    if (path.dirname(ancestor) === ancestor) return realTop
  }
}

function safeRealpath(abs: string): string {
  try {
    return realpathSync.native(abs)
  } catch {
    return abs
  }
}
