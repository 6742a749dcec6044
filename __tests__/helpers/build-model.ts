/**
 * A terse builder of `Project`s for tests. A spec in compose's own shape is rendered to compose
 * YAML in one fixed layout, and every span in the model is the exact place of the value in that
 * text (`renderCompose` returns it; a test checks the spans against the real YAML parser), so
 * tests assert lines and columns a user would see, without depending on the loader.
 *
 * Layout: two-space indent, one value per line, string scalars double-quoted, lists in block
 * form, in this key order: image, container_name, network_mode, x-tierguard, profiles, networks,
 * ports, expose, environment, labels, deploy.labels, depends_on, links, external_links.
 */
import type { SourceSpan } from '../../src/core/span.js'
import type {
  EnvironmentVariable,
  Label,
  Link,
  Located,
  Network,
  NetworkAttachment,
  NetworkMode,
  PortBinding,
  Project,
  Service
} from '../../src/model/types.js'

export interface LongPortSpec {
  target: number | string
  published?: number | string
  host_ip?: string
  mode?: 'ingress' | 'host'
  protocol?: string
}

export interface ServiceSpec {
  image?: string
  container_name?: string
  network_mode?: string
  /** `x-tierguard: {tier}`. */
  tier?: string
  profiles?: string[]
  /** List form, or map form with aliases (`{ back: { aliases: ['db'] } }`). */
  networks?: string[] | Record<string, { aliases?: string[] }>
  ports?: (string | LongPortSpec)[]
  expose?: string[]
  /** Rendered in list form, `NAME=value` (or `NAME` alone when the value is undefined). */
  environment?: Record<string, string | undefined>
  labels?: Record<string, string>
  deployLabels?: Record<string, string>
  depends_on?: string[]
  links?: string[]
  external_links?: string[]
}

export interface NetworkSpec {
  name?: string
  external?: boolean
  internal?: boolean
  attachable?: boolean
  driver?: string
  /** `driver_opts: com.docker.network.bridge.enable_icc: "false"`. */
  iccDisabled?: boolean
  /** `driver_opts: encrypted: ""`. */
  encrypted?: boolean
}

export interface ProjectSpec {
  name: string
  kind?: 'compose' | 'stack'
  /** Default `<name>/compose.yaml`. */
  file?: string
  services: Record<string, ServiceSpec>
  networks?: Record<string, NetworkSpec>
}

/** Builds the text and the spans together, one line at a time. */
class Writer {
  readonly lines: string[] = []
  constructor(readonly file: string) {}

  /** Writes `indent` + `prefix` + `value`; returns the span of `value` in the text. */
  line(indent: number, prefix: string, value = ''): SourceSpan {
    this.lines.push(' '.repeat(indent) + prefix + value)
    const line = this.lines.length
    const col = indent + prefix.length + 1
    return this.span(line, col, col + value.length)
  }

  /** Writes `key:` and returns the span of the key. */
  key(indent: number, key: string, value?: string): { key: SourceSpan; value?: SourceSpan } {
    const line = this.lines.length + 1
    if (value === undefined) {
      this.lines.push(`${' '.repeat(indent)}${key}:`)
    } else {
      this.lines.push(`${' '.repeat(indent)}${key}: ${value}`)
    }
    const keySpan = this.span(line, indent + 1, indent + 1 + key.length)
    if (value === undefined) return { key: keySpan }
    const start = indent + key.length + 3
    return { key: keySpan, value: this.span(line, start, start + value.length) }
  }

  span(line: number, col: number, endCol: number): SourceSpan {
    return { file: this.file, startLine: line, startColumn: col, endLine: line, endColumn: endCol }
  }
}

const q = (value: string): string => JSON.stringify(value)

/** Renders the spec as compose YAML and builds the normalised project from the same layout. */
export function buildModel(spec: ProjectSpec): { project: Project; text: string } {
  const file = spec.file ?? `${spec.name}/compose.yaml`
  const w = new Writer(file)
  const kind = spec.kind ?? 'compose'
  const services: Service[] = []
  w.line(0, 'services:')
  for (const [name, s] of Object.entries(spec.services)) services.push(writeService(w, name, s))

  const declared = spec.networks ?? {}
  const networks: Network[] = []
  if (Object.keys(declared).length > 0) w.line(0, 'networks:')
  for (const [key, n] of Object.entries(declared)) networks.push(writeNetwork(w, spec, key, n))
  const usesDefault = services.some(s => s.networks.some(a => a.network === 'default'))
  if (usesDefault && !declared.default) {
    networks.push({
      key: 'default',
      realName: `${spec.name}_default`,
      implicit: true,
      external: false,
      labels: []
    })
  }
  for (const service of services) {
    for (const attachment of service.networks) {
      attachment.declared = networks.some(n => n.key === attachment.network)
    }
  }
  const project: Project = {
    name: spec.name,
    nameSource: 'name-field',
    kind,
    directory: spec.name,
    files: [file],
    services,
    networks,
    diagnostics: [],
    unsetVariables: []
  }
  return { project, text: w.lines.join('\n') + '\n' }
}

/** The project only. */
export function buildProject(spec: ProjectSpec): Project {
  return buildModel(spec).project
}

/** The compose text whose positions the built project's spans point at. */
export function renderCompose(spec: ProjectSpec): string {
  return buildModel(spec).text
}

function located(value: string, span: SourceSpan): Located<string> {
  return { value, span }
}

function writeList(w: Writer, key: string, values: string[] | undefined): Located<string>[] {
  if (!values?.length) return []
  w.line(4, `${key}:`)
  return values.map(value => located(value, w.line(6, '- ', q(value))))
}

function writeService(w: Writer, name: string, s: ServiceSpec): Service {
  const span = w.key(2, name).key
  const service: Service = {
    name,
    span,
    profiles: [],
    networks: [],
    ports: [],
    expose: [],
    mounts: [],
    labels: [],
    deployLabels: [],
    environment: [],
    dependsOn: [],
    links: [],
    externalLinks: []
  }
  if (s.image !== undefined) {
    service.image = located(s.image, w.key(4, 'image', q(s.image)).value as SourceSpan)
  }
  if (s.container_name !== undefined) {
    const at = w.key(4, 'container_name', q(s.container_name)).value as SourceSpan
    service.containerName = located(s.container_name, at)
  }
  if (s.network_mode !== undefined) {
    service.networkMode = parseNetworkMode(
      s.network_mode,
      w.key(4, 'network_mode', q(s.network_mode)).value as SourceSpan
    )
  }
  if (s.tier !== undefined) {
    const extensionSpan = w.key(4, 'x-tierguard').key
    const tier = located(s.tier, w.key(6, 'tier', q(s.tier)).value as SourceSpan)
    service.extension = { tier, ignore: [], span: extensionSpan }
  }
  service.profiles = writeList(w, 'profiles', s.profiles)
  service.networks = writeNetworks(w, s, span)
  if (s.ports?.length) {
    w.line(4, 'ports:')
    service.ports = s.ports.map(port => writePort(w, port))
  }
  service.expose = writeList(w, 'expose', s.expose)
  if (s.environment && Object.keys(s.environment).length > 0) {
    w.line(4, 'environment:')
    service.environment = Object.entries(s.environment).map(([key, value]) => {
      const text = value === undefined ? key : `${key}=${value}`
      const variable: EnvironmentVariable = { name: key, span: w.line(6, '- ', q(text)) }
      if (value !== undefined) variable.value = value
      return variable
    })
  }
  service.labels = writeLabels(w, 4, 'labels', s.labels)
  if (s.deployLabels && Object.keys(s.deployLabels).length > 0) {
    w.line(4, 'deploy:')
    service.deployLabels = writeLabels(w, 6, 'labels', s.deployLabels)
  }
  service.dependsOn = writeList(w, 'depends_on', s.depends_on)
  service.links = writeList(w, 'links', s.links).map((link): Link => {
    const [target = '', alias] = link.value.split(':')
    return alias
      ? { service: target, alias, span: link.span }
      : { service: target, span: link.span }
  })
  service.externalLinks = writeList(w, 'external_links', s.external_links)
  return service
}

function writeLabels(
  w: Writer,
  indent: number,
  key: string,
  labels: Record<string, string> | undefined
): Label[] {
  if (!labels || Object.keys(labels).length === 0) return []
  w.line(indent, `${key}:`)
  return Object.entries(labels).map(([k, value]) => ({
    key: k,
    value,
    span: w.line(indent + 2, '- ', q(`${k}=${value}`))
  }))
}

function parseNetworkMode(value: string, span: SourceSpan): NetworkMode {
  if (value === 'host' || value === 'none' || value === 'bridge') return { kind: value, span }
  if (value.startsWith('service:')) return { kind: 'service', target: value.slice(8), span }
  if (value.startsWith('container:')) return { kind: 'container', target: value.slice(10), span }
  return { kind: 'other', value, span }
}

function writeNetworks(w: Writer, s: ServiceSpec, serviceSpan: SourceSpan): NetworkAttachment[] {
  if (s.network_mode !== undefined) return []
  const attach = (network: string, span: SourceSpan, aliases: Located<string>[] = []) => ({
    network,
    span,
    implicit: false,
    declared: true,
    aliases
  })
  if (s.networks === undefined) {
    return [{ network: 'default', span: serviceSpan, implicit: true, declared: true, aliases: [] }]
  }
  if (Array.isArray(s.networks)) {
    if (s.networks.length === 0) return []
    w.line(4, 'networks:')
    return s.networks.map(network => attach(network, w.line(6, '- ', q(network))))
  }
  const entries = Object.entries(s.networks)
  if (entries.length === 0) return []
  w.line(4, 'networks:')
  return entries.map(([network, options]) => {
    const span = w.key(6, network).key
    const aliases: Located<string>[] = []
    if (options.aliases?.length) {
      w.line(8, 'aliases:')
      for (const alias of options.aliases) aliases.push(located(alias, w.line(10, '- ', q(alias))))
    }
    return attach(network, span, aliases)
  })
}

function bindOf(hostIp: string | undefined): PortBinding['bind'] {
  if (!hostIp || hostIp === '0.0.0.0' || hostIp === '::') return 'all'
  if (hostIp.startsWith('127.') || hostIp === '::1' || hostIp === 'localhost') return 'loopback'
  return 'specific'
}

function writePort(w: Writer, port: string | LongPortSpec): PortBinding {
  if (typeof port === 'string') {
    const span = w.line(6, '- ', q(port))
    const [main = '', protocol = 'tcp'] = port.split('/')
    let hostIp: string | undefined
    let rest = main
    const bracket = /^\[([^\]]*)\]:(.*)$/.exec(main)
    if (bracket) {
      hostIp = bracket[1]
      rest = bracket[2] ?? ''
    }
    const parts = rest.split(':')
    const target = parts[parts.length - 1] ?? ''
    const published = parts.length >= 2 ? parts[parts.length - 2] || undefined : undefined
    if (!bracket && parts.length === 3) hostIp = parts[0] || undefined
    const binding: PortBinding = { span, text: port, target, protocol, bind: bindOf(hostIp) }
    if (hostIp !== undefined) binding.hostIp = hostIp
    if (published !== undefined) binding.published = published
    return binding
  }
  const keys = Object.entries(port).filter(([, v]) => v !== undefined)
  let start: SourceSpan | undefined
  let last: SourceSpan | undefined
  keys.forEach(([key, value], i) => {
    const text = typeof value === 'number' ? String(value) : q(String(value))
    const at = w.line(i === 0 ? 6 : 8, i === 0 ? `- ${key}: ` : `${key}: `, text)
    start ??= at
    last = at
  })
  const first = start as SourceSpan
  const end = last as SourceSpan
  // A block mapping's span ends where its last value does.
  const span: SourceSpan = {
    file: first.file,
    startLine: first.startLine,
    startColumn: 9,
    endLine: end.endLine,
    endColumn: end.endColumn
  }
  const binding: PortBinding = {
    span,
    text: `${port.host_ip ? `${port.host_ip}:` : ''}${port.published ?? ''}:${port.target}`,
    target: String(port.target),
    protocol: port.protocol ?? 'tcp',
    bind: bindOf(port.host_ip)
  }
  if (port.published !== undefined) binding.published = String(port.published)
  if (port.host_ip !== undefined) binding.hostIp = port.host_ip
  if (port.mode !== undefined) binding.mode = port.mode
  return binding
}

function writeNetwork(w: Writer, spec: ProjectSpec, key: string, n: NetworkSpec): Network {
  const span = w.key(2, key).key
  const network: Network = {
    key,
    realName: n.name ?? (n.external ? key : `${spec.name}_${key}`),
    span,
    implicit: false,
    external: n.external === true,
    labels: []
  }
  if (n.name !== undefined) w.key(4, 'name', q(n.name))
  if (n.external) w.key(4, 'external', 'true')
  const flag = (name: string, value: boolean | undefined): Located<boolean> | undefined =>
    value === undefined
      ? undefined
      : { value, span: w.key(4, name, String(value)).value as SourceSpan }
  const internal = flag('internal', n.internal)
  if (internal) network.internal = internal
  const attachable = flag('attachable', n.attachable)
  if (attachable) network.attachable = attachable
  if (n.driver !== undefined) {
    network.driver = located(n.driver, w.key(4, 'driver', q(n.driver)).value as SourceSpan)
  }
  if (n.iccDisabled || n.encrypted) {
    w.line(4, 'driver_opts:')
    if (n.iccDisabled) {
      const at = w.key(6, 'com.docker.network.bridge.enable_icc', q('false')).value as SourceSpan
      network.iccDisabled = { value: true, span: at }
    }
    if (n.encrypted) {
      network.encrypted = { value: true, span: w.key(6, 'encrypted', q('')).value as SourceSpan }
    }
  }
  return network
}
