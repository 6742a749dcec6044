/**
 * The file accounting of a scan as Markdown, for the job summary: how many compose-shaped files
 * were analysed, loaded as part of another file's project, or left out, and which were not
 * analysed on their own, with the reason. Nothing found is skipped silently.
 */
import type { ScannedFile } from '../model/types.js'
import { escapeMarkdown } from './markdown.js'
import { pluralize } from './summary.js'

/** At most this many files are listed; the JSON report has them all. */
export const MAX_ACCOUNTED_ROWS = 50

/**
 * Markdown lines (no trailing newline) accounting for every compose-shaped file of `files`, or
 * no line when there is none. Every path and reason comes from the repository and is escaped.
 */
export function renderFileAccounting(
  files: readonly ScannedFile[],
  maxRows: number = MAX_ACCOUNTED_ROWS
): string[] {
  const accounted = files.filter(f => f.account !== undefined)
  if (accounted.length === 0) return []
  const count = (disposition: string) =>
    accounted.filter(f => f.account?.disposition === disposition).length
  const lines = [
    '### Compose files',
    '',
    `${pluralize(accounted.length, 'compose-shaped file')}: ${count('analysed')} analysed, ` +
      `${count('part-of-project')} loaded as part of another file's project, ` +
      `${count('left-out')} left out.`
  ]
  const notAlone = accounted.filter(f => f.account?.disposition !== 'analysed')
  if (notAlone.length === 0) return lines
  lines.push('', '| file | what became of it |', '|---|---|')
  for (const file of notAlone.slice(0, maxRows)) {
    lines.push(`| ${escapeMarkdown(file.path)} | ${escapeMarkdown(describeAccount(file))} |`)
  }
  if (notAlone.length > maxRows) {
    lines.push('', `…and ${notAlone.length - maxRows} more (every file is in the JSON report).`)
  }
  return lines
}

function describeAccount(file: ScannedFile): string {
  const account = file.account
  if (account?.disposition === 'part-of-project') {
    return `loaded as part of the project of ${(account.loadedBy ?? []).join(', ')}`
  }
  return `left out: ${account?.reason ?? 'no reason recorded'}`
}
