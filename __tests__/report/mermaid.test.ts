import { describe, expect, it } from '@jest/globals'
import { escapeLabel, renderMermaid } from '../../src/report/mermaid.js'
import { makeFinding, makeProject, makeScanResult, span } from '../helpers/scan-result.js'

/** 22 services: a proxy, an api, two stores and twelve workers on `back`, five crons on `jobs`. */
function bigShop() {
  const project = makeProject({
    name: 'shop',
    services: [
      { name: 'proxy', networks: ['front'], ports: [{ text: '443:443', published: '443' }] },
      { name: 'api', networks: ['front', 'back'] },
      { name: 'db', networks: ['back'] },
      { name: 'cache', networks: ['back'] },
      ...Array.from({ length: 12 }, (_, i) => ({ name: `worker${i}`, networks: ['back'] })),
      ...Array.from({ length: 5 }, (_, i) => ({ name: `cron${i}`, networks: ['jobs'] }))
    ],
    networks: [{ key: 'front' }, { key: 'back', internal: true }, { key: 'jobs' }]
  })
  const blocking = makeFinding({
    project: 'shop',
    services: ['shop/db', 'shop/proxy'],
    path: [
      { span: span('compose.yaml', 2, 3), message: 'public', service: 'shop/proxy' },
      {
        span: span('compose.yaml', 8, 3),
        message: 'joins',
        service: 'shop/api',
        network: 'shop_front'
      },
      {
        span: span('compose.yaml', 14, 3),
        message: 'joins',
        service: 'shop/db',
        network: 'shop_back'
      }
    ]
  })
  const below = makeFinding({
    ruleId: 'flat-network',
    severity: 'medium',
    project: 'shop',
    services: ['shop/cache'],
    path: [
      { span: span('compose.yaml', 8, 3), message: 'joins', service: 'shop/api' },
      {
        span: span('compose.yaml', 20, 3),
        message: 'joins',
        service: 'shop/cache',
        network: 'shop_back'
      }
    ]
  })
  return makeScanResult({
    projects: [project],
    tiers: { 'shop/proxy': 'edge', 'shop/db': 'data', 'shop/cache': 'data' },
    findings: [blocking, below]
  })
}

describe('renderMermaid on a big project', () => {
  it('draws what findings and the caller involve, counts the rest per network, with a legend', () => {
    expect(renderMermaid(bigShop(), { include: new Set(['shop/worker3']) })).toBe(
      [
        '%%{init: {"flowchart": {"nodeSpacing": 20, "rankSpacing": 30, "wrappingWidth": 150}}}%%',
        'flowchart LR',
        '  subgraph n0["shop_back (internal)"]',
        '    direction LR',
        '    s1["cache"]:::data',
        '    s2["db"]:::data',
        '    s4["worker3"]:::app',
        '    n0more["11 more services on #96;shop_back#96;"]:::note',
        '  end',
        '  subgraph n1["shop_front"]',
        '    direction LR',
        '    s0["api"]:::app',
        '    s3["proxy"]:::edge',
        '  end',
        '  more["5 more services on #96;shop_jobs#96;"]:::note',
        '  outside(("Internet")):::outside',
        '  s0 -.- n0',
        '  outside -->|"443:443"| s3',
        '  s3 ==> s0',
        '  s0 ==>|"shop_back"| s2',
        '  s0 ==>|"shop_back"| s1',
        '  subgraph key["Legend"]',
        '    key_edge["edge tier"]:::edge ~~~ key_app["app tier"]:::app ~~~ key_data["data tier"]:::data ~~~ key_more["counted, not drawn"]:::note ~~~ key_block[" "]:::note ==>|"blocking finding"| key_block_to[" "]:::note ~~~ key_other[" "]:::note ==>|"finding, not blocking"| key_other_to[" "]:::note',
        '  end',
        '  classDef edge fill:#fde2e1,stroke:#c0392b,color:#000',
        '  classDef app fill:#e3edfd,stroke:#3367d6,color:#000',
        '  classDef data fill:#fff3cd,stroke:#b7791f,color:#000',
        '  classDef outside fill:#eeeeee,stroke:#555555,color:#000',
        '  classDef note fill:#ffffff,stroke:#999999,stroke-dasharray:3 3,color:#555',
        '  linkStyle 2,3,9 stroke:#d00000,stroke-width:3px',
        '  linkStyle 4,11 stroke:#e67e22,stroke-width:2px,stroke-dasharray:6 4',
        ''
      ].join('\n')
    )
  })

  it('draws a finding as blocking by the caller’s gate, and at most maxNodes services', () => {
    // Under `fail-on: critical` the high finding no longer blocks: every finding edge is orange.
    const relaxed = renderMermaid(bigShop(), { failOn: 'critical' })
    expect(relaxed).toContain(
      '  linkStyle 2,3,4,9 stroke:#e67e22,stroke-width:2px,stroke-dasharray:6 4\n'
    )
    expect(relaxed).not.toContain('#d00000')
    expect(relaxed).toContain('==>|"finding, not blocking"|')
    expect(relaxed).not.toContain('"blocking finding"')
    // Two services: the blocking finding's first, the rest counted where they live.
    const tight = renderMermaid(bigShop(), { maxNodes: 2 })
    expect(tight.match(/^ +s\d+\["[^"]*"\]/gm)).toEqual(['    s0["db"]', '    s1["proxy"]'])
    expect(tight).toContain('    n0more["13 more services on #96;shop_back#96;"]:::note\n')
    expect(tight).toContain('    n1more["1 more service on #96;shop_front#96;"]:::note\n')
    expect(tight).toContain('  more["5 more services on #96;shop_jobs#96;"]:::note\n')
  })

  it('keeps every service of a project within maxNodes, without counts or spacing directive', () => {
    const chart = renderMermaid(bigShop(), { maxNodes: 30 })
    expect(chart.match(/^ +s\d+\["/gm)).toHaveLength(21)
    expect(chart).not.toContain('more services')
    expect(chart.startsWith('flowchart LR\n')).toBe(true)
  })
})

describe('escapeLabel, the Mermaid medium’s escaping', () => {
  it('leaves no character that ends a label, starts markup, a directive or a fence', () => {
    const hostile = '"]; click s0 "https://evil" %%{init: {}}%% `**x**` <img src=x> a|b #quot; &lt;'
    const label = escapeLabel(hostile)
    expect(label).toBe(
      '#quot;]; click s0 #quot;https://evil#quot; #37;#37;#123;init: #123;#125;#125;#37;#37; ' +
        '#96;**x**#96; #lt;img src=x#gt; a#124;b #35;quot; #38;lt;'
    )
    expect(label).not.toMatch(/["`<>|%{}&]/)
  })

  it('shows control and bidi characters as escapes, line breaks as spaces, and never an empty label', () => {
    expect(escapeLabel('db\u202e\u0007\r\nx\u009b')).toBe('db\\u202e\\x07 x\\x9b')
    expect(escapeLabel('')).toBe('(empty)')
    expect(escapeLabel(' \n ')).toBe('(empty)')
  })

  it('escapes service and network names from the repository in the diagram', () => {
    const project = makeProject({
      name: 'x',
      services: [{ name: 'a"]:::edge\n%%{init}%%', networks: ['n`|<b>'] }],
      networks: [{ key: 'n`|<b>', name: '' }]
    })
    const chart = renderMermaid(makeScanResult({ projects: [project] }))
    expect(chart).toContain('  subgraph n0["(empty)"]\n')
    expect(chart).toContain('    s0["a#quot;]:::edge #37;#37;#123;init#125;#37;#37;"]:::app\n')
  })
})
