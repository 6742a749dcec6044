/**
 * A minimal client of the Docker Engine HTTP API, spoken over its unix socket (or a TCP URL)
 * with `node:http` alone. Docker and rootful podman's compatible service answer the same calls;
 * `tierguard verify` needs only a dozen of them, so no client library is bundled (docs/verify.md).
 */
import http from 'node:http'

/** Where the engine listens: a unix socket path, or a host and port for `tcp://`/`http://`. */
export type EngineAddress = { socketPath: string } | { host: string; port: number }

/** The engine did not answer (nothing listens there, permission denied, not an engine). */
export class EngineUnavailableError extends Error {
  override name = 'EngineUnavailableError'
}

/** The engine answered with an error status. */
export class EngineApiError extends Error {
  override name = 'EngineApiError'
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    message: string
  ) {
    super(`${method} ${path}: ${status} ${message}`)
  }
}

/** The default engine URL: `DOCKER_HOST`, else Docker's own socket. */
export function defaultEngineUrl(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.DOCKER_HOST?.trim()
  return fromEnv ? fromEnv : 'unix:///var/run/docker.sock'
}

/**
 * Parses `unix:///path`, a bare `/path`, `tcp://host:port` or `http://host:port`. Throws a
 * plain `Error` with a message for the user on anything else (`ssh://`, `npipe://`).
 */
export function parseEngineUrl(url: string): EngineAddress {
  if (url.startsWith('/')) return { socketPath: url }
  if (url.startsWith('unix://')) {
    const socketPath = url.slice('unix://'.length)
    if (!socketPath.startsWith('/')) throw new Error(`engine URL \`${url}\` needs an absolute path`)
    return { socketPath }
  }
  const match = /^(?:tcp|http):\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(url)
  if (match) {
    const host = (match[1] as string).replace(/^\[|\]$/g, '')
    return { host, port: match[2] ? Number(match[2]) : 2375 }
  }
  throw new Error(
    `engine URL \`${url}\` is not supported: use unix:///path/to/docker.sock or tcp://host:port`
  )
}

/** What `GET /version` says, reduced to what reports show. */
export interface EngineVersion {
  /** `Docker Engine - Community`, `Podman Engine`. */
  name: string
  version: string
  apiVersion: string
}

/** One call's result: status and parsed JSON body (or undefined when empty). */
interface Answer {
  status: number
  body: unknown
}

/** The Engine API calls tierguard makes, on one engine. */
export interface EngineClient {
  readonly url: string
  /** Any JSON call; rejects with `EngineApiError` on a status >= 400 unless `accept` lists it. */
  call(method: string, path: string, body?: unknown, accept?: number[]): Promise<Answer>
  version(): Promise<EngineVersion>
  /**
   * Runs `cmd` in a running container and resolves to its standard output and exit code.
   * The command is an argument vector: nothing is interpreted by a shell unless `cmd` asks.
   */
  exec(container: string, cmd: string[]): Promise<{ stdout: string; exitCode: number }>
}

/** Makes a client for the engine at `url` (see `parseEngineUrl`); nothing is sent yet. */
export function createEngineClient(
  url: string,
  options: { timeoutMs?: number } = {}
): EngineClient {
  const address = parseEngineUrl(url)
  const timeoutMs = options.timeoutMs ?? 120_000

  function request(
    method: string,
    path: string,
    body: unknown
  ): Promise<{ status: number; raw: Buffer }> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          ...address,
          method,
          path,
          headers: {
            Host: 'docker',
            ...(payload
              ? { 'Content-Type': 'application/json', 'Content-Length': payload.length }
              : {})
          },
          timeout: timeoutMs
        },
        res => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, raw: Buffer.concat(chunks) }))
          res.on('error', reject)
        }
      )
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)))
      req.on('error', e => {
        const code = (e as NodeJS.ErrnoException).code
        // Refused, missing or forbidden socket: no engine here, as opposed to a failed call.
        if (
          code &&
          ['ENOENT', 'ECONNREFUSED', 'EACCES', 'ENOTSOCK', 'EHOSTUNREACH'].includes(code)
        ) {
          reject(new EngineUnavailableError(`${url}: ${e.message}`))
        } else {
          reject(e)
        }
      })
      req.end(payload)
    })
  }

  async function call(
    method: string,
    path: string,
    body?: unknown,
    accept: number[] = []
  ): Promise<Answer> {
    const { status, raw } = await request(method, path, body)
    const text = raw.toString('utf8')
    let parsed: unknown
    try {
      parsed = text.trim() === '' ? undefined : JSON.parse(text)
    } catch {
      parsed = text
    }
    if (status >= 400 && !accept.includes(status)) {
      const message =
        typeof parsed === 'object' && parsed !== null && 'message' in parsed
          ? String((parsed as { message: unknown }).message)
          : text.slice(0, 500)
      throw new EngineApiError(status, method, path, message)
    }
    return { status, body: parsed }
  }

  return {
    url,
    call,
    async version() {
      const { body } = await call('GET', '/version')
      const v = (body ?? {}) as {
        Version?: string
        ApiVersion?: string
        Components?: { Name?: string }[]
      }
      if (typeof v.Version !== 'string') {
        throw new EngineUnavailableError(`${url} answered, but not as a Docker Engine API`)
      }
      return {
        name: v.Components?.[0]?.Name ?? 'Docker Engine',
        version: v.Version,
        apiVersion: v.ApiVersion ?? ''
      }
    },
    async exec(container, cmd) {
      const created = await call('POST', `/containers/${encodeURIComponent(container)}/exec`, {
        AttachStdout: true,
        AttachStderr: true,
        Tty: false,
        Cmd: cmd
      })
      const id = (created.body as { Id: string }).Id
      const started = await request('POST', `/exec/${id}/start`, { Detach: false, Tty: false })
      if (started.status >= 400) {
        throw new EngineApiError(
          started.status,
          'POST',
          `/exec/${id}/start`,
          started.raw.toString()
        )
      }
      const inspected = await call('GET', `/exec/${id}/json`)
      const exitCode = (inspected.body as { ExitCode?: number }).ExitCode ?? -1
      return { stdout: demultiplex(started.raw).stdout, exitCode }
    }
  }
}

/**
 * Splits the attach stream of a non-TTY exec: frames of an 8-byte header (stream type, three
 * zero bytes, big-endian length) and a payload. Bytes that do not parse as frames are taken as
 * raw standard output, which is what an engine that does not multiplex sends.
 */
export function demultiplex(raw: Buffer): { stdout: string; stderr: string } {
  const out: Buffer[] = []
  const err: Buffer[] = []
  let offset = 0
  while (offset + 8 <= raw.length) {
    const type = raw[offset] as number
    const size = raw.readUInt32BE(offset + 4)
    const framed =
      (type === 0 || type === 1 || type === 2) &&
      raw[offset + 1] === 0 &&
      raw[offset + 2] === 0 &&
      raw[offset + 3] === 0 &&
      offset + 8 + size <= raw.length
    if (!framed) break
    const payload = raw.subarray(offset + 8, offset + 8 + size)
    if (type === 2) err.push(payload)
    else out.push(payload)
    offset += 8 + size
  }
  if (offset < raw.length) out.push(raw.subarray(offset))
  return {
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8')
  }
}
