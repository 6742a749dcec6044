/**
 * A Mermaid flowchart of the topology: a subgraph per network, services styled by tier, the
 * outside with edges to what it reaches, and the connections findings complain about (thick red
 * when they block, dashed orange when not), with a legend. Renders in GitHub Markdown (job
 * summaries, PR comments) inside a ```mermaid block.
 *
 * It stays readable on big projects: past `maxNodes` services it draws only those that findings
 * involve (and those the caller asks for, such as the ends of the edges a change adds), with
 * their networks, and counts the rest per network ("12 more services on `back`"). Rendered at
 * the ~900 px GitHub gives a diagram, the largest corpus projects stay under 2,000 px tall with
 * no label below 12 px (`npm run check:mermaid`).
 */
import { isBlocking, type FailOn } from '../core/severity.js'
import type { NetworkNode, ServiceNode, Topology } from '../analyze/types.js'
import type { Finding } from '../rules/types.js'
import type { ScanResult } from '../scan.js'
import { DEFAULT_FAIL_ON, compareFindingsBySeverity, pluralize } from './summary.js'
import { visibleEscape } from './visible-escape.js'

export interface MermaidOptions {
  /** Only this project's services (and the networks they are on). */
  project?: string
  /**
   * Ids of services to draw besides those findings involve, such as the ends of the
   * reachability edges a change adds or removes.
   */
  include?: ReadonlySet<string>
  /** Whether a finding blocks (a thick red edge); default: at or above `failOn`. */
  blocks?: (finding: Finding) => boolean
  /** Default `high`, the action's. */
  failOn?: FailOn
  /**
   * A project with more services than this draws only the involved ones (at most this many)
   * and counts the rest per network. Default 12.
   */
  maxNodes?: number
}

export const DEFAULT_MERMAID_MAX_NODES = 12

const CLASS_DEFS = [
  'classDef edge fill:#fde2e1,stroke:#c0392b,color:#000',
  'classDef app fill:#e3edfd,stroke:#3367d6,color:#000',
  'classDef data fill:#fff3cd,stroke:#b7791f,color:#000',
  'classDef outside fill:#eeeeee,stroke:#555555,color:#000',
  'classDef note fill:#ffffff,stroke:#999999,stroke-dasharray:3 3,color:#555'
]
const COMPACT =
  '%%{init: {"flowchart": {"nodeSpacing": 20, "rankSpacing": 30, "wrappingWidth": 150}}}%%'
const BLOCKING_STYLE = 'stroke:#d00000,stroke-width:3px'
const FINDING_STYLE = 'stroke:#e67e22,stroke-width:2px,stroke-dasharray:6 4'

/** Renders the scan's topology as Mermaid flowchart source (without the code fence). */
export function renderMermaid(result: ScanResult, options: MermaidOptions = {}): string {
  const { topology } = result
  const maxNodes = Math.max(1, options.maxNodes ?? DEFAULT_MERMAID_MAX_NODES)
  const failOn = options.failOn ?? DEFAULT_FAIL_ON
  const blocks = options.blocks ?? ((f: Finding) => isBlocking(f.severity, failOn))
  const candidates = topology.services.filter(
    s => options.project === undefined || s.project.name === options.project
  )
  const inScope = new Set(candidates)
  const active = result.findings.filter(f => !f.suppression).sort(compareFindingsBySeverity)
  const offending = offendingEdges(active, topology, blocks).filter(
    e => inScope.has(e.from) && inScope.has(e.to)
  )

  const keptSet = new Set<ServiceNode>()
  if (candidates.length <= maxNodes) {
    for (const s of candidates) keptSet.add(s)
  } else {
    // Blocking findings' services first, then the caller's, then the other findings'.
    const byId = (id: string): ServiceNode | undefined => topology.serviceById(id)
    const servicesOf = (f: Finding): (ServiceNode | undefined)[] => [
      ...f.services.map(byId),
      ...(f.path ?? []).map(step => (step.service ? byId(step.service) : undefined))
    ]
    const priority = [
      ...active.filter(blocks).flatMap(servicesOf),
      ...[...(options.include ?? [])].map(byId),
      ...active.filter(f => !blocks(f)).flatMap(servicesOf)
    ]
    for (const s of priority) {
      if (keptSet.size >= maxNodes) break
      if (s && inScope.has(s)) keptSet.add(s)
    }
  }
  const kept = candidates.filter(s => keptSet.has(s))
  const hidden = candidates.filter(s => !keptSet.has(s))

  const ids = new Map(kept.map((s, index) => [s, `s${index}`]))
  // The name alone: the subgraph around it names the network, and with it the project.
  const nameOf = (s: ServiceNode): string => s.service.name
  const node = (s: ServiceNode): string => {
    const suffix =
      s.mode === 'host'
        ? ' (host network)'
        : s.mode === 'none'
          ? ' (no network)'
          : s.mode === 'namespace' && s.namespaceOwner
            ? ` (in ${nameOf(s.namespaceOwner)})`
            : ''
    return `${ids.get(s)}["${escapeLabel(nameOf(s) + suffix)}"]:::${s.tier.tier}`
  }

  // A collapsed diagram is a big project's: tighter spacing keeps it legible at GitHub's width.
  const lines: string[] = hidden.length > 0 ? [COMPACT, 'flowchart LR'] : ['flowchart LR']
  const links: string[] = []
  const styles: { index: number; style: string }[] = []

  // Each service sits in the subgraph of its first network; other memberships are dotted links.
  // Collapsed, a network only some drawn service also joins is left out, not drawn empty.
  const homes = new Set(kept.map(s => s.memberships[0]?.network))
  const networks = topology.networks.filter(n =>
    hidden.length > 0 ? homes.has(n) : n.members.some(m => keptSet.has(m.service))
  )
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
  // Each hidden service is counted once: on its first drawn network, else with the rest.
  const counted = new Map<NetworkNode, number>()
  const elsewhere = new Set<NetworkNode>()
  let uncounted = 0
  for (const service of hidden) {
    const first = service.memberships.find(m => networkIds.has(m.network))
    if (first) {
      counted.set(first.network, (counted.get(first.network) ?? 0) + 1)
    } else {
      uncounted++
      for (const m of service.memberships) elsewhere.add(m.network)
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
    // A subgraph no link crosses is laid out on its own, top to bottom unless told: its
    // services would stand side by side, as wide as their count.
    lines.push(`  subgraph ${id}["${escapeLabel(title)}"]`, '    direction LR')
    for (const service of placed.get(id) ?? []) lines.push(`    ${node(service)}`)
    const more = counted.get(network)
    if (more) {
      const text = network.realName
        ? `${pluralize(more, 'more service')} on \`${network.realName}\``
        : pluralize(more, 'more service')
      lines.push(`    ${id}more["${escapeLabel(text)}"]:::note`)
    }
    lines.push('  end')
  }
  for (const service of loose) lines.push(`  ${node(service)}`)
  if (uncounted > 0) {
    const [only] = elsewhere
    const where =
      elsewhere.size === 1 && only?.realName
        ? ` on \`${only.realName}\``
        : elsewhere.size > 0
          ? ` on ${pluralize(elsewhere.size, 'other network')}`
          : ' not shown'
    lines.push(`  more["${escapeLabel(`${pluralize(uncounted, 'more service')}${where}`)}"]:::note`)
  }

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

  // An edge inside the subgraph of the network it crosses needs no label to say which.
  const home = new Map<ServiceNode, string>()
  for (const [id, services] of placed) for (const s of services) home.set(s, id)
  const networkById = new Map(networks.map(n => [n.id, n]))
  for (const edge of offending) {
    const from = ids.get(edge.from)
    const to = ids.get(edge.to)
    if (!from || !to) continue
    const over = networkById.get(edge.label)
    const inside =
      over !== undefined &&
      home.get(edge.from) === networkIds.get(over) &&
      home.get(edge.to) === networkIds.get(over)
    // The network's own name is enough beside an edge; its id may repeat the project.
    const label = inside ? '' : (over?.realName ?? edge.label)
    styles.push({ index: links.length, style: edge.blocking ? BLOCKING_STYLE : FINDING_STYLE })
    links.push(label ? `${from} ==>|"${escapeLabel(label)}"| ${to}` : `${from} ==> ${to}`)
  }

  lines.push(...links.map(l => `  ${l}`))
  lines.push(...renderLegend(kept, styles, links.length, hidden.length > 0))
  lines.push(...CLASS_DEFS.map(c => `  ${c}`))
  for (const style of [BLOCKING_STYLE, FINDING_STYLE]) {
    const indexes = styles.filter(s => s.style === style).map(s => s.index)
    if (indexes.length > 0) lines.push(`  linkStyle ${indexes.join(',')} ${style}`)
  }
  return `${lines.join('\n')}\n`
}

/**
 * The legend: the tiers drawn, the collapsed counts when there are some, and the kinds of
 * finding edge drawn. A subgraph of its own, one key under the other, chained by invisible links
 * (`~~~`); those count as links for `linkStyle` too, numbered after the diagram's `linkCount`.
 */
function renderLegend(
  kept: readonly ServiceNode[],
  styles: { index: number; style: string }[],
  linkCount: number,
  collapsed: boolean
): string[] {
  const keys = (['edge', 'app', 'data'] as const)
    .filter(t => kept.some(s => s.tier.tier === t))
    .map(t => ({ node: `key_${t}["${t} tier"]:::${t}`, style: undefined as string | undefined }))
  if (collapsed) keys.push({ node: 'key_more["counted, not drawn"]:::note', style: undefined })
  const drawn = new Set(styles.map(s => s.style))
  for (const [style, text, id] of [
    [BLOCKING_STYLE, 'blocking finding', 'key_block'],
    [FINDING_STYLE, 'finding, not blocking', 'key_other']
  ] as const) {
    if (!drawn.has(style)) continue
    keys.push({ node: `${id}[" "]:::note ==>|"${text}"| ${id}_to[" "]:::note`, style })
  }
  if (keys.length === 0) return []
  let next = linkCount
  keys.forEach((key, index) => {
    if (index > 0) next++ // the `~~~` before the key
    if (key.style) styles.push({ index: next++, style: key.style })
  })
  return ['  subgraph key["Legend"]', `    ${keys.map(k => k.node).join(' ~~~ ')}`, '  end']
}

interface OffendingEdge {
  from: ServiceNode
  to: ServiceNode
  label: string
  blocking: boolean
}

/**
 * Consecutive services of each finding's path, once per pair; a pair is blocking when any of
 * its findings blocks.
 */
function offendingEdges(
  findings: readonly Finding[],
  topology: Topology,
  blocks: (finding: Finding) => boolean
): OffendingEdge[] {
  const edges: OffendingEdge[] = []
  for (const finding of findings) {
    if (!finding.path) continue
    const blocking = blocks(finding)
    let previous: ServiceNode | undefined
    let network: string | undefined
    for (const step of finding.path) {
      if (step.network) network = step.network
      const service = step.service && topology.serviceById(step.service)
      if (!service || service === previous) continue
      if (previous) {
        const known = edges.find(e => e.from === previous && e.to === service)
        if (known) known.blocking ||= blocking
        else edges.push({ from: previous, to: service, label: network ?? '', blocking })
      }
      previous = service
      network = undefined
    }
  }
  return edges
}

/** C0 and C1 controls, DEL and the bidi controls (Trojan Source). */
const LABEL_CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * The Mermaid medium's one escaping function: text safe inside a quoted Mermaid label. Line
 * breaks become spaces, other control and bidi characters visible escapes (`\u202e`); quotes,
 * angle brackets, `&`, `#`, backticks, `|`, `%` and braces become Mermaid entity
 * codes (`#quot;`), so no name can close the label, start markup or a Markdown string, end the
 * code fence or write a `%%{init: ...}%%` directive (Mermaid looks for those anywhere in the
 * text). An empty label, which Mermaid cannot parse, becomes `(empty)`.
 */
export function escapeLabel(text: string): string {
  const escaped = text
    .replace(/\s+/g, ' ')
    .replace(LABEL_CONTROL, visibleEscape)
    .replace(/#/g, '#35;')
    .replace(/&/g, '#38;')
    .replace(/%/g, '#37;')
    .replace(/\{/g, '#123;')
    .replace(/\}/g, '#125;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\|/g, '#124;')
  return escaped.trim() === '' ? '(empty)' : escaped
}
