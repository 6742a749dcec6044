import type { ServiceNode } from '../analyze/types.js'
import { profilesOf, quote, serviceLabel, socketFolder } from './helpers.js'
import { defineRule } from './types.js'

/** Images whose whole purpose is to put a filtering proxy in front of the Docker socket. */
const SOCKET_PROXIES = ['tecnativa/docker-socket-proxy', 'linuxserver/socket-proxy']

export default defineRule({
  id: 'docker-socket-mounted',
  name: 'Docker socket mounted',
  description:
    'A service mounts the Docker API socket: whoever controls the container controls the Docker daemon, every container and network on the host, and the host itself.',
  severity: 'high',
  kind: 'security',
  precision: 'very-high',
  tags: ['docker', 'privilege'],
  help: {
    what: 'A service mounts `/var/run/docker.sock` or `/run/docker.sock` (short or long volume syntax, read-only or not); a mount of the folder that holds it (`/var/run`, `/run`, `/`) is `host-root-mounted`’s. Known socket proxies (`tecnativa/docker-socket-proxy`, `linuxserver/socket-proxy`) are reported with medium severity: they are the intended way to narrow the API, but the proxy itself becomes the trust boundary.',
    why: 'The Docker API socket is root on the host: through it, a process can start a privileged container that mounts the host’s filesystem, attach any container to any network, and read every container’s environment and secrets. Mounting it read-only (`:ro`) does not help, because the read-only flag applies to the socket file, not to the API spoken over it. A reverse proxy or dashboard with the socket turns any vulnerability in it into a full host compromise.',
    fix: 'Do not mount the socket into services that do not manage containers. Where a tool needs container metadata (Traefik, monitoring), put a socket proxy in front of it that allows only the read-only endpoints it uses (for Traefik: `CONTAINERS=1`, everything else off), on a network only that tool joins, and point the tool at the proxy over TCP.',
    bad: `services:
  proxy:
    image: traefik:v3.1
    ports:
      - "80:80"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
`,
    good: `services:
  proxy:
    image: traefik:v3.1
    command:
      - --providers.file.directory=/etc/traefik/dynamic
    ports:
      - "80:80"
    volumes:
      - ./dynamic:/etc/traefik/dynamic:ro
`
  },
  messages: {
    socketProxy:
      'The socket proxy {{name}} mounts the Docker socket {{source}}: this is what it is for, but the proxy is now the trust boundary, and every service that reaches {{name}} can use the API endpoints it allows. Allow only the endpoints your clients need (leave `POST` off), and put {{name}} on a network only those clients join.',
    mounted:
      '{{name}} mounts the Docker socket {{source}}: a compromise of {{name}} controls the Docker daemon, every container and network on the host, and the host itself. Mounting it read-only would not help either: `:ro` applies to the socket file, not to the API spoken over it. Remove the mount, or give {{name}} a socket proxy (e.g. `tecnativa/docker-socket-proxy`) that allows only the read-only endpoints it needs.',
    mountedReadOnly:
      '{{name}} mounts the Docker socket {{source}}: a compromise of {{name}} controls the Docker daemon, every container and network on the host, and the host itself. Mounting it read-only (`:ro`) does not help: the API spoken over the socket is still writable. Remove the mount, or give {{name}} a socket proxy (e.g. `tecnativa/docker-socket-proxy`) that allows only the read-only endpoints it needs.'
  },
  check({ topology, report }) {
    for (const node of topology.services) {
      for (const mount of node.service.mounts) {
        // Its folder (`/var/run`, `/run`) is host-root-mounted's: one finding per mount.
        if (!mount.dockerSocket || socketFolder(mount)) continue
        const source = quote(mount.source ?? mount.target)
        if (isSocketProxy(node)) {
          report({
            subject: node,
            severity: 'medium',
            location: mount.span,
            messageId: 'socketProxy',
            data: { name: serviceLabel(node), source },
            fingerprintKey: mount.target,
            profiles: profilesOf(node)
          })
          continue
        }
        report({
          subject: node,
          location: mount.span,
          messageId: mount.readOnly ? 'mountedReadOnly' : 'mounted',
          data: { name: serviceLabel(node), source },
          fingerprintKey: mount.target,
          profiles: profilesOf(node)
        })
      }
    }
  }
})

/** Whether the service's image is a known Docker socket proxy, whatever its registry or tag. */
function isSocketProxy(node: ServiceNode): boolean {
  const image = node.service.image?.value
  if (!image) return false
  const repository = imageRepository(image)
  return SOCKET_PROXIES.some(p => repository === p || repository.endsWith(`/${p}`))
}

/** `ghcr.io/tecnativa/docker-socket-proxy:0.2@sha256:...` -> `ghcr.io/tecnativa/docker-socket-proxy`. */
function imageRepository(image: string): string {
  const withoutDigest = image.split('@')[0] ?? ''
  const lastSlash = withoutDigest.lastIndexOf('/')
  const colon = withoutDigest.indexOf(':', lastSlash + 1)
  return (colon === -1 ? withoutDigest : withoutDigest.slice(0, colon)).toLowerCase()
}
