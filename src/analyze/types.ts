/**
 * The topology the rules ask: services, networks, the host and the outside, who can open a
 * connection to whom and over what. Built once per scan, across every project, so external
 * networks join projects (an app stack joining `infra_backend` is on infra's `backend`).
 */
import type { SourceSpan } from '../core/span.js'
import type {
  Located,
  Network,
  NetworkAttachment,
  PortBinding,
  Project,
  Service
} from '../model/types.js'

export type Tier = 'edge' | 'app' | 'data'

/** Where a piece of tier evidence was found. */
export type TierSignalKind =
  | 'override'
  | 'image'
  | 'console'
  | 'application'
  | 'label'
  | 'environment'
  | 'command'
  | 'healthcheck'
  | 'data-volume'
  | 'build-context'
  | 'connection-string'
  | 's3-endpoint'
  | 'sibling-image'
  | 'port'
  | 'shared-namespace'
  | 'default'

/** One piece of tier evidence, as plain data (the JSON report carries it as is). */
export interface TierSignal {
  kind: TierSignalKind
  /** What was written, safe to quote: an image, a variable's name, a program, `scheme://host:port`. */
  text: string
  /** The product it points to: "PostgreSQL". */
  product?: string
  /** The service that wrote it, when another than the one classified (connection strings). */
  by?: string
  span?: SourceSpan
}

/** A tier and the evidence that set it, for messages ("postgres image", "x-tierguard"). */
export interface TierAssignment {
  tier: Tier
  /**
   * What the tier rests on: an override (`x-tierguard` or configuration), the image, evidence
   * beyond the image (the store's environment, command, healthcheck, data volume, build folder,
   * other services' connection strings, a sibling's image), a data store's well-known container
   * port alone (weak: it speaks for that port only), or nothing.
   */
  basis: 'override' | 'image' | 'evidence' | 'port' | 'default'
  /**
   * Human reasons, most decisive first: `image "postgres:16" (PostgreSQL)`, `port 5432
   * (PostgreSQL)`, ``named in `postgres://codeinsights-db:5432` by `frontend` ``. Plain data,
   * worded when the tier is decided.
   */
  evidence: readonly string[]
  /** The same evidence as data, when the classification found any (not for overrides from tests). */
  signals?: readonly TierSignal[]
  /** What the service is, for messages: "PostgreSQL", "Traefik", "Redis"; undefined for app. */
  product?: string
  /** Where the decisive evidence was written (the image, the override), when it has a place. */
  span?: SourceSpan
}

/**
 * A service in the topology. `id` is `<project key>/<service>`, unique in the scan: the key is
 * the project's name, or, when several scanned projects share it (a folder's base file alone
 * and with a variant, alternatives such as `docker-compose.postgres.yml`), `<name> (<file>)`
 * with the file that tells it apart (see `Topology.projectKey`).
 */
export interface ServiceNode {
  id: string
  /** Its place in `Topology.services` (sorted by id): the order rules and reports keep. */
  index: number
  project: Project
  service: Service
  tier: TierAssignment
  /**
   * How the service is networked: on networks; in the host namespace; none; the legacy
   * default bridge; or in another service's namespace (`service:`/`container:`).
   */
  mode: 'networks' | 'host' | 'none' | 'bridge' | 'namespace'
  /** For `namespace` mode: the service whose namespace it shares (resolved transitively). */
  namespaceOwner?: ServiceNode
  /** Memberships in effect: its own, or the namespace owner's. */
  memberships: readonly Membership[]
}

export interface Membership {
  service: ServiceNode
  network: NetworkNode
  /** The attachment that put the service there (the owner's, for namespace sharers). */
  attachment: NetworkAttachment
}

/**
 * A network on the engine as one deployment sees it: a real name and the project that creates
 * it. Projects that name it `external` join it. Two projects that both create one real name
 * (alternatives of one folder, deployed one at a time) get a node each, and a project joining
 * that name as `external` is on every one of them (it runs beside whichever alternative runs).
 */
export interface NetworkNode {
  /**
   * Unique in the scan: the real name, or `<real name> (<project key>)` when several projects
   * create that name. `bridge` for Docker's legacy default bridge.
   */
  id: string
  /** The name on the engine (`name:`, or `<project>_<key>`, or the external name). */
  realName: string
  /** Every declaration in force here: the creating one(s) first, then the external joiners. */
  declarations: { project: Project; network: Network }[]
  /** The declaration whose settings are in force: the creating one, else the first. */
  primary?: { project: Project; network: Network }
  legacyBridge: boolean
  internal: boolean
  /** Inter-container communication disabled (`enable_icc: "false"`): peers cannot connect. */
  iccDisabled: boolean
  attachable: boolean
  encrypted: boolean
  driver: string
  /**
   * `macvlan` or `ipvlan`: members get addresses on the host's LAN (or a routed subnet), reached
   * directly with no port mapping.
   */
  lan: boolean
  /** `com.docker.network.bridge.host_binding_ipv4`: where ports without a host address bind. */
  defaultBindIp?: Located<string>
  /** `gateway_mode_ipv4: routed`: IPv4 port mappings open the container's port to routing. */
  routedIpv4?: Located<string>
  /** `enable_ipv6` with `gateway_mode_ipv6: routed`: the same for IPv6. */
  routedIpv6?: Located<string>
  /** External, and no scanned project creates it: shared with unknown others. */
  sharedWithUnknown: boolean
  members: Membership[]
}

/** How the outside (or the host) reaches a service. */
export interface Exposure {
  kind: 'published' | 'host-mode' | 'proxied'
  span: SourceSpan
  port?: PortBinding
  /** For `proxied`: the proxy that routes to the service. */
  via?: ServiceNode
  /** Published on a non-loopback address, in host mode, or behind a public proxy. */
  public: boolean
}

/**
 * An edge of the reachability graph, and a hop of a path: `from` can open a connection to `to`
 * directly, one way. The way says which ports of `to`:
 * - `network`: both are members of `network` (icc on): every port `to` listens on;
 * - `namespace`: they share a network namespace (`service:`/`container:`): every port, on localhost;
 * - `host-port`: `from` has egress and `to` publishes `port` on a non-loopback host address
 *   (the first by position; `exposures(to)` lists them all): that port, through the gateway;
 * - `host-mode`: one of them is in the host's namespace and the other is reachable from the
 *   host (networked with egress, or in host mode): every port.
 * Services and networks are named by `id`, stable across two topologies of one repository
 * (`edgeKey` in reachability.ts makes the identity of an edge for a base-versus-head diff).
 */
export interface Hop {
  from: ServiceNode
  to: ServiceNode
  via:
    | { kind: 'network'; network: NetworkNode }
    | { kind: 'namespace' }
    | { kind: 'host-port'; port: PortBinding }
    | { kind: 'host-mode' }
  /** Where the hop was made possible: the attachment of `to` (network), the port, the mode line. */
  span: SourceSpan
}

/** A direct connection: the reachability graph's edges are hops. */
export type Edge = Hop

export interface Path {
  from: ServiceNode
  to: ServiceNode
  hops: Hop[]
}

/** A connection the configuration says it needs. */
export interface Intent {
  from: ServiceNode
  /** The target service, resolved by name, alias or container name within reach of the scan. */
  to: ServiceNode
  kind:
    'depends_on' | 'links' | 'environment' | 'command' | 'declared' | 'proxy-route' | 'network-mode'
  /** Where it was written; `describeIntent` words it for messages. */
  span: SourceSpan
  /**
   * For a `proxy-route` with `traefik.docker.network` (or `traefik.swarm.network`): the network
   * it names, when one of the target's networks has that real name or key.
   */
  network?: NetworkNode
}

export interface Topology {
  projects: Project[]
  services: ServiceNode[]
  networks: NetworkNode[]
  intents: Intent[]
  serviceById(id: string): ServiceNode | undefined
  /** The node of a service of one of `projects` (its id is made with the project's key). */
  nodeOf(project: Project, service: Service): ServiceNode | undefined
  /** The project's key in service ids: its name, or `<name> (<file>)` when the name is shared. */
  projectKey(project: Project): string
  /** Networks both share on which they can connect (icc enabled), sorted by id. */
  sharedNetworks(a: ServiceNode, b: ServiceNode): NetworkNode[]
  /**
   * The shortest connection path from `a` to `b`, or undefined. One hop means direct. Each call
   * from a new source searches the scan (O(services + memberships)); rules ask `connection`.
   */
  findPath(a: ServiceNode, b: ServiceNode): Path | undefined
  /**
   * The hop by which `a` can open a connection to `b` directly, or undefined: a shared network
   * with icc on, a shared namespace, `b`'s published port or host mode when `a` has egress, or
   * `a` in host mode and `b` reachable from the host. The same hop `directReach(a)` has to `b`,
   * in time proportional to the two services' memberships.
   */
  connection(a: ServiceNode, b: ServiceNode): Hop | undefined
  /**
   * Every edge out of `a`: one per way it reaches each service (two shared networks are two
   * edges), best way first, each way's targets by index. What a diff of two topologies compares.
   * Enumerates every service `a` reaches (all of a host-mode service's host).
   */
  edgesFrom(a: ServiceNode): Edge[]
  /**
   * Services `a` can open a connection to directly (one hop), with the best hop (the first of
   * `edgesFrom` for each), by index. Not for loops over pairs: ask `connection`.
   */
  directReach(a: ServiceNode): Hop[]
  /** How the outside reaches `s`, if at all. */
  exposures(s: ServiceNode): Exposure[]
}
