import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import type { SourceSpan } from '../../src/core/span.js'
import type { ProjectPlan } from '../../src/model/plan.js'
import { ParsedFileCache } from '../../src/load/file-cache.js'
import { loadProject } from '../../src/load/load-project.js'
import type { Project, Service } from '../../src/model/types.js'

export const FIXTURES = path.resolve('fixtures/load')

/** Loads fixture files (relative to `fixtures/load`) as one project. */
export function loadFixture(
  files: string[],
  options: {
    env?: Record<string, string>
    name?: string
    kind?: ProjectPlan['kind']
    envFiles?: string[]
    cache?: ParsedFileCache
  } = {}
): Project {
  const cache = options.cache ?? new ParsedFileCache({ baseDir: FIXTURES })
  const plan: ProjectPlan = {
    files,
    directory: path.posix.dirname(files[0] as string),
    kind: options.kind ?? 'compose'
  }
  if (options.name !== undefined) plan.name = options.name
  if (options.envFiles) plan.envFiles = options.envFiles
  return loadProject(plan, cache, { env: options.env ?? {}, logger: silentLogger })
}

/** A span of `file` from `line:col` to `endLine:endCol` (exclusive). */
export function span(
  file: string,
  line: number,
  col: number,
  endLine: number,
  endCol: number
): SourceSpan {
  return { file, startLine: line, startColumn: col, endLine, endColumn: endCol }
}

/** The start of a span, for nodes whose end is less interesting (block mappings). */
export function at(file: string, line: number, col: number) {
  return { file, startLine: line, startColumn: col }
}

/** The service `name` of a project; fails the test when absent. */
export function serviceOf(project: Project, name: string): Service {
  const service = project.services.find(s => s.name === name)
  if (!service) throw new Error(`no service ${name} in ${project.services.map(s => s.name)}`)
  return service
}

/** Diagnostics as `code line:col` strings, sorted, for compact exact assertions. */
export function diagnosticsOf(project: Project, code?: string): string[] {
  return project.diagnostics
    .filter(d => code === undefined || d.code === code)
    .map(d => `${d.code} ${d.span.file}:${d.span.startLine}:${d.span.startColumn}`)
}
