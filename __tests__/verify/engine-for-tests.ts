/**
 * Finds a container engine for the engine tests: `TIERGUARD_TEST_ENGINE`, else `DOCKER_HOST`,
 * else the socket scripts/engine-setup.sh starts, else Docker's. The engine must answer, hold
 * the stand-in image and start a container; otherwise the tests that need it are skipped and
 * the reason is printed, never silently.
 */
import { existsSync } from 'node:fs'
import { createEngineClient, type EngineClient } from '../../src/verify/engine.js'
import { removeByLabel } from '../../src/verify/rehearse.js'
import { RUN_LABEL } from '../../src/verify/plan.js'
import { silentLogger } from '../../src/core/logger.js'

export const TEST_IMAGE = process.env.TIERGUARD_TEST_IMAGE ?? 'local/busybox'

export type TestEngine = { client: EngineClient; url: string } | { skip: string }

function candidateUrls(): string[] {
  const explicit = process.env.TIERGUARD_TEST_ENGINE ?? process.env.DOCKER_HOST
  if (explicit) return [explicit]
  return ['/run/tierguard-podman.sock', '/var/run/docker.sock']
    .filter(path => existsSync(path))
    .map(path => `unix://${path}`)
}

/** The engine to test against, or why there is none (printed by `describeWithEngine`). */
export async function findTestEngine(): Promise<TestEngine> {
  const urls = candidateUrls()
  if (urls.length === 0) {
    return {
      skip: 'no engine socket (set TIERGUARD_TEST_ENGINE or run scripts/engine-setup.sh as root)'
    }
  }
  const reasons: string[] = []
  for (const url of urls) {
    const client = createEngineClient(url, { timeoutMs: 60_000 })
    const runId = `probe${process.pid}`
    const name = `tgv-${runId}-check`
    try {
      await client.version()
      const image = await client.call(
        'GET',
        `/images/${encodeURIComponent(TEST_IMAGE)}/json`,
        undefined,
        [404]
      )
      if (image.status === 404) {
        reasons.push(`${url}: image ${TEST_IMAGE} missing (scripts/engine-setup.sh imports it)`)
        continue
      }
      // Answering is not enough: some machines cannot start a container at all.
      await client.call('POST', `/containers/create?name=${name}`, {
        Image: TEST_IMAGE,
        Cmd: ['/bin/true'],
        Labels: { [RUN_LABEL]: runId },
        HostConfig: { NetworkMode: 'none' }
      })
      await client.call('POST', `/containers/${name}/start`)
      await client.call('POST', `/containers/${name}/wait`)
      return { client, url }
    } catch (e) {
      reasons.push(`${url}: ${(e as Error).message}`)
    } finally {
      await removeByLabel(client, RUN_LABEL, runId, silentLogger).catch(() => {})
    }
  }
  return { skip: `no usable engine: ${reasons.join('; ')}` }
}

/** Prints, visibly, why the engine tests of a file do not run. */
export function announceSkip(file: string, reason: string): void {
  process.stderr.write(`\n[engine tests skipped] ${file}: ${reason}\n`)
}
