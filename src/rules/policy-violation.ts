/**
 * The flow policy and the rule that checks it. A flow is a direct connection (one hop: a shared
 * network, a shared namespace, host mode, or a host port published by a service of the same
 * project). Longer paths are not flows of their own: edge -> app -> data is the three-tier design
 * a policy exists to keep, and each of its hops is judged on its own. The policy is the rule's
 * option; `src/config/` reads it from `.tierguard.yml` (`policy.forbid`, `policy.allow`).
 */
import picomatch from 'picomatch'
import { compareSpans, formatSpan, type SourceSpan } from '../core/span.js'
import type { Hop, ServiceNode, Tier, Topology } from '../analyze/types.js'
import { matchesServicePattern } from './helpers.js'
import { defineRule, type PathStep } from './types.js'

/**
 * One end of a flow. Every key given must hold (they combine with "and"): `tier`, `service`
 * (a name or `project/name`, globs allowed), `network` (a network key or real name, globs).
 */
export interface FlowSelector {
  tier?: Tier
  service?: string
  network?: string
  span: SourceSpan
}

/** A `policy.forbid` or `policy.allow` entry. */
export interface FlowEntry {
  kind: 'forbid' | 'allow'
  /** Position in its list, for messages (`policy.forbid[0]`). */
  index: number
  from: FlowSelector
  to: FlowSelector
  reason?: string
  span: SourceSpan
}

export interface FlowPolicy {
  forbid: FlowEntry[]
  allow: FlowEntry[]
}

/** The options of `policy-violation`: the policy to check (none by default). */
export interface PolicyViolationOptions {
  policy: FlowPolicy
}

const NO_POLICY: PolicyViolationOptions = { policy: { forbid: [], allow: [] } }

export default defineRule({
  id: 'policy-violation',
  name: 'Flow forbidden by the policy',
  description:
    'A service can open a connection to another that the `policy.forbid` of the configuration says it must never reach.',
  severity: 'high',
  kind: 'security',
  precision: 'very-high',
  tags: ['network', 'policy', 'segmentation'],
  help: {
    what: 'For each `policy.forbid` entry of `.tierguard.yml` (`from` and `to` select services by tier, name or network), every pair of services where one matching `from` can open a connection directly to one matching `to`: they share a network with inter-container communication enabled, or a namespace, or one of them is in host mode, or the target publishes a host port and both are in one project (a port published to every container of the host is `data-port-published`’s finding). Flows that a `policy.allow` entry names are not reported. One finding per pair (the first entry that forbids it), at the line that created the flow (the target’s entry for the shared network, or its port), with the hop as the path and the policy entry as a related location. Longer paths (edge -> app -> data) are not flows of their own: each hop is judged on its own. The rule reports nothing without a policy. The examples below are checked with `policy: {forbid: [{from: edge, to: data}]}`.',
    why: 'A policy states the architecture the team agreed on ("nothing on the edge reaches the data tier"); compose files drift from it one network entry at a time. Checking it on every pull request catches the change that connects the proxy to the database when it is made, not in the next audit.',
    fix: 'Take the two services off the network they share (give the target a network the source does not join, `internal: true` for data), or stop publishing the port. If the flow is intended, name it in `policy.allow` with a reason.',
    bad: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks:
      - front
  api:
    image: ghcr.io/example/api:2.0
    networks:
      - front
      - back
  db:
    image: postgres:16
    networks:
      - back
      - front
networks:
  front: {}
  back:
    internal: true
`,
    good: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks:
      - front
  api:
    image: ghcr.io/example/api:2.0
    networks:
      - front
      - back
  db:
    image: postgres:16
    networks:
      - back
networks:
  front: {}
  back:
    internal: true
`
  },
  options: {
    defaults: NO_POLICY,
    source: '`policy` in `.tierguard.yml`'
  },
  messages: {
    forbidden:
      '{{from}} can connect to {{to}} {{via}}, a flow the policy forbids (`policy.forbid[{{index}}]`, from {{fromSelector}} to {{toSelector}}). Take them off the network they share, or stop publishing the port; if the flow is intended, add it to `policy.allow` with a reason.',
    forbiddenWithReason:
      '{{from}} can connect to {{to}} {{via}}, a flow the policy forbids (`policy.forbid[{{index}}]`, from {{fromSelector}} to {{toSelector}}: “{{reason}}”). Take them off the network they share, or stop publishing the port; if the flow is intended, add it to `policy.allow` with a reason.'
  },
  check({ topology, options, report }) {
    for (const { entry, from, to, hop } of findForbiddenFlows(topology, options.policy)) {
      report({
        subject: to,
        location: hop.span,
        messageId: entry.reason ? 'forbiddenWithReason' : 'forbidden',
        data: {
          from: label(from),
          to: label(to),
          via: describeHop(hop, from),
          index: entry.index,
          fromSelector: describeSelector(entry.from),
          toSelector: describeSelector(entry.to),
          reason: entry.reason ?? ''
        },
        related: [
          {
            span: entry.span,
            message: `the policy entry \`policy.forbid[${entry.index}]\` (${formatSpan(entry.span)})`
          }
        ],
        path: pathOf(hop, from, to),
        services: [to.id, from.id],
        networks: hop.via.kind === 'network' ? [hop.via.network.id] : [],
        fingerprintKey: `policy.forbid:${describeEntry(entry)}`
      })
    }
  }
})

function label(node: ServiceNode): string {
  return node.tier.product
    ? `\`${node.service.name}\` (${node.tier.tier}, ${node.tier.product})`
    : `\`${node.service.name}\` (${node.tier.tier})`
}

function networkKey(hop: Hop, from: ServiceNode): string {
  if (hop.via.kind !== 'network') return ''
  const network = hop.via.network
  return from.memberships.find(m => m.network === network)?.attachment.network ?? network.id
}

function describeHop(hop: Hop, from: ServiceNode): string {
  switch (hop.via.kind) {
    case 'network':
      return `over \`${networkKey(hop, from)}\``
    case 'namespace':
      return 'through the network namespace they share'
    case 'host-port':
      return `through the host port it publishes (\`${hop.via.port.text}\`)`
    case 'host-mode':
      return 'through the host network'
  }
}

function pathOf(hop: Hop, from: ServiceNode, to: ServiceNode): PathStep[] {
  const via = hop.via
  const start =
    via.kind === 'network'
      ? from.memberships.find(m => m.network === via.network)?.attachment.span
      : undefined
  const network = via.kind === 'network' ? networkKey(hop, from) : undefined
  return [
    {
      span: start ?? from.service.span,
      message: network
        ? `\`${from.service.name}\` joins \`${network}\``
        : `\`${from.service.name}\``,
      service: from.id,
      ...(via.kind === 'network' ? { network: via.network.id } : {})
    },
    {
      span: hop.span,
      message: network
        ? `\`${to.service.name}\` joins \`${network}\`: the forbidden flow`
        : `\`${to.service.name}\` is reached here: the forbidden flow`,
      service: to.id,
      ...(via.kind === 'network' ? { network: via.network.id } : {})
    }
  ]
}

function describeSelector(selector: FlowSelector): string {
  const parts: string[] = []
  if (selector.tier) parts.push(`tier \`${selector.tier}\``)
  if (selector.service) parts.push(`service \`${selector.service}\``)
  if (selector.network) parts.push(`network \`${selector.network}\``)
  return parts.join(' and ')
}

function describeEntry(entry: FlowEntry): string {
  return `${describeSelector(entry.from)}->${describeSelector(entry.to)}`
}

/** A forbidden flow found in the topology: the entry, both ends and the hop that makes it. */
export interface ForbiddenFlow {
  entry: FlowEntry
  from: ServiceNode
  to: ServiceNode
  hop: Hop
}

/** Whether every key of the selector holds for the service. */
export function matchesSelector(selector: FlowSelector, node: ServiceNode): boolean {
  if (selector.tier && node.tier.tier !== selector.tier) return false
  if (
    selector.service &&
    !matchesServicePattern(selector.service, node.project.name, node.service.name)
  ) {
    return false
  }
  if (selector.network) {
    const pattern = selector.network
    const onNetwork = node.memberships.some(
      m =>
        picomatch.isMatch(m.attachment.network, pattern, { dot: true }) ||
        picomatch.isMatch(m.network.id, pattern, { dot: true }) ||
        m.network.declarations.some(d =>
          picomatch.isMatch(d.network.realName, pattern, { dot: true })
        )
    )
    if (!onNetwork) return false
  }
  return true
}

/** The first `allow` entry that names the flow from `from` to `to`, if any. */
export function findAllowingEntry(
  policy: FlowPolicy,
  from: ServiceNode,
  to: ServiceNode
): FlowEntry | undefined {
  return policy.allow.find(e => matchesSelector(e.from, from) && matchesSelector(e.to, to))
}

/**
 * Every forbidden flow: for each `forbid` entry, each pair of distinct services matching
 * `from` and `to` where `from` can open a connection to `to` directly, and no `allow` entry
 * names the pair. One flow per pair (the first entry that forbids it), through the hop written
 * first.
 */
export function findForbiddenFlows(topology: Topology, policy: FlowPolicy): ForbiddenFlow[] {
  const flows: ForbiddenFlow[] = []
  if (policy.forbid.length === 0) return flows
  // One flow per pair: the first entry that forbids it (a reviewer wants one annotation).
  const reported = new Set<string>()
  for (const entry of policy.forbid) {
    const sources = topology.services.filter(s => matchesSelector(entry.from, s))
    if (sources.length === 0) continue
    for (const from of sources) {
      const hops = topology
        .directReach(from)
        .filter(hop => hop.to !== from && isProjectFlow(hop) && matchesSelector(entry.to, hop.to))
      const firstByTarget = new Map<ServiceNode, Hop>()
      for (const hop of hops) {
        const known = firstByTarget.get(hop.to)
        if (!known || compareSpans(hop.span, known.span) < 0) firstByTarget.set(hop.to, hop)
      }
      for (const [to, hop] of firstByTarget) {
        const pair = `${from.id}\0${to.id}`
        if (reported.has(pair) || findAllowingEntry(policy, from, to)) continue
        reported.add(pair)
        flows.push({ entry, from, to, hop })
      }
    }
  }
  return flows
}

/**
 * A published host port reaches every container on the host, of every project: across projects
 * that is `data-port-published`'s finding, once at the port, rather than a flow per service of
 * the whole scan. Within a project (deployed together, on one host) it is a flow like any other.
 */
function isProjectFlow(hop: Hop): boolean {
  return hop.via.kind !== 'host-port' || hop.from.project === hop.to.project
}
