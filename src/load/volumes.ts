/** Service `volumes`, short (`SRC:DST[:MODE]`) and long syntax, and Docker socket detection. */
import path from 'node:path'

export interface ShortVolume {
  type: 'bind' | 'volume'
  source?: string
  target: string
  readOnly: boolean
}

const MODE_OPTIONS = new Set([
  'ro',
  'rw',
  'z',
  'Z',
  'nocopy',
  'copy',
  'consistent',
  'cached',
  'delegated',
  'shared',
  'rshared',
  'slave',
  'rslave',
  'private',
  'rprivate'
])

/**
 * Parses `SRC:DST[:MODE]`, `DST` (anonymous volume), Windows drive paths (`C:\data:/data`).
 * Returns undefined for an entry compose refuses, and a string explaining why when the mode is
 * not understood.
 */
export function parseShortVolume(spec: string): ShortVolume | undefined {
  if (spec === '') return undefined
  const parts: string[] = []
  let buffer = ''
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i] as string
    // `C:` followed by a path separator is a drive letter, not a field separator.
    const isDrive =
      c === ':' && buffer.length === 1 && /[A-Za-z]/.test(buffer) && /[\\/]/.test(spec[i + 1] ?? '')
    if (c === ':' && !isDrive) {
      parts.push(buffer)
      buffer = ''
    } else {
      buffer += c
    }
  }
  parts.push(buffer)
  if (parts.length > 3 || parts.some(p => p === '')) return undefined
  if (parts.length === 1) return { type: 'volume', target: parts[0] as string, readOnly: false }
  const [source, target, mode] = parts as [string, string, string | undefined]
  const options = mode === undefined ? [] : mode.split(',')
  if (options.some(o => !MODE_OPTIONS.has(o))) return undefined
  return {
    type: isHostPath(source) ? 'bind' : 'volume',
    source,
    target,
    readOnly: options.includes('ro')
  }
}

/** Whether a volume source is a host path (a bind mount) rather than a volume name. */
export function isHostPath(source: string): boolean {
  return (
    source.startsWith('/') ||
    source.startsWith('.') ||
    source.startsWith('~') ||
    source.startsWith('\\') ||
    /^[A-Za-z]:[\\/]/.test(source)
  )
}

const SOCKETS = [
  /^\/run\/docker\.sock$/,
  /^\/run\/podman\/podman\.sock$/,
  /^\/run\/user\/\d+\/docker\.sock$/,
  /^\/run\/user\/\d+\/podman\.sock$/,
  /^\/run\/user\/\d+\/podman\/podman\.sock$/,
  /\/\.docker\/(run|desktop)\/docker\.sock$/,
  // The folders holding the sockets: mounting them hands the socket over as well.
  /^\/run$/
]

/**
 * Whether a host path is the Docker or Podman API socket (or the folder holding it), in any of
 * the ways it is written: `/var/run/docker.sock`, `/run/docker.sock`, `//var/run/docker.sock`,
 * rootless `/run/user/<uid>/...`, Podman's, and Windows' `\\.\pipe\docker_engine`.
 */
export function isDockerSocket(source: string): boolean {
  const lowered = source.toLowerCase().replace(/\\/g, '/')
  if (/^\/\/[.?]\/pipe\/(docker_engine|podman)/.test(lowered)) return true
  let p = path.posix.normalize(source.replace(/^\/+/, '/'))
  if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1)
  if (p === '/var/run' || p.startsWith('/var/run/')) p = p.slice(4)
  return SOCKETS.some(pattern => pattern.test(p))
}
