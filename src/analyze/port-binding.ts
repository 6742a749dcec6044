/**
 * Where a published port really listens once the networks that carry it have their say: a
 * bridge network's default bind address (`com.docker.network.bridge.host_binding_ipv4`) for a
 * port that names no host address, and the `routed` gateway modes, in which a port mapping opens
 * the container's own port to anyone with a route and its host address has no effect. The
 * reference is moby's bridge driver (`daemon/libnetwork/drivers/bridge/port_mapping_linux.go`,
 * `configurePortBindingIPv4`/`configurePortBindingIPv6`).
 */
import type { PortBinding } from '../model/types.js'
import type { NetworkNode, ServiceNode } from './types.js'

export interface EffectiveBinding {
  /** Which interfaces the port is reachable on, as `PortBinding.bind`. */
  bind: PortBinding['bind']
  /** The host address in force: written, or the network's default. */
  hostIp?: string
  /** The network whose `host_binding_ipv4` gave the address (the port wrote none). */
  defaultFrom?: NetworkNode
  /**
   * The network whose `routed` gateway mode opens the container's port to routing, making a
   * loopback or specific host address moot (set only when it changes `bind` to `all`).
   */
  routedBy?: NetworkNode
}

/**
 * The binding of `port`, published by `node` (or the namespace it shares). Swarm ports, and
 * ports carried by networks that disagree on a default (several non-internal bridge networks
 * with different `host_binding_ipv4`), keep what was written: Docker maps ports on the one
 * gateway network it picks, which a file does not settle.
 */
export function effectiveBinding(node: ServiceNode, port: PortBinding): EffectiveBinding {
  const written: EffectiveBinding = { bind: port.bind, hostIp: port.hostIp }
  if (node.project.kind === 'stack') return written
  const owner = node.mode === 'namespace' ? (node.namespaceOwner ?? node) : node
  if (owner.mode !== 'networks') return written
  const carriers = [
    ...new Set(
      owner.memberships.map(m => m.network).filter(n => !n.internal && n.driver === 'bridge')
    )
  ]
  const first = carriers[0]
  if (!first) return written
  const same = <T>(pick: (n: NetworkNode) => T): boolean =>
    carriers.every(n => pick(n) === pick(first))

  let result = written
  const hostIp = stripBrackets(port.hostIp ?? '')
  if (hostIp === '' && first.defaultBindIp && same(n => n.defaultBindIp?.value)) {
    const address = stripBrackets(first.defaultBindIp.value)
    result = { bind: classifyAddress(address), hostIp: address, defaultFrom: first }
  }
  // A mapping applies to the family of its host address (both for none and 0.0.0.0 as the
  // default); in that family's routed mode, the host address is replaced by the unspecified one.
  const address = result.hostIp ? stripBrackets(result.hostIp) : ''
  const families = address === '' ? ['4', '6'] : address.includes(':') ? ['6'] : ['4']
  if (result.bind !== 'all') {
    for (const family of families) {
      const routed = family === '4' ? first.routedIpv4 : first.routedIpv6
      if (routed && same(n => (family === '4' ? n.routedIpv4 : n.routedIpv6)?.value)) {
        return { ...result, bind: 'all', routedBy: first }
      }
    }
  }
  return result
}

function stripBrackets(address: string): string {
  return address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address
}

/** As the loader classifies a written address: loopback, every interface, or one address. */
function classifyAddress(address: string): PortBinding['bind'] {
  const lowered = address.toLowerCase()
  if (lowered === '' || lowered === '0.0.0.0' || lowered === '::') return 'all'
  if (lowered === 'localhost' || lowered.startsWith('127.') || lowered === '::1') return 'loopback'
  return 'specific'
}
