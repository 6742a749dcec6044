/**
 * Progress and stage timings as a user of the CLI sees them: the lines on stderr of a terminal
 * and of a CI log (on a fake clock), the stages `scan()` reports, and `TIERGUARD_TIMINGS=1`.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { createStderrLogger, runCli } from '../../src/cli/main.js'
import { silentLogger, type Logger } from '../../src/core/logger.js'
import { scan } from '../../src/scan.js'

const root = path.resolve(import.meta.dirname, '../..')

/** A stderr that records what is written, and a clock the test moves. */
function fakeStderr(isTTY: boolean) {
  const written: string[] = []
  let time = 1_000_000
  return {
    stream: { isTTY, write: (chunk: string) => (written.push(chunk), true) },
    written,
    now: () => time,
    advance: (ms: number) => (time += ms)
  }
}

describe('progress in a non-TTY log', () => {
  it('prints nothing for a scan whose stages each end within 5 s', () => {
    const err = fakeStderr(false)
    const logger = createStderrLogger(err.stream, true, err.now)
    for (let i = 1; i <= 100; i++) {
      err.advance(20)
      logger.progress?.(i, 100, 'files parsed')
    }
    for (let i = 1; i <= 10; i++) {
      err.advance(100)
      logger.progress?.(i, 10, 'projects loaded')
    }
    expect(err.written).toEqual([])
  })

  it('prints a line every 5 s, and the last line of a long stage even just after another', () => {
    const err = fakeStderr(false)
    const logger = createStderrLogger(err.stream, true, err.now)
    // 6,000 files at 1 ms each: a line at 5 s, and the end at 6 s, 1 s after that line.
    for (let i = 1; i <= 6000; i++) {
      err.advance(1)
      logger.progress?.(i, 6000, 'files parsed')
    }
    // Loading starts where parsing ended: 490 projects at 20 ms, 9.8 s in all.
    for (let i = 1; i <= 490; i++) {
      err.advance(20)
      logger.progress?.(i, 490, 'projects loaded')
    }
    // The rules take 1.95 s: a short stage, whose end is not due either.
    for (let i = 1; i <= 13; i++) {
      err.advance(150)
      logger.progress?.(i, 13, 'rules run')
    }
    expect(err.written).toEqual([
      '5000/6000 files parsed\n',
      '6000/6000 files parsed\n',
      '250/490 projects loaded\n',
      '490/490 projects loaded\n'
    ])
  })

  it('prints nothing with --quiet', () => {
    const err = fakeStderr(false)
    const logger = createStderrLogger(err.stream, false, err.now)
    err.advance(60_000)
    logger.progress?.(1, 1, 'files parsed')
    expect(err.written).toEqual([])
  })
})

describe('progress on a terminal', () => {
  it('redraws one line at most 10 times a second, each stage to its end, and clears it', () => {
    const err = fakeStderr(true)
    const logger = createStderrLogger(err.stream, true, err.now)
    for (let i = 1; i <= 30; i++) {
      err.advance(40)
      logger.progress?.(i, 30, 'files parsed')
    }
    err.advance(10)
    logger.progress?.(1, 2, 'projects loaded')
    err.advance(10)
    logger.progress?.(2, 2, 'projects loaded')
    logger.done()
    expect(err.written).toEqual([
      '\r\x1b[K3/30 files parsed',
      '\r\x1b[K6/30 files parsed',
      '\r\x1b[K9/30 files parsed',
      '\r\x1b[K12/30 files parsed',
      '\r\x1b[K15/30 files parsed',
      '\r\x1b[K18/30 files parsed',
      '\r\x1b[K21/30 files parsed',
      '\r\x1b[K24/30 files parsed',
      '\r\x1b[K27/30 files parsed',
      '\r\x1b[K30/30 files parsed',
      '\r\x1b[K2/2 projects loaded',
      '\r\x1b[K'
    ])
  })

  it('redraws with spaces, never an escape sequence, without ANSI (NO_COLOR)', () => {
    const err = fakeStderr(true)
    const logger = createStderrLogger(err.stream, true, err.now, { ansi: false })
    err.advance(200)
    logger.progress?.(5, 10, 'files parsed')
    err.advance(200)
    logger.progress?.(10, 10, 'files parsed')
    logger.warning('file `a\u001b[2J.yml` is odd')
    logger.done()
    expect(err.written).toEqual([
      '\r5/10 files parsed',
      `\r${' '.repeat(17)}\r10/10 files parsed`,
      `\r${' '.repeat(18)}\r`,
      'warning: file `a\\x1b[2J.yml` is odd\n'
    ])
  })
})

describe('scan() stages', () => {
  it('reports progress for parsing, loading and the rules, and the time of each stage', async () => {
    const calls: string[] = []
    const logger: Logger = {
      ...silentLogger,
      progress: (done, total, what) => calls.push(`${done}/${total} ${what}`)
    }
    const result = await scan({ baseDir: root, paths: ['fixtures/examples'], logger })
    const files = result.files.length
    const projects = result.projects.length
    expect(projects).toBeGreaterThan(1)
    const last = (what: string) => calls.filter(c => c.endsWith(what)).pop()
    expect(last('files parsed')).toBe(`${files}/${files} files parsed`)
    expect(last('projects loaded')).toBe(`${projects}/${projects} projects loaded`)
    expect(calls.filter(c => c.endsWith('projects loaded'))).toHaveLength(projects)
    expect(last('rules run')).toBe(`${result.rules.length}/${result.rules.length} rules run`)
    // In pipeline order.
    const firstOf = (what: string) => calls.findIndex(c => c.endsWith(what))
    expect(firstOf('files parsed')).toBeLessThan(firstOf('projects loaded'))
    expect(firstOf('projects loaded')).toBeLessThan(firstOf('rules run'))

    const timings = result.timings
    expect(Object.keys(timings ?? {})).toEqual([
      'discover',
      'parse',
      'load',
      'topology',
      'rules',
      'config'
    ])
    for (const ms of Object.values(timings ?? {})) expect(ms).toBeGreaterThanOrEqual(0)
    const sum = Object.values(timings ?? {}).reduce((a, b) => a + b, 0)
    expect(sum).toBeLessThanOrEqual(result.endedAt.getTime() - result.startedAt.getTime() + 2)
  })

  it('prints the stage times on stderr with TIERGUARD_TIMINGS=1, and not without', async () => {
    const run = async (env: NodeJS.ProcessEnv) => {
      const out = fakeStderr(false)
      const err = fakeStderr(false)
      const code = await runCli(
        ['scan', 'fixtures/examples/shop-flat', '--format', 'json', '--fail-on', 'none', '-q'],
        {
          stdout: out.stream as unknown as NodeJS.WriteStream,
          stderr: err.stream as unknown as NodeJS.WriteStream,
          cwd: root,
          env
        }
      )
      expect(code).toBe(0)
      expect(JSON.parse(out.written.join('')).findings.length).toBeGreaterThan(0)
      return err.written.join('')
    }
    expect(await run({ TIERGUARD_TIMINGS: '1' })).toMatch(
      /^tierguard timings \(ms\): discover=\d+ parse=\d+ load=\d+ topology=\d+ rules=\d+ config=\d+ report=\d+ total=\d+\n$/
    )
    expect(await run({})).toBe('')
  })
})
