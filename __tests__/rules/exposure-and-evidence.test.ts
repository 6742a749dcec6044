/**
 * What users read for issue 16's findings: severities from exposure and authentication, the
 * evidence quoted, and the service a finding names.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { silentLogger } from '../../src/core/logger.js'
import type { Finding } from '../../src/rules/types.js'
import { scan } from '../../src/scan.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

async function findingsOf(caseDir: string, ruleId: string): Promise<Finding[]> {
  const result = await scan({ baseDir: root, paths: [caseDir], logger: silentLogger })
  return result.findings.filter(f => f.ruleId === ruleId)
}

const at = (findings: Finding[], line: number) => findings.find(f => f.location.startLine === line)

describe('data-port-published and authentication evidence', () => {
  const dir = 'fixtures/rules/data-port-published/authentication'

  it('quotes the evidence that makes a published store critical, and points at it', async () => {
    const findings = await findingsOf(dir, 'data-port-published')
    const search = at(findings, 11)
    expect(search?.severity).toBe('critical')
    expect(search?.message).toContain(
      'It is critical because `xpack.security.enabled=false` lets anyone connect without a password.'
    )
    expect(search?.related).toEqual([
      {
        span: {
          file: `${dir}/compose.yaml`,
          startLine: 8,
          startColumn: 7,
          endLine: 8,
          endColumn: 38
        },
        message: '`xpack.security.enabled=false` lets anyone connect without a password'
      }
    ])
    expect(at(findings, 19)?.message).toContain(
      'version 7.17.20 runs with security off unless `xpack.security.enabled=true` is set'
    )
    expect(at(findings, 34)?.message).toContain('no `requirepass` on its command line')
    expect(at(findings, 41)?.message).toContain('`--protected-mode no` lets anyone connect')
    expect(at(findings, 80)?.message).toContain(
      '`POSTGRES_PASSWORD` is the well-known default `postgres`'
    )
    expect(at(findings, 108)?.message).toContain('its listeners are `PLAINTEXT` only')
    expect(at(findings, 123)?.message).toContain("Cassandra's default `AllowAllAuthenticator`")
  })

  it('stays high where credentials are set or a configuration file may set them', async () => {
    const findings = await findingsOf(dir, 'data-port-published')
    for (const line of [28, 48, 57, 72, 96, 117]) {
      expect([line, at(findings, line)?.severity]).toEqual([line, 'high'])
      expect(at(findings, line)?.message).not.toContain('critical')
    }
  })
})

describe('a store in another service’s namespace', () => {
  it('is named for the port its namespace owner publishes, at the owner’s entry', async () => {
    const dir = 'fixtures/rules/data-port-published/shared-namespace'
    const findings = await findingsOf(dir, 'data-port-published')
    expect(findings.map(f => `${f.location.startLine}:${f.location.startColumn}`)).toEqual(['8:9'])
    expect(findings[0]?.services).toEqual(['shared-namespace/db', 'shared-namespace/vpn'])
    expect(findings[0]?.message).toMatch(
      /^`db` \(PostgreSQL\) listens on `5432:5432`, which `vpn` publishes on every interface/
    )
  })
})

describe('a proxy nothing reaches', () => {
  it('makes data-reachable-from-edge medium, and the message says why', async () => {
    const findings = await findingsOf(
      'fixtures/rules/data-reachable-from-edge/unpublished-proxy',
      'data-reachable-from-edge'
    )
    expect(
      findings.map(f => `${f.location.startLine}:${f.location.startColumn} ${f.severity}`)
    ).toEqual(['10:3 medium'])
    expect(findings[0]?.message).toContain('which the proxy `gateway` also joins')
    expect(findings[0]?.message).toContain(
      'Nothing reaches `gateway` from outside today (it publishes no port and no public proxy routes to it)'
    )
  })

  it('keeps a published proxy beside a store high', async () => {
    const findings = await findingsOf(
      'fixtures/rules/data-reachable-from-edge/tier-evidence',
      'data-reachable-from-edge'
    )
    expect(new Set(findings.map(f => f.severity))).toEqual(new Set(['high']))
    expect(findings.every(f => f.message.includes('the public proxy `proxy`'))).toBe(true)
  })
})

describe('the new rules say where the Docker API is', () => {
  it('host-root-mounted names the socket inside the mounted folder', async () => {
    const findings = await findingsOf('fixtures/rules/host-root-mounted/forms', 'host-root-mounted')
    expect(
      findings.map(f => `${f.location.startLine}:${f.location.startColumn} ${f.severity}`)
    ).toEqual(['8:9 high', '10:9 high', '12:9 high'])
    expect(findings[0]?.message).toContain('at `/var/run/docker.sock`')
    expect(findings[0]?.message).toContain('`:ro` does not stop a process connecting to a socket')
    expect(findings[2]?.message).toContain("the host's root `/`")
    expect(findings[2]?.message).toContain('at `/host/var/run/docker.sock`')
  })

  it('socket-holder-reachable names the exposed services and the way in', async () => {
    const findings = await findingsOf(
      'fixtures/rules/socket-holder-reachable/kinds',
      'socket-holder-reachable'
    )
    expect(
      findings.map(f => `${f.location.startLine}:${f.location.startColumn} ${f.severity}`)
    ).toEqual(['52:9 high', '65:19 critical', '65:19 critical'])
    expect(findings[0]?.services).toEqual(['kinds/portainer-agent', 'kinds/metrics'])
    expect(findings[0]?.message).toMatch(
      /^`portainer-agent` is on `admin` with `metrics`, which publishes a port on the host:/
    )
    // In `api`'s namespace, `sidecar` is reached two ways: over `web`, and by `api` itself.
    expect(findings.slice(1).map(f => [f.services, f.message.slice(0, 61)])).toEqual([
      [
        ['kinds/sidecar', 'kinds/dashboard'],
        '`sidecar` is on `web` with `dashboard`, which is reached from'
      ],
      [
        ['kinds/sidecar', 'kinds/api'],
        '`sidecar` shares a network namespace with `api`, which is rea'
      ]
    ])
  })

  it('data-console-published names the store the console is configured for', async () => {
    const findings = await findingsOf(
      'fixtures/rules/data-console-published/kinds',
      'data-console-published'
    )
    expect(findings.map(f => `${f.location.startLine}:${f.location.startColumn}`)).toEqual([
      '20:9',
      '29:9'
    ])
    expect(findings[1]?.message).toContain('gets a browser into `mongo` (MongoDB)')
    expect(findings[1]?.services).toEqual(['kinds/mongo-express', 'kinds/mongo'])
  })
})
