import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import { formatSpan } from '../../src/core/span.js'
import { loadConfig } from '../../src/config/load-config.js'
import { findForbiddenFlows, matchesSelector } from '../../src/rules/policy-violation.js'
import { scan } from '../../src/scan.js'

const root = path.resolve(import.meta.dirname, '../..')
const configFile = 'fixtures/config/policy/.tierguard.yml'

async function scanPolicyCase(withConfig: boolean) {
  const config = withConfig ? loadConfig({ baseDir: root, file: configFile }) : undefined
  const result = await scan({
    baseDir: root,
    paths: ['fixtures/config/policy'],
    logger: silentLogger,
    config
  })
  return { result, config }
}

describe('policy', () => {
  it('finds a forbidden flow at the attachment that created it, minus allowed flows', async () => {
    const { result, config } = await scanPolicyCase(true)
    const flows = findForbiddenFlows(result.topology, config!.policy)
    expect(
      flows.map(f => [
        `policy.${f.entry.kind}[${f.entry.index}]`,
        f.from.service.name,
        f.to.service.name,
        f.hop.via.kind,
        formatSpan(f.hop.span)
      ])
    ).toEqual([
      // api is on `front` and reaches db over `back`; db's `- back` put them together.
      ['policy.forbid[0]', 'api', 'db', 'network', 'fixtures/config/policy/compose.yaml:24:9']
      // reporting -> db is forbidden by forbid[1] but allowed by allow[0].
    ])
  })

  it('lets `allow` silence excess-reachability for its flow', async () => {
    const without = (await scanPolicyCase(false)).result.findings.map(
      f => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId}`
    )
    expect(without).toEqual(['20:9 excess-reachability'])
    const withConfig = (await scanPolicyCase(true)).result.findings.filter(
      f => f.ruleId === 'excess-reachability'
    )
    expect(withConfig).toEqual([])
  })

  it('matches services by tier, name, project/name glob and network, all keys together', async () => {
    const { result } = await scanPolicyCase(false)
    const names = (selector: Parameters<typeof matchesSelector>[0]) =>
      result.topology.services
        .filter(s => matchesSelector(selector, s))
        .map(s => s.service.name)
        .sort()
    const span = { file: 'x', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
    expect(names({ tier: 'edge', span })).toEqual(['proxy'])
    expect(names({ service: 're*', span })).toEqual(['reporting'])
    expect(names({ service: 'policy/db', span })).toEqual(['db'])
    expect(names({ service: 'other/db', span })).toEqual([])
    expect(names({ network: 'front', span })).toEqual(['api', 'proxy'])
    // The real name works too.
    expect(names({ network: 'policy_back', span })).toEqual(['api', 'db', 'reporting'])
    expect(names({ network: 'back', tier: 'app', span })).toEqual(['api', 'reporting'])
  })
})
