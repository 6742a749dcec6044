/**
 * Runs Microsoft's SARIF validator (`sarif-multitool validate --rule-kind "Sarif;Gh"`: the SARIF
 * rules and GitHub's ingestion rules) on logs and returns what it reports. The binary is called
 * directly: the package's `bin.js` goes through a shell, which splits `Sarif;Gh` at the `;`.
 * One call takes about half a second, so validate several logs in one call.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Log } from 'sarif'

const require = createRequire(import.meta.url)

export interface ValidatorIssue {
  ruleId: string
  level: 'error' | 'warning' | 'note'
  message: string
}

/** The validator binary's path. */
export function validatorBinary(): string {
  return require('@microsoft/sarif-multitool') as string
}

/**
 * Validates each named log (names become file names) in one run of the validator; returns the
 * issues per name. Every name is in the map, with an empty list when the log is clean.
 */
export function validateSarifLogs(
  logs: Record<string, Log | string>
): Map<string, ValidatorIssue[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tierguard-sarif-'))
  try {
    const files = Object.entries(logs).map(([name, log]) => {
      const file = path.join(dir, `${name.replace(/[^A-Za-z0-9_-]/g, '_')}.sarif`)
      writeFileSync(file, typeof log === 'string' ? log : JSON.stringify(log, null, 2))
      return { name, file }
    })
    const out = path.join(dir, 'validation.sarif.json')
    execFileSync(
      validatorBinary(),
      [
        'validate',
        '--rule-kind',
        'Sarif;Gh',
        ...files.map(f => f.file),
        '-o',
        out,
        '--log',
        'ForceOverwrite'
      ],
      { stdio: 'pipe', timeout: 120_000 }
    )
    const report = JSON.parse(readFileSync(out, 'utf8')) as Log
    const issues = new Map<string, ValidatorIssue[]>(files.map(f => [f.name, []]))
    for (const run of report.runs) {
      const rules = run.tool.driver.rules ?? []
      for (const result of run.results ?? []) {
        const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''
        const file = uri.startsWith('file:') ? fileURLToPath(uri) : uri
        const name = files.find(f => f.file === file)?.name ?? file
        const rule = result.ruleIndex !== undefined ? rules[result.ruleIndex] : undefined
        const template =
          result.message.text ??
          (result.message.id ? rule?.messageStrings?.[result.message.id]?.text : undefined) ??
          result.message.id ??
          ''
        const message = template.replace(
          /\{(\d+)\}/g,
          (_, i: string) => result.message.arguments?.[Number(i)] ?? ''
        )
        const level = (result.level ?? rule?.defaultConfiguration?.level ?? 'warning') as
          'error' | 'warning' | 'note'
        if (!issues.has(name)) issues.set(name, [])
        issues.get(name)!.push({ ruleId: result.ruleId ?? '?', level, message })
      }
    }
    return issues
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Errors and warnings only (notes are advice, e.g. "provide code snippets"). */
export function seriousIssues(issues: ValidatorIssue[]): string[] {
  return issues.filter(i => i.level !== 'note').map(i => `${i.level} ${i.ruleId}: ${i.message}`)
}
