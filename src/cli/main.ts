/**
 * The CLI shell: parse arguments, run the scan, render the report, set the exit code.
 * Exit 0: nothing at or above --fail-on; 1: something is; 2: usage or fatal error.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ConfigurationError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import { isBlocking } from '../core/severity.js'
import { INFORMATION_URI, TOOL_NAME, TOOL_VERSION } from '../core/tool-info.js'
import { scan, type ScanTimings } from '../scan.js'
import { loadConfig } from '../config/load-config.js'
import { RULES } from '../rules/registry.js'
import { getFormatter } from '../report/formatters.js'
import { escapeForTerminal } from '../report/text.js'
import { HELP, STDIN_NAME, parseCommandLine, type ScanCommandOptions } from './args.js'
import { runVerifyWithInterrupt } from '../verify/run-verify.js'

/** The streams, directory and environment the CLI runs with. */
export interface CliIo {
  stdout: NodeJS.WriteStream
  stderr: NodeJS.WriteStream
  /** Read by `tierguard scan -`; without it, `-` is a usage error. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean }
  cwd: string
  /** Read for `NO_COLOR`, `FORCE_COLOR`, `TERM` and `TIERGUARD_TIMINGS`; default `process.env`. */
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
    // Both kinds of message may quote the repository (a configuration key, a path).
    if (e instanceof ConfigurationError) {
      io.stderr.write(`${TOOL_NAME}: ${escapeForTerminal(e.message, { keepNewlines: true })}\n`)
      return 2
    }
    const err = e as Error
    io.stderr.write(
      `${TOOL_NAME} failed unexpectedly; this is a bug, please report it at ${INFORMATION_URI}/issues with the output below.\n` +
        `${escapeForTerminal(err.stack ?? String(e), { keepNewlines: true })}\n`
    )
    return 2
  }
}

async function runScan(options: ScanCommandOptions, io: CliIo): Promise<number> {
  if (options.paths[0] === '-') {
    // One file on standard input is scanned where it is written down: a temporary folder of
    // its own, so it is reported under its name and no file of the working folder joins it.
    // That folder bears the base directory's name: a project without `name:` is named after
    // it, as `docker compose -f -` names it after the working folder, and the report is the
    // same from one run to the next.
    const text = await readStandardInput(io)
    const name = options.stdinFilename ?? STDIN_NAME
    const folder = mkdtempSync(path.join(tmpdir(), 'tierguard-stdin-'))
    try {
      const projectFolder = path.join(
        folder,
        path.basename(path.resolve(io.cwd, options.baseDir ?? '.')) || 'stdin'
      )
      const file = path.join(projectFolder, name)
      try {
        mkdirSync(path.dirname(file), { recursive: true })
        writeFileSync(file, text)
      } catch (e) {
        // `<stdin>` is no file name on Windows, nor is every name the user may choose.
        throw new ConfigurationError(
          `standard input cannot be named \`${name}\` here (${(e as NodeJS.ErrnoException).code ?? 'error'}): choose another name with --stdin-filename`
        )
      }
      return await runScanOf([file], projectFolder, options, io)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }
  const paths = options.paths.length > 0 ? options.paths : ['.']
  for (const p of paths) {
    if (!existsSync(path.resolve(io.cwd, p))) {
      throw new ConfigurationError(`path \`${p}\` does not exist`)
    }
  }
  const baseDir = path.resolve(io.cwd, options.baseDir ?? '.')
  return runScanOf(
    paths.map(p => path.resolve(io.cwd, p)),
    baseDir,
    options,
    io
  )
}

/** Reads standard input to its end, as UTF-8. */
async function readStandardInput(io: CliIo): Promise<string> {
  const stdin = io.stdin
  if (!stdin) throw new ConfigurationError('`-` reads standard input, which is not available here')
  if (stdin.isTTY) {
    io.stderr.write('Reading a compose file from standard input; end it with Ctrl-D.\n')
  }
  const chunks: Buffer[] = []
  for await (const chunk of stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Scans absolute `paths`, reporting paths relative to `reportBase`. The configuration file is
 * looked up in the user's base directory even when the input came from standard input.
 */
async function runScanOf(
  paths: string[],
  reportBase: string,
  options: ScanCommandOptions,
  io: CliIo
): Promise<number> {
  const started = performance.now()
  const env = io.env ?? process.env
  const config = loadConfig({
    baseDir: path.resolve(io.cwd, options.baseDir ?? '.'),
    file: options.config === undefined ? undefined : path.resolve(io.cwd, options.config)
  })
  const color = shouldColor(options.color, env, !options.output && io.stdout.isTTY === true)
  const logger = createStderrLogger(io.stderr, options.progress, Date.now, {
    ansi: shouldColor(options.color, env, io.stderr.isTTY === true)
  })
  const result = await scan({
    config,
    baseDir: reportBase,
    paths,
    include: options.include,
    exclude: options.exclude,
    env: options.env,
    logger,
    howToSetVariables:
      'Pass it with `--env NAME=VALUE`, set it under `env` in `.tierguard.yml`, or in a `.env` file'
  })
  logger.done()
  const reportStarted = performance.now()

  // A SARIF log of thousands of results is written piece by piece, never whole in memory.
  const formatter = getFormatter(options.format)
  const pieces = formatter.format(result, {
    failOn: options.failOn,
    color,
    category: options.category
  })
  // Each format escapes for the terminal in its medium's terms when it is shown there.
  const toTerminal = !options.output && io.stdout.isTTY === true
  const report = toTerminal ? mapPieces(pieces, formatter.forTerminal) : pieces

  if (options.output) {
    const out = path.resolve(io.cwd, options.output)
    mkdirSync(path.dirname(out), { recursive: true })
    const fd = openSync(out, 'w')
    try {
      writeInBatches(report, chunk => writeSync(fd, chunk))
    } finally {
      closeSync(fd)
    }
    io.stderr.write(`Wrote ${options.format} report to ${escapeForTerminal(options.output)}\n`)
  } else {
    writeInBatches(report, chunk => io.stdout.write(chunk))
  }
  if (env.TIERGUARD_TIMINGS === '1' && result.timings) {
    const now = performance.now()
    io.stderr.write(formatTimings(result.timings, now - reportStarted, now - started))
  }
  const blocking = result.findings.filter(
    f => !f.suppression && isBlocking(f.severity, options.failOn)
  )
  return blocking.length > 0 ? 1 : 0
}

function* mapPieces(pieces: Iterable<string>, map: (piece: string) => string): Iterable<string> {
  for (const piece of pieces) yield map(piece)
}

/**
 * Whether to colour, by the conventions users set once for every tool: `--color` and
 * `--no-color` first; then `FORCE_COLOR` (https://force-color.org; `0` or `false` turn colour
 * off), which wins over `NO_COLOR` as in Node.js itself; then `NO_COLOR` (https://no-color.org:
 * any non-empty value); otherwise colour only on a terminal that is not `TERM=dumb`.
 */
export function shouldColor(
  flag: boolean | undefined,
  env: NodeJS.ProcessEnv,
  isTerminal: boolean
): boolean {
  if (flag !== undefined) return flag
  const force = env.FORCE_COLOR
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return isTerminal && env.TERM !== 'dumb'
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
 *
 * On a terminal the line is erased with an escape sequence, or with `ansi: false` (`NO_COLOR`,
 * `--no-color`, `TERM=dumb`) by overwriting it with spaces: no escape sequence at all. Messages
 * may quote the repository and are escaped for the terminal.
 */
export function createStderrLogger(
  stderr: Pick<NodeJS.WriteStream, 'write' | 'isTTY'>,
  showProgress: boolean,
  now: () => number = Date.now,
  options: { ansi?: boolean } = {}
): Logger & { done(): void } {
  const tty = stderr.isTTY === true
  const ansi = options.ansi ?? true
  let last = now()
  let stage: { what: string; started: number; done: number } | undefined
  let lastCall = last
  let drawnWidth = 0
  const eraseLine = () =>
    ansi ? '\r\x1b[K' : drawnWidth > 0 ? `\r${' '.repeat(drawnWidth)}\r` : '\r'
  const clear = () => {
    if (drawnWidth > 0) stderr.write(eraseLine())
    drawnWidth = 0
  }
  return {
    debug: () => {},
    info: () => {},
    warning: m => {
      clear()
      stderr.write(`warning: ${escapeForTerminal(m, { keepNewlines: true })}\n`)
    },
    error: m => {
      clear()
      stderr.write(`error: ${escapeForTerminal(m, { keepNewlines: true })}\n`)
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
      const line = `${done}/${total} ${what}`
      if (tty) {
        stderr.write(`${eraseLine()}${line}`)
        drawnWidth = line.length
      } else {
        stderr.write(`${line}\n`)
      }
    },
    done: clear
  }
}
