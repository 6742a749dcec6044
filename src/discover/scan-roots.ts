/**
 * What "inside the scan" means: the folders given to scan, or the top of the git checkout they
 * lie in. Paths written in compose files (`include`, `extends: file:`, `env_file`, `.env`) are
 * read only inside these roots, so the same tree gives the same findings from any working folder.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * The absolute roots of a scan of `paths` (absolute): for each, the top of the git work tree it
 * lies in, else the folder itself (a file's folder for a file). Sorted, without duplicates.
 */
export function findScanRoots(paths: readonly string[]): string[] {
  const roots = new Set<string>()
  for (const scanned of paths) {
    const folder = isFolder(scanned) ? scanned : path.dirname(scanned)
    roots.add(findCheckoutTop(folder) ?? folder)
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

/**
 * The nearest folder at or above `folder` that holds `.git` (a folder in a clone, a file in a
 * linked work tree or a submodule), as git finds the top of a work tree; undefined outside one.
 * Looked up on disk rather than by running git: a scan may run thousands of times in tests.
 */
function findCheckoutTop(folder: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current
    if (path.dirname(current) === current) return undefined
  }
}
