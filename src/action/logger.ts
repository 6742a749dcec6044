/**
 * The core's Logger, backed by `@actions/core`. Progress is shown at most every few seconds.
 * Warnings of the pipeline are log lines, not annotations: annotations are kept for findings,
 * which GitHub limits to 10 of each kind per step.
 */
import * as core from '@actions/core'
import type { Logger } from '../core/logger.js'
import { logInfo } from './workflow-text.js'

/** A Logger writing to the workflow log; progress lines at most every `progressIntervalMs`. */
export function createActionLogger(progressIntervalMs = 5000, now = () => Date.now()): Logger {
  let lastProgress = now()
  let shownProgress = false
  return {
    debug: message => core.debug(message),
    info: message => logInfo(message),
    warning: message => logInfo(`Warning: ${message}`),
    error: message => logInfo(`Error: ${message}`),
    progress(done, total, what) {
      const time = now()
      const finished = done >= total
      if (time - lastProgress >= progressIntervalMs || (finished && shownProgress)) {
        logInfo(`${done}/${total} ${what}`)
        lastProgress = time
        shownProgress = !finished
      }
    }
  }
}
