/**
 * Carries a rehearsal plan out on an engine: creates the networks and stand-in containers, runs
 * every probe, records what the engine let through, and removes everything it created (by its
 * run label), also when a step fails or the run is aborted.
 */
import net from 'node:net'
import type { Logger } from '../core/logger.js'
import { EngineApiError, type EngineClient } from './engine.js'
import {
  RUN_LABEL,
  SERVICE_LABEL,
  type PlannedNetwork,
  type PlannedProbe,
  type PlannedPublish,
  type RehearsalPlan,
  type StandIn
} from './plan.js'

/** What one probe found: the plan's probe with the engine's answer. */
export interface ProbeOutcome {
  probe: PlannedProbe
  observed: boolean
  /** Where it was sent: `10.89.0.3`, `db`, `127.0.0.1:40123`, the gateway. */
  target: string
  /** For IP probes that connected: the networks whose address answered. */
  via: string[]
  /** The probe's answer cannot be compared on this engine (an option it ignores), and why. */
  unsupported?: string
}

export interface RehearseOptions {
  engine: EngineClient
  /** The stand-in image: busybox with `sh`, `httpd`, `nc`, `ip`, `timeout`. */
  image: string
  /** How many engine calls or probe batches run at once. Default 4. */
  concurrency?: number
  /**
   * Seconds a probe waits for a connection. Default 2: engines drop packets between networks
   * rather than refuse them, so every blocked probe costs the whole wait.
   */
  connectTimeout?: number
  signal?: AbortSignal
  logger: Logger
}

/** The option Docker reads to disable inter-container communication on a bridge. */
const ICC_OPTION = 'com.docker.network.bridge.enable_icc'

/**
 * Listens on each port given as an argument (busybox httpd daemonises once bound), then waits.
 * Ports come from the plan as numbers; no text of the scanned files reaches a shell.
 */
const LISTEN_SCRIPT = [
  'for p in "$@"; do httpd -p "$p" -h /tmp || exit 1; done',
  "trap 'exit 0' TERM INT",
  'while :; do sleep 3600 & wait; done'
].join('\n')

/**
 * Tries each `id address port` triple given as arguments and prints `id ok` or `id no`, 12 at a
 * time: a rootful engine counts every process of root on the machine against the container's
 * `nproc` limit (1000 in scripts/engine-setup.sh), and a busy machine has hundreds already. An
 * attempt that fails fast (in under half the wait: a fork refused, a name not yet resolvable)
 * is tried once more; one that times out is not, since engines drop packets between networks,
 * and every blocked probe would pay twice. busybox `nc -w` bounds the connect and the final
 * read. The address `@gateway` (no DNS name has an `@`) means the container's default route; a
 * container without one fails the probe. Times are centiseconds from /proc/uptime.
 */
const PROBE_SCRIPT = [
  'w=$1; shift',
  "gw=$(ip route 2>/dev/null | awk '/^default/ {print $3; exit}')",
  'n=0',
  'while [ $# -ge 3 ]; do',
  '  id=$1; addr=$2; port=$3; shift 3',
  '  [ "$addr" = @gateway ] && addr=$gw',
  '  ( try() { [ -n "$addr" ] && nc -w "$w" "$addr" "$port" </dev/null >/dev/null 2>&1; }',
  '    read a _ </proc/uptime',
  '    if try; then echo "$id ok"; exit; fi',
  '    read b _ </proc/uptime',
  '    a=${a%.*}${a#*.}; b=${b%.*}${b#*.}',
  '    if [ $((b - a)) -lt $((w * 50)) ] && try; then echo "$id ok"; else echo "$id no"; fi ) &',
  '  n=$((n + 1)); [ $((n % 12)) -eq 0 ] && wait',
  'done',
  'wait'
].join('\n')

/** Runs the plan and returns one outcome per probe, in the plan's order. */
export async function rehearse(
  plan: RehearsalPlan,
  options: RehearseOptions
): Promise<ProbeOutcome[]> {
  const { engine, logger } = options
  const limit = options.concurrency ?? 4
  const wait = options.connectTimeout ?? 2
  const labels = { [RUN_LABEL]: plan.runId }
  const checkAborted = () => {
    if (options.signal?.aborted) throw new Error('verification interrupted')
  }
  const iccIgnored = new Set<PlannedNetwork>()
  const listener = await listenOnHost()
  const clock = performance.now()
  const elapsed = () => `${((performance.now() - clock) / 1000).toFixed(1)} s`
  try {
    const networks = plan.units.flatMap(u => u.networks)
    const standIns = plan.units.flatMap(u => u.standIns)
    logger.info(`Creating ${networks.length} networks and ${standIns.length} stand-ins`)
    await forEach(networks, limit, async network => {
      checkAborted()
      const created = await engine.call('POST', '/networks/create', {
        Name: network.engineName,
        Driver: 'bridge',
        Internal: network.internal,
        CheckDuplicate: true,
        Options: network.iccDisabled ? { [ICC_OPTION]: 'false' } : {},
        Labels: labels
      })
      if (network.iccDisabled && !(await keepsIccOption(engine, network, created.body))) {
        iccIgnored.add(network)
      }
    })
    // The outside's view: a host address that is not loopback, on a network of our own.
    const beaconNetwork = `tgv-${plan.runId}-outside`
    await engine.call('POST', '/networks/create', {
      Name: beaconNetwork,
      Driver: 'bridge',
      CheckDuplicate: true,
      Labels: labels
    })
    const beacon = `tgv-${plan.runId}-beacon`
    await createContainer(engine, options.image, labels, beacon, beaconNetwork, [])

    const owners = standIns.filter(s => s.mode !== 'namespace')
    const sharers = standIns.filter(s => s.mode === 'namespace')
    for (const batch of [owners, sharers]) {
      await forEach(batch, limit, async standIn => {
        checkAborted()
        await createStandIn(engine, options.image, labels, standIn)
      })
    }
    logger.info(`Starting ${standIns.length + 1} containers (at ${elapsed()})`)
    await startContainer(engine, beacon)
    /**
     * The engine picks a published port's host port when the container is created and binds it
     * only when it starts: in between, another process may take it. Then the stand-in (and the
     * stand-ins in its namespace, not started yet) is made again, and the engine picks anew.
     */
    const startStandIn = async (standIn: StandIn): Promise<void> => {
      for (let attempt = 1; ; attempt++) {
        try {
          await startContainer(engine, standIn.containerName)
          return
        } catch (e) {
          if (attempt >= 3 || !isHostPortTaken(e) || standIn.mode === 'namespace') throw e
          logger.debug(`${standIn.containerName}: a host port was taken before it started; again`)
          const again = [standIn, ...sharers.filter(s => s.owner === standIn)]
          for (const s of [...again].reverse()) await removeContainer(engine, s.containerName)
          for (const s of again) await createStandIn(engine, options.image, labels, s)
        }
      }
    }
    for (const batch of [owners, sharers]) {
      await forEach(batch, limit, async standIn => {
        checkAborted()
        await startStandIn(standIn)
      })
    }
    const addresses = new Map<StandIn, { network: string; ip: string }[]>()
    await forEach(owners, limit, async standIn => {
      addresses.set(standIn, await inspectAddresses(engine, standIn))
    })
    const outsideAddress = (await inspectGateways(engine, beacon))[0]
    if (!outsideAddress) throw new Error('the engine gave the beacon network no gateway address')

    checkAborted()
    const probes = plan.units.flatMap(u => u.probes)
    logger.info(`Running ${probes.length} probes (at ${elapsed()})`)
    const outcomes = new Map<PlannedProbe, ProbeOutcome>()
    const bySource = new Map<StandIn, PlannedProbe[]>()
    for (const probe of probes) {
      if (!probe.fromStandIn) continue
      const list = bySource.get(probe.fromStandIn) ?? []
      list.push(probe)
      bySource.set(probe.fromStandIn, list)
    }
    // An exec mostly waits (engine start-up, timeouts of blocked probes): twice as many run at
    // once, each with half as many probes in flight, so the machine runs as many processes.
    await forEach([...bySource], limit * 2, async ([source, list]) => {
      checkAborted()
      const results = await probeFromContainer(engine, source, list, addresses, listener.port, wait)
      for (const outcome of results) outcomes.set(outcome.probe, outcome)
    })
    const fromHost = probes.filter(p => !p.fromStandIn)
    await forEach(fromHost, limit, async probe => {
      const publish = probe.publish
      const standIn = probe.toStandIn
      if (!publish || !standIn) return
      const hostPort = await publishedHostPort(engine, standIn, publish)
      const address = probe.kind === 'outside' ? outsideAddress : '127.0.0.1'
      const target = `${address}:${hostPort ?? '-'}`
      const observed = hostPort === undefined ? false : await answers(address, hostPort, wait)
      outcomes.set(probe, { probe, observed, target, via: [] })
    })
    // A "cannot reach" that rests on a network whose icc option the engine dropped cannot be
    // checked here; a "reaches" over another network still can.
    for (const outcome of outcomes.values()) {
      const p = outcome.probe
      const ignored = p.iccNetworks.filter(n => [...iccIgnored].some(i => i.node === n))
      if (ignored.length > 0 && !p.expected && (p.kind === 'ip' || p.kind === 'name')) {
        outcome.unsupported = `the engine ignores \`${ICC_OPTION}: "false"\` on \`${ignored[0]!.id}\``
      }
    }
    for (const probe of probes) {
      const outcome = outcomes.get(probe)
      if (probe.kind === 'egress' && outcome) outcome.target = `gateway:${listener.port}`
    }
    return probes.map(
      probe => outcomes.get(probe) ?? { probe, observed: false, target: '', via: [] }
    )
  } finally {
    listener.close()
    logger.info(`Removing what the rehearsal created (at ${elapsed()})`)
    await removeByLabel(engine, RUN_LABEL, plan.runId, logger)
  }
}

async function keepsIccOption(
  engine: EngineClient,
  network: PlannedNetwork,
  created: unknown
): Promise<boolean> {
  const warning = String((created as { Warning?: unknown } | undefined)?.Warning ?? '')
  if (warning.includes(ICC_OPTION)) return false
  const inspected = await engine.call('GET', `/networks/${encodeURIComponent(network.engineName)}`)
  const options = (inspected.body as { Options?: Record<string, string> }).Options ?? {}
  return options[ICC_OPTION] === 'false'
}

async function createContainer(
  engine: EngineClient,
  image: string,
  labels: Record<string, string>,
  name: string,
  networkMode: string,
  listen: number[],
  extra: { hostConfig?: object; endpoints?: object; labels?: Record<string, string> } = {}
): Promise<void> {
  await engine.call('POST', `/containers/create?name=${encodeURIComponent(name)}`, {
    Image: image,
    Cmd: ['/bin/sh', '-c', LISTEN_SCRIPT, 'stand-in', ...listen.map(String)],
    Labels: { ...labels, ...extra.labels },
    ExposedPorts: Object.fromEntries(listen.map(p => [`${p}/tcp`, {}])),
    HostConfig: { NetworkMode: networkMode, ...extra.hostConfig },
    NetworkingConfig: { EndpointsConfig: extra.endpoints ?? {} }
  })
}

async function createStandIn(
  engine: EngineClient,
  image: string,
  labels: Record<string, string>,
  standIn: StandIn
): Promise<void> {
  const serviceLabels = { [SERVICE_LABEL]: standIn.node.id }
  if (standIn.mode === 'namespace') {
    const owner = standIn.owner
    if (!owner) throw new Error(`${standIn.node.id} has no stand-in owner`)
    await engine.call(
      'POST',
      `/containers/create?name=${encodeURIComponent(standIn.containerName)}`,
      {
        Image: image,
        Cmd: ['/bin/sh', '-c', LISTEN_SCRIPT, 'stand-in', ...standIn.listen.map(String)],
        Labels: { ...labels, ...serviceLabels },
        HostConfig: { NetworkMode: `container:${owner.containerName}` }
      }
    )
    return
  }
  const first = standIn.endpoints[0]
  const networkMode = standIn.mode === 'none' || !first ? 'none' : first.network.engineName
  const portBindings: Record<string, { HostIp: string; HostPort: string }[]> = {}
  for (const publish of standIn.published) {
    const key = `${publish.containerPort}/tcp`
    const list = portBindings[key] ?? []
    // The engine picks a free host port on the same address: the file's port may be taken.
    list.push({ HostIp: publish.hostIp, HostPort: '' })
    portBindings[key] = list
  }
  const endpoints = Object.fromEntries(
    standIn.endpoints.map(e => [e.network.engineName, { Aliases: e.aliases }])
  )
  await createContainer(engine, image, labels, standIn.containerName, networkMode, standIn.listen, {
    hostConfig: networkMode === 'none' ? {} : { PortBindings: portBindings },
    endpoints,
    labels: serviceLabels
  })
}

/** Whether the engine refused to start a container because a host port it chose is in use. */
function isHostPortTaken(error: unknown): boolean {
  return error instanceof EngineApiError && /address already in use/i.test(error.message)
}

async function removeContainer(engine: EngineClient, name: string): Promise<void> {
  await engine.call(
    'DELETE',
    `/containers/${encodeURIComponent(name)}?force=true&v=true`,
    undefined,
    [404]
  )
}

async function startContainer(engine: EngineClient, name: string): Promise<void> {
  await engine.call('POST', `/containers/${encodeURIComponent(name)}/start`, undefined, [304])
}

interface ContainerJson {
  State?: { Running?: boolean; ExitCode?: number }
  NetworkSettings?: {
    Networks?: Record<string, { IPAddress?: string; Gateway?: string }>
    Ports?: Record<string, { HostIp?: string; HostPort?: string }[] | null>
  }
}

async function inspect(engine: EngineClient, name: string): Promise<ContainerJson> {
  const { body } = await engine.call('GET', `/containers/${encodeURIComponent(name)}/json`)
  const json = body as ContainerJson
  if (!json.State?.Running) {
    throw new Error(
      `stand-in ${name} is not running (exit code ${json.State?.ExitCode}): does the image have busybox's sh, httpd and nc?`
    )
  }
  return json
}

async function inspectAddresses(
  engine: EngineClient,
  standIn: StandIn
): Promise<{ network: string; ip: string }[]> {
  const json = await inspect(engine, standIn.containerName)
  const byEngineName = new Map(standIn.endpoints.map(e => [e.network.engineName, e.network]))
  const found: { network: string; ip: string }[] = []
  for (const [name, endpoint] of Object.entries(json.NetworkSettings?.Networks ?? {})) {
    const planned = byEngineName.get(name)
    const ip = endpoint.IPAddress ?? ''
    if (planned && net.isIPv4(ip)) found.push({ network: planned.node.id, ip })
  }
  return found
}

async function inspectGateways(engine: EngineClient, name: string): Promise<string[]> {
  const json = await inspect(engine, name)
  return Object.values(json.NetworkSettings?.Networks ?? {})
    .map(e => e.Gateway ?? '')
    .filter(ip => net.isIPv4(ip))
}

/** The host port the engine chose for a planned publish (same container port and address). */
async function publishedHostPort(
  engine: EngineClient,
  standIn: StandIn,
  publish: PlannedPublish
): Promise<number | undefined> {
  const json = await inspect(engine, standIn.containerName)
  const bindings = json.NetworkSettings?.Ports?.[`${publish.containerPort}/tcp`] ?? []
  // Docker writes every interface as 0.0.0.0 (and ::), podman as an empty string.
  const everyInterface = (ip: string | undefined) => !ip || ip === '0.0.0.0' || ip === '::'
  const binding = bindings?.find(b =>
    publish.hostIp === '' ? everyInterface(b.HostIp) : b.HostIp === publish.hostIp
  )
  const port = Number(binding?.HostPort)
  return Number.isInteger(port) && port > 0 ? port : undefined
}

/** Runs one source's probes in one `exec`: each probe a background `nc`, all at once. */
async function probeFromContainer(
  engine: EngineClient,
  source: StandIn,
  probes: PlannedProbe[],
  addresses: Map<StandIn, { network: string; ip: string }[]>,
  hostPort: number,
  wait: number
): Promise<ProbeOutcome[]> {
  const triples: { probe: PlannedProbe; address: string; network?: string }[] = []
  const sourceGroup = source.owner ?? source
  for (const probe of probes) {
    const target = probe.toStandIn
    if (probe.kind === 'egress') {
      triples.push({ probe, address: '@gateway' })
    } else if (probe.kind === 'name' && probe.name) {
      triples.push({ probe, address: probe.name })
    } else if (probe.kind === 'ip' && target) {
      const targetGroup = target.owner ?? target
      if (targetGroup === sourceGroup) {
        triples.push({ probe, address: '127.0.0.1' })
        continue
      }
      for (const { network, ip } of addresses.get(targetGroup) ?? []) {
        triples.push({ probe, address: ip, network })
      }
    }
  }
  const args: string[] = []
  for (const [i, t] of triples.entries()) {
    args.push(String(i), t.address, String(t.probe.kind === 'egress' ? hostPort : t.probe.port))
  }
  const answered = new Set<number>()
  if (source.mode !== 'none' || source.owner) {
    const { stdout } = await engine.exec(source.containerName, [
      '/bin/sh',
      '-c',
      PROBE_SCRIPT,
      'probe',
      String(wait),
      ...args
    ])
    for (const line of stdout.split('\n')) {
      const [id, verdict] = line.trim().split(' ')
      if (verdict === 'ok') answered.add(Number(id))
    }
  }
  const outcomes = new Map<PlannedProbe, ProbeOutcome>()
  for (const probe of probes) {
    outcomes.set(probe, { probe, observed: false, target: '', via: [] })
  }
  for (const [i, t] of triples.entries()) {
    const outcome = outcomes.get(t.probe) as ProbeOutcome
    outcome.target = outcome.target ? `${outcome.target},${t.address}` : t.address
    if (!answered.has(i)) continue
    outcome.observed = true
    if (t.network) outcome.via.push(t.network)
  }
  return [...outcomes.values()]
}

/** A listener on the host that containers with egress can reach through their gateway. */
async function listenOnHost(): Promise<{ port: number; close(): void }> {
  const server = net.createServer(socket => socket.destroy())
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '0.0.0.0', () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { port, close: () => server.close() }
}

/**
 * Whether the stand-in's httpd answers an HTTP request at `host:port` within `seconds`. An open
 * connection is not enough: podman holds every published port in conmon, and the handshake
 * completes there even when no packet can reach the container (an `internal`-only service).
 */
export function answers(host: string, port: number, seconds: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect({ host, port })
    let settled = false
    const done = (ok: boolean) => {
      if (settled) return
      settled = true
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(seconds * 1000, () => done(false))
    socket.once('connect', () => socket.write('GET / HTTP/1.0\r\n\r\n'))
    socket.once('data', (chunk: Buffer) => done(chunk.toString('latin1').startsWith('HTTP/')))
    socket.once('error', () => done(false))
    socket.once('close', () => done(false))
  })
}

/**
 * Removes every container, then every network, carrying `label=value`. The engine refuses to
 * remove a namespace owner before the containers that share it, and not every engine says which
 * those are (podman's list has no `HostConfig`), so refused removals are retried in rounds until
 * a round makes no progress. Failures are logged, not thrown: cleaning up must not hide the
 * error that led here.
 */
export async function removeByLabel(
  engine: EngineClient,
  label: string,
  value: string,
  logger: Logger
): Promise<void> {
  const filters = encodeURIComponent(JSON.stringify({ label: [`${label}=${value}`] }))
  let lastError = ''
  try {
    for (let round = 0; round < 10; round++) {
      const { body } = await engine.call('GET', `/containers/json?all=true&filters=${filters}`)
      const containers = (body ?? []) as { Id: string }[]
      if (containers.length === 0) break
      let removed = 0
      await forEach(containers, 8, async c => {
        try {
          await engine.call('DELETE', `/containers/${c.Id}?force=true&v=true`, undefined, [404])
          removed++
        } catch (e) {
          lastError = (e as Error).message
        }
      })
      if (removed === 0) throw new Error(lastError)
    }
    const networks = await engine.call('GET', `/networks?filters=${filters}`)
    for (const n of (networks.body ?? []) as { Id: string }[]) {
      await engine.call('DELETE', `/networks/${n.Id}`, undefined, [404])
    }
  } catch (e) {
    logger.warning(
      `could not remove everything labelled ${label}=${value}: ${(e as Error).message}; remove it with \`docker rm -f $(docker ps -aq --filter label=${label}=${value})\` and \`docker network prune --filter label=${label}=${value}\``
    )
  }
}

/** Runs `work` on every item, at most `limit` at once; rejects with the first failure. */
export async function forEach<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await work(item)
    }
  })
  await Promise.all(workers)
}
