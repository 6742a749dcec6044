/** Service `ports`, short and long syntax, and which interfaces a binding listens on. */
import type { PortBinding } from '../model/types.js'

export type ParsedPort = Omit<PortBinding, 'span'>

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp'])

/**
 * Parses the short syntax: `C`, `H:C`, `IP:H:C`, `IP::C`, ranges, `/udp`, IPv6 in brackets.
 * Returns the reason as a string when the entry is malformed.
 */
export function parseShortPort(text: string): ParsedPort | string {
  const slash = text.lastIndexOf('/')
  const spec = slash >= 0 ? text.slice(0, slash) : text
  const protocol = slash >= 0 ? text.slice(slash + 1).toLowerCase() : 'tcp'
  if (!PROTOCOLS.has(protocol)) return `unknown protocol \`${protocol}\` (tcp, udp or sctp)`
  if (spec === '') return 'the container port is missing'

  let hostIp: string | undefined
  let rest = spec
  if (spec.startsWith('[')) {
    const close = spec.indexOf(']')
    if (close < 0 || spec[close + 1] !== ':')
      return 'an IPv6 address in `[...]` must be followed by `:`'
    hostIp = spec.slice(1, close)
    rest = spec.slice(close + 2)
  }
  const parts = rest.split(':')
  let published: string | undefined
  let target: string
  if (hostIp !== undefined) {
    if (parts.length !== 2) return 'expected `[IP]:HOST:CONTAINER`'
    ;[published, target] = parts as [string, string]
  } else if (parts.length === 1) {
    target = parts[0] as string
  } else if (parts.length === 2) {
    ;[published, target] = parts as [string, string]
  } else {
    // More than three parts: an IPv6 address without brackets, as Docker splits it.
    hostIp = parts.slice(0, -2).join(':')
    published = parts[parts.length - 2] as string
    target = parts[parts.length - 1] as string
  }
  if (published === '') published = undefined
  return buildPort(text, hostIp, published, target, protocol, undefined)
}

/** Checks the parts of a port and classifies its binding. */
export function buildPort(
  text: string,
  hostIp: string | undefined,
  published: string | undefined,
  target: string,
  protocol: string,
  mode: 'ingress' | 'host' | undefined
): ParsedPort | string {
  if (!isPortOrRange(target, 1)) return `\`${target}\` is not a container port or range`
  if (published !== undefined && !isPortOrRange(published, 0)) {
    return `\`${published}\` is not a host port or range`
  }
  let ip = hostIp
  if (ip !== undefined && ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1)
  if (ip === '') ip = undefined
  if (ip !== undefined && !isIpAddress(ip) && ip !== 'localhost') {
    return `\`${ip}\` is not an IP address`
  }
  const port: ParsedPort = { text, target, protocol, bind: classifyBind(ip) }
  if (ip !== undefined) port.hostIp = ip
  if (published !== undefined) port.published = published
  if (mode !== undefined) port.mode = mode
  return port
}

function isPortOrRange(text: string, min: number): boolean {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text)
  if (!m) return false
  const from = Number(m[1])
  const to = m[2] === undefined ? from : Number(m[2])
  return from >= min && to >= from && to <= 65535
}

/** `all` for every interface, `loopback` for 127.0.0.0/8, `::1`, `localhost`, else `specific`. */
export function classifyBind(hostIp: string | undefined): PortBinding['bind'] {
  if (hostIp === undefined || hostIp === '' || hostIp === '0.0.0.0') return 'all'
  const ip = hostIp.startsWith('[') && hostIp.endsWith(']') ? hostIp.slice(1, -1) : hostIp
  const lowered = ip.toLowerCase()
  if (lowered === 'localhost') return 'loopback'
  if (isIpv4(ip)) return ip.startsWith('127.') ? 'loopback' : ip === '0.0.0.0' ? 'all' : 'specific'
  const v6 = expandIpv6(lowered)
  if (v6 === undefined) return 'specific'
  if (v6.every(group => group === 0)) return 'all'
  if (v6.slice(0, 7).every(group => group === 0) && v6[7] === 1) return 'loopback'
  // IPv4-mapped (::ffff:127.0.0.1).
  if (v6.slice(0, 5).every(group => group === 0) && v6[5] === 0xffff) {
    return (v6[6] as number) >> 8 === 127 ? 'loopback' : 'specific'
  }
  return 'specific'
}

function isIpAddress(text: string): boolean {
  return isIpv4(text) || expandIpv6(text.toLowerCase()) !== undefined
}

function isIpv4(text: string): boolean {
  const parts = text.split('.')
  return parts.length === 4 && parts.every(p => /^\d{1,3}$/.test(p) && Number(p) <= 255)
}

/** The eight 16-bit groups of an IPv6 address, or undefined when it is not one. */
function expandIpv6(text: string): number[] | undefined {
  if (!text.includes(':') || text.split('::').length > 2) return undefined
  let address = text
  const lastColon = address.lastIndexOf(':')
  const last = address.slice(lastColon + 1)
  if (last.includes('.')) {
    // An embedded IPv4 tail (`::ffff:127.0.0.1`) is two groups.
    if (!isIpv4(last)) return undefined
    const [a, b, c, d] = last.split('.').map(Number) as [number, number, number, number]
    address = `${address.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const toGroups = (s: string): number[] | undefined => {
    if (s === '') return []
    const groups = s.split(':')
    if (groups.some(g => !/^[0-9a-f]{1,4}$/.test(g))) return undefined
    return groups.map(g => parseInt(g, 16))
  }
  const [head, rest] = address.split('::') as [string, string | undefined]
  const before = toGroups(head)
  const after = rest === undefined ? [] : toGroups(rest)
  if (!before || !after) return undefined
  const known = before.length + after.length
  if (rest === undefined) return known === 8 ? before : undefined
  if (known > 7) return undefined
  return [...before, ...Array<number>(8 - known).fill(0), ...after]
}
