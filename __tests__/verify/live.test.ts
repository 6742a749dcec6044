/**
 * `tierguard verify --live`: a compose project is started through the engine's socket (labelled
 * as compose labels its containers), changed at runtime the way operators do (`podman network
 * connect`, a port nobody declared), and the drift from its file is reported. Needs an engine;
 * without one the test is skipped and the reason printed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import { scan } from '../../src/scan.js'
import { findDrift } from '../../src/verify/live.js'
import { RUN_LABEL } from '../../src/verify/plan.js'
import { removeByLabel } from '../../src/verify/rehearse.js'
import { runVerify } from '../../src/verify/run-verify.js'
import { announceSkip, findTestEngine, TEST_IMAGE, type TestEngine } from './engine-for-tests.js'

let engine: TestEngine
const runId = `live${process.pid.toString(36)}`
const project = `tgvlive${process.pid.toString(36)}`

beforeAll(async () => {
  engine = await findTestEngine()
  if ('skip' in engine) announceSkip('__tests__/verify/live.test.ts', engine.skip)
}, 120_000)

afterAll(async () => {
  if ('client' in engine) await removeByLabel(engine.client, RUN_LABEL, runId, silentLogger)
}, 120_000)

const COMPOSE = `name: ${project}
services:
  web:
    image: nginx:1.27
    ports:
      - "127.0.0.1::80"
    networks: [front]
  db:
    image: postgres:16
    networks: [back]
networks:
  front: {}
  back: {}
`

describe('tierguard verify --live', () => {
  it('reports a network attached at runtime, an unlisted network and an undeclared port', async () => {
    if (!('client' in engine)) {
      announceSkip('reports drift of a running project', engine.skip)
      return
    }
    const client = engine.client
    const dir = mkdtempSync(path.join(tmpdir(), 'tierguard-live-'))
    writeFileSync(path.join(dir, 'compose.yaml'), COMPOSE)
    const labels = { [RUN_LABEL]: runId }
    for (const key of ['front', 'back', 'extra']) {
      await client.call('POST', '/networks/create', {
        Name: `${project}_${key}`,
        Labels: { ...labels, 'com.docker.compose.project': project }
      })
    }
    const start = async (service: string, network: string, port: number) => {
      const name = `${project}-${service}-1`
      await client.call('POST', `/containers/create?name=${name}`, {
        Image: TEST_IMAGE,
        Cmd: ['/bin/sh', '-c', 'while :; do sleep 3600; done'],
        Labels: {
          ...labels,
          'com.docker.compose.project': project,
          'com.docker.compose.service': service
        },
        ExposedPorts: { [`${port}/tcp`]: {} },
        HostConfig: {
          NetworkMode: `${project}_${network}`,
          PortBindings: { [`${port}/tcp`]: [{ HostIp: '127.0.0.1', HostPort: '' }] }
        }
      })
      await client.call('POST', `/containers/${name}/start`)
      return name
    }
    const web = await start('web', 'front', 80)
    // db publishes 5432 on the host, which its file does not declare.
    const db = await start('db', 'back', 5432)

    // An operator attaches a network by hand: with podman's own CLI when it is there.
    const podman = spawnSync('podman', ['--version']).status === 0
    if (podman) execFileSync('podman', ['network', 'connect', `${project}_extra`, web])
    else {
      await client.call('POST', `/networks/${project}_extra/connect`, { Container: web })
    }
    // And puts db on the project's own `front`, which its file does not list for db.
    await client.call('POST', `/networks/${project}_front/connect`, { Container: db })

    const inspected = await client.call('GET', `/containers/${db}/json`)
    const dbPort = (
      inspected.body as { NetworkSettings: { Ports: Record<string, { HostPort: string }[]> } }
    ).NetworkSettings.Ports['5432/tcp']?.[0]?.HostPort

    const result = await scan({ baseDir: dir, paths: [dir], logger: silentLogger })
    const drift = await findDrift(client, result.topology)
    expect(drift.map(d => [d.kind, `${d.project}/${d.service}`, d.subject, d.location])).toEqual([
      ['network-not-listed', `${project}/db`, `${project}_front`, 'compose.yaml:8:3'],
      ['port-undeclared', `${project}/db`, `127.0.0.1:${dbPort}:5432/tcp`, 'compose.yaml:8:3'],
      ['network-attached', `${project}/web`, `${project}_extra`, 'compose.yaml:3:3']
    ])
    expect(drift[2]?.message).toBe(
      `\`${project}/web\` is on \`${project}_extra\`, which no scanned file gives it: attached at runtime (\`docker network connect\`?), it can reach every container there`
    )

    // The command exits 1 on drift and carries it in the JSON report.
    const out: string[] = []
    const code = await runVerify(['--live', dir, '--engine', engine.url, '--format', 'json'], {
      stdout: { write: (s: string) => out.push(s) > 0 },
      stderr: { write: () => true },
      cwd: dir
    })
    expect(code).toBe(1)
    const report = JSON.parse(out.join(''))
    expect(report.mode).toBe('live')
    expect(report.drift).toHaveLength(3)
  }, 180_000)
})
