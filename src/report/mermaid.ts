/**
 * A Mermaid flowchart of the topology: a subgraph per network, services styled by tier, the
 * outside with edges to what it reaches, and the connections findings complain about in red.
 * Renders in GitHub Markdown (job summaries, PR comments) inside a ```mermaid block.
 */
import type { ServiceNode, Topology } from '../analyze/types.js'
import type { Finding } from '../rules/types.js'
import type { ScanResult } from '../scan.js'
import { pluralize } from './summary.js'

export interface MermaidOptions {
  /** Only this project's services (and the networks they are on). */
  project?: string
  /** Most service nodes drawn; the rest are counted in a note node. Default 150. */
  maxNodes?: number
}

export const DEFAULT_MERMAID_MAX_NODES = 150

const CLASS_DEFS = [
  'classDef edge fill:#fde2e1,stroke:#c0392b,color:#000',
  'classDef app fill:#e3edfd,stroke:#3367d6,color:#000',
  'classDef data fill:#fff3cd,stroke:#b7791f,color:#000',
  'classDef outside fill:#eeeeee,stroke:#555555,color:#000',
  'classDef note fill:#ffffff,stroke:#999999,stroke-dasharray:3 3,color:#555'
]

/** Renders the scan's topology as Mermaid flowchart source (without the code fence). */
export function renderMermaid(result: ScanResult, options: MermaidOptions = {}): string {
  const { topology } = result
  const maxNodes = Math.max(1, options.maxNodes ?? DEFAULT_MERMAID_MAX_NODES)
  const candidates = topology.services.filter(
    s => options.project === undefined || s.project.name === options.project
  )
  const offending = offendingEdges(result.findings, topology)

  // Keep services that findings are about first, then the rest in topology order.
  const involved = new Set(
    result.findings
      .filter(f => !f.suppression)
      .flatMap(f => f.services.map(id => topology.serviceById(id)))
      .filter((s): s is ServiceNode => s !== undefined)
  )
  const priority = [
    ...candidates.filter(s => involved.has(s)),
    ...candidates.filter(s => !involved.has(s))
  ]
  const keptSet = new Set(priority.slice(0, maxNodes))
  const kept = candidates.filter(s => keptSet.has(s))
  const hidden = candidates.length - kept.length

  const multiProject = new Set(kept.map(s => s.project.name)).size > 1
  const ids = new Map(kept.map((s, index) => [s, `s${index}`]))
  const label = (s: ServiceNode): string => {
    const name = multiProject ? s.id : s.service.name
    const suffix =
      s.mode === 'host'
        ? ' (host network)'
        : s.mode === 'none'
          ? ' (no network)'
          : s.mode === 'namespace' && s.namespaceOwner
            ? ` (in ${multiProject ? s.namespaceOwner.id : s.namespaceOwner.service.name})`
            : ''
    return `${ids.get(s)}["${escapeLabel(name + suffix)}"]:::${s.tier.tier}`
  }

  const lines: string[] = ['flowchart LR']
  const links: string[] = []

  // Each service sits in the subgraph of its first network; other memberships are dotted links.
  const networks = topology.networks.filter(n => n.members.some(m => keptSet.has(m.service)))
  const networkIds = new Map(networks.map((n, index) => [n, `n${index}`]))
  const placed = new Map<string, ServiceNode[]>()
  const loose: ServiceNode[] = []
  for (const service of kept) {
    const first = service.memberships.find(m => networkIds.has(m.network))
    if (!first) {
      loose.push(service)
      continue
    }
    const id = networkIds.get(first.network)!
    placed.set(id, [...(placed.get(id) ?? []), service])
    for (const membership of service.memberships) {
      const other = networkIds.get(membership.network)
      if (other && other !== id && !links.includes(`${ids.get(service)} -.- ${other}`)) {
        links.push(`${ids.get(service)} -.- ${other}`)
      }
    }
  }
  for (const network of networks) {
    const id = networkIds.get(network)!
    const notes = [
      network.legacyBridge ? 'legacy default bridge' : '',
      network.internal ? 'internal' : '',
      network.iccDisabled ? 'icc off' : '',
      network.sharedWithUnknown && !network.legacyBridge ? 'external' : ''
    ].filter(Boolean)
    const title = notes.length ? `${network.id} (${notes.join(', ')})` : network.id
    lines.push(`  subgraph ${id}["${escapeLabel(title)}"]`)
    for (const service of placed.get(id) ?? []) lines.push(`    ${label(service)}`)
    lines.push('  end')
  }
  for (const service of loose) lines.push(`  ${label(service)}`)

  // The outside, with an edge per publicly exposed service (ports joined), and proxy routes.
  const outsideLinks: string[] = []
  for (const service of kept) {
    const exposures = topology.exposures(service).filter(e => e.public)
    const direct = exposures.filter(e => e.kind !== 'proxied')
    if (direct.length > 0) {
      const what = [
        ...new Set(
          direct.map(e => (e.kind === 'host-mode' ? 'host network' : (e.port?.text ?? 'port')))
        )
      ].join(', ')
      outsideLinks.push(`outside -->|"${escapeLabel(what)}"| ${ids.get(service)}`)
    }
    for (const exposure of exposures) {
      const via = exposure.kind === 'proxied' ? exposure.via : undefined
      const link = via && ids.has(via) ? `${ids.get(via)} -->|"routes"| ${ids.get(service)}` : ''
      if (link && !outsideLinks.includes(link)) outsideLinks.push(link)
    }
  }
  if (outsideLinks.some(l => l.startsWith('outside '))) {
    lines.push('  outside(("Internet")):::outside')
  }
  links.push(...outsideLinks)

  const red: number[] = []
  for (const edge of offending) {
    const from = ids.get(edge.from)
    const to = ids.get(edge.to)
    if (!from || !to) continue
    red.push(links.length)
    links.push(edge.label ? `${from} ==>|"${escapeLabel(edge.label)}"| ${to}` : `${from} ==> ${to}`)
  }

  if (hidden > 0) {
    lines.push(
      `  more["${escapeLabel(`… ${pluralize(hidden, 'more service')} not shown`)}"]:::note`
    )
  }
  lines.push(...links.map(l => `  ${l}`))
  lines.push(...CLASS_DEFS.map(c => `  ${c}`))
  if (red.length > 0) lines.push(`  linkStyle ${red.join(',')} stroke:#d00000,stroke-width:3px`)
  return `${lines.join('\n')}\n`
}

interface OffendingEdge {
  from: ServiceNode
  to: ServiceNode
  label: string
}

/** Consecutive services of each unsuppressed finding's path, once per pair. */
function offendingEdges(findings: readonly Finding[], topology: Topology): OffendingEdge[] {
  const edges: OffendingEdge[] = []
  for (const finding of findings) {
    if (finding.suppression || !finding.path) continue
    let previous: ServiceNode | undefined
    let network: string | undefined
    for (const step of finding.path) {
      if (step.network) network = step.network
      const service = step.service && topology.serviceById(step.service)
      if (!service || service === previous) continue
      if (previous && !edges.some(e => e.from === previous && e.to === service)) {
        edges.push({ from: previous, to: service, label: network ?? '' })
      }
      previous = service
      network = undefined
    }
  }
  return edges
}

/**
 * The Mermaid medium's one escaping function: text safe inside a quoted Mermaid label. Line
 * breaks become spaces; quotes, angle brackets, `#`, backticks, `|`, `%` and braces become
 * Mermaid entity codes (`#quot;`), so no name can close the label, start markup, end the code
 * fence or write a `%%{init: ...}%%` directive (Mermaid looks for those anywhere in the text).
 */
export function escapeLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/%/g, '#37;')
    .replace(/\{/g, '#123;')
    .replace(/\}/g, '#125;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\|/g, '#124;')
}
