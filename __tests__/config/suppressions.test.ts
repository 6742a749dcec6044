import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import { formatSpan } from '../../src/core/span.js'
import { loadConfig } from '../../src/config/load-config.js'
import { createSettingLookup } from '../../src/config/apply-config.js'
import { parseIgnoreComment } from '../../src/config/inline-ignores.js'
import { emptyConfig } from '../../src/config/types.js'
import { createTierOf } from '../../src/config/tiers.js'
import type { Service } from '../../src/model/types.js'
import { buildSarif } from '../../src/report/sarif.js'
import { scan, type ScanResult } from '../../src/scan.js'

const root = path.resolve(import.meta.dirname, '../..')

async function scanCase(dir: string, configFile?: string): Promise<ScanResult> {
  const config = configFile ? loadConfig({ baseDir: root, file: configFile }) : undefined
  return scan({ baseDir: root, paths: [dir], logger: silentLogger, config })
}

/** `line:col rule [suppressed: justification]`, the way a reviewer reads the report. */
function describeFindings(result: ScanResult, file: string): string[] {
  return result.findings
    .filter(f => f.location.file === file)
    .map(f => {
      const at = `${f.location.startLine}:${f.location.startColumn}`
      const how = f.suppression
        ? ` suppressed ${f.suppression.kind} at ${formatSpan(f.suppression.span!).replace(`${file}:`, '')}: ${f.suppression.justification}`
        : ` ${f.severity}`
      return `${at} ${f.ruleId}${how}`
    })
}

describe('suppressions in compose files', () => {
  const file = 'fixtures/config/suppress/compose.yaml'

  it('suppresses with inline comments and x-tierguard, and reports what is wrong with them', async () => {
    const result = await scanCase('fixtures/config/suppress')
    expect(describeFindings(result, file)).toEqual([
      // The comment on the line above the finding.
      '17:9 data-reachable-from-edge suppressed inSource at 16:7: the proxy runs pg_stat checks; tracked in OPS-12',
      // x-tierguard on the service the finding is about.
      '24:9 data-reachable-from-edge suppressed inSource at 22:9: sessions are public by design',
      // A comment at the end of the finding's line, without a reason: suppresses, and is reported.
      '28:9 data-reachable-from-edge suppressed inSource at 28:14: (no reason given)',
      '28:14 invalid-suppression low',
      // Two ids in one comment: one used, the other suppresses nothing.
      '32:9 data-reachable-from-edge suppressed inSource at 32:14: read-only demo index',
      '32:14 invalid-suppression low',
      // Unused, then an unknown rule id.
      '35:5 invalid-suppression low',
      '37:7 invalid-suppression low',
      // Nothing suppresses this one.
      '42:9 data-reachable-from-edge high',
      // x-tierguard on the network the finding involves.
      '45:3 flat-network suppressed inSource at 48:17: one network until the split in Q3',
      // The network's second ignore: no reason, and nothing to suppress.
      '50:17 invalid-suppression low',
      '50:17 invalid-suppression low'
    ])
    const messages = result.findings
      .filter(f => f.ruleId === 'invalid-suppression')
      .map(f => `${f.location.startLine}: ${f.message}`)
    expect(messages).toEqual([
      '28: `# tierguard-ignore data-reachable-from-edge` gives no reason. Say why the risk is accepted after a colon (`# tierguard-ignore data-reachable-from-edge: <reason>`): reviewers and the code-scanning alert show it.',
      '32: `# tierguard-ignore excess-reachability` suppresses nothing: no `excess-reachability` finding is on this line or the next. Remove it, or move it to the finding it is meant for; an ignore left behind would hide a future finding without review.',
      '35: `# tierguard-ignore host-network` suppresses nothing: no `host-network` finding is on this line or the next. Remove it, or move it to the finding it is meant for; an ignore left behind would hide a future finding without review.',
      '37: `# tierguard-ignore flat-netwrk` names `flat-netwrk`, which is not a tierguard rule (did you mean `flat-network`?). As written it suppresses nothing.',
      '50: The `x-tierguard` ignore of `data-network-not-internal` on network `back` gives no reason. Write it as `ignore: {data-network-not-internal: <reason>}`: reviewers and the code-scanning alert show it.',
      '50: The `x-tierguard` ignore of `data-network-not-internal` on network `back` suppresses nothing: no `data-network-not-internal` finding involves network `back`. Remove it, or move it to the finding it is meant for; an ignore left behind would hide a future finding without review.'
    ])
  })

  it('keeps suppressed findings in the SARIF with their justification and location', async () => {
    const result = await scanCase('fixtures/config/suppress')
    const sarif = buildSarif(result, {})
    const results = sarif.runs[0]?.results ?? []
    const db = results.find(r => r.locations?.[0]?.physicalLocation?.region?.startLine === 17)
    expect(db?.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'the proxy runs pg_stat checks; tracked in OPS-12',
        location: {
          physicalLocation: expect.objectContaining({
            region: { startLine: 16, startColumn: 7, endLine: 16, endColumn: 100 }
          })
        }
      }
    ])
    expect(results.filter(r => r.suppressions).length).toBe(5)
  })

  it('reads the directive: ids, separators and reason', () => {
    expect(parseIgnoreComment('tierguard-ignore flat-network: one network')).toEqual({
      rules: ['flat-network'],
      reason: 'one network'
    })
    expect(parseIgnoreComment('tierguard-ignore a, b c:  why: because ')).toEqual({
      rules: ['a', 'b', 'c'],
      reason: 'why: because'
    })
    expect(parseIgnoreComment('tierguard-ignore flat-network')).toEqual({ rules: ['flat-network'] })
    expect(parseIgnoreComment('tierguard-ignore: why')).toEqual({ rules: [], reason: 'why' })
    expect(parseIgnoreComment('tierguard-ignored flat-network: no')).toBeUndefined()
    expect(parseIgnoreComment('see tierguard-ignore flat-network: x')).toBeUndefined()
  })
})

describe('tier hook', () => {
  it('leaves a service with its own x-tierguard tier to the classification', async () => {
    const config = loadConfig({ baseDir: root, file: 'fixtures/config/settings/.tierguard.yml' })!
    const result = await scanCase('fixtures/config/settings')
    const project = result.projects.find(p => p.services.some(s => s.name === 'gateway'))!
    const gateway = project.services.find(s => s.name === 'gateway')!
    const tierOf = createTierOf(config)
    expect(tierOf(gateway, project)?.tier).toBe('edge')
    const own: Service = {
      ...gateway,
      extension: { tier: { value: 'data', span: dummySpan }, ignore: [], span: dummySpan }
    }
    expect(tierOf(own, project)).toBeUndefined()
  })
})

describe('configuration settings', () => {
  const config = 'fixtures/config/settings/.tierguard.yml'

  it('applies tiers, rule severities, per-path overrides and ignores', async () => {
    const result = await scanCase('fixtures/config/settings', config)
    expect(describeFindings(result, 'fixtures/config/settings/compose.yaml')).toEqual([
      // `sessions` is data only because of `tiers.images`; `gateway` edge because of `tiers.services`.
      '6:3 data-reachable-from-edge high',
      // `rules: {flat-network: low}` (medium by default).
      '6:3 flat-network low',
      '12:3 data-reachable-from-edge high'
    ])
    // `overrides` for `dev/**`: low instead of high.
    expect(describeFindings(result, 'fixtures/config/settings/dev/docker-compose.yml')).toEqual([
      '5:9 data-port-published low'
    ])
    // The configuration's `ignore` with `files`: kind external, located in the configuration.
    expect(describeFindings(result, 'fixtures/config/settings/vendor/docker-compose.yml')).toEqual([
      '5:9 docker-socket-mounted suppressed external at fixtures/config/settings/.tierguard.yml:14:11: upstream cAdvisor setup, reviewed in SEC-101'
    ])
    // An `ignore` entry that suppresses nothing is reported in the configuration.
    expect(describeFindings(result, config)).toEqual(['17:11 invalid-suppression low'])
  })

  it('names the configuration as the evidence of a tier', async () => {
    const result = await scanCase('fixtures/config/settings', config)
    const tiers = Object.fromEntries(
      result.topology.services.map(s => [s.service.name, [s.tier.tier, ...s.tier.evidence]])
    )
    expect(tiers.gateway).toEqual([
      'edge',
      `tiers.services.gateway: edge (${config}:4:5)`,
      'overrides app from image "ghcr.io/acme/gateway:1.4" is not a known proxy or data store'
    ])
    expect(tiers.sessions?.slice(0, 2)).toEqual([
      'data',
      `tiers.images.ghcr.io/acme/session-store: data (${config}:6:5)`
    ])
    expect(tiers.db?.[0]).toBe('data')
  })

  it('reports the same findings with their default severities without the configuration', async () => {
    const result = await scanCase('fixtures/config/settings')
    // Without `tiers`, `gateway` is an application and `sessions` one too: no edge, one store.
    expect(describeFindings(result, 'fixtures/config/settings/compose.yaml')).toEqual([
      '12:3 flat-network medium'
    ])
    expect(describeFindings(result, 'fixtures/config/settings/vendor/docker-compose.yml')).toEqual([
      '5:9 docker-socket-mounted high'
    ])
  })

  it('lets later overrides win, and `off` beat a severity', () => {
    const lookup = createSettingLookup({
      ...emptyConfig(),
      rules: [{ rule: 'flat-network', setting: 'high', span: dummySpan }],
      overrides: [
        {
          files: ['*dev*.yml'],
          rules: [{ rule: 'flat-network', setting: 'low', span: dummySpan }],
          span: dummySpan
        },
        {
          files: ['legacy/**'],
          rules: [{ rule: 'flat-network', setting: 'off', span: dummySpan }],
          span: dummySpan
        }
      ]
    })
    expect(lookup('flat-network', 'compose.yaml')).toBe('high')
    expect(lookup('flat-network', 'deploy/compose.dev.yml')).toBe('low')
    expect(lookup('flat-network', 'legacy/compose.dev.yml')).toBe('off')
    expect(lookup('host-network', 'legacy/compose.yml')).toBeUndefined()
  })
})

const dummySpan = { file: '.tierguard.yml', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }

describe('discovery settings', () => {
  it('loads configured projects with their env files, beside discovered ones, minus exclusions', async () => {
    const result = await scanCase(
      'fixtures/config/projects',
      'fixtures/config/projects/.tierguard.yml'
    )
    expect(result.projects.map(p => [p.name, p.nameSource, p.files])).toEqual([
      [
        'shop',
        'config',
        [
          'fixtures/config/projects/deploy/base.yml',
          'fixtures/config/projects/deploy/production.yml'
        ]
      ],
      ['projects', 'directory', ['fixtures/config/projects/compose.yaml']]
    ])
    const db = result.projects[0]?.services.find(s => s.name === 'db')
    // `env` sets DB_BIND; the project's env file sets DB_NAME.
    expect(db?.ports.map(p => [p.hostIp, p.bind])).toEqual([['127.0.0.1', 'loopback']])
    expect(db?.environment.map(e => `${e.name}=${e.value}`)).toEqual(['POSTGRES_DB=orders'])
    // `legacy/` is excluded: its published MySQL is not reported.
    expect(
      result.findings.map(
        f => `${f.location.file}:${f.location.startLine} ${f.ruleId} ${f.severity}`
      )
    ).toEqual(['fixtures/config/projects/deploy/base.yml:5 data-port-published low'])
  })
})
