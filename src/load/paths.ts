/** Paths written in compose files, relative to the scan's base directory. */
import path from 'node:path'

/** A path written in a file, resolved against `base` (POSIX, relative to the scan's base). */
export function resolvePath(base: string, written: string): string {
  if (path.posix.isAbsolute(written)) return path.posix.normalize(written)
  return path.posix.normalize(path.posix.join(base, written))
}

/**
 * Whether a resolved path stays inside the scanned folder. Files outside it (`/etc/...`,
 * `../../secrets.env`) are never read: a pull request must not make the scan read the runner.
 */
export function isInsideBase(resolved: string): boolean {
  return !path.posix.isAbsolute(resolved) && resolved !== '..' && !resolved.startsWith('../')
}
