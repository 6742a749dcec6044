import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { silentLogger } from '../../src/core/logger.js'
import { formatSpan } from '../../src/core/span.js'
import type { Finding } from '../../src/rules/types.js'
import { scan } from '../../src/scan.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

async function findingsOf(caseDir: string, ruleId: string): Promise<Finding[]> {
  const result = await scan({ baseDir: root, paths: [caseDir], logger: silentLogger })
  return result.findings.filter(f => f.ruleId === ruleId)
}

/** `line:col severity` of each finding, in report order. */
const summary = (findings: Finding[]) =>
  findings.map(f => `${f.location.startLine}:${f.location.startColumn} ${f.severity}`)

describe('severities a user sees', () => {
  it('data-port-published: loopback is low, other addresses and the routing mesh are high', async () => {
    const dir = 'fixtures/rules/data-port-published'
    // `cache` is a Redis with no password: published beyond loopback it is critical (issue 16).
    expect(summary(await findingsOf(`${dir}/addresses`, 'data-port-published'))).toEqual([
      '12:9 low',
      '14:9 critical',
      '16:9 low',
      '18:9 critical',
      '23:9 high'
    ])
    const ingress = await findingsOf(`${dir}/swarm-ingress`, 'data-port-published')
    expect(summary(ingress)).toEqual(['8:9 high', '10:9 high'])
    expect(ingress[0]?.message).toContain('routing mesh ignores the host address')
    const [loopback] = await findingsOf(`${dir}/addresses`, 'data-port-published')
    expect(loopback?.message).toContain('fine for local development')
    expect(loopback?.message).toContain('every process on the host')
  })

  it('host-network: critical for proxies and data stores, high for the rest', async () => {
    const dir = 'fixtures/rules/host-network'
    expect(summary(await findingsOf(`${dir}/positive`, 'host-network'))).toEqual(['5:19 critical'])
    expect(summary(await findingsOf(`${dir}/app-and-data`, 'host-network'))).toEqual([
      '5:19 high',
      '9:19 critical'
    ])
  })

  it('docker-socket-mounted: medium for a known socket proxy, with the trust boundary named', async () => {
    const findings = await findingsOf(
      'fixtures/rules/docker-socket-mounted/forms',
      'docker-socket-mounted'
    )
    expect(summary(findings)).toEqual(['6:9 high', '18:9 medium'])
    expect(findings[0]?.message).toContain('`:ro`')
    expect(findings[1]?.message).toContain('trust boundary')
  })

  it('unreachable-dependency: high when the connection is certain, medium on weak evidence', async () => {
    // `links: db` makes the pair certain, so the environment value naming `db` is high too.
    const kinds = await findingsOf(
      'fixtures/rules/unreachable-dependency/kinds',
      'unreachable-dependency'
    )
    expect(summary(kinds)).toEqual(['6:7 high', '11:9 high'])
    expect(kinds[1]?.message).toContain('`api` is on `front`, `db` is on `data`')
    // depends_on alone, an environment value alone: medium; both for one pair: high.
    const evidence = await findingsOf(
      'fixtures/rules/unreachable-dependency/evidence',
      'unreachable-dependency'
    )
    expect(summary(evidence)).toEqual(['9:9 medium', '17:7 medium', '19:7 high', '22:9 high'])
    expect(evidence[0]?.message).toContain(
      'if it only needs `worker` started first, nothing is wrong (accept it with `# tierguard-ignore unreachable-dependency: start order only`)'
    )
  })
})

describe('reachability findings', () => {
  it('data-reachable-from-edge calls a proxy public only when the outside reaches it', async () => {
    const [unpublished] = await findingsOf(
      'fixtures/rules/data-reachable-from-edge/unpublished-proxy',
      'data-reachable-from-edge'
    )
    expect(unpublished?.message).toMatch(
      /^`db` \(MySQL\) is on the implicit `default` network, which the proxy `gateway` also joins: /
    )
    const [published] = await findingsOf(
      'fixtures/rules/data-reachable-from-edge/positive',
      'data-reachable-from-edge'
    )
    expect(published?.message).toContain('which the public proxy')
  })

  it('data-reachable-from-edge names every proxy and carries the path edge -> network -> data', async () => {
    const file = 'fixtures/rules/data-reachable-from-edge/declared-network/compose.yaml'
    const [finding, ...rest] = await findingsOf(
      'fixtures/rules/data-reachable-from-edge/declared-network',
      'data-reachable-from-edge'
    )
    expect(rest).toEqual([])
    expect(finding?.message).toMatch(
      /^`cache` \(Redis\) is on `public`, which the public proxies `traefik` and `haproxy` also join: a compromised proxy can connect to Redis directly/
    )
    expect(finding?.related.map(r => formatSpan(r.span))).toEqual([`${file}:8:9`, `${file}:14:9`])
    expect(finding?.path?.map(s => `${formatSpan(s.span)} ${s.message}`)).toEqual([
      `${file}:8:9 \`traefik\` joins \`public\``,
      `${file}:21:9 \`cache\` joins \`public\``
    ])
    expect(finding?.services).toEqual([
      'declared-network/cache',
      'declared-network/traefik',
      'declared-network/haproxy'
    ])
    expect(finding?.networks).toEqual(['declared-network_public'])
  })

  it('excess-reachability points at the service and relates the data store', async () => {
    const file = 'fixtures/rules/excess-reachability/positive/compose.yaml'
    const [finding] = await findingsOf(
      'fixtures/rules/excess-reachability/positive',
      'excess-reachability'
    )
    expect(finding?.severity).toBe('low')
    expect(finding?.services).toEqual(['positive/web', 'positive/db'])
    expect(finding?.related.map(r => formatSpan(r.span))).toEqual([`${file}:25:9`])
  })
})
