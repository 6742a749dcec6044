/**
 * A Swarm stack joins the host's network through an external network named `host` (and no
 * network through `none`), as `docker stack deploy` treats it: the service is in that namespace.
 */
import { describe, expect, it } from '@jest/globals'
import { expectFixtureFindings } from '../scan/fixture-case.js'

const FILE = 'fixtures/load/stack-host-network/docker-stack.yml'

describe('stack host and none networks', () => {
  it('puts a service that joins the external `host` network in the host namespace', async () => {
    const result = await expectFixtureFindings('fixtures/load/stack-host-network')
    const services = result.projects[0]?.services ?? []
    expect(
      services.map(s => [
        s.name,
        s.networkMode?.kind,
        s.networkMode?.span.startLine,
        s.networks.map(a => a.network)
      ])
    ).toEqual([
      ['agent', 'host', 10, []],
      ['batch', 'none', 15, []],
      ['web', undefined, undefined, ['front']]
    ])
    expect(
      result.findings.map(f => [
        f.ruleId,
        f.location.file,
        f.location.startLine,
        f.location.startColumn
      ])
    ).toEqual([['host-network', FILE, 10, 9]])
    expect(result.diagnostics.filter(d => d.severity !== 'note')).toEqual([])
  })
})

describe('network_mode in a stack', () => {
  const IGNORED = 'fixtures/rules/host-network/stack-ignored/docker-stack.yml'

  it('is dropped with a warning at the key: the service runs on the stack default network', async () => {
    const result = await expectFixtureFindings('fixtures/rules/host-network/stack-ignored')
    const project = result.projects[0]
    expect(
      project?.services.map(s => [s.name, s.networkMode, s.networks.map(a => a.network)])
    ).toEqual([['exporter', undefined, ['default']]])
    expect(project?.networks.map(n => n.realName)).toEqual(['stack-ignored_default'])
    expect(
      result.diagnostics
        .filter(d => d.severity !== 'note')
        .map(d => [d.code, d.severity, d.span.file, d.span.startLine, d.span.startColumn])
    ).toEqual([['stack-ignored-key', 'warning', IGNORED, 7, 19]])
    expect(result.findings).toEqual([])
  })
})
