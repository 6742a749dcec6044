/**
 * The workflow-command medium. The runner reads the step's output line by line: a line that
 * starts with `::` (after blanks) is a command (`::error`, `::add-mask::`, `::stop-commands::`),
 * and `##[` starts a command of the older syntax anywhere in a line. Annotations and failures
 * go through `@actions/core`'s commands, which escape their data; plain log lines
 * (`core.info`) are written as they are, so every one passes through `toLogLine` here.
 */
import * as core from '@actions/core'

/** Line terminators, as the runner and the log viewer see them, and other control characters. */
const LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g

/**
 * `text` as one inert log line: line breaks shown as `\n` (so no value can start a line of its
 * own), other control characters as `\u001b`-style escapes, and what a runner would read as a
 * command (`::` at the start, `##[` anywhere) broken with a backslash. The text stays readable.
 */
export function toLogLine(text: string): string {
  const oneLine = text
    .replace(LINE_BREAKS, '\\n')
    .replace(CONTROL, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replaceAll('##[', '##\\[')
  return /^\s*::/.test(oneLine) ? `\\${oneLine}` : oneLine
}

/** Writes a plain log line, neutralised by `toLogLine`. */
export function logInfo(text: string): void {
  core.info(toLogLine(text))
}
