/**
 * The file names discovery looks for, and the part each plays in a project. Names are compared
 * case-insensitively (`Docker-Compose.yml` is found on a case-insensitive checkout too).
 */
import path from 'node:path'

/**
 * What a file name says about the file:
 * - `base`: a name docker compose loads by default (`compose.yaml`, `docker-compose.yml`...);
 * - `override`: the override docker compose loads beside the base (`compose.override.yml`...);
 * - `variant`: `docker-compose.prod.yml`, `compose-test.yaml`..., loaded with `-f`;
 * - `stack-base`: `docker-stack.yml` or `stack.yml`;
 * - `stack-variant`: `docker-stack.prod.yml`, `stack.prod.yml`, `app.stack.yml`.
 */
export type FileRole = 'base' | 'override' | 'variant' | 'stack-base' | 'stack-variant'

export interface FileNameMatch {
  role: FileRole
  /** Preference among files of the same role in one folder: lower wins. */
  rank: number
}

/**
 * docker compose's own order of preference (compose-go `DefaultFileNames` and
 * `DefaultOverrideFileNames`): it loads the first base present and the first override present.
 */
export const BASE_FILE_NAMES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yml',
  'docker-compose.yaml'
] as const
export const OVERRIDE_FILE_NAMES = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml'
] as const
/** `docker stack deploy` has no default file; this is the order a folder's stack base is chosen. */
export const STACK_BASE_FILE_NAMES = [
  'docker-stack.yml',
  'docker-stack.yaml',
  'stack.yml',
  'stack.yaml'
] as const

const VARIANT_SEPARATORS = new Set(['.', '-', '_'])

/** Whether a file name ends in `.yml` or `.yaml` (any case). */
export function hasYamlExtension(name: string): boolean {
  const lower = name.toLowerCase()
  return lower.endsWith('.yml') || lower.endsWith('.yaml')
}

/** The role a file name plays, or undefined when discovery does not look for that name. */
export function matchComposeFileName(fileName: string): FileNameMatch | undefined {
  const name = path.posix.basename(fileName).toLowerCase()
  if (!hasYamlExtension(name)) return undefined

  const baseRank = (BASE_FILE_NAMES as readonly string[]).indexOf(name)
  if (baseRank >= 0) return { role: 'base', rank: baseRank }
  const overrideRank = (OVERRIDE_FILE_NAMES as readonly string[]).indexOf(name)
  if (overrideRank >= 0) return { role: 'override', rank: overrideRank }
  const stackRank = (STACK_BASE_FILE_NAMES as readonly string[]).indexOf(name)
  if (stackRank >= 0) return { role: 'stack-base', rank: stackRank }

  const stem = name.slice(0, name.lastIndexOf('.'))
  if (hasVariantSuffix(stem, 'docker-compose') || hasVariantSuffix(stem, 'compose')) {
    return { role: 'variant', rank: 0 }
  }
  if (
    hasVariantSuffix(stem, 'docker-stack') ||
    (stem.startsWith('stack.') && stem.length > 'stack.'.length) ||
    (stem.endsWith('.stack') && stem.length > '.stack'.length)
  ) {
    return { role: 'stack-variant', rank: 0 }
  }
  return undefined
}

/** Whether a path's file name is one discovery looks for. */
export function isComposeFileName(filePath: string): boolean {
  return matchComposeFileName(filePath) !== undefined
}

/** `prefix` then `.`, `-` or `_` then at least one more character: `compose.prod`, `compose-ci`. */
function hasVariantSuffix(stem: string, prefix: string): boolean {
  return (
    stem.length > prefix.length + 1 &&
    stem.startsWith(prefix) &&
    VARIANT_SEPARATORS.has(stem.charAt(prefix.length))
  )
}
