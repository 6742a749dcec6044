/**
 * `tierguard verify [PATH...] [options]`: rehearse the scanned projects on a container engine
 * (or, with `--live`, compare running compose projects with their files) and report where the
 * engine and the model disagree. Exit 0: all agree; 1: a disagreement or drift; 2: usage error
 * or no engine.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigurationError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import { TOOL_NAME, TOOL_VERSION } from '../core/tool-info.js'
import { scan } from '../scan.js'
import type { Topology } from '../analyze/types.js'
import {
  createEngineClient,
  defaultEngineUrl,
  EngineUnavailableError,
  type EngineClient,
  type EngineVersion
} from './engine.js'
import { findDrift } from './live.js'
import { planRehearsal } from './plan.js'
import { rehearse, type ProbeOutcome } from './rehearse.js'
import { buildRehearsalReport, formatVerifyText, type VerifyReport } from './report.js'

/** The stand-in image when `--image` is not given: busybox imported as scripts/engine-setup.sh does. */
export const DEFAULT_IMAGE = 'local/busybox'

export const VERIFY_HELP = `Usage: tierguard verify [PATH...] [options]

Rehearses the compose projects under each PATH (default: the current folder) on a
container engine with stand-in containers, probes who can connect to whom, and
reports every probe where the engine and tierguard's model disagree. With --live,
compares the running compose projects with their files instead.

Options:
      --engine URL        Docker Engine API: unix:///path.sock or tcp://host:port
                          (default: DOCKER_HOST, else unix:///var/run/docker.sock)
      --image IMAGE       stand-in image with busybox (default: ${DEFAULT_IMAGE})
      --live              compare running projects with their files (no rehearsal)
  -f, --format FORMAT     text (default) or json
  -o, --output FILE       write the report to FILE instead of standard output
      --concurrency N     engine calls and probe batches at once (default 4)
  -h, --help              show this help

Exit status: 0 engine and model agree, 1 they disagree (or drift), 2 usage error or
no engine. See docs/verify.md.
`

/** Options of `tierguard verify`, parsed. */
export interface VerifyOptions {
  paths: string[]
  engine: string
  image: string
  live: boolean
  format: 'text' | 'json'
  output?: string
  concurrency: number
  help: boolean
}

/** Parses verify's arguments (after the word `verify`). Throws `ConfigurationError`. */
export function parseVerifyArgs(argv: string[], env: NodeJS.ProcessEnv): VerifyOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        engine: { type: 'string' },
        image: { type: 'string' },
        live: { type: 'boolean' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        concurrency: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (e) {
    throw new ConfigurationError(
      `${(e as Error).message}\nRun \`tierguard verify --help\` for usage.`
    )
  }
  const { values, positionals } = parsed
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') {
    throw new ConfigurationError(`verify writes text or json, not \`${format}\``)
  }
  const concurrency = Number(values.concurrency ?? 4)
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new ConfigurationError('--concurrency takes a whole number from 1 to 64')
  }
  return {
    paths: positionals,
    engine: values.engine ?? defaultEngineUrl(env),
    image: values.image ?? DEFAULT_IMAGE,
    live: values.live ?? false,
    format,
    output: values.output,
    concurrency,
    help: values.help ?? false
  }
}

export interface VerifyIo {
  stdout: Pick<NodeJS.WriteStream, 'write'>
  stderr: Pick<NodeJS.WriteStream, 'write'>
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Aborts the run (the CLI wires SIGINT to it); what was created is still removed. */
  signal?: AbortSignal
}

/** How to get an engine, for the exit-2 message. */
export function noEngineMessage(url: string, cause: string): string {
  return [
    `no container engine answers at ${url} (${cause}).`,
    'Start one and point tierguard at it:',
    '  Docker:  sudo systemctl start docker   (then the default /var/run/docker.sock works)',
    '  podman:  podman system service --time=0 unix:///run/podman.sock &',
    '           tierguard verify --engine unix:///run/podman.sock   (or set DOCKER_HOST)',
    'scripts/engine-setup.sh sets up rootful podman and a stand-in image on Debian; see docs/verify.md.'
  ].join('\n')
}

/** An engine that answered, or why none did (a message that says how to start one). */
export type ConnectedEngine =
  { engine: EngineClient; info: EngineVersion & { url: string } } | { unavailable: string }

/** Connects to the engine at `url` and asks its version. */
export async function connectEngine(url: string): Promise<ConnectedEngine> {
  try {
    const engine = createEngineClient(url)
    const version = await engine.version()
    return { engine, info: { ...version, url } }
  } catch (e) {
    if (e instanceof EngineUnavailableError || (e as Error).message.startsWith('engine URL')) {
      return { unavailable: noEngineMessage(url, (e as Error).message) }
    }
    throw e
  }
}

export interface RehearseTopologyOptions {
  image: string
  concurrency: number
  signal?: AbortSignal
  logger: Logger
  /** `performance.now()` when the run started, for the report's duration. */
  started: number
}

/**
 * Rehearses the scanned topology on a connected engine (stand-ins on the declared networks,
 * then every probe) and builds the report; the CLI and the action's `verify` input both come
 * here. Unavailable when the stand-in image is not on the engine.
 */
export async function rehearseTopology(
  connected: { engine: EngineClient; info: EngineVersion & { url: string } },
  topology: Topology,
  options: RehearseTopologyOptions
): Promise<{ report: VerifyReport; outcomes: ProbeOutcome[] } | { unavailable: string }> {
  const { engine } = connected
  const image = await engine.call(
    'GET',
    `/images/${encodeURIComponent(options.image)}/json`,
    undefined,
    [404]
  )
  if (image.status === 404) {
    return {
      unavailable: `the stand-in image \`${options.image}\` is not on the engine. Import one (scripts/engine-setup.sh) or pull busybox and pass \`--image busybox\`; see docs/verify.md.`
    }
  }
  const plan = planRehearsal(topology, { runId: randomBytes(4).toString('hex') })
  const outcomes = await rehearse(plan, {
    engine,
    image: options.image,
    concurrency: options.concurrency,
    signal: options.signal,
    logger: options.logger
  })
  const report = buildRehearsalReport({
    engine: connected.info,
    image: options.image,
    outcomes,
    skipped: plan.skipped,
    durationMs: performance.now() - options.started
  })
  return { report, outcomes }
}

/** Runs `tierguard verify` and resolves to the exit code. */
export async function runVerify(argv: string[], io: VerifyIo): Promise<number> {
  const started = performance.now()
  const env = io.env ?? process.env
  const options = parseVerifyArgs(argv, env)
  if (options.help) {
    io.stdout.write(VERIFY_HELP)
    return 0
  }
  const paths = options.paths.length > 0 ? options.paths : ['.']
  for (const p of paths) {
    if (!existsSync(path.resolve(io.cwd, p))) {
      throw new ConfigurationError(`path \`${p}\` does not exist`)
    }
  }
  const connected = await connectEngine(options.engine)
  if ('unavailable' in connected) {
    io.stderr.write(`${TOOL_NAME}: ${connected.unavailable}\n`)
    return 2
  }
  const { engine } = connected
  const logger: Logger = {
    debug: () => {},
    info: m => io.stderr.write(`${m}\n`),
    warning: m => io.stderr.write(`warning: ${m}\n`),
    error: m => io.stderr.write(`error: ${m}\n`)
  }
  const result = await scan({
    baseDir: io.cwd,
    paths: paths.map(p => path.resolve(io.cwd, p)),
    logger: { ...logger, info: () => {} }
  })
  let report: VerifyReport
  if (options.live) {
    const drift = await findDrift(engine, result.topology)
    report = {
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      engine: connected.info,
      mode: 'live',
      probes: [],
      mismatches: 0,
      drift,
      skipped: [],
      durationMs: Math.round(performance.now() - started)
    }
  } else {
    const rehearsed = await rehearseTopology(connected, result.topology, {
      image: options.image,
      concurrency: options.concurrency,
      signal: io.signal,
      logger,
      started
    })
    if ('unavailable' in rehearsed) {
      io.stderr.write(`${TOOL_NAME}: ${rehearsed.unavailable}\n`)
      return 2
    }
    report = rehearsed.report
  }
  const text =
    options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatVerifyText(report)
  if (options.output) {
    const out = path.resolve(io.cwd, options.output)
    mkdirSync(path.dirname(out), { recursive: true })
    writeFileSync(out, text)
    io.stderr.write(`Wrote ${options.format} report to ${options.output}\n`)
  } else {
    io.stdout.write(text)
  }
  return report.mismatches > 0 || report.drift.length > 0 ? 1 : 0
}

/**
 * `runVerify` with Ctrl-C wired to its abort signal: the first SIGINT stops the rehearsal and
 * lets it remove what it created (exit 130); a second one exits at once.
 */
export async function runVerifyWithInterrupt(argv: string[], io: VerifyIo): Promise<number> {
  const controller = new AbortController()
  let interrupted = false
  const onInterrupt = () => {
    if (interrupted) process.exit(130)
    interrupted = true
    io.stderr.write(
      `${TOOL_NAME}: interrupted; removing the stand-ins (Ctrl-C again to quit now)\n`
    )
    controller.abort()
  }
  process.on('SIGINT', onInterrupt)
  process.on('SIGTERM', onInterrupt)
  try {
    const code = await runVerify(argv, { ...io, signal: controller.signal })
    return interrupted ? 130 : code
  } catch (e) {
    if (interrupted) return 130
    throw e
  } finally {
    process.off('SIGINT', onInterrupt)
    process.off('SIGTERM', onInterrupt)
  }
}
