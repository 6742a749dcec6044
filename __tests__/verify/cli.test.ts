/**
 * `tierguard verify` as a user meets it without an engine: its options, the exit status and
 * message when no engine answers, and how a disagreement is worded (both sides, the network and
 * the port) in text and JSON.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { spanOf } from '../../src/core/span.js'
import { runCli } from '../../src/cli/main.js'
import type { PlannedProbe } from '../../src/verify/plan.js'
import { buildRehearsalReport, formatVerifyText } from '../../src/verify/report.js'
import { parseVerifyArgs } from '../../src/verify/run-verify.js'

const root = path.resolve(import.meta.dirname, '../..')

function captured() {
  const out: string[] = []
  const err: string[] = []
  const io = {
    stdout: { write: (s: string) => out.push(s) > 0 } as unknown as NodeJS.WriteStream,
    stderr: { write: (s: string) => err.push(s) > 0 } as unknown as NodeJS.WriteStream,
    cwd: root
  }
  return { io, out, err }
}

describe('tierguard verify options', () => {
  it('takes the engine from DOCKER_HOST, else Docker socket, and the stand-in image', () => {
    expect(parseVerifyArgs([], {})).toMatchObject({
      paths: [],
      engine: 'unix:///var/run/docker.sock',
      image: 'local/busybox',
      format: 'text',
      live: false,
      concurrency: 4
    })
    expect(parseVerifyArgs(['x'], { DOCKER_HOST: 'unix:///run/podman.sock' }).engine).toBe(
      'unix:///run/podman.sock'
    )
    expect(
      parseVerifyArgs(
        [
          'dir',
          '--engine',
          'tcp://127.0.0.1:2375',
          '--image',
          'busybox',
          '-f',
          'json',
          '-o',
          'r.json'
        ],
        {}
      )
    ).toMatchObject({
      paths: ['dir'],
      engine: 'tcp://127.0.0.1:2375',
      image: 'busybox',
      format: 'json',
      output: 'r.json'
    })
  })

  it('exits 2 on a bad option, naming it', async () => {
    const { io, err } = captured()
    expect(await runCli(['verify', '--format', 'sarif'], io)).toBe(2)
    expect(err.join('')).toContain('verify writes text or json, not `sarif`')
  })

  it('exits 2 when no engine answers, and says how to start one', async () => {
    const { io, err, out } = captured()
    const code = await runCli(
      ['verify', 'fixtures/examples', '--engine', 'unix:///nonexistent/tierguard-test.sock'],
      io
    )
    expect(code).toBe(2)
    expect(out.join('')).toBe('')
    const message = err.join('')
    expect(message).toContain(
      'no container engine answers at unix:///nonexistent/tierguard-test.sock'
    )
    expect(message).toContain('podman system service --time=0 unix:///run/podman.sock &')
    expect(message).toContain('sudo systemctl start docker')
  })
})

describe('the verify report', () => {
  const span = spanOf('compose.yaml', 12, 5, 12, 12)
  const probe = (over: Partial<PlannedProbe>): PlannedProbe => ({
    kind: 'ip',
    from: 'shop/proxy',
    to: 'shop/db',
    port: 5432,
    protocol: 'tcp',
    expected: false,
    model: 'they share no network with inter-container communication on',
    iccNetworks: [],
    span,
    ...over
  })
  const engine = { name: 'Docker Engine', version: '27.0.1', apiVersion: '1.46', url: 'unix:///x' }

  it('names both sides, the network and the port of a disagreement, and counts it', () => {
    const report = buildRehearsalReport({
      engine,
      image: 'busybox',
      outcomes: [
        { probe: probe({}), observed: true, target: '10.0.0.3', via: ['shop_shared'] },
        {
          probe: probe({ to: 'shop/web', port: 80 }),
          observed: false,
          target: '10.0.1.2',
          via: []
        },
        {
          probe: probe({
            kind: 'egress',
            to: 'host',
            port: 0,
            expected: true,
            model: '`x` is not internal'
          }),
          observed: true,
          target: 'gateway:4000',
          via: []
        }
      ],
      skipped: [],
      durationMs: 1234
    })
    expect(report.mismatches).toBe(1)
    expect(
      report.probes.map(p => [p.from, p.to, p.port, p.protocol, p.expected, p.observed])
    ).toEqual([
      ['shop/proxy', 'shop/db', 5432, 'tcp', false, true],
      ['shop/proxy', 'shop/web', 80, 'tcp', false, false],
      ['shop/proxy', 'host', 4000, 'tcp', true, true]
    ])
    expect(report.probes[0]?.message).toBe(
      'model: `shop/proxy` cannot reach `shop/db:5432` (they share no network with inter-container communication on); engine: it connected over `shop_shared`'
    )
    expect(formatVerifyText(report).split('\n')).toEqual([
      'tierguard verify: Docker Engine 27.0.1 (API 1.46) at unix:///x',
      'compose.yaml:12:5  mismatch  model: `shop/proxy` cannot reach `shop/db:5432` (they share no network with inter-container communication on); engine: it connected over `shop_shared`',
      '✖ 1 of 3 probes disagree with the model (1.2 s)',
      ''
    ])
  })

  it('does not count what the engine cannot rehearse, and says so', () => {
    const report = buildRehearsalReport({
      engine,
      image: 'busybox',
      outcomes: [
        {
          probe: probe({}),
          observed: true,
          target: '10.0.0.3',
          via: ['quiet'],
          unsupported:
            'the engine ignores `com.docker.network.bridge.enable_icc: "false"` on `quiet`'
        }
      ],
      skipped: [{ what: 'shop/vpn', reason: 'host network mode is not rehearsed' }],
      durationMs: 10
    })
    expect(report.mismatches).toBe(0)
    expect(formatVerifyText(report)).toContain(
      '✔ all 0 probes agree with the model; 1 not comparable on this engine; 1 left out'
    )
  })

  it('makes control characters from the files inert in text', () => {
    const report = buildRehearsalReport({
      engine,
      image: 'busybox',
      outcomes: [
        {
          probe: probe({ to: 'shop/\u001b[2Jdb\u202e' }),
          observed: true,
          target: '10.0.0.3',
          via: ['n']
        }
      ],
      skipped: [],
      durationMs: 10
    })
    const text = formatVerifyText(report)
    expect(text.includes('\u001b') || text.includes('\u202e')).toBe(false)
    expect(text).toContain('`shop/?[2Jdb?:5432`')
  })
})
