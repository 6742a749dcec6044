/**
 * The action's opt-in `verify` input: after the scan, rehearse the scanned projects on the
 * runner's container engine (`DOCKER_HOST`, else Docker's socket; `ubuntu-latest` has Docker)
 * with stand-in containers, exactly as `tierguard verify` does, and fail the step when the
 * engine disagrees with the model: every other verdict of the run rests on that model.
 */
import * as core from '@actions/core'
import type { Topology } from '../analyze/types.js'
import { defaultEngineUrl } from '../verify/engine.js'
import { formatVerifyMarkdown } from '../verify/report.js'
import { connectEngine, rehearseTopology } from '../verify/run-verify.js'
import { toAnnotationProperties } from './annotations.js'
import { createActionLogger } from './logger.js'
import { logInfo } from './workflow-text.js'

/** Disagreements annotated on their line; the rest are in the summary (GitHub shows 10 errors). */
const ANNOTATED_MISMATCHES = 3

export interface VerifyStepResult {
  /** The job summary's section (Markdown, escaped). */
  markdown: string
  /** Why the step fails because of the rehearsal, if it does. */
  failure?: string
  /** Probes compared and disagreements, for the outputs; undefined when nothing ran. */
  probes?: number
  mismatches?: number
  /** Error annotations emitted, which GitHub counts with the findings'. */
  annotated: number
}

/** Rehearses `topology` on the engine that `env` names, with the stand-in `image`. */
export async function runVerifyStep(
  topology: Topology,
  image: string,
  env: NodeJS.ProcessEnv
): Promise<VerifyStepResult> {
  const started = performance.now()
  const url = defaultEngineUrl(env)
  const connected = await connectEngine(url)
  if ('unavailable' in connected) {
    return notRun(`verify: ${connected.unavailable}`)
  }
  const rehearsed = await core.group(
    `Rehearsing on ${connected.info.name} ${connected.info.version}`,
    () =>
      rehearseTopology(connected, topology, {
        image,
        concurrency: 4,
        logger: createActionLogger(),
        started
      })
  )
  if ('unavailable' in rehearsed) {
    return notRun(
      `verify: ${rehearsed.unavailable} On a GitHub runner, add a step \`docker pull ${image}\` before tierguard.`
    )
  }
  const { report, outcomes } = rehearsed
  const counted = report.probes.filter(p => !p.unsupported).length
  logInfo(
    report.mismatches === 0
      ? `verify: all ${counted} probes agree with the model`
      : `verify: ${report.mismatches} of ${counted} probes disagree with the model`
  )
  let annotated = 0
  report.probes.forEach((entry, index) => {
    const span = outcomes[index]?.probe.span
    if (!entry.message || !span || annotated >= ANNOTATED_MISMATCHES) return
    core.error(
      entry.message,
      toAnnotationProperties(span, 'tierguard verify: engine and model disagree')
    )
    annotated++
  })
  return {
    markdown: formatVerifyMarkdown(report),
    probes: counted,
    mismatches: report.mismatches,
    annotated,
    ...(report.mismatches > 0
      ? {
          failure:
            `The container engine disagrees with tierguard's model on ${report.mismatches} ` +
            `probe${report.mismatches === 1 ? '' : 's'}: the findings of this run may be wrong. ` +
            'See the job summary; please report it with the summary attached.'
        }
      : {})
  }

  function notRun(failure: string): VerifyStepResult {
    logInfo(failure)
    return {
      markdown: formatVerifyMarkdown(undefined, failure),
      failure,
      annotated: 0
    }
  }
}
