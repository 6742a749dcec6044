/**
 * Writes the job summary, which `src/report/job-summary.ts` renders (and escapes) as Markdown:
 * the action only appends it to `GITHUB_STEP_SUMMARY`.
 */
import * as core from '@actions/core'

/** Appends the Markdown to the job summary (`GITHUB_STEP_SUMMARY`). */
export async function writeSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(markdown, true).write()
}
