/**
 * Hand-made `ScanResult` values for reporter tests: projects, findings and diagnostics written
 * by the test, and the real topology over those projects with the tiers the test names.
 */
import type { Diagnostic } from '../../src/core/diagnostic.js'
import type { SourceSpan } from '../../src/core/span.js'
import type { Tier, Topology } from '../../src/analyze/types.js'
import type {
  Network,
  NetworkAttachment,
  PortBinding,
  Project,
  ScannedFile,
  Service
} from '../../src/model/types.js'
import type { Finding, RuleMeta } from '../../src/rules/types.js'
import type { ScanResult } from '../../src/scan.js'
import { buildTopology } from '../../src/analyze/build-topology.js'

/** `span('compose.yaml', 3, 5, 3, 9)`; end defaults to one line-long span of 4 columns. */
export function span(
  file: string,
  line: number,
  col: number,
  endLine = line,
  endCol = col + 4
): SourceSpan {
  return { file, startLine: line, startColumn: col, endLine, endColumn: endCol }
}

export function makeRule(overrides: Partial<RuleMeta> & { id: string }): RuleMeta {
  return {
    name: `Rule ${overrides.id}`,
    description: `Flags what ${overrides.id} flags.`,
    severity: 'high',
    kind: 'security',
    precision: 'high',
    tags: ['network'],
    help: {
      what: `What ${overrides.id} flags.`,
      why: 'Why it matters.',
      fix: 'How to fix it.',
      bad: 'services:\n  db:\n    ports: ["5432:5432"]\n',
      good: 'services:\n  db:\n    ports: ["127.0.0.1:5432:5432"]\n'
    },
    ...overrides
  }
}

/** A small catalogue: two security rules and a correctness one. */
export const TEST_RULES: RuleMeta[] = [
  makeRule({
    id: 'data-reachable-from-edge',
    name: 'Data store reachable from the edge',
    tags: ['network', 'tiers']
  }),
  makeRule({ id: 'flat-network', name: 'Flat network', severity: 'medium', precision: 'medium' }),
  makeRule({
    id: 'unreachable-dependency',
    name: 'Unreachable dependency',
    severity: 'high',
    kind: 'correctness',
    precision: 'very-high',
    tags: ['reliability']
  })
]

export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'data-reachable-from-edge',
    severity: 'high',
    message: '`db` is on `frontend`, which the public proxy `proxy` also joins.',
    location: span('compose.yaml', 10, 7, 10, 15),
    related: [],
    project: 'app',
    services: ['app/db', 'app/proxy'],
    networks: ['app_frontend'],
    ...overrides
  }
}

export function makeDiagnostic(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    code: 'yaml-syntax',
    severity: 'error',
    message: 'Nested mappings are not allowed in compact mappings',
    span: span('broken/compose.yaml', 3, 9, 3, 10),
    ...overrides
  }
}

export interface ServiceSpec {
  name: string
  networks?: string[]
  ports?: Partial<PortBinding>[]
  tier?: Tier
  image?: string
  networkMode?: 'host' | 'none' | 'bridge'
  line?: number
}

export interface NetworkSpec {
  key: string
  internal?: boolean
  external?: boolean
  name?: string
}

/** A project from short specs; spans follow the order services are listed in. */
export function makeProject(spec: {
  name: string
  file?: string
  services: ServiceSpec[]
  networks?: NetworkSpec[]
}): Project {
  const file = spec.file ?? 'compose.yaml'
  const services: Service[] = spec.services.map((s, index) => {
    const line = s.line ?? 2 + index * 6
    const attachments: NetworkAttachment[] = s.networkMode
      ? []
      : (s.networks ?? ['default']).map((network, i) => ({
          network,
          span: span(file, line + 2 + i, 9),
          implicit: s.networks === undefined,
          declared: true,
          aliases: []
        }))
    return {
      name: s.name,
      span: span(file, line, 3, line, 3 + s.name.length),
      ...(s.image ? { image: { value: s.image, span: span(file, line + 1, 12) } } : {}),
      profiles: [],
      ...(s.networkMode
        ? { networkMode: { kind: s.networkMode, span: span(file, line + 1, 5) } }
        : {}),
      networks: attachments,
      ports: (s.ports ?? []).map((p, i) => ({
        span: span(file, line + 4 + i, 9),
        text: p.text ?? `${p.published ?? p.target}:${p.target}`,
        target: '80',
        protocol: 'tcp',
        bind: 'all',
        ...p
      })),
      expose: [],
      mounts: [],
      labels: [],
      deployLabels: [],
      environment: [],
      dependsOn: [],
      links: [],
      externalLinks: []
    }
  })
  const keys = new Set(services.flatMap(s => s.networks.map(n => n.network)))
  const declared = spec.networks ?? []
  for (const key of keys) if (!declared.some(n => n.key === key)) declared.push({ key })
  const networks: Network[] = declared.map((n, i) => ({
    key: n.key,
    realName: n.name ?? (n.external ? n.key : `${spec.name}_${n.key}`),
    span: span(file, 40 + i, 3),
    implicit: n.key === 'default' && spec.networks?.every(d => d.key !== 'default') !== false,
    external: n.external ?? false,
    ...(n.internal ? { internal: { value: true, span: span(file, 41 + i, 15) } } : {}),
    labels: []
  }))
  return {
    name: spec.name,
    nameSource: 'directory',
    kind: 'compose',
    directory: '.',
    files: [file],
    services,
    networks,
    diagnostics: [],
    unsetVariables: []
  }
}

/**
 * The real topology of the projects, with tiers set by the test (`<project>/<service>` -> tier;
 * `app` for the rest) instead of guessed from images, so reporters see exactly the tiers a
 * test names.
 */
export function makeTopology(projects: Project[], tiers: Record<string, Tier> = {}): Topology {
  return buildTopology(projects, {
    tierOf: (service, project) => {
      const tier = tiers[`${project.name}/${service.name}`]
      return tier
        ? { tier, basis: 'override', evidence: [] }
        : { tier: 'app', basis: 'default', evidence: [] }
    }
  })
}

/** A whole scan result; files default to the projects' files, all loaded. */
export function makeScanResult(
  parts: {
    projects?: Project[]
    tiers?: Record<string, Tier>
    findings?: Finding[]
    diagnostics?: Diagnostic[]
    files?: ScannedFile[]
    rules?: RuleMeta[]
  } = {}
): ScanResult {
  const projects = parts.projects ?? []
  const files =
    parts.files ??
    projects.flatMap(p =>
      p.files.map(path => ({
        path,
        status: 'loaded' as const,
        projects: [p.name],
        diagnostics: []
      }))
    )
  return {
    baseDir: '/work/repo',
    files,
    projects,
    topology: makeTopology(projects, parts.tiers),
    findings: parts.findings ?? [],
    diagnostics: parts.diagnostics ?? [],
    rules: parts.rules ?? TEST_RULES,
    startedAt: new Date('2024-01-02T03:04:05.000Z'),
    endedAt: new Date('2024-01-02T03:04:06.500Z')
  }
}

/** The proxy/app/db example most tests use: proxy and db share `frontend`. */
export function makeWebStack(): { projects: Project[]; tiers: Record<string, Tier> } {
  const project = makeProject({
    name: 'app',
    services: [
      {
        name: 'proxy',
        image: 'nginx:1.27',
        networks: ['frontend'],
        ports: [{ text: '80:80', published: '80', target: '80' }]
      },
      { name: 'api', networks: ['frontend', 'backend'] },
      {
        name: 'db',
        image: 'postgres:16',
        networks: ['backend', 'frontend'],
        ports: [
          {
            text: '127.0.0.1:5432:5432',
            published: '5432',
            target: '5432',
            hostIp: '127.0.0.1',
            bind: 'loopback'
          }
        ]
      }
    ],
    networks: [{ key: 'frontend' }, { key: 'backend', internal: true }]
  })
  return {
    projects: [project],
    tiers: { 'app/proxy': 'edge', 'app/api': 'app', 'app/db': 'data' }
  }
}
