import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { silentLogger } from '../../src/core/logger.js'
import { scan } from '../../src/scan.js'
import { formatJson } from '../../src/report/json.js'
import { formatMarkdown } from '../../src/report/markdown.js'
import { escapeLabel, renderMermaid } from '../../src/report/mermaid.js'
import { formatText } from '../../src/report/text.js'
import type { ScanResult } from '../../src/scan.js'
import {
  makeDiagnostic,
  makeFinding,
  makeProject,
  makeScanResult,
  makeWebStack,
  span
} from '../helpers/scan-result.js'

function webResult(): ScanResult {
  const { projects, tiers } = makeWebStack()
  return makeScanResult({
    projects,
    tiers,
    files: [
      { path: 'compose.yaml', status: 'loaded', projects: ['app'], diagnostics: [] },
      { path: 'broken/compose.yaml', status: 'failed', projects: [], diagnostics: [] }
    ],
    diagnostics: [
      makeDiagnostic(),
      makeDiagnostic({ severity: 'note', code: 'unset-variable', message: 'X is not set' }),
      makeDiagnostic({
        severity: 'warning',
        code: 'unset-variable',
        message: 'TAG is not set',
        span: span('compose.yaml', 4, 12)
      })
    ],
    findings: [
      makeFinding({
        location: span('compose.yaml', 14, 9, 14, 17),
        path: [
          { span: span('compose.yaml', 3, 3), message: 'public', service: 'app/proxy' },
          {
            span: span('compose.yaml', 14, 9),
            message: 'joins',
            service: 'app/db',
            network: 'app_frontend'
          }
        ]
      }),
      makeFinding({
        ruleId: 'flat-network',
        severity: 'medium',
        message: 'Network `frontend` carries | everything.',
        location: span('compose.yaml', 40, 3),
        services: ['app/api']
      }),
      makeFinding({
        ruleId: 'flat-network',
        severity: 'medium',
        message: 'Suppressed one.',
        suppression: { kind: 'external', justification: 'x' }
      })
    ]
  })
}

describe('formatText', () => {
  it('prints one file:line:col line per finding and diagnostic, then a summary', () => {
    expect(formatText(webResult())).toBe(
      [
        'broken/compose.yaml:3:9 error Nested mappings are not allowed in compact mappings [yaml-syntax]',
        'compose.yaml:4:12 warning TAG is not set [unset-variable]',
        'compose.yaml:14:9 high `db` is on `frontend`, which the public proxy `proxy` also joins. [data-reachable-from-edge]',
        'compose.yaml:40:3 medium Network `frontend` carries | everything. [flat-network]',
        '',
        '✖ 2 findings (1 high, 1 medium), 1 blocking at fail-on high; 1 suppressed; 1 file failed to parse; 1 error and 1 warning in the input; 1 note not shown',
        '2 files scanned.',
        ''
      ].join('\n')
    )
  })

  it('counts blocking findings at the given threshold and colours only when asked', () => {
    const text = formatText(webResult(), { failOn: 'medium', color: true })
    expect(text).toContain('2 blocking at fail-on medium')
    expect(text).toContain('\u001b[31mhigh\u001b[0m')
    expect(formatText(webResult(), { failOn: 'none' })).toContain(
      '✖ 2 findings (1 high, 1 medium); 1 suppressed'
    )
    expect(formatText(webResult())).not.toContain('\u001b[')
  })

  it('says so when there is nothing to report', () => {
    expect(formatText(makeScanResult())).toBe('✔ No findings\nNo compose files found.\n')
  })
})

describe('formatJson', () => {
  it('serialises the model with tiers and real network names, without cycles or the base dir', () => {
    const json = formatJson(webResult())
    const parsed = JSON.parse(json)
    expect(Object.keys(parsed)).toEqual([
      'version',
      'files',
      'projects',
      'findings',
      'diagnostics',
      'summary'
    ])
    expect(json).not.toContain('/work/repo')
    const db = parsed.projects[0].services.find((s: { name: string }) => s.name === 'db')
    expect(db.tier).toEqual({ basis: 'override', evidence: [], tier: 'data' })
    expect(db.networks.map((n: { realName: string }) => n.realName)).toEqual([
      'app_backend',
      'app_frontend'
    ])
    expect(db.ports[0]).toMatchObject({
      bind: 'loopback',
      hostIp: '127.0.0.1',
      text: '127.0.0.1:5432:5432'
    })
    expect(parsed.projects[0].diagnostics).toBeUndefined()
    expect(parsed.findings[0].fingerprint).toMatch(/^[0-9a-f]{64}:1$/)
    expect(parsed.findings[0].location).toEqual({
      endColumn: 17,
      endLine: 14,
      file: 'compose.yaml',
      startColumn: 9,
      startLine: 14
    })
    expect(parsed.summary).toEqual({
      findings: 2,
      suppressed: 1,
      bySeverity: { critical: 0, high: 1, medium: 1, low: 0, note: 0 },
      filesScanned: 2,
      filesFailed: 1,
      diagnostics: { error: 1, warning: 1, note: 1 }
    })
  })

  it('is stable', () => {
    expect(formatJson(webResult())).toBe(formatJson(webResult()))
  })

  it('gives every service its tier when projects share a name', async () => {
    // Four projects named `variants`: the base file alone, with its prod override, and each
    // database alternative planned alone.
    const baseDir = path.resolve('fixtures/rules/flat-network/variants')
    const result = await scan({ baseDir, logger: silentLogger })
    const parsed = JSON.parse(formatJson(result))
    const tiers = parsed.projects.flatMap((p: { files: string[]; services: ServiceJson[] }) =>
      p.services.map(s => [p.files.join('+'), s.name, s.tier?.tier, s.tier?.evidence?.[0]])
    )
    const app = (image: string) => `image "${image}" is not a known proxy or data store`
    expect(tiers).toEqual([
      ['docker-compose.mysql.yml', 'admin', 'app', app('ghcr.io/example/admin:1.0')],
      ['docker-compose.mysql.yml', 'db', 'data', 'image "mysql:8" (MySQL)'],
      ['docker-compose.postgres.yml', 'worker', 'app', app('ghcr.io/example/worker:1.0')],
      ['docker-compose.postgres.yml', 'db', 'data', 'image "postgres:16" (PostgreSQL)'],
      ['docker-compose.yml', 'web', 'app', app('ghcr.io/example/web:1.0')],
      [
        'docker-compose.yml+docker-compose.prod.yml',
        'web',
        'app',
        app('ghcr.io/example/web:1.0-prod')
      ]
    ])
    // The Markdown summary's service table too: the MySQL and the PostgreSQL `db` are data.
    const markdown = formatMarkdown(result)
    expect(markdown.match(/^\| <code>db<\/code> \| \w+ \|/gm)).toEqual([
      '| <code>db</code> | data |',
      '| <code>db</code> | data |'
    ])
  })
})

interface ServiceJson {
  name: string
  tier?: { tier: string; evidence?: string[] }
}

describe('formatMarkdown', () => {
  it('writes a verdict, counts, findings and a services table', () => {
    const md = formatMarkdown(webResult())
    expect(md).toContain(':x: **1 blocking finding** at fail-on `high` (2 findings in all).')
    expect(md).toContain('| high | 1 |\n| medium | 1 |')
    expect(md).toContain(
      '| **high** | `data-reachable-from-edge` | <code>compose.yaml&#58;14</code> | &#96;db&#96; is on &#96;frontend&#96;, which the public proxy &#96;proxy&#96; also joins. |'
    )
    expect(md).toContain(
      '| medium | `flat-network` | <code>compose.yaml&#58;40</code> | Network &#96;frontend&#96; carries &#124; everything. |'
    )
    expect(md).toContain(
      '| `yaml-syntax` | <code>broken/compose.yaml&#58;3</code> | Nested mappings are not allowed in compact mappings |'
    )
    expect(md).toContain(
      '| <code>db</code> | data | <code>app&#95;backend</code>, <code>app&#95;frontend</code> | <code>127.0.0.1&#58;5432&#58;5432</code> |'
    )
    expect(md).not.toContain('Suppressed one')
    expect(formatMarkdown(makeScanResult())).toContain(':white_check_mark: No findings.')
    expect(formatMarkdown(webResult(), { failOn: 'critical' })).toContain(
      ':warning: 2 findings, nothing at or above `critical`.'
    )
  })

  it('stays under maxBytes and says how many rows it left out', () => {
    const findings = Array.from({ length: 5000 }, (_, i) =>
      makeFinding({
        message: `Finding number ${i} <b>with</b> a long message.`,
        location: span('compose.yaml', i + 1, 1)
      })
    )
    const md = formatMarkdown(makeScanResult({ findings }), { maxBytes: 20_000 })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000)
    const shown = md.split('\n').filter(l => l.startsWith('| **high**')).length
    expect(shown).toBeGreaterThan(100)
    expect(md).toContain(
      `_${(5000 - shown).toLocaleString('en-US')} more findings not shown: the report is limited to 19 KiB.`
    )
    expect(md).toContain('&#60;b&#62;with&#60;/b&#62;')
    expect(
      Buffer.byteLength(formatMarkdown(makeScanResult({ findings: findings.concat(findings) })))
    ).toBeLessThanOrEqual(900 * 1024)
  })
})

describe('renderMermaid', () => {
  it('draws networks, tiers, the outside and offending edges in red', () => {
    expect(renderMermaid(webResult())).toBe(
      [
        'flowchart LR',
        '  subgraph n0["app_backend (internal)"]',
        '    direction LR',
        '    s1["db"]:::data',
        '  end',
        '  subgraph n1["app_frontend"]',
        '    direction LR',
        '    s0["api"]:::app',
        '    s2["proxy"]:::edge',
        '  end',
        '  outside(("Internet")):::outside',
        '  s0 -.- n0',
        '  s1 -.- n1',
        '  outside -->|"80:80"| s2',
        '  s2 ==>|"app_frontend"| s1',
        '  subgraph key["Legend"]',
        '    key_edge["edge tier"]:::edge ~~~ key_app["app tier"]:::app ~~~ key_data["data tier"]:::data ~~~ key_block[" "]:::note ==>|"blocking finding"| key_block_to[" "]:::note',
        '  end',
        '  classDef edge fill:#fde2e1,stroke:#c0392b,color:#000',
        '  classDef app fill:#e3edfd,stroke:#3367d6,color:#000',
        '  classDef data fill:#fff3cd,stroke:#b7791f,color:#000',
        '  classDef outside fill:#eeeeee,stroke:#555555,color:#000',
        '  classDef note fill:#ffffff,stroke:#999999,stroke-dasharray:3 3,color:#555',
        '  linkStyle 3,7 stroke:#d00000,stroke-width:3px',
        ''
      ].join('\n')
    )
  })

  it('escapes names and caps the node count, keeping services with findings', () => {
    const project = makeProject({
      name: 'big',
      services: [
        { name: 'we"ird]<x>`#', networkMode: 'host' },
        // Services come in id order: the fillers sort after the weird name.
        ...Array.from({ length: 10 }, (_, i) => ({ name: `worker${i}` }))
      ]
    })
    const result = makeScanResult({
      projects: [project],
      findings: [makeFinding({ project: 'big', services: ['big/worker9', 'big/we"ird]<x>`#'] })]
    })
    const chart = renderMermaid(result, { maxNodes: 3 })
    expect(chart).toContain('s0["we#quot;ird]#lt;x#gt;#96;#35; (host network)"]:::app')
    expect(chart).toContain('outside -->|"host network"| s0')
    expect(chart).toContain('s1["worker9"]:::app')
    expect(chart).toContain('n0more["9 more services on #96;big_default#96;"]:::note')
    expect(chart.match(/^ {2,4}s\d+\[/gm)).toHaveLength(2)
    expect(escapeLabel('a|b\nc')).toBe('a#124;b c')
  })

  it('filters to one project', () => {
    const other = makeProject({ name: 'other', services: [{ name: 'lonely' }] })
    const { projects, tiers } = makeWebStack()
    const result = makeScanResult({ projects: [...projects, other], tiers })
    const chart = renderMermaid(result, { project: 'other' })
    expect(chart).toContain(
      'subgraph n0["other_default"]\n    direction LR\n    s0["lonely"]:::app\n  end'
    )
    expect(chart).not.toContain('proxy')
    // The subgraph names the project's network; the service keeps its short name.
    expect(renderMermaid(result)).toContain(
      'subgraph n2["other_default"]\n    direction LR\n    s3["lonely"]:::app\n  end'
    )
  })
})
