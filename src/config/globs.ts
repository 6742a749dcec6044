/**
 * Glob matching for the configuration: file globs (relative to the base directory, as
 * discovery's `include`/`exclude`) and image patterns. Service patterns are matched by
 * `matchesServicePattern` in `src/rules/helpers.ts`, which `policy` selectors share.
 */
import picomatch from 'picomatch'

/**
 * A matcher for file globs. As in `.gitignore` and discovery's `exclude`, a pattern without a
 * slash matches a file name at any depth (`*dev*.yml`); one with a slash matches the path from
 * the base directory (`deploy/**`).
 */
export function compileFileGlobs(patterns: readonly string[]): (file: string) => boolean {
  const cleaned = patterns.map(p => p.trim().replace(/^\.\//, '')).filter(p => p !== '')
  const byName = cleaned.filter(p => !p.includes('/'))
  const byPath = cleaned.filter(p => p.includes('/'))
  const matchName = byName.length > 0 ? picomatch(byName, { dot: true }) : () => false
  const matchPath = byPath.length > 0 ? picomatch(byPath, { dot: true }) : () => false
  return file => matchName(file.slice(file.lastIndexOf('/') + 1)) || matchPath(file)
}

/**
 * Whether an image pattern names the image as written (`ghcr.io/acme/gateway:1.4`). The pattern
 * may leave out the tag or digest (`ghcr.io/acme/gateway` matches every tag); `*` stays within
 * a path segment, `**` crosses them (`**\/postgres*`).
 */
export function matchesImagePattern(pattern: string, image: string): boolean {
  const options = { dot: true }
  if (picomatch.isMatch(image, pattern, options)) return true
  const withoutDigest = image.split('@')[0] ?? image
  const lastSlash = withoutDigest.lastIndexOf('/')
  const colon = withoutDigest.indexOf(':', lastSlash + 1)
  const repository = colon >= 0 ? withoutDigest.slice(0, colon) : withoutDigest
  return picomatch.isMatch(repository, pattern, options)
}

/** Whether a glob compiles (picomatch throws on some malformed patterns). */
export function isValidGlob(pattern: string): boolean {
  try {
    picomatch(pattern)
    return true
  } catch {
    return false
  }
}
