/**
 * `COMPOSE_FILE` and `COMPOSE_PATH_SEPARATOR` from the project's `.env` (or the environment
 * given to the scan) decide which files `docker compose up` loads in a folder.
 */
import { describe, expect, it } from '@jest/globals'
import { expectFixtureFindings } from '../scan/fixture-case.js'

const CASE = 'fixtures/load/compose-file-env'

describe('COMPOSE_FILE', () => {
  it('loads the files the .env lists, and reports the entries it cannot load at their line', async () => {
    const result = await expectFixtureFindings(CASE)
    expect(result.projects.map(p => p.files)).toEqual([
      [`${CASE}/compose.yaml`, `${CASE}/extra/metrics.yml`]
    ])
    // The port binds `${BIND}` from the same .env: loopback, low.
    expect(result.findings.map(f => [f.ruleId, f.severity, f.location.startLine])).toEqual([
      ['data-port-published', 'low', 9]
    ])
    expect(
      result.diagnostics
        .filter(d => d.code === 'compose-file-entry')
        .map(d => [d.span.file, d.span.startLine, d.span.startColumn, d.message])
    ).toEqual([
      [
        `${CASE}/.env`,
        3,
        1,
        '`COMPOSE_FILE` lists `/etc/compose.yml`, which lies outside the scanned folder; it was not read: docker compose would refuse to start. The other files it lists were analysed together'
      ],
      [
        `${CASE}/.env`,
        3,
        1,
        '`COMPOSE_FILE` lists `missing.yml`, which does not exist: docker compose would refuse to start. The other files it lists were analysed together'
      ]
    ])
  })

  it('takes COMPOSE_FILE from the environment given to the scan over the .env', async () => {
    const result = await expectFixtureFindings(CASE, { env: { COMPOSE_FILE: 'compose.yaml' } })
    // compose.yaml alone, and metrics.yml as a fragment of it (it lacks `db`'s image).
    expect(result.projects.map(p => p.files)).toEqual([
      [`${CASE}/compose.yaml`],
      [`${CASE}/compose.yaml`, `${CASE}/extra/metrics.yml`]
    ])
    expect(result.diagnostics.filter(d => d.code === 'compose-file-entry')).toEqual([])
  })
})
