import path from 'node:path'
import { profilesOf, quote, serviceLabel, socketFolder } from './helpers.js'
import { defineRule } from './types.js'

export default defineRule({
  id: 'host-root-mounted',
  name: 'Host root or run folder mounted',
  description:
    'A service bind-mounts the host’s root (`/`) or its run folder (`/var/run`, `/run`): the Docker socket is inside, so the container can drive the Docker daemon as if the socket itself were mounted.',
  severity: 'high',
  kind: 'security',
  precision: 'very-high',
  tags: ['docker', 'privilege'],
  help: {
    what: 'A service has a bind mount whose host path is `/`, `/run` or `/var/run` (short or long syntax, read-only or not), as monitoring agents such as cAdvisor are often set up (`/:/rootfs:ro`, `/var/run:/var/run:ro`). A mount of the socket file itself is `docker-socket-mounted`’s. High, like the socket, because it is the socket: the rule exists so that mounting its folder is not a way around that finding.',
    why: 'The Docker API socket lives in the host’s run folder (`/var/run/docker.sock`, `/run/docker.sock`), and the root holds both. A process in the container connects to the socket through the mounted folder and then controls the Docker daemon: it can start a privileged container that mounts the whole host, attach containers to any network and read every container’s secrets. `:ro` does not help, because a read-only mount still lets a process connect to a socket in it. The root mount also hands out the host’s files: keys, other containers’ volumes, `/etc/shadow`.',
    fix: 'Mount only the files the tool needs, read-only (`/proc`, `/sys`, `/var/lib/docker` for cAdvisor), never `/`, `/run` or `/var/run`. If it truly needs the Docker API, give it a socket proxy that allows only the read-only endpoints it uses, and suppress the remaining finding with a reason.',
    bad: `services:
  cadvisor:
    image: gcr.io/cadvisor/cadvisor:v0.49.1
    volumes:
      - /:/rootfs:ro
      - /sys:/sys:ro
`,
    good: `services:
  cadvisor:
    image: gcr.io/cadvisor/cadvisor:v0.49.1
    volumes:
      - /sys:/sys:ro
      - /var/lib/docker/:/var/lib/docker:ro
`
  },
  messages: {
    root: "{{name}} mounts the host's root {{source}}, which holds the Docker socket and every file of the host: a process in {{name}} can connect to the socket at {{socket}} and control the Docker daemon, every container and network, and the host itself{{readOnly}}. Mount only the files {{name}} needs, read-only, or give it a socket proxy that allows only the endpoints it uses.",
    run: "{{name}} mounts the host's run folder {{source}}, which holds the Docker socket: a process in {{name}} can connect to the socket at {{socket}} and control the Docker daemon, every container and network, and the host itself{{readOnly}}. Mount only the files {{name}} needs, read-only, or give it a socket proxy that allows only the endpoints it uses."
  },
  check({ topology, report }) {
    for (const node of topology.services) {
      for (const mount of node.service.mounts) {
        const folder = socketFolder(mount)
        if (!folder) continue
        report({
          subject: node,
          location: mount.span,
          messageId: folder === '/' ? 'root' : 'run',
          data: {
            name: serviceLabel(node),
            source: quote(mount.source ?? folder),
            socket: quote(
              path.posix.join(mount.target, folder === '/' ? 'var/run/docker.sock' : 'docker.sock')
            ),
            readOnly: mount.readOnly
              ? ' (`:ro` does not stop a process connecting to a socket)'
              : ''
          },
          fingerprintKey: mount.target,
          profiles: profilesOf(node)
        })
      }
    }
  }
})
