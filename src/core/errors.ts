import type { SourceSpan } from './span.js'

/** One problem of a configuration error, at the place in a file it is about. */
export interface ProblemLocation {
  span: SourceSpan
  message: string
}

/**
 * An error the user can fix: a bad option, input or configuration file. The shells print its
 * message as it is (no stack) and exit 2 / fail the step; any other error is a bug in tierguard.
 * When the error is about places in a file (a configuration file's problems), `problems` lists
 * them, so the action can annotate each on its line.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'

  constructor(
    message: string,
    /** The problems at their places, when the error is about a file's content. */
    readonly problems: readonly ProblemLocation[] = [],
    /** One line that names the file and the count, for when the problems are shown apart. */
    readonly headline?: string
  ) {
    super(message)
  }
}
