/** Top-level `networks` into the model: real names, driver options, the implicit default. */
import type { Located, Network } from '../model/types.js'
import type { LoadContext } from './load-context.js'
import { readBoolean, readLabels, readString, reportWrongType, toPlain } from './read-values.js'
import { getValue, type YMap, type YNode } from '../yaml/yaml-tree.js'

/** The declared networks of a project, in the order written. */
export function normalizeNetworks(
  ctx: LoadContext,
  networks: YNode | undefined,
  projectName: string,
  kind: 'compose' | 'stack'
): Network[] {
  if (networks?.kind !== 'map') return []
  const out: Network[] = []
  for (const [key, pair] of networks.entries) {
    const body: YMap | undefined = pair.value.kind === 'map' ? pair.value : undefined
    const what = `network \`${key}\``
    const nameNode = readString(ctx, getValue(body, 'name'), `\`name\` of ${what}`)
    const externalNode = getValue(body, 'external')
    let external: boolean
    let externalName: string | undefined
    if (externalNode?.kind === 'map') {
      // Legacy `external: {name: x}`.
      external = true
      externalName = readString(
        ctx,
        getValue(externalNode, 'name'),
        `\`external.name\` of ${what}`
      )?.value
    } else {
      external = readBoolean(ctx, externalNode, `\`external\` of ${what}`)?.value ?? false
    }
    const realName = external
      ? (nameNode?.value ?? externalName ?? key)
      : (nameNode?.value ?? `${projectName}_${key}`)
    const network: Network = {
      key,
      realName,
      span: pair.key.span,
      implicit: false,
      external,
      labels: readLabels(ctx, getValue(body, 'labels'), `\`labels\` of ${what}`)
    }
    const driver = readString(ctx, getValue(body, 'driver'), `\`driver\` of ${what}`)
    if (driver) network.driver = driver
    const internal = readBoolean(ctx, getValue(body, 'internal'), `\`internal\` of ${what}`)
    if (internal) network.internal = internal
    const attachable = readBoolean(ctx, getValue(body, 'attachable'), `\`attachable\` of ${what}`)
    if (attachable) network.attachable = attachable
    const enableIpv6 = readBoolean(ctx, getValue(body, 'enable_ipv6'), `\`enable_ipv6\` of ${what}`)
    if (enableIpv6) network.enableIpv6 = enableIpv6

    const opts = getValue(body, 'driver_opts')
    if (opts && opts.kind !== 'map' && !(opts.kind === 'scalar' && opts.value === null)) {
      reportWrongType(ctx, `\`driver_opts\` of ${what}`, 'a mapping', opts)
    } else if (opts?.kind === 'map') {
      const icc = opts.entries.get('com.docker.network.bridge.enable_icc')
      if (icc?.value.kind === 'scalar' && icc.value.value !== null) {
        const enabled = String(icc.value.value).toLowerCase()
        network.iccDisabled = {
          value: enabled === 'false' || enabled === '0',
          span: icc.value.span
        }
      }
      const option = (name: string): Located<string> | undefined => {
        const entry = opts.entries.get(name)
        if (entry?.value.kind !== 'scalar' || entry.value.value === null) return undefined
        return { value: String(entry.value.value).trim(), span: entry.value.span }
      }
      const hostBindingIp = option('com.docker.network.bridge.host_binding_ipv4')
      if (hostBindingIp) network.hostBindingIp = hostBindingIp
      const gatewayModeIpv4 = option('com.docker.network.bridge.gateway_mode_ipv4')
      if (gatewayModeIpv4) network.gatewayModeIpv4 = gatewayModeIpv4
      const gatewayModeIpv6 = option('com.docker.network.bridge.gateway_mode_ipv6')
      if (gatewayModeIpv6) network.gatewayModeIpv6 = gatewayModeIpv6
      const encrypted = opts.entries.get('encrypted')
      const driverName = driver?.value ?? (kind === 'stack' ? 'overlay' : 'bridge')
      if (encrypted && driverName === 'overlay') {
        network.encrypted = { value: true, span: encrypted.key.span }
      }
    }
    const extension = body?.entries.get('x-tierguard')
    if (extension) {
      if (extension.value.kind === 'map') {
        network.extension = {
          span: extension.key.span,
          raw: toPlain(extension.value) as Record<string, unknown>
        }
      } else {
        reportWrongType(ctx, `\`x-tierguard\` of ${what}`, 'a mapping', extension.value)
      }
    }
    out.push(network)
  }
  return out
}

/** The implicit `default` network a service joins when it lists none. */
export function implicitDefaultNetwork(projectName: string): Network {
  return {
    key: 'default',
    realName: `${projectName}_default`,
    implicit: true,
    external: false,
    labels: []
  }
}
