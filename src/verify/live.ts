/**
 * `tierguard verify --live`: reads the containers of running compose projects through the
 * Engine API (their `com.docker.compose.project` / `service` labels, networks and published
 * ports) and reports what differs from the scanned files: a network attached at runtime with
 * `docker network connect`, a network the project declares but the service's file does not
 * list, a published port no file declares. Projects the scan does not hold are not judged.
 */
import { formatSpan } from '../core/span.js'
import type { ServiceNode, Topology } from '../analyze/types.js'
import type { PortBinding } from '../model/types.js'
import type { EngineClient } from './engine.js'
import type { DriftEntry } from './report.js'

const PROJECT_LABEL = 'com.docker.compose.project'
const SERVICE_LABEL = 'com.docker.compose.service'

interface ContainerSummary {
  Id: string
  Names?: string[]
  Labels?: Record<string, string>
  HostConfig?: { NetworkMode?: string }
  NetworkSettings?: { Networks?: Record<string, unknown> }
  Ports?: { IP?: string; PrivatePort?: number; PublicPort?: number; Type?: string }[]
}

/** Compares the running compose containers with the topology; sorted by project, service. */
export async function findDrift(engine: EngineClient, topology: Topology): Promise<DriftEntry[]> {
  const filters = encodeURIComponent(JSON.stringify({ label: [PROJECT_LABEL] }))
  const { body } = await engine.call('GET', `/containers/json?filters=${filters}`)
  const drift: DriftEntry[] = []
  for (const container of (body ?? []) as ContainerSummary[]) {
    const project = container.Labels?.[PROJECT_LABEL] ?? ''
    const service = container.Labels?.[SERVICE_LABEL] ?? ''
    const ofProject = topology.services.filter(node => node.project.name === project)
    if (ofProject.length === 0) continue
    const candidates = ofProject.filter(node => node.service.name === service)
    if (candidates.length === 0) {
      drift.push({
        kind: 'service-unknown',
        project,
        service,
        subject: service,
        message: `\`${project}/${service}\` runs, but no scanned file of project \`${project}\` defines service \`${service}\``
      })
      continue
    }
    drift.push(...networkDrift(container, candidates, project, service))
    drift.push(...portDrift(container, candidates, project, service))
  }
  return drift.sort(
    (a, b) =>
      compare(a.project, b.project) ||
      compare(a.service, b.service) ||
      compare(a.kind, b.kind) ||
      compare(a.subject, b.subject)
  )
}

function networkDrift(
  container: ContainerSummary,
  candidates: ServiceNode[],
  project: string,
  service: string
): DriftEntry[] {
  const mode = container.HostConfig?.NetworkMode ?? ''
  // A shared namespace or the host's has no networks of its own to compare.
  if (mode === 'host' || mode === 'none' || mode.startsWith('container:')) return []
  const drift: DriftEntry[] = []
  const first = candidates[0] as ServiceNode
  for (const network of Object.keys(container.NetworkSettings?.Networks ?? {}).sort()) {
    const listed = candidates.some(node =>
      node.memberships.some(m => m.network.realName === network)
    )
    if (listed) continue
    const declared = candidates.some(node =>
      node.project.networks.some(n => n.realName === network)
    )
    drift.push({
      kind: declared ? 'network-not-listed' : 'network-attached',
      project,
      service,
      subject: network,
      message: declared
        ? `\`${project}/${service}\` is on \`${network}\`, which its project declares but its file does not list for it: it can reach every container there`
        : `\`${project}/${service}\` is on \`${network}\`, which no scanned file gives it: attached at runtime (\`docker network connect\`?), it can reach every container there`,
      location: formatSpan(first.service.span)
    })
  }
  return drift
}

function portDrift(
  container: ContainerSummary,
  candidates: ServiceNode[],
  project: string,
  service: string
): DriftEntry[] {
  const drift: DriftEntry[] = []
  const seen = new Set<string>()
  const first = candidates[0] as ServiceNode
  for (const port of container.Ports ?? []) {
    if (!port.PublicPort || !port.PrivatePort) continue
    const protocol = port.Type ?? 'tcp'
    const key = `${port.IP ?? ''}:${port.PublicPort}:${port.PrivatePort}/${protocol}`
    if (seen.has(key)) continue
    seen.add(key)
    const declared = candidates.some(node =>
      node.service.ports.some(b =>
        declares(b, port.PrivatePort as number, port.PublicPort as number, protocol)
      )
    )
    if (declared) continue
    const address = port.IP && port.IP !== '0.0.0.0' && port.IP !== '::' ? `${port.IP}:` : ''
    drift.push({
      kind: 'port-undeclared',
      project,
      service,
      subject: `${address}${port.PublicPort}:${port.PrivatePort}/${protocol}`,
      message: `\`${project}/${service}\` publishes \`${address}${port.PublicPort}:${port.PrivatePort}/${protocol}\`, which no scanned file declares`,
      location: formatSpan(first.service.span)
    })
  }
  return drift
}

/** Whether a declared binding publishes container port `target` on host port `published`. */
function declares(
  binding: PortBinding,
  target: number,
  published: number,
  protocol: string
): boolean {
  if (binding.protocol !== protocol) return false
  if (!inRange(binding.target, target)) return false
  // A random host port (none written) is whatever the engine chose.
  return (
    binding.published === undefined ||
    binding.published === '' ||
    inRange(binding.published, published)
  )
}

/** `5432` or `8000-8010` holds `port`. */
function inRange(text: string, port: number): boolean {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim())
  if (!match) return false
  const low = Number(match[1])
  const high = match[2] ? Number(match[2]) : low
  return port >= low && port <= high
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
