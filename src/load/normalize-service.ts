/** One merged service definition into the model, every value with the span where it was written. */
import type {
  EnvironmentVariable,
  Link,
  Located,
  Mount,
  NetworkAttachment,
  NetworkMode,
  PortBinding,
  Service,
  TierguardExtension
} from '../model/types.js'
import { EMPTY_LIST, kept } from '../core/lists.js'
import { parseEnvFile } from './env-file.js'
import type { VariableLookup } from './interpolate.js'
import { readEnvFileText, report, type LoadContext } from './load-context.js'
import { buildPort, parseShortPort, type ParsedPort } from './ports.js'
import {
  readBoolean,
  readKeyValues,
  readLabels,
  readList,
  readString,
  readStringList,
  reportWrongType
} from './read-values.js'
import { isDockerSocket, isHostPath, parseShortVolume } from './volumes.js'
import { getValue, scalarText, type YMap, type YNode, type YScalar } from '../yaml/yaml-tree.js'

export interface NormalizeServiceOptions {
  ctx: LoadContext
  /** Keys of the project's top-level `networks`. */
  declaredNetworks: Set<string>
  /** Variables for `${...}` inside `env_file` files. */
  lookup: VariableLookup
}

const MOUNT_TYPES = new Set<Mount['type']>(['bind', 'volume', 'tmpfs', 'npipe', 'cluster', 'image'])

/** Builds the model of service `name` from its merged definition. */
export function normalizeService(
  name: string,
  key: YScalar,
  body: YMap,
  options: NormalizeServiceOptions
): Service {
  const { ctx } = options
  const of = (attr: string) => `\`${attr}\` of service \`${name}\``
  const get = (attr: string) => getValue(body, attr)

  const service: Service = {
    name,
    span: key.span,
    profiles: kept(readStringList(ctx, get('profiles'), of('profiles'))),
    networks: EMPTY_LIST,
    ports: kept(readPorts(ctx, get('ports'), name)),
    expose: kept(readStringList(ctx, get('expose'), of('expose'))),
    mounts: kept(readMounts(ctx, get('volumes'), name)),
    labels: kept(readLabels(ctx, get('labels'), of('labels'))),
    deployLabels: EMPTY_LIST,
    environment: kept(readEnvironment(options, body, name)),
    dependsOn: kept(readDependsOn(ctx, get('depends_on'), name)),
    links: kept(readLinks(ctx, get('links'), name)),
    externalLinks: kept(readStringList(ctx, get('external_links'), of('external_links')))
  }
  const image = readString(ctx, get('image'), of('image'))
  if (image) service.image = image
  const containerName = readString(ctx, get('container_name'), of('container_name'))
  if (containerName) service.containerName = containerName
  const privileged = readBoolean(ctx, get('privileged'), of('privileged'))
  if (privileged) service.privileged = privileged
  const command = readCommand(ctx, get('command'), of('command'))
  if (command) service.command = kept(command)
  const healthcheck = readHealthcheck(ctx, get('healthcheck'), of('healthcheck.test'))
  if (healthcheck) service.healthcheck = kept(healthcheck)
  const build = get('build')
  const context = readString(
    ctx,
    build?.kind === 'map' ? getValue(build, 'context') : build,
    of('build')
  )
  if (context) service.buildContext = context
  const volumesFrom = readStringList(ctx, get('volumes_from'), of('volumes_from'))
  if (volumesFrom.length > 0) service.volumesFrom = kept(volumesFrom)

  const deploy = get('deploy')
  if (deploy?.kind === 'map') {
    service.deployLabels = kept(readLabels(ctx, getValue(deploy, 'labels'), of('deploy.labels')))
  } else if (deploy && !(deploy.kind === 'scalar' && deploy.value === null)) {
    reportWrongType(ctx, of('deploy'), 'a mapping', deploy)
  }

  const modeNode = readString(ctx, get('network_mode'), of('network_mode'))
  if (modeNode) service.networkMode = parseNetworkMode(modeNode.value, modeNode.span)
  const networks = readAttachments(options, get('networks'), name)
  if (networks.length === 0 && !service.networkMode && !hasExplicitNetworks(get('networks'))) {
    networks.push({
      network: 'default',
      span: key.span,
      implicit: true,
      declared: true,
      aliases: EMPTY_LIST
    })
  }
  service.networks = kept(networks)

  const extension = body.entries.get('x-tierguard')
  if (extension) {
    const ext = readExtension(ctx, extension.value, extension.key.span, name)
    if (ext) service.extension = ext
  }
  return service
}

/**
 * `command` as words. The list form keeps each item's span; the string form is split as a
 * POSIX shell splits words (compose does the same), every word carrying the string's span.
 * An explicit `null` or empty value is no command.
 */
function readCommand(
  ctx: LoadContext,
  node: YNode | undefined,
  what: string
): Located<string>[] | undefined {
  if (!node || (node.kind === 'scalar' && node.value === null)) return undefined
  if (node.kind === 'seq') return readStringList(ctx, node, what)
  const text = readString(ctx, node, what)
  if (!text) return undefined
  return splitShellWords(text.value).map(value => ({ value, span: text.span }))
}

/**
 * `healthcheck.test` as words: `[CMD, prog, args...]` keeps each item, `[CMD-SHELL, "line"]`
 * and a plain string are split like a shell. `NONE` and a missing test are no healthcheck.
 */
function readHealthcheck(
  ctx: LoadContext,
  node: YNode | undefined,
  what: string
): Located<string>[] | undefined {
  if (node?.kind !== 'map') return undefined
  const test = getValue(node, 'test')
  if (!test || (test.kind === 'scalar' && test.value === null)) return undefined
  const split = (text: Located<string>) =>
    splitShellWords(text.value).map(value => ({ value, span: text.span }))
  if (test.kind !== 'seq') {
    const text = readString(ctx, test, what)
    return text ? split(text) : undefined
  }
  const [marker, ...rest] = readStringList(ctx, test, what)
  if (marker?.value === 'CMD-SHELL') return rest.flatMap(split)
  return marker?.value === 'CMD' ? rest : undefined
}

/**
 * Splits a command line into words like a POSIX shell, without expansion: blanks separate
 * words, single quotes keep everything literally, double quotes keep all but `\"`, `\\`,
 * `\$` and `` \` ``, and an unquoted backslash escapes the next character. An unterminated
 * quote ends at the end of the text.
 */
export function splitShellWords(text: string): string[] {
  const words: string[] = []
  let word = ''
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i)
    if (c === "'") {
      const end = text.indexOf("'", i + 1)
      const stop = end < 0 ? text.length : end
      word += text.slice(i + 1, stop)
      inWord = true
      i = stop
    } else if (c === '"') {
      inWord = true
      for (i++; i < text.length && text.charAt(i) !== '"'; i++) {
        const d = text.charAt(i)
        const next = text.charAt(i + 1)
        if (d === '\\' && (next === '"' || next === '\\' || next === '$' || next === '`')) {
          word += next
          i++
        } else word += d
      }
    } else if (c === '\\') {
      // A backslash before a newline continues the line; before anything else, it escapes.
      const next = text.charAt(++i)
      if (next !== '\n' && next !== '') {
        word += next
        inWord = true
      }
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else {
      word += c
      inWord = true
    }
  }
  if (inWord) words.push(word)
  return words
}

/** `networks: []` or `{}` still counts as "no networks listed": compose joins `default`. */
function hasExplicitNetworks(node: YNode | undefined): boolean {
  if (!node) return false
  if (node.kind === 'seq') return node.items.length > 0
  if (node.kind === 'map') return node.entries.size > 0
  return false
}

function parseNetworkMode(value: string, span: NetworkMode['span']): NetworkMode {
  if (value === 'host' || value === 'none' || value === 'bridge') return { kind: value, span }
  if (value.startsWith('service:')) return { kind: 'service', target: value.slice(8), span }
  if (value.startsWith('container:')) return { kind: 'container', target: value.slice(10), span }
  return { kind: 'other', value, span }
}

function readAttachments(
  options: NormalizeServiceOptions,
  node: YNode | undefined,
  service: string
): NetworkAttachment[] {
  const { ctx, declaredNetworks } = options
  const what = `\`networks\` of service \`${service}\``
  const attach = (network: string, span: NetworkAttachment['span']): NetworkAttachment => ({
    network,
    span,
    implicit: false,
    declared: network === 'default' || declaredNetworks.has(network),
    aliases: EMPTY_LIST
  })
  if (!node || (node.kind === 'scalar' && node.value === null)) return []
  if (node.kind === 'seq') {
    const out: NetworkAttachment[] = []
    for (const item of node.items) {
      const name = readString(ctx, item, `an item of ${what}`)
      if (name) out.push(attach(name.value, name.span))
    }
    return out
  }
  if (node.kind !== 'map') {
    reportWrongType(ctx, what, 'a list or a mapping', node)
    return []
  }
  const out: NetworkAttachment[] = []
  for (const [network, pair] of node.entries) {
    const attachment = attach(network, pair.key.span)
    const body = pair.value
    const on = `network \`${network}\` of service \`${service}\``
    if (body.kind === 'map') {
      attachment.aliases = kept(
        readStringList(ctx, getValue(body, 'aliases'), `\`aliases\` of ${on}`)
      )
      const v4 = readString(ctx, getValue(body, 'ipv4_address'), `\`ipv4_address\` of ${on}`)
      if (v4) attachment.ipv4Address = v4
      const v6 = readString(ctx, getValue(body, 'ipv6_address'), `\`ipv6_address\` of ${on}`)
      if (v6) attachment.ipv6Address = v6
      const priority = getValue(body, 'priority')
      if (priority) {
        const n = priority.kind === 'scalar' ? Number(priority.value) : NaN
        if (priority.kind === 'scalar' && priority.value !== null && Number.isInteger(n)) {
          attachment.priority = n
        } else {
          reportWrongType(ctx, `\`priority\` of ${on}`, 'an integer', priority)
        }
      }
    } else if (!(body.kind === 'scalar' && body.value === null)) {
      reportWrongType(ctx, on, 'a mapping or empty', body)
    }
    out.push(attachment)
  }
  return out
}

function readPorts(ctx: LoadContext, node: YNode | undefined, service: string): PortBinding[] {
  const out: PortBinding[] = []
  for (const item of readList(ctx, node, `\`ports\` of service \`${service}\``)) {
    let parsed: ParsedPort | string
    if (
      item.kind === 'scalar' &&
      (typeof item.value === 'string' || typeof item.value === 'number')
    ) {
      parsed = parseShortPort(String(item.value))
    } else if (item.kind === 'map') {
      parsed = readLongPort(ctx, item, service)
    } else {
      reportWrongType(ctx, `a port of service \`${service}\``, 'a string, number or mapping', item)
      continue
    }
    if (typeof parsed === 'string') {
      const text = scalarText(item)
      report(
        ctx,
        'invalid-value',
        'error',
        `port ${text !== undefined ? `\`${text}\` ` : ''}of service \`${service}\` is malformed: ${parsed}; compose refuses it`,
        item.span
      )
      continue
    }
    out.push({ span: item.span, ...parsed })
  }
  return out
}

function readLongPort(ctx: LoadContext, item: YMap, service: string): ParsedPort | string {
  const on = `a port of service \`${service}\``
  const text = (attr: string) =>
    readString(ctx, getValue(item, attr), `\`${attr}\` of ${on}`)?.value
  const target = text('target')
  if (target === undefined) return '`target` (the container port) is missing'
  const published = text('published')
  const hostIp = text('host_ip')
  const protocol = (text('protocol') ?? 'tcp').toLowerCase()
  const mode = text('mode')
  if (mode !== undefined && mode !== 'ingress' && mode !== 'host') {
    return `\`mode\` must be \`ingress\` or \`host\`, not \`${mode}\``
  }
  if (!['tcp', 'udp', 'sctp'].includes(protocol)) return `unknown protocol \`${protocol}\``
  const ip = hostIp
    ? hostIp.includes(':') && !hostIp.startsWith('[')
      ? `[${hostIp}]`
      : hostIp
    : ''
  const rendered =
    (ip ? `${ip}:${published ?? ''}:` : published ? `${published}:` : '') +
    target +
    (protocol === 'tcp' ? '' : `/${protocol}`)
  return buildPort(
    rendered,
    hostIp,
    published === '' ? undefined : published,
    target,
    protocol,
    mode
  )
}

function readMounts(ctx: LoadContext, node: YNode | undefined, service: string): Mount[] {
  const out: Mount[] = []
  for (const item of readList(ctx, node, `\`volumes\` of service \`${service}\``)) {
    if (item.kind === 'scalar' && typeof item.value === 'string') {
      const parsed = parseShortVolume(item.value)
      const sourceless = parsed ? undefined : parseShortVolume(`_${item.value}`)
      if (!parsed && item.value.startsWith(':') && sourceless) {
        // `${DATA_DIR}:/data` with the variable unset. Keep the mount: its target still says
        // what it is (a target of `/var/run/docker.sock` is the socket, whatever the source).
        report(
          ctx,
          'invalid-value',
          'error',
          `volume \`${item.value}\` of service \`${service}\` has an empty source (an unset variable?); compose refuses it`,
          item.span
        )
        out.push({
          span: item.span,
          type: 'bind',
          target: sourceless.target,
          readOnly: sourceless.readOnly,
          dockerSocket: isDockerSocket(sourceless.target)
        })
        continue
      }
      if (!parsed) {
        report(
          ctx,
          'invalid-value',
          'error',
          `volume \`${item.value}\` of service \`${service}\` is malformed (expected \`SOURCE:TARGET[:MODE]\`); compose refuses it`,
          item.span
        )
        continue
      }
      const mount: Mount = {
        span: item.span,
        type: parsed.type,
        target: parsed.target,
        readOnly: parsed.readOnly,
        dockerSocket: parsed.type === 'bind' && isDockerSocket(parsed.source as string)
      }
      if (parsed.source !== undefined) mount.source = parsed.source
      out.push(mount)
    } else if (item.kind === 'map') {
      const on = `a volume of service \`${service}\``
      const read = (attr: string) => readString(ctx, getValue(item, attr), `\`${attr}\` of ${on}`)
      const target = read('target')
      const source = read('source')?.value
      const typeNode = read('type')
      const type = (typeNode?.value ??
        (source !== undefined && isHostPath(source) ? 'bind' : 'volume')) as Mount['type']
      if (!MOUNT_TYPES.has(type)) {
        report(
          ctx,
          'invalid-value',
          'error',
          `\`type\` of ${on} must be one of ${[...MOUNT_TYPES].join(', ')}, not \`${type}\``,
          typeNode?.span ?? item.span
        )
        continue
      }
      if (!target) {
        report(
          ctx,
          'invalid-value',
          'error',
          `${on} has no \`target\`; compose refuses it`,
          item.span
        )
        continue
      }
      const mount: Mount = {
        span: item.span,
        type,
        target: target.value,
        readOnly:
          readBoolean(ctx, getValue(item, 'read_only'), `\`read_only\` of ${on}`)?.value ?? false,
        dockerSocket:
          (type === 'bind' || type === 'npipe') && source !== undefined && isDockerSocket(source)
      }
      if (source !== undefined) mount.source = source
      out.push(mount)
    } else {
      reportWrongType(ctx, `a volume of service \`${service}\``, 'a string or a mapping', item)
    }
  }
  return out
}

function readEnvironment(
  options: NormalizeServiceOptions,
  body: YMap,
  service: string
): EnvironmentVariable[] {
  const { ctx } = options
  const own: EnvironmentVariable[] = readKeyValues(
    ctx,
    getValue(body, 'environment'),
    `\`environment\` of service \`${service}\``
  ).map(e => {
    const variable: EnvironmentVariable = { name: e.key, span: e.span }
    if (e.value !== undefined) variable.value = e.value
    return variable
  })
  const names = new Set(own.map(v => v.name))
  const fromFiles = new Map<string, EnvironmentVariable>()
  const envFile = getValue(body, 'env_file')
  const items = envFile?.kind === 'seq' ? envFile.items : envFile ? [envFile] : []
  for (const item of items) {
    let file: string | undefined
    let required = true
    if (item.kind === 'scalar' && typeof item.value === 'string') {
      file = item.value
    } else if (item.kind === 'map') {
      file = readString(
        ctx,
        getValue(item, 'path'),
        `\`env_file.path\` of service \`${service}\``
      )?.value
      required =
        readBoolean(
          ctx,
          getValue(item, 'required'),
          `\`env_file.required\` of service \`${service}\``
        )?.value ?? true
    } else if (!(item.kind === 'scalar' && item.value === null)) {
      reportWrongType(
        ctx,
        `\`env_file\` of service \`${service}\``,
        'a path, a list or a mapping with `path`',
        item
      )
    }
    if (file === undefined) continue
    const text = readEnvFileText(ctx, file, {
      required,
      span: item.span,
      owner: ` of service \`${service}\``,
      missing:
        'does not exist; compose refuses to start it (mark it `required: false` if it is optional)'
    })
    if (text === undefined) continue
    const parsed = parseEnvFile(file, text, options.lookup)
    if (!ctx.reportedFiles.has(file)) {
      ctx.reportedFiles.add(file)
      ctx.diagnostics.push(...parsed.diagnostics)
    }
    for (const entry of parsed.entries) {
      if (names.has(entry.key)) continue
      fromFiles.delete(entry.key)
      fromFiles.set(entry.key, {
        name: entry.key,
        value: entry.value,
        span: item.span,
        fromEnvFile: file
      })
    }
  }
  return [...own, ...fromFiles.values()]
}

function readDependsOn(ctx: LoadContext, node: YNode | undefined, service: string) {
  const what = `\`depends_on\` of service \`${service}\``
  if (node?.kind === 'map') {
    return [...node.entries.values()].map(pair => ({ value: pair.key.value, span: pair.key.span }))
  }
  if (node?.kind === 'scalar' && node.value !== null) {
    reportWrongType(ctx, what, 'a list or a mapping', node)
    return []
  }
  return readStringList(ctx, node, what)
}

function readLinks(ctx: LoadContext, node: YNode | undefined, service: string): Link[] {
  return readStringList(ctx, node, `\`links\` of service \`${service}\``).map(({ value, span }) => {
    const at = value.indexOf(':')
    const link: Link = { service: at < 0 ? value : value.slice(0, at), span }
    if (at >= 0) link.alias = value.slice(at + 1)
    return link
  })
}

function readExtension(
  ctx: LoadContext,
  node: YNode,
  span: TierguardExtension['span'],
  service: string
): TierguardExtension | undefined {
  const what = `\`x-tierguard\` of service \`${service}\``
  if (node.kind !== 'map') {
    reportWrongType(ctx, what, 'a mapping', node)
    return undefined
  }
  const extension: TierguardExtension = { ignore: [], span }
  const tier = readString(ctx, getValue(node, 'tier'), `\`tier\` in ${what}`)
  if (tier) extension.tier = tier
  const uses = readStringList(ctx, getValue(node, 'uses'), `\`uses\` in ${what}`)
  if (uses.length > 0) extension.uses = uses
  const ignore = getValue(node, 'ignore')
  if (ignore?.kind === 'map') {
    for (const [rule, pair] of ignore.entries) {
      const reason = readString(ctx, pair.value, `the reason for \`${rule}\` in ${what}`)
      extension.ignore.push(
        reason
          ? { rule: { value: rule, span: pair.key.span }, reason }
          : { rule: { value: rule, span: pair.key.span } }
      )
    }
  } else {
    for (const item of readList(ctx, ignore, `\`ignore\` in ${what}`)) {
      if (item.kind === 'map') {
        const rule = readString(ctx, getValue(item, 'rule'), `\`rule\` in ${what}`)
        if (!rule) {
          reportWrongType(ctx, `an \`ignore\` entry in ${what}`, 'a mapping with `rule`', item)
          continue
        }
        const reason = readString(ctx, getValue(item, 'reason'), `\`reason\` in ${what}`)
        extension.ignore.push(reason ? { rule, reason } : { rule })
      } else {
        const rule = readString(ctx, item, `an \`ignore\` entry in ${what}`)
        if (rule) extension.ignore.push({ rule })
      }
    }
  }
  return extension
}
