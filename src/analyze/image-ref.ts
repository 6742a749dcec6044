/**
 * Parses container image references the way the Docker CLI does, so tiers are decided on the
 * repository name and never on a registry host, port, tag or digest.
 */

export interface ImageReference {
  /** Registry host (with port), `docker.io` when none is written. */
  registry: string
  /** Repository path without the registry, lowercase: `library/postgres`, `bitnami/redis`. */
  path: string
  /** Path components; the last is the image's own name. */
  components: string[]
  /** The last path component: `postgres`, `redis`, `server` (for `mssql/server`). */
  name: string
  tag?: string
  digest?: string
}

/**
 * Splits `[registry[:port]/]namespace/name[:tag][@digest]`. A first component is a registry
 * when it has a `.` or `:` or is `localhost`, as in Docker's reference grammar. Pieces left
 * empty by interpolation (`${REGISTRY}/x` with REGISTRY unset) and unresolved `${...}` are
 * dropped. Returns undefined when no repository name is left.
 */
export function parseImageReference(reference: string): ImageReference | undefined {
  let rest = reference.trim()
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1) || undefined
    rest = rest.slice(0, at)
  }
  let tag: string | undefined
  const lastSlash = rest.lastIndexOf('/')
  const colon = rest.lastIndexOf(':')
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1) || undefined
    rest = rest.slice(0, colon)
  }
  let parts = rest.split('/').filter(part => part.length > 0 && !part.includes('$'))
  let registry = 'docker.io'
  const first = parts[0]
  if (
    parts.length > 1 &&
    first &&
    (first.includes('.') || first.includes(':') || first === 'localhost')
  ) {
    registry = first.toLowerCase()
    parts = parts.slice(1)
  }
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = 'docker.io'
  const components = parts.map(part => part.toLowerCase())
  const name = components[components.length - 1]
  if (!name) return undefined
  if (registry === 'docker.io' && components.length === 1) components.unshift('library')
  return { registry, path: components.join('/'), components, name, tag, digest }
}
