/**
 * How the pure core talks to whoever runs it. The action passes one backed by `@actions/core`,
 * the CLI one that writes to stderr, tests a silent or recording one.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  /** Progress of long work, `done` of `total`; implementations decide how often to show it. */
  progress?(done: number, total: number, what: string): void
}

/** A logger that drops everything. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warning: () => {},
  error: () => {}
}

/** A logger that keeps every line, for tests that assert what the user was told. */
export function createRecordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    debug: m => lines.push(`debug: ${m}`),
    info: m => lines.push(`info: ${m}`),
    warning: m => lines.push(`warning: ${m}`),
    error: m => lines.push(`error: ${m}`)
  }
}
