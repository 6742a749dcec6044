/**
 * `COMPOSE_FILE`: in a folder whose `.env` (or the environment given to the scan, for the
 * scanned folder) sets it, `docker compose up` loads the files it lists, separated by
 * `COMPOSE_PATH_SEPARATOR` (`:` by default), relative to the folder, instead of the default
 * base and override files. That set becomes the folder's project.
 */
import type { Diagnostic } from '../core/diagnostic.js'
import { fileSpan, spanOf, type SourceSpan } from '../core/span.js'
import { envFileToMap, parseEnvFile } from '../load/env-file.js'
import type { ParsedFileCache } from '../load/file-cache.js'
import { resolvePath } from '../load/paths.js'
import type { ProjectPlan } from '../model/plan.js'

/** What the variable says in one folder, and where it was set. */
interface ComposeFileSetting {
  value: string
  separator: string
  span: SourceSpan
}

/**
 * `plans` with each folder's `COMPOSE_FILE` project in place of the plans it covers (those whose
 * files it lists), and the diagnostics of entries that do not exist or lie outside the scan.
 * `folders` are the folders holding compose files; `given` is the environment of the scan, which
 * wins over `.env` in the scanned folders (`rootFolders`), as the shell does for compose.
 */
export function applyComposeFileVariable(
  plans: ProjectPlan[],
  folders: readonly string[],
  cache: ParsedFileCache,
  given: Record<string, string>,
  rootFolders: readonly string[]
): { plans: ProjectPlan[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  let result = plans
  let changed = false
  for (const folder of [...new Set(folders)].sort()) {
    const setting = readSetting(folder, cache, rootFolders.includes(folder) ? given : {})
    if (!setting) continue
    const files: string[] = []
    for (const entry of setting.value.split(setting.separator)) {
      if (entry.trim() === '') continue
      const written = entry.trim()
      const file = written.startsWith('/') ? cache.relative(written) : resolvePath(folder, written)
      const problem = !cache.isInsideScan(file)
        ? 'lies outside the scanned folder; it was not read'
        : !cache.exists(file)
          ? 'does not exist'
          : undefined
      if (problem) {
        diagnostics.push({
          code: 'compose-file-entry',
          severity: 'error',
          message: `\`COMPOSE_FILE\` lists \`${written}\`, which ${problem}: docker compose would refuse to start. The other files it lists were analysed together`,
          span: setting.span
        })
      } else if (!files.includes(file)) {
        files.push(file)
      }
    }
    if (files.length === 0) continue
    const listed = new Set(files)
    result = result.filter(plan => !plan.files.every(file => listed.has(file)))
    result.push({ files, directory: folder, kind: 'compose' })
    changed = true
  }
  // Plans stay in their order (configured ones first) unless a folder's project changed.
  if (changed) result = result.sort((a, b) => compareFileLists(a.files, b.files))
  return { plans: result, diagnostics }
}

function readSetting(
  folder: string,
  cache: ParsedFileCache,
  given: Record<string, string>
): ComposeFileSetting | undefined {
  const envFile = resolvePath(folder, '.env')
  const text = cache.isInsideScan(envFile) ? cache.readRaw(envFile) : undefined
  const parsed = text === undefined ? undefined : parseEnvFile(envFile, text, name => given[name])
  const values = parsed ? envFileToMap(parsed) : new Map<string, string>()
  const fromGiven = given.COMPOSE_FILE !== undefined
  const value = given.COMPOSE_FILE ?? values.get('COMPOSE_FILE')
  if (value === undefined || value.trim() === '') return undefined
  const separator = given.COMPOSE_PATH_SEPARATOR ?? values.get('COMPOSE_PATH_SEPARATOR') ?? ':'
  const line = parsed?.entries.filter(e => e.key === 'COMPOSE_FILE').pop()?.line
  const span =
    fromGiven || line === undefined
      ? fileSpan(fromGiven ? folder : envFile)
      : spanOf(envFile, line, 1, line, 1 + 'COMPOSE_FILE'.length)
  return { value, separator: separator === '' ? ':' : separator, span }
}

function compareFileLists(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string
    const y = b[i] as string
    if (x !== y) return x < y ? -1 : 1
  }
  return a.length - b.length
}
