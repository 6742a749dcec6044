/**
 * The CLI shell: parse arguments, run the scan, render the report, set the exit code.
 * Exit 0: nothing at or above --fail-on; 1: something is; 2: usage or fatal error.
 */
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import { isBlocking } from '../core/severity.js'
import { TOOL_NAME, TOOL_VERSION } from '../core/tool-info.js'
import { scan, type ScanTimings } from '../scan.js'
import { loadConfig } from '../config/load-config.js'
import { RULES } from '../rules/registry.js'
import { planSarif, serializePlannedSarif } from '../report/sarif.js'
import { formatText } from '../report/text.js'
import { formatJson } from '../report/json.js'
import { formatMarkdown } from '../report/markdown.js'
import { HELP, parseCommandLine, type ScanCommandOptions } from './args.js'
import { runVerifyWithInterrupt } from '../verify/run-verify.js'

/** The streams, directory and environment the CLI runs with. */
export interface CliIo {
  stdout: NodeJS.WriteStream
  stderr: NodeJS.WriteStream
  cwd: string
  /** Read for `TIERGUARD_TIMINGS`; default `process.env`. */
  env?: NodeJS.ProcessEnv
}

/**
 * Runs the CLI and resolves to the exit code. Writes only to the given streams. With
 * `TIERGUARD_TIMINGS=1`, the milliseconds of each stage go to stderr on one line.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    if (argv[0] === 'verify') return await runVerifyWithInterrupt(argv.slice(1), io)
    const command = parseCommandLine(argv)
    switch (command.command) {
      case 'help':
        io.stdout.write(HELP)
        return 0
      case 'version':
        io.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`)
        return 0
      case 'rules':
        io.stdout.write(formatRuleList(command.format))
        return 0
      case 'scan':
        return await runScan(command, io)
    }
  } catch (e) {
    if (e instanceof ConfigurationError) {
      io.stderr.write(`${TOOL_NAME}: ${e.message}\n`)
      return 2
    }
    const err = e as Error
    io.stderr.write(
      `${TOOL_NAME} failed unexpectedly; this is a bug, please report it with the output below.\n${err.stack ?? String(e)}\n`
    )
    return 2
  }
}

async function runScan(options: ScanCommandOptions, io: CliIo): Promise<number> {
  const started = performance.now()
  const baseDir = path.resolve(io.cwd, options.baseDir ?? '.')
  const paths = options.paths.length > 0 ? options.paths : ['.']
  for (const p of paths) {
    if (!existsSync(path.resolve(io.cwd, p))) {
      throw new ConfigurationError(`path \`${p}\` does not exist`)
    }
  }
  const config = loadConfig({
    baseDir,
    file: options.config === undefined ? undefined : path.resolve(io.cwd, options.config)
  })
  const logger = createStderrLogger(io.stderr, options.progress)
  const result = await scan({
    config,
    baseDir,
    paths: paths.map(p => path.resolve(io.cwd, p)),
    include: options.include,
    exclude: options.exclude,
    env: options.env,
    logger
  })
  logger.done()
  const reportStarted = performance.now()

  const toTerminal = !options.output && io.stdout.isTTY === true
  // A SARIF log of thousands of results is written piece by piece, never whole in memory.
  const report: Iterable<string> =
    options.format === 'sarif'
      ? serializePlannedSarif(planSarif(result, { category: options.category }))
      : [
          options.format === 'json'
            ? formatJson(result)
            : options.format === 'markdown'
              ? formatMarkdown(result, { failOn: options.failOn })
              : formatText(result, { color: options.color ?? toTerminal, failOn: options.failOn })
        ]

  if (options.output) {
    const out = path.resolve(io.cwd, options.output)
    mkdirSync(path.dirname(out), { recursive: true })
    const fd = openSync(out, 'w')
    try {
      writeInBatches(report, chunk => writeSync(fd, chunk))
    } finally {
      closeSync(fd)
    }
    io.stderr.write(`Wrote ${options.format} report to ${options.output}\n`)
  } else {
    writeInBatches(report, chunk => io.stdout.write(chunk))
  }
  if ((io.env ?? process.env).TIERGUARD_TIMINGS === '1' && result.timings) {
    const now = performance.now()
    io.stderr.write(formatTimings(result.timings, now - reportStarted, now - started))
  }
  const blocking = result.findings.filter(
    f => !f.suppression && isBlocking(f.severity, options.failOn)
  )
  return blocking.length > 0 ? 1 : 0
}

/**
 * Writes the pieces joined in batches of about 64 KiB: few writes, and no whole text at once.
 * A larger batch would be a large object to V8, which only a full collection frees; at this
 * size each batch dies young.
 */
function writeInBatches(pieces: Iterable<string>, write: (chunk: string) => void): void {
  let batch: string[] = []
  let length = 0
  for (const piece of pieces) {
    batch.push(piece)
    length += piece.length
    if (length >= 1 << 16) {
      write(batch.join(''))
      batch = []
      length = 0
    }
  }
  if (batch.length > 0) write(batch.join(''))
}

/**
 * One line, stable for scripts (`npm run bench` reads it):
 * `tierguard timings (ms): discover=3 parse=310 load=40 topology=12 rules=25 config=2 report=30 total=430`.
 */
export function formatTimings(timings: ScanTimings, reportMs: number, totalMs: number): string {
  const stages: [string, number][] = [
    ...(Object.entries(timings) as [string, number][]),
    ['report', reportMs],
    ['total', totalMs]
  ]
  return `${TOOL_NAME} timings (ms): ${stages.map(([name, ms]) => `${name}=${Math.round(ms)}`).join(' ')}\n`
}

function formatRuleList(format: 'text' | 'json'): string {
  if (format === 'json') {
    return (
      JSON.stringify(
        RULES.map(({ id, name, severity, kind, tags }) => ({ id, name, severity, kind, tags })),
        null,
        2
      ) + '\n'
    )
  }
  const width = Math.max(...RULES.map(r => r.id.length))
  return (
    RULES.map(r => `${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.name}`).join('\n') + '\n'
  )
}

/**
 * Logs warnings and errors to stderr, and progress: on a terminal a line redrawn at most 10
 * times a second; elsewhere (CI logs) a line every 5 seconds, so small scans print nothing, and
 * the last line of a stage (`5000/5000 files parsed`) whenever that stage took more than 5
 * seconds, even if a line was printed just before. A stage is a run of calls with one `what`;
 * it starts when the previous stage's last call came (or when the logger was made).
 */
export function createStderrLogger(
  stderr: Pick<NodeJS.WriteStream, 'write' | 'isTTY'>,
  showProgress: boolean,
  now: () => number = Date.now
): Logger & { done(): void } {
  const tty = stderr.isTTY === true
  let last = now()
  let stage: { what: string; started: number; done: number } | undefined
  let lastCall = last
  let drawn = false
  const clear = () => {
    if (drawn) stderr.write('\r\x1b[K')
    drawn = false
  }
  return {
    debug: () => {},
    info: () => {},
    warning: m => {
      clear()
      stderr.write(`warning: ${m}\n`)
    },
    error: m => {
      clear()
      stderr.write(`error: ${m}\n`)
    },
    progress: (done, total, what) => {
      if (!showProgress) return
      const time = now()
      if (!stage || stage.what !== what || done < stage.done) {
        stage = { what, started: lastCall, done }
      }
      stage.done = done
      lastCall = time
      const final = done >= total
      if (tty) {
        if (time - last < 100 && !final) return
      } else {
        const due = time - last >= 5000
        const longStage = final && time - stage.started > 5000
        if (!due && !longStage) return
      }
      last = time
      if (tty) {
        stderr.write(`\r\x1b[K${done}/${total} ${what}`)
        drawn = true
      } else {
        stderr.write(`${done}/${total} ${what}\n`)
      }
    },
    done: clear
  }
}
