/**
 * The rehearsal plan: what `tierguard verify` creates on the engine for a scanned topology and
 * which probes it runs, each with the model's prediction. Pure: reads the topology built by
 * `src/analyze` (never changes it) and decides names, ports and expectations; `rehearse.ts`
 * carries the plan out.
 */
import type { SourceSpan } from '../core/span.js'
import { effectiveBinding } from '../analyze/port-binding.js'
import { LEGACY_BRIDGE } from '../analyze/build-topology.js'
import type { Hop, NetworkNode, ServiceNode, Topology } from '../analyze/types.js'
import type { PortBinding, Project } from '../model/types.js'

/** Label every object of a rehearsal carries, with the run id as value. */
export const RUN_LABEL = 'io.tierguard.verify.run'
/** Label on a stand-in: the `project/service` it stands in for. */
export const SERVICE_LABEL = 'io.tierguard.verify.service'

/** A network of the topology as the rehearsal creates it. */
export interface PlannedNetwork {
  node: NetworkNode
  /** Name on the engine: prefixed with the run so nothing clashes with what runs there. */
  engineName: string
  internal: boolean
  iccDisabled: boolean
  /** Whether names resolve on it: user-defined networks do, Docker's legacy default bridge not. */
  resolvesNames: boolean
}

/** A port the stand-in publishes, remapped to a free host port when the rehearsal runs. */
export interface PlannedPublish {
  binding: PortBinding
  containerPort: number
  /** The port as the file declares it: the published port, else the container port. */
  declaredPort: number
  /** The engine's `HostIp`: `''` for every interface, `127.0.0.1` for loopback. */
  hostIp: '' | '127.0.0.1'
}

/** One stand-in container: a busybox listening where the service would. */
export interface StandIn {
  node: ServiceNode
  containerName: string
  /** `namespace`: created in its owner's network namespace (`container:`). */
  mode: 'networks' | 'none' | 'namespace'
  owner?: StandIn
  endpoints: { network: PlannedNetwork; aliases: string[] }[]
  /** TCP ports this service answers on: its declared ones, else its product's usual port. */
  ports: number[]
  /** Where the ports come from, for the report. */
  portsFrom: 'declared' | 'product' | 'default'
  /** TCP ports its container listens on: for an owner, every port of its namespace group. */
  listen: number[]
  published: PlannedPublish[]
}

export type ProbeKind = 'ip' | 'name' | 'published' | 'outside' | 'egress'

/** A probe and the model's prediction. */
export interface PlannedProbe {
  kind: ProbeKind
  /** `project/service`, or `host` / `outside` for probes from the machine. */
  from: string
  /** `project/service`, or `host` for egress probes. */
  to: string
  fromStandIn?: StandIn
  toStandIn?: StandIn
  /** The port probed: the service's container port (ip, name), the declared published port. */
  port: number
  protocol: 'tcp'
  /** For name probes: the name (service name or alias) the prober resolves. */
  name?: string
  publish?: PlannedPublish
  /** The model's verdict. */
  expected: boolean
  /** Why the model says so, for messages: "both are on `shop_backend`". */
  model: string
  /** Networks with inter-container communication disabled that both ends share. */
  iccNetworks: NetworkNode[]
  /** Where the verdict comes from: the hop's span, the port, the service. */
  span: SourceSpan
}

/** Something the rehearsal leaves out, and why. */
export interface Skip {
  /** `project/service`, a project name or a network. */
  what: string
  reason: string
  span?: SourceSpan
}

/** Projects rehearsed together: those joined by a shared network or namespace. */
export interface RehearsalUnit {
  projects: Project[]
  networks: PlannedNetwork[]
  standIns: StandIn[]
  probes: PlannedProbe[]
}

export interface RehearsalPlan {
  runId: string
  units: RehearsalUnit[]
  skipped: Skip[]
}

/** Usual ports of products the model recognises, for a stand-in whose file declares none. */
const PRODUCT_PORTS: ReadonlyMap<string, number> = new Map([
  ['PostgreSQL', 5432],
  ['MySQL', 3306],
  ['MariaDB', 3306],
  ['Percona Server', 3306],
  ['SQL Server', 1433],
  ['CockroachDB', 26257],
  ['Redis', 6379],
  ['Valkey', 6379],
  ['KeyDB', 6379],
  ['Memcached', 11211],
  ['MongoDB', 27017],
  ['Elasticsearch', 9200],
  ['OpenSearch', 9200],
  ['Cassandra', 9042],
  ['CouchDB', 5984],
  ['InfluxDB', 8086],
  ['ClickHouse', 8123],
  ['Neo4j', 7687],
  ['RabbitMQ', 5672],
  ['Kafka', 9092],
  ['NATS', 4222],
  ['ZooKeeper', 2181],
  ['etcd', 2379],
  ['MinIO', 9000],
  ['Vault', 8200]
])

/** The port a stand-in listens on when neither its file nor its product says: HTTP's. */
export const DEFAULT_PORT = 80

/** A DNS name the prober may pass to `nc`: letters, digits, `-`, `_`, `.`; nothing a shell reads. */
const DNS_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/

export interface PlanOptions {
  /** Prefix of every name on the engine, and the value of `RUN_LABEL`. */
  runId: string
}

/**
 * Plans the rehearsal of every project of the topology. Projects compose would refuse, stacks
 * on drivers a single engine has no stand-in for, and host-mode services are left out, each
 * with its reason in `skipped`.
 */
export function planRehearsal(topology: Topology, options: PlanOptions): RehearsalPlan {
  const { runId } = options
  const skipped: Skip[] = []
  const units: RehearsalUnit[] = []
  for (const group of groupProjects(topology)) {
    const reason = unitSkipReason(topology, group.projects, group.networks)
    if (reason) {
      for (const project of group.projects) {
        skipped.push({ what: topology.projectKey(project), reason })
      }
      continue
    }
    units.push(planUnit(topology, group, runId, units.length, skipped))
  }
  return { runId, units, skipped }
}

/** Projects joined by a network or a namespace, in the topology's order. */
function groupProjects(topology: Topology): { projects: Project[]; networks: NetworkNode[] }[] {
  const parent = new Map<Project, Project>()
  const find = (p: Project): Project => {
    let root = p
    while (parent.get(root) !== root) root = parent.get(root) as Project
    parent.set(p, root)
    return root
  }
  const union = (a: Project, b: Project): void => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent.set(rb, ra)
  }
  for (const project of topology.projects) parent.set(project, project)
  for (const network of topology.networks) {
    const first = network.members[0]?.service.project
    for (const member of network.members) if (first) union(first, member.service.project)
  }
  for (const node of topology.services) {
    if (node.namespaceOwner) union(node.project, node.namespaceOwner.project)
  }
  const groups = new Map<Project, { projects: Project[]; networks: NetworkNode[] }>()
  for (const project of topology.projects) {
    const root = find(project)
    const group = groups.get(root) ?? { projects: [], networks: [] }
    group.projects.push(project)
    groups.set(root, group)
  }
  for (const network of topology.networks) {
    const project = network.members[0]?.service.project
    if (project) groups.get(find(project))?.networks.push(network)
  }
  return [...groups.values()]
}

function unitSkipReason(
  topology: Topology,
  projects: Project[],
  networks: NetworkNode[]
): string | undefined {
  for (const project of projects) {
    const refused = project.diagnostics.find(d => d.severity === 'error')
    if (refused) {
      return `compose would refuse project \`${topology.projectKey(project)}\` (${refused.message}), so it cannot run as written`
    }
  }
  for (const network of networks) {
    const driver = network.driver || 'bridge'
    if (driver !== 'bridge' && driver !== 'overlay') {
      return `network \`${network.id}\` uses the \`${driver}\` driver, which a rehearsal does not create (it would reach the machine's LAN)`
    }
  }
  return undefined
}

function planUnit(
  topology: Topology,
  group: { projects: Project[]; networks: NetworkNode[] },
  runId: string,
  unitIndex: number,
  skipped: Skip[]
): RehearsalUnit {
  const networks = new Map<NetworkNode, PlannedNetwork>()
  for (const [k, node] of group.networks.entries()) {
    networks.set(node, {
      node,
      engineName: engineName(runId, `${unitIndex}-${k}`, node.realName),
      internal: node.internal,
      iccDisabled: node.iccDisabled,
      resolvesNames: !node.legacyBridge && node.id !== LEGACY_BRIDGE
    })
  }
  const inUnit = new Set(group.projects)
  const nodes = topology.services.filter(node => inUnit.has(node.project))
  const standIns = new Map<ServiceNode, StandIn>()
  for (const node of nodes) {
    const reason = serviceSkipReason(node)
    if (reason) {
      skipped.push({ what: node.id, reason, span: node.service.networkMode?.span })
      continue
    }
    const { ports, portsFrom } = servicePorts(node)
    const mode =
      node.mode === 'namespace' ? 'namespace' : node.mode === 'none' ? 'none' : 'networks'
    standIns.set(node, {
      node,
      containerName: engineName(runId, `${unitIndex}-${node.index}`, node.service.name),
      mode,
      endpoints:
        mode === 'networks'
          ? node.memberships.map(m => ({
              network: networks.get(m.network) as PlannedNetwork,
              aliases: uniqueNames([node.service.name, ...m.attachment.aliases.map(a => a.value)])
            }))
          : [],
      ports,
      portsFrom,
      listen: [],
      published: mode === 'networks' ? plannedPublishes(node, skipped) : []
    })
  }
  for (const standIn of standIns.values()) {
    if (standIn.mode !== 'namespace') continue
    standIn.owner = standIns.get(standIn.node.namespaceOwner as ServiceNode)
  }
  // One listener per port and namespace: the owner listens for its whole group.
  for (const standIn of standIns.values()) {
    const holder = standIn.owner ?? standIn
    for (const port of standIn.ports) if (!holder.listen.includes(port)) holder.listen.push(port)
  }
  for (const standIn of standIns.values()) standIn.listen.sort((a, b) => a - b)

  const list = [...standIns.values()]
  const ambiguous = ambiguousNames(list, skipped)
  const probes: PlannedProbe[] = []
  for (const a of list) {
    for (const b of list) if (a !== b) probes.push(...serviceProbes(topology, a, b, ambiguous))
  }
  for (const b of list) probes.push(...publishedProbes(topology, b))
  for (const a of list) probes.push(egressProbe(a))
  return { projects: group.projects, networks: [...networks.values()], standIns: list, probes }
}

function serviceSkipReason(node: ServiceNode): string | undefined {
  if (node.mode === 'host') {
    return 'host network mode is not rehearsed: a stand-in would listen on the machine itself'
  }
  if (node.mode === 'namespace') {
    const owner = node.namespaceOwner
    if (!owner) return 'the namespace it shares belongs to no service of the scan'
    if (owner.mode === 'host') return `it shares the namespace of \`${owner.id}\`, in host mode`
  }
  return undefined
}

/** The service's TCP ports: `ports` targets and `expose`, first of a range; else a usual one. */
function servicePorts(node: ServiceNode): Pick<StandIn, 'ports' | 'portsFrom'> {
  const declared = new Set<number>()
  for (const binding of node.service.ports) {
    const port = firstPort(binding.target)
    if (port !== undefined && binding.protocol === 'tcp') declared.add(port)
  }
  for (const expose of node.service.expose) {
    const [number, protocol = 'tcp'] = expose.value.split('/')
    const port = firstPort(number ?? '')
    if (port !== undefined && protocol === 'tcp') declared.add(port)
  }
  if (declared.size > 0) {
    return { ports: [...declared].sort((a, b) => a - b), portsFrom: 'declared' }
  }
  const usual = node.tier.product ? PRODUCT_PORTS.get(node.tier.product) : undefined
  return usual
    ? { ports: [usual], portsFrom: 'product' }
    : { ports: [DEFAULT_PORT], portsFrom: 'default' }
}

/** `5432`, `8000-8010` -> the first port; anything else -> undefined. */
function firstPort(text: string): number | undefined {
  const match = /^(\d{1,5})(?:-\d{1,5})?$/.exec(text.trim())
  const port = match ? Number(match[1]) : NaN
  return port >= 1 && port <= 65535 ? port : undefined
}

function plannedPublishes(node: ServiceNode, skipped: Skip[]): PlannedPublish[] {
  const planned: PlannedPublish[] = []
  for (const binding of node.service.ports) {
    const containerPort = firstPort(binding.target)
    if (containerPort === undefined || binding.protocol !== 'tcp') continue
    // Swarm's ingress mesh publishes on every node's every interface, whatever `host_ip` says.
    const ingress = node.project.kind === 'stack' && binding.mode !== 'host'
    const effective = effectiveBinding(node, binding)
    if (!ingress && (effective.defaultFrom || effective.routedBy)) {
      skipped.push({
        what: `${node.id} port ${binding.text}`,
        reason: `its address comes from the options of \`${(effective.routedBy ?? effective.defaultFrom)?.id ?? ''}\` (a default bind address or a routed gateway mode), which a rehearsal does not set on the engine`,
        span: binding.span
      })
      continue
    }
    let hostIp: PlannedPublish['hostIp']
    if (ingress || binding.bind === 'all') hostIp = ''
    else if (binding.bind === 'loopback' && binding.hostIp?.startsWith('127.')) hostIp = '127.0.0.1'
    else {
      skipped.push({
        what: `${node.id} port ${binding.text}`,
        reason: `published on \`${binding.hostIp ?? ''}\`, an address a rehearsal cannot bind`,
        span: binding.span
      })
      continue
    }
    const declaredPort = binding.published ? firstPort(binding.published) : undefined
    planned.push({ binding, containerPort, declaredPort: declaredPort ?? containerPort, hostIp })
  }
  return planned
}

/**
 * Names several stand-ins answer to on one network (`traefik` of three projects on a shared
 * external network): DNS returns any of them, so a probe by that name proves nothing about the
 * one it was meant for. Keyed `<network id>\u0000<name>`; each is reported as left out once.
 */
function ambiguousNames(standIns: StandIn[], skipped: Skip[]): Set<string> {
  const holders = new Map<string, number>()
  for (const standIn of standIns) {
    for (const endpoint of standIn.endpoints) {
      for (const name of endpoint.aliases) {
        const key = `${endpoint.network.node.id}\u0000${name}`
        holders.set(key, (holders.get(key) ?? 0) + 1)
      }
    }
  }
  const ambiguous = new Set<string>()
  for (const [key, count] of holders) {
    if (count < 2) continue
    ambiguous.add(key)
    const [network, name] = key.split('\u0000')
    skipped.push({
      what: `name \`${name}\` on \`${network}\``,
      reason: `${count} stand-ins answer to it, so probes by that name are not run (by IP they are)`
    })
  }
  return ambiguous
}

/** By IP (always) and by name (where the model says they share a network with names). */
function serviceProbes(
  topology: Topology,
  a: StandIn,
  b: StandIn,
  ambiguous: Set<string>
): PlannedProbe[] {
  const hop = topology.connection(a.node, b.node)
  const direct = hop?.via.kind === 'network' || hop?.via.kind === 'namespace'
  const iccNetworks = a.node.memberships
    .map(m => m.network)
    .filter(n => n.iccDisabled && b.node.memberships.some(m => m.network === n))
  const probes: PlannedProbe[] = []
  for (const port of b.ports) {
    const base = {
      from: a.node.id,
      to: b.node.id,
      fromStandIn: a,
      toStandIn: b,
      port,
      protocol: 'tcp' as const,
      expected: direct,
      model: describeHop(hop),
      iccNetworks,
      span: direct && hop ? hop.span : b.node.service.span
    }
    probes.push({ kind: 'ip', ...base })
    if (hop?.via.kind !== 'network' || b.mode !== 'networks') continue
    const network = hop.via.network
    const planned = b.endpoints.find(e => e.network.node === network)
    if (!planned?.network.resolvesNames) continue
    for (const name of planned.aliases) {
      if (ambiguous.has(`${network.id}\u0000${name}`)) continue
      probes.push({ kind: 'name', name, ...base })
    }
  }
  return probes
}

function describeHop(hop: Hop | undefined): string {
  if (!hop) return 'they share no network with inter-container communication on'
  switch (hop.via.kind) {
    case 'network':
      return `both are on \`${hop.via.network.id}\``
    case 'namespace':
      return 'they share one network namespace'
    case 'host-port':
      return `they share no network; only the host port \`${hop.via.port.text}\` joins them`
    case 'host-mode':
      return 'one is in the host network namespace'
  }
}

/** From the host (loopback) and from outside (a non-loopback host address). */
function publishedProbes(topology: Topology, b: StandIn): PlannedProbe[] {
  const exposures = topology.exposures(b.node)
  const probes: PlannedProbe[] = []
  for (const publish of b.published) {
    const exposure = exposures.find(e => e.kind === 'published' && e.port === publish.binding)
    const base = {
      to: b.node.id,
      toStandIn: b,
      port: publish.declaredPort,
      protocol: 'tcp' as const,
      publish,
      iccNetworks: [],
      span: publish.binding.span
    }
    probes.push({
      kind: 'published',
      from: 'host',
      ...base,
      expected: exposure !== undefined,
      model: exposure
        ? `\`${publish.binding.text}\` is published`
        : `\`${publish.binding.text}\` is not published: the service has no network with egress`
    })
    probes.push({
      kind: 'outside',
      from: 'outside',
      ...base,
      expected: exposure?.public === true,
      model: exposure?.public
        ? `\`${publish.binding.text}\` is published on every interface`
        : exposure
          ? `\`${publish.binding.text}\` is published on loopback only`
          : `\`${publish.binding.text}\` is not published: the service has no network with egress`
    })
  }
  return probes
}

/**
 * Whether the service can open a connection out of its networks to the host, as the model
 * words it (`egress` in reachability.ts): host mode, or a membership of a network that is not
 * `internal` (its own, or its namespace owner's).
 */
function egressProbe(a: StandIn): PlannedProbe {
  const node = a.node
  const open = node.memberships.find(m => !m.network.internal)
  const egress = node.mode === 'host' || open !== undefined
  return {
    kind: 'egress',
    from: node.id,
    to: 'host',
    fromStandIn: a,
    port: 0,
    protocol: 'tcp',
    expected: egress,
    model: open
      ? `\`${open.network.id}\` is not internal`
      : node.mode === 'none'
        ? 'its network mode is `none`'
        : 'every network it is on is internal',
    iccNetworks: [],
    span: open ? open.attachment.span : (node.service.networkMode?.span ?? node.service.span)
  }
}

/** Names that are valid DNS names, once each. */
function uniqueNames(names: string[]): string[] {
  return [...new Set(names.filter(name => DNS_NAME.test(name)))]
}

/**
 * `tgv-<run>-<key>-<name>`: the run id keeps rehearsals apart, the key keeps names unique, and
 * the name (reduced to the characters engines accept) keeps them readable.
 */
function engineName(runId: string, key: string, name: string): string {
  const readable = name.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[-_.]+/, '')
  return `tgv-${runId}-${key}-${readable}`.slice(0, 63).replace(/[-_.]+$/, '')
}
