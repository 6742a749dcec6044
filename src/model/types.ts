/**
 * The normalised compose model: what the loader produces and the analysis reads. Every value
 * keeps the span where it was written (through anchors, overrides, `extends` and `include`),
 * so a finding can point at the exact line a reviewer must change.
 */
import type { Diagnostic } from '../core/diagnostic.js'
import type { SourceSpan } from '../core/span.js'

/** A value and where it was written. */
export interface Located<T> {
  value: T
  span: SourceSpan
}

/** A set of files docker compose (or `docker stack deploy`) loads together. */
export interface Project {
  /** Project (or stack) name, normalised as compose does. */
  name: string
  nameSource: 'name-field' | 'config' | 'environment' | 'directory'
  /** `stack` when deployed with `docker stack deploy` (a stack file or `deploy`-driven). */
  kind: 'compose' | 'stack'
  /** POSIX path of the project directory, relative to the scan's base directory ('.' for it). */
  directory: string
  /** Every file loaded, base first, then overrides, then `include`/`extends` targets. */
  files: string[]
  services: Service[]
  /** Declared networks, plus the implicit `default` when some service uses it. */
  networks: Network[]
  /** Problems found while loading this project (the scan's file-level ones are elsewhere). */
  diagnostics: Diagnostic[]
  /** Variables that were referenced but unset, with where. */
  unsetVariables: Located<string>[]
}

export interface Service {
  name: string
  /** The service's key under `services:`. */
  span: SourceSpan
  image?: Located<string>
  /** Name the container gets with `container_name`, a target for `container:NAME`. */
  containerName?: Located<string>
  profiles: readonly Located<string>[]
  /** Absent when the service uses networks (the usual case). */
  networkMode?: NetworkMode
  /** Networks the service joins. The implicit `default` attachment has `implicit: true`. */
  networks: readonly NetworkAttachment[]
  ports: readonly PortBinding[]
  expose: readonly Located<string>[]
  mounts: readonly Mount[]
  /** `labels` of the service, map or list form. */
  labels: readonly Label[]
  /** `deploy.labels` (Swarm: Traefik reads these in swarm mode). */
  deployLabels: readonly Label[]
  environment: readonly EnvironmentVariable[]
  /** `depends_on` targets, short or long form. */
  dependsOn: readonly Located<string>[]
  links: readonly Link[]
  /** `external_links` as written. */
  externalLinks: readonly Located<string>[]
  /** `deploy.mode`, `deploy.replicas` matter less; Swarm-ness is on the project. */
  privileged?: Located<boolean>
  /**
   * `command` as words: list form, each item with its span; string form, split like a shell
   * (quotes and backslashes), each word with the whole string's span. An override replaces it.
   */
  command?: readonly Located<string>[]
  /**
   * `healthcheck.test` as words, without its `CMD`/`CMD-SHELL` marker: a shell string is split
   * like `command`. Tier evidence (`pg_isready`, `redis-cli ping`).
   */
  healthcheck?: readonly Located<string>[]
  /** `build` (short form) or `build.context` as written: tier evidence (`./clickhouse`). */
  buildContext?: Located<string>
  /** `volumes_from` entries as written (`service`, `container:name`, with `:ro`/`:rw`). */
  volumesFrom?: readonly Located<string>[]
  /** The `x-tierguard` extension of the service, as written (read by the analysis/policy). */
  extension?: TierguardExtension
}

export interface TierguardExtension {
  tier?: Located<string>
  /** `uses: [redis]`: services it connects to that nothing else in the file names. */
  uses?: readonly Located<string>[]
  /** `ignore: [{rule, reason}]` or `ignore: {rule: reason}`. */
  ignore: { rule: Located<string>; reason?: Located<string> }[]
  span: SourceSpan
}

/** `network_mode`, parsed. `service`/`container` name the namespace owner. */
export type NetworkMode =
  | { kind: 'host' | 'none' | 'bridge'; span: SourceSpan }
  | { kind: 'service'; target: string; span: SourceSpan }
  | { kind: 'container'; target: string; span: SourceSpan }
  /** Another driver's network or an unknown value, kept as written. */
  | { kind: 'other'; value: string; span: SourceSpan }

export interface NetworkAttachment {
  /** The network's key in the project (`default`, `frontend`, ...). */
  network: string
  /** The list item or map key that attached it; the service's span when implicit. */
  span: SourceSpan
  /** True for the implicit `default` membership of a service that lists no networks. */
  implicit: boolean
  /** Whether the project declares the network (or it is the implicit default). */
  declared: boolean
  aliases: readonly Located<string>[]
  ipv4Address?: Located<string>
  ipv6Address?: Located<string>
  priority?: number
}

export interface Network {
  /** Key under top-level `networks:` (`default` for the implicit one). */
  key: string
  /** Name on the engine: `name:` if set; external: `name:` or the key; else `<project>_<key>`. */
  realName: string
  /** The key's span; undefined for an implicit default network nobody declared. */
  span?: SourceSpan
  implicit: boolean
  external: boolean
  driver?: Located<string>
  internal?: Located<boolean>
  attachable?: Located<boolean>
  /** `driver_opts` `com.docker.network.bridge.enable_icc: "false"`. */
  iccDisabled?: Located<boolean>
  /** Overlay `driver_opts: {encrypted: ...}` present. */
  encrypted?: Located<boolean>
  /**
   * `driver_opts` `com.docker.network.bridge.host_binding_ipv4`: the host address a published
   * port without one binds to (IPv4 or IPv6, despite the name), as written.
   */
  hostBindingIp?: Located<string>
  /** `enable_ipv6`. */
  enableIpv6?: Located<boolean>
  /** `driver_opts` `com.docker.network.bridge.gateway_mode_ipv4` / `_ipv6` (`nat`, `routed`, ...). */
  gatewayModeIpv4?: Located<string>
  gatewayModeIpv6?: Located<string>
  labels: Label[]
  /** The `x-tierguard` of the network, if any (policy issue). */
  extension?: { span: SourceSpan; raw: Record<string, unknown> }
}

/**
 * A published or declared port. `published` undefined means a random host port (when
 * `publishes` is true). Ranges are kept as written (`8000-8010`).
 */
export interface PortBinding {
  span: SourceSpan
  /** The entry as written (short syntax) or a short rendering of the long syntax. */
  text: string
  /** Host address; undefined or empty means every interface. */
  hostIp?: string
  published?: string
  target: string
  protocol: string
  /** Long syntax `mode`; undefined when not written (ingress for stacks, host for compose). */
  mode?: 'ingress' | 'host'
  /** Which interfaces the port is published on. */
  bind: 'all' | 'loopback' | 'specific'
}

export interface Mount {
  span: SourceSpan
  type: 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'cluster' | 'image'
  /** Host path (bind) or volume name; undefined for an anonymous volume. */
  source?: string
  target: string
  readOnly: boolean
  /** The mount is the Docker (or Podman) API socket. */
  dockerSocket: boolean
}

export interface Label {
  key: string
  value: string
  span: SourceSpan
}

export interface EnvironmentVariable {
  name: string
  /** Undefined when only the name is given (value taken from the shell). */
  value?: string
  span: SourceSpan
  /** From `env_file` rather than `environment`. */
  fromEnvFile?: string
}

export interface Link {
  service: string
  alias?: string
  span: SourceSpan
}

/** A discovered file and what became of it: loaded, or why not. */
export interface ScannedFile {
  path: string
  status: 'loaded' | 'not-compose' | 'failed' | 'skipped'
  /** Project name(s) the file was loaded into. */
  projects: string[]
  diagnostics: Diagnostic[]
  /** What became of it, in words a report can show (every compose-shaped file has one). */
  account?: FileAccount
}

/**
 * The file accounting of a scan: every compose-shaped file is analysed, loaded as part of
 * another file's project, or left out with the reason.
 */
export interface FileAccount {
  /**
   * `analysed`: a project names it (its base file, an override, a fragment loaded on a base);
   * `part-of-project`: only loaded through another file (`include`, `extends: file:`,
   * `COMPOSE_FILE`); `left-out`: not analysed, `reason` says why.
   */
  disposition: 'analysed' | 'part-of-project' | 'left-out'
  /** Why a file was left out, or how it was loaded (`-f base -f fragment`). */
  reason?: string
  /** For `part-of-project`: the first file of each project that loaded it, sorted. */
  loadedBy?: string[]
}
