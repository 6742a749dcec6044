/**
 * Helpers for the hostile-input suite: a temp repository holding one hostile case beside a good
 * project, scanned whole, so each test can check both the diagnostic and that the good project
 * still yields exactly the findings it yields on its own.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Diagnostic } from '../../src/core/diagnostic.js'
import { silentLogger, type Logger } from '../../src/core/logger.js'
import { scan, type ScanOptions, type ScanResult } from '../../src/scan.js'

/** Generous: each case takes well under a second alone, but the machine is shared. */
export const CASE_TIME_LIMIT_MS = 10_000

/** A project with an edge service and a data store on one network: it always has findings. */
export const GOOD_PROJECT = `services:
  proxy:
    image: nginx:1.27
    ports:
      - "80:80"
  db:
    image: postgres:16
`

/** A fresh temp folder (real path: spans and symlink checks compare real paths). */
export function makeRepo(): string {
  return realpathSync(mkdtempSync(path.join(os.tmpdir(), 'tierguard-hostile-')))
}

export function removeRepo(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

/** Writes files (relative path -> text or bytes), creating folders. */
export function writeTree(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
}

export interface TimedScan {
  result: ScanResult
  ms: number
}

/** Scans `dir` (as the base directory) and times it. */
export async function timedScan(
  dir: string,
  options: Partial<ScanOptions> & { logger?: Logger } = {}
): Promise<TimedScan> {
  const started = performance.now()
  const result = await scan({ baseDir: dir, logger: silentLogger, ...options })
  return { result, ms: performance.now() - started }
}

/** The findings of one file, as `rule@line:col`, for comparing scans. */
export function findingsOf(result: Pick<ScanResult, 'findings'>, file: string): string[] {
  return result.findings
    .filter(f => f.location.file === file)
    .map(f => `${f.ruleId}@${f.location.startLine}:${f.location.startColumn}`)
}

/** What a user reads of a diagnostic: code, severity, file:line:col and the message. */
export function describeDiagnostic(d: Diagnostic): string {
  return `${d.code} ${d.severity} ${d.span.file}:${d.span.startLine}:${d.span.startColumn} ${d.message}`
}

/** The diagnostics about one file. */
export function diagnosticsOf(result: Pick<ScanResult, 'diagnostics'>, file: string): Diagnostic[] {
  return result.diagnostics.filter(d => d.span.file === file)
}

let goodAlone: string[] | undefined

/** The good project's findings when it is scanned on its own (computed once). */
export async function goodFindingsAlone(): Promise<string[]> {
  if (goodAlone) return goodAlone
  const dir = makeRepo()
  try {
    writeTree(dir, { 'good/compose.yaml': GOOD_PROJECT })
    goodAlone = findingsOf((await timedScan(dir)).result, 'good/compose.yaml')
    return goodAlone
  } finally {
    removeRepo(dir)
  }
}
