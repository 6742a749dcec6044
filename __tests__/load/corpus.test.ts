import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import { ParsedFileCache } from '../../src/load/file-cache.js'
import { loadProject } from '../../src/load/load-project.js'
import type { Project } from '../../src/model/types.js'
import { CORPUS, yamlFilesUnder } from '../helpers/files.js'

/** Every `.yml`/`.yaml` under the corpus whose name or top level looks like compose. */
function findComposeLike(cache: ParsedFileCache): string[] {
  return yamlFilesUnder(CORPUS).filter(rel => {
    const root = cache.get(rel).root
    const hasServices = root?.kind === 'map' && root.entries.has('services')
    return hasServices || /(compose|stack)/i.test(path.posix.basename(rel))
  })
}

const suite = existsSync(CORPUS) ? describe : describe.skip
if (!existsSync(CORPUS)) console.warn(`no corpus at ${CORPUS}: the corpus load test does not run`)

suite('loading the third-party corpus', () => {
  it('loads every compose-looking file without throwing, or says why not', () => {
    const cache = new ParsedFileCache({ baseDir: CORPUS })
    const files = findComposeLike(cache)
    expect(files.length).toBeGreaterThan(300)
    const started = performance.now()
    const projects: Project[] = []
    const unexplained: string[] = []
    for (const file of files) {
      const directory = path.posix.dirname(file)
      const kind = /stack/i.test(path.posix.basename(file)) ? 'stack' : 'compose'
      const project = loadProject({ files: [file], directory, kind }, cache, {
        env: {},
        logger: silentLogger
      })
      projects.push(project)
      const errorHere = project.diagnostics.some(
        d => d.severity === 'error' && d.span.file === file
      )
      if (project.services.length === 0 && !errorHere) {
        // A file without services is fine when it says so (a warning naming it).
        if (!project.diagnostics.some(d => d.span.file === file)) unexplained.push(file)
      }
    }
    const elapsed = performance.now() - started
    const counts: Record<string, number> = {}
    for (const d of projects.flatMap(p => p.diagnostics)) {
      counts[d.code] = (counts[d.code] ?? 0) + 1
    }
    process.stdout.write(
      `corpus: ${files.length} files, ${projects.reduce((n, p) => n + p.services.length, 0)} services, ${elapsed.toFixed(0)} ms\n` +
        `diagnostics by code: ${JSON.stringify(counts)}\n`
    )
    expect(unexplained).toEqual([])
    for (const project of projects) {
      for (const d of project.diagnostics) {
        expect(d.span.startLine).toBeGreaterThanOrEqual(1)
        expect(d.span.startColumn).toBeGreaterThanOrEqual(1)
      }
    }
  })
})
