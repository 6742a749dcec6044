import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import { scan } from '../../src/scan.js'

describe('scan', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tierguard-scan-'))
    // The base is planned alone and again under the partial variant `-f base -f prod`.
    writeFileSync(
      path.join(dir, 'docker-compose.yml'),
      [
        'services:',
        '  db:',
        '    image: postgres:16',
        '    ports:',
        '      - "5432:5432"',
        '    env_file: missing.env',
        ''
      ].join('\n')
    )
    writeFileSync(
      path.join(dir, 'docker-compose.prod.yml'),
      ['services:', '  db:', '    image: mysql:8', ''].join('\n')
    )
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reports a finding of a base file once, though two plans load it', async () => {
    // The plans disagree on the product (PostgreSQL alone, MySQL with the variant). Planning
    // decides which plan judges each file: the base is judged by the plan `docker compose up`
    // runs (the base alone), the variant plan judges only the variant's own lines.
    const result = await scan({ baseDir: dir, logger: silentLogger })
    expect(result.projects.map(p => p.files)).toEqual([
      ['docker-compose.yml'],
      ['docker-compose.yml', 'docker-compose.prod.yml']
    ])
    expect(
      result.findings.map(f => [
        f.ruleId,
        f.location.file,
        f.location.startLine,
        f.location.startColumn
      ])
    ).toEqual([
      ['data-port-published', 'docker-compose.yml', 5, 9],
      // Compose refuses a missing env file: the file is invalid (once too, though loaded twice).
      ['invalid-compose-file', 'docker-compose.yml', 6, 15]
    ])
    expect(result.findings[0]?.message).toMatch(/^`db` \(PostgreSQL\) publishes/)
  })

  it('keeps distinct findings of one plan that share a line', async () => {
    // `audit` reaches two data stores it never uses through one attachment: two findings there.
    const result = await scan({
      baseDir: path.resolve('fixtures/rules/excess-reachability/quiet'),
      logger: silentLogger
    })
    const atLine31 = result.findings.filter(f => f.location.startLine === 31)
    expect(atLine31.map(f => [f.ruleId, f.location.startColumn, f.services])).toEqual([
      ['excess-reachability', 9, ['quiet/audit', 'quiet/archive']],
      ['excess-reachability', 9, ['quiet/audit', 'quiet/search']]
    ])
  })

  it('reports a problem of a base file once, though two plans load it', async () => {
    const result = await scan({ baseDir: dir, logger: silentLogger })
    const missing = result.diagnostics.filter(d => d.code === 'missing-file')
    expect(missing).toHaveLength(1)
    expect(missing[0]?.span).toMatchObject({
      file: 'docker-compose.yml',
      startLine: 6,
      startColumn: 15
    })
  })

  it('records which projects loaded each file', async () => {
    const result = await scan({ baseDir: dir, logger: silentLogger })
    expect(result.files.map(f => [f.path, f.status, f.projects])).toEqual([
      [
        'docker-compose.prod.yml',
        'loaded',
        [
          path
            .basename(dir)
            .toLowerCase()
            .replace(/[^a-z0-9_-]/g, '')
        ]
      ],
      [
        'docker-compose.yml',
        'loaded',
        [
          path
            .basename(dir)
            .toLowerCase()
            .replace(/[^a-z0-9_-]/g, '')
        ]
      ]
    ])
  })
})

describe('scan: one judge per file', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tierguard-judge-'))
    const write = (file: string, lines: string[]) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), [...lines, ''].join('\n'))
    }
    // Two projects include one database file; the variant of `app` loads `app`'s base again.
    write('app/compose.yaml', [
      'include:',
      '  - ../shared/db.yaml',
      'services:',
      '  web:',
      '    image: ghcr.io/example/web:1.0'
    ])
    write('app/compose.prod.yaml', ['services:', '  web:', '    image: ghcr.io/example/web:1.1'])
    write('other/compose.yaml', [
      'include:',
      '  - ../shared/db.yaml',
      'services:',
      '  api:',
      '    image: node:22'
    ])
    write('shared/db.yaml', [
      'services:',
      '  db:',
      '    image: postgres:16',
      '    ports:',
      '      - "${DB_PORT}:5432"',
      '    x-tierguard:',
      '      ignore:',
      '        no-such-rule: kept from an old version'
    ])
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reports what a shared file says once, from the project that judges it', async () => {
    const result = await scan({ baseDir: dir, logger: silentLogger })
    expect(result.projects.map(p => [p.name, p.files])).toEqual([
      ['app', ['app/compose.yaml', 'shared/db.yaml']],
      ['app', ['app/compose.yaml', 'app/compose.prod.yaml', 'shared/db.yaml']],
      ['other', ['other/compose.yaml', 'shared/db.yaml']]
    ])
    const inShared = result.findings.filter(f => f.location.file === 'shared/db.yaml')
    expect(
      inShared.map(f => [
        f.ruleId,
        `${f.location.file}:${f.location.startLine}:${f.location.startColumn}`,
        f.project,
        f.services
      ])
    ).toEqual([
      // Attributed to the plan of `app`'s folder, not to its variant's nor to `other`.
      ['data-port-published', 'shared/db.yaml:5:9', 'app', ['app (compose.yaml)/db']],
      ['invalid-suppression', 'shared/db.yaml:8:9', 'app', []]
    ])
    expect(inShared[1]?.message).toMatch(
      /^The `x-tierguard` ignore of `no-such-rule` on service `db` names `no-such-rule`, which is not a tierguard rule/
    )
    const unset = result.diagnostics.filter(d => d.code === 'unset-variable')
    expect(unset.map(d => `${d.span.file}:${d.span.startLine}:${d.span.startColumn}`)).toEqual([
      'shared/db.yaml:5:9'
    ])
  })
})
