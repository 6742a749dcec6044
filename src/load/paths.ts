/** Paths written in compose files, relative to the scan's base directory. */
import path from 'node:path'

/** A path written in a file, resolved against `base` (POSIX, relative to the scan's base). */
export function resolvePath(base: string, written: string): string {
  if (path.posix.isAbsolute(written)) return path.posix.normalize(written)
  return path.posix.normalize(path.posix.join(base, written))
}
