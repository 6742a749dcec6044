import { formatSpan } from '../core/span.js'
import type { Hop, ServiceNode } from '../analyze/types.js'
import { findForbiddenFlows } from '../config/policy.js'
import type { FlowEntry, FlowPolicy, FlowSelector } from '../config/types.js'
import { defineRule, type PathStep, type Rule } from './types.js'

const meta = {
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
  }
} as const

/** The rule checking `policy`; the registry holds it with an empty policy (nothing to check). */
export function createPolicyViolationRule(policy: FlowPolicy): Rule {
  return defineRule({
    ...meta,
    help: { ...meta.help },
    tags: [...meta.tags],
    check({ topology, report }) {
      for (const { entry, from, to, hop } of findForbiddenFlows(topology, policy)) {
        const reason = entry.reason ? `: “${entry.reason}”` : ''
        report({
          subject: to,
          location: hop.span,
          message:
            `${label(from)} can connect to ${label(to)} ${describeHop(hop, from)}, a flow the policy forbids ` +
            `(\`policy.forbid[${entry.index}]\`, from ${describeSelector(entry.from)} to ${describeSelector(entry.to)}${reason}). ` +
            `Take them off the network they share, or stop publishing the port; if the flow is intended, add it to \`policy.allow\` with a reason.`,
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
}

export default createPolicyViolationRule({ forbid: [], allow: [] })

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
