/**
 * The GitHub Action: read inputs, scan, write and upload the SARIF, annotate, summarise, set
 * outputs, and only then fail the step when a finding is at or above `fail-on`.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Log } from 'sarif'
import * as core from '@actions/core'
import { ConfigurationError } from '../core/errors.js'
import { isBlocking } from '../core/severity.js'
import { formatSpan } from '../core/span.js'
import { buildSarif, serializeSarif, serializeSarifForUpload } from '../report/sarif.js'
import { scan } from '../scan.js'
import { loadConfig } from '../config/load-config.js'
import type { ScanResult } from '../scan.js'
import invalidComposeFile from '../rules/invalid-compose-file.js'
import type { Finding } from '../rules/types.js'
import { emitAnnotations, planAnnotations, toAnnotationProperties } from './annotations.js'
import type { AnnotationLevel } from './annotations.js'
import { isPullRequestEvent, readRunnerContext, resolveUploadTarget } from './event.js'
import type { RunnerContext, UploadTarget } from './event.js'
import { readInputs } from './inputs.js'
import type { ActionInputs } from './inputs.js'
import { acceptedResults, dismissAcceptedAlerts } from './dismiss.js'
import { createActionLogger } from './logger.js'
import { writeFileWithin } from './sarif-file.js'
import { logInfo } from './workflow-text.js'
import { readRetryPolicy } from './retry.js'
import { formatReport } from '../report/formatters.js'
import { writeSummary } from './summary.js'
import { uploadSarif } from './upload.js'
import { runVerifyStep } from './verify-step.js'
import { upsertReviewComment } from './pr-comment.js'
import { reviewPullRequest } from './review.js'
import type { PullRequestReview } from './review.js'
import type { TierguardConfig } from '../config/types.js'
import {
  renderReview,
  renderReviewComment,
  renderReviewUnavailable,
  reviewCommentMarker
} from '../review/render-review.js'
import type { ReviewLinks } from '../review/render-review.js'

/** Runs the action. Never throws: every failure ends in `core.setFailed`. */
export async function run(): Promise<void> {
  try {
    await runAction(process.env)
  } catch (error) {
    if (error instanceof ConfigurationError) {
      // A configuration file's problems are annotated each on its line, not packed into one.
      for (const problem of error.problems) {
        core.error(problem.message, toAnnotationProperties(problem.span, 'tierguard configuration'))
      }
      core.setFailed(error.problems.length > 0 && error.headline ? error.headline : error.message)
    } else {
      const err = error instanceof Error ? error : new Error(String(error))
      core.debug(err.stack ?? err.message)
      core.setFailed(
        `tierguard failed unexpectedly (a bug): ${err.message}. Please report it with the ` +
          'debug log (re-run with debug logging enabled).'
      )
    }
  }
}

/** Annotations the step emitted outside the findings' plan, by level (GitHub counts them all). */
type Emitted = Record<AnnotationLevel, number>

async function runAction(env: NodeJS.ProcessEnv): Promise<void> {
  const context = readRunnerContext(env)
  const inputs = readInputs(context.workspace, context.runnerTemp)
  const emitted: Emitted = { error: 0, warning: 0, notice: 0 }
  const warn = (message: string): void => {
    core.warning(message)
    emitted.warning++
  }

  // Resolved before the scan so a run that cannot upload fails fast, with nothing half done.
  const target = inputs.upload ? resolveUploadTarget(context) : undefined
  if (
    target &&
    context.eventName.startsWith('pull_request') &&
    !target.ref.startsWith('refs/pull/')
  ) {
    warn(
      `The ${context.eventName} event payload has no pull request number, so the SARIF is ` +
        `uploaded to ${target.ref} rather than the pull request's merge ref.`
    )
  }

  // An invalid configuration fails the step before anything is scanned or uploaded.
  const config = loadConfig({ baseDir: context.workspace, file: inputs.config })
  if (config) logInfo(`Configuration: ${config.file}`)
  const logger = createActionLogger()
  const result = await core.group(`Scanning ${inputs.relativePath}`, async () => {
    const scanned = await scan({
      baseDir: context.workspace,
      paths: [inputs.path],
      config,
      logger
    })
    logScanSummary(scanned)
    return scanned
  })
  if (result.files.length === 0) {
    warn(
      `No compose or stack file found under \`${inputs.relativePath}\`. Check the \`path\` input ` +
        'and that the repository was checked out before tierguard ran.'
    )
  }

  // The SARIF is on disk (and in the outputs) before anything else can fail.
  // The workspace is the repository root: `%SRCROOT%` and `checkout_uri` are both that folder.
  const log = buildSarif(result, { category: inputs.category, repoRoot: '' })
  const roots = [context.workspace, ...(context.runnerTemp ? [context.runnerTemp] : [])]
  writeFileWithin(inputs.sarifFile, roots, serializeSarif(log))
  core.setOutput('sarif-file', inputs.sarifFile)
  logInfo(`SARIF written to ${inputs.sarifFile}`)

  const failures: string[] = []
  if (target) await dismissAccepted(log, inputs, context, target, warn, env)
  // Code scanning ignores SARIF suppressions: the upload leaves suppressed results out.
  const uploaded = buildSarif(result, {
    category: inputs.category,
    repoRoot: '',
    omitSuppressed: true
  })
  const uploadStatus = target
    ? await uploadAndReport({
        inputs,
        context,
        target,
        sarif: serializeSarifForUpload(uploaded),
        result,
        failures,
        warn,
        env
      })
    : 'skipped (upload: false).'

  // Opt-in: the rehearsal on the runner's engine; a disagreement fails the step.
  const verified = inputs.verify
    ? await runVerifyStep(result.topology, inputs.verifyImage, env)
    : undefined
  if (verified) {
    emitted.error += verified.annotated
    if (verified.failure) failures.push(verified.failure)
    if (verified.mismatches !== undefined) core.setOutput('verify-mismatches', verified.mismatches)
  }

  const review = isPullRequestEvent(context)
    ? await compareWithBase(context, inputs, result, config, warn)
    : undefined
  const introduced = review?.kind === 'compared' ? new Set(review.diff.introduced) : undefined
  const scoped = inputs.failOnScope === 'introduced' && introduced !== undefined
  if (inputs.failOnScope === 'introduced' && !introduced && !review) {
    logInfo(
      'fail-on-scope: introduced counts every finding here: a push has no base to compare with.'
    )
  }

  const active = result.findings.filter(f => !f.suppression)
  const blocks = (finding: Finding): boolean =>
    blocksStep(finding, inputs) && (!scoped || introduced.has(finding))
  const blocking = active.filter(blocks)
  if (blocking.length > 0) failures.unshift(describeBlocking(blocking, inputs, scoped))

  let annotationsOmitted: Record<AnnotationLevel, number> | undefined
  if (inputs.annotations) {
    // The failure message is an error annotation too: leave it a slot.
    const reserved = { ...emitted, error: emitted.error + (failures.length > 0 ? 1 : 0) }
    const plan = planAnnotations(result.findings, result.diagnostics, {
      reserved,
      changedFiles: review?.kind === 'compared' ? review.changedFiles : undefined
    })
    emitAnnotations(plan)
    annotationsOmitted = plan.omitted
  }

  if (inputs.summary) {
    if (env.GITHUB_STEP_SUMMARY) {
      const markdown = formatReport('summary', result, {
        failOn: inputs.failOn,
        blocks,
        serverUrl: context.serverUrl,
        repository: context.repository,
        sha: target?.commitSha ?? (context.sha || undefined),
        annotationsOmitted,
        uploadStatus,
        sarifFile: path.relative(context.workspace, inputs.sarifFile).startsWith('..')
          ? inputs.sarifFile
          : path.relative(context.workspace, inputs.sarifFile),
        // The diagram also draws the services whose reachability the pull request changes.
        ...(review?.kind === 'compared' ? { diagram: { include: changedServices(review) } } : {})
      })
      const section = review ? renderReviewSection(review, context) : ''
      const withVerify = verified ? `${markdown}\n${verified.markdown}` : markdown
      await writeSummary(section ? `${section}\n\n${withVerify}` : withVerify)
    } else {
      logInfo('GITHUB_STEP_SUMMARY is not set: no job summary written.')
    }
  }

  if (review?.kind === 'compared') await commentOnPullRequest(review, context, inputs, warn, env)

  core.setOutput('findings', active.length)
  core.setOutput('blocking', blocking.length)
  if (failures.length > 0) core.setFailed(failures.join('\n'))
}

interface UploadStep {
  inputs: ActionInputs
  context: RunnerContext
  target: UploadTarget
  sarif: string
  result: ScanResult
  failures: string[]
  warn(message: string): void
  env: NodeJS.ProcessEnv
}

/**
 * Dismisses the open alerts of findings the repository now accepts (suppressed, with their
 * justification), on pushes and other non-pull-request events only: a pull request's own
 * `# tierguard-ignore` is reviewed with it, and must not close alerts for everyone before it is
 * merged. A refusal is a warning.
 */
async function dismissAccepted(
  log: Log,
  inputs: ActionInputs,
  context: RunnerContext,
  target: UploadTarget,
  warn: (message: string) => void,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const accepted = acceptedResults(log.runs[0]?.results ?? [])
  if (accepted.length === 0) return
  if (context.eventName.startsWith('pull_request')) {
    logInfo(
      `${accepted.length} suppressed finding(s) left out of the upload; their alerts, if any, ` +
        'are dismissed when this change runs on its branch after merging.'
    )
    return
  }
  const outcome = await core.group('Dismissing alerts of accepted findings', () =>
    dismissAcceptedAlerts({
      token: inputs.token,
      apiUrl: context.apiUrl,
      target,
      accepted,
      policy: readRetryPolicy(env),
      logger: createActionLogger()
    })
  )
  if (outcome.kind === 'refused') warn(outcome.message)
}

/**
 * Uploads, reports the outcome (warning, failure, output) and returns a line for the summary,
 * as plain text: the summary escapes it (it quotes the ref and GitHub's answer).
 */
async function uploadAndReport(step: UploadStep): Promise<string> {
  const { inputs, context, target, failures, warn } = step
  const outcome = await core.group('Uploading to code scanning', () =>
    uploadSarif({
      token: inputs.token,
      apiUrl: context.apiUrl,
      target,
      sarif: step.sarif,
      checkoutUri: pathToFileURL(context.workspace).href,
      startedAt: step.result.startedAt,
      waitForProcessing: inputs.waitForProcessing,
      policy: readRetryPolicy(step.env),
      logger: createActionLogger()
    })
  )
  switch (outcome.kind) {
    case 'uploaded': {
      core.setOutput('sarif-id', outcome.id)
      if (outcome.note) warn(outcome.note)
      const processed =
        outcome.processing === 'complete'
          ? 'processed by code scanning'
          : outcome.processing === 'not-waited'
            ? 'not waiting for processing (wait-for-processing: false)'
            : outcome.processing === 'pending'
              ? 'still processing'
              : 'processing status unknown'
      return `uploaded to code scanning for ${target.ref} (SARIF id ${outcome.id}), ${processed}.`
    }
    case 'processing-failed': {
      core.setOutput('sarif-id', outcome.id)
      const errors = outcome.errors.length > 0 ? outcome.errors.join('; ') : 'no error given'
      failures.push(`Code scanning could not process the SARIF (id ${outcome.id}): ${errors}`)
      return `uploaded (SARIF id ${outcome.id}), but code scanning could not process it: ${errors}`
    }
    case 'refused':
      warn(outcome.message)
      return `not uploaded: ${outcome.message}`
    case 'failed':
      failures.push(outcome.message)
      return `failed: ${outcome.message}`
  }
}

/**
 * Whether an unsuppressed finding fails the step: at or above `fail-on`, or an invalid compose
 * file at high or above while `fail-on-invalid` holds (nothing in that file was verified),
 * whatever `fail-on`. `fail-on: none` never fails.
 */
export function blocksStep(
  finding: Finding,
  inputs: Pick<ActionInputs, 'failOn' | 'failOnInvalid'>
): boolean {
  if (inputs.failOn === 'none') return false
  // At its own severity (high); one that only the deployment's environment settles is medium.
  if (finding.ruleId === invalidComposeFile.id) {
    return inputs.failOnInvalid && isBlocking(finding.severity, 'high')
  }
  return isBlocking(finding.severity, inputs.failOn)
}

/**
 * Scans the pull request's base commit and compares it with the head; when the base cannot be
 * had, one warning, and the run goes on with the head alone.
 */
async function compareWithBase(
  context: RunnerContext,
  inputs: ActionInputs,
  head: ScanResult,
  config: TierguardConfig | undefined,
  warn: (message: string) => void
): Promise<PullRequestReview> {
  const baseSha = context.baseSha
  let review: PullRequestReview
  if (!baseSha) {
    review = {
      kind: 'unavailable',
      reason: 'the event payload names no base commit (`pull_request.base.sha`).'
    }
  } else {
    try {
      review = await core.group(`Comparing with the base commit ${baseSha}`, () =>
        reviewPullRequest({
          workspace: context.workspace,
          relativePath: inputs.relativePath,
          baseSha,
          head,
          config,
          tempRoot: context.runnerTemp,
          logger: createActionLogger()
        })
      )
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error))
      core.debug(err.stack ?? err.message)
      review = { kind: 'unavailable', reason: `analysing it failed (${err.message}).` }
    }
  }
  if (review.kind === 'unavailable') {
    const gate =
      inputs.failOnScope === 'introduced'
        ? ' With nothing to compare, the gate counts every finding.'
        : ''
    warn(
      `tierguard could not compare this pull request with its base commit: ${review.reason} ` +
        `The findings are the head's alone; no review comment is posted.${gate}`
    )
  } else {
    const { added, removed, introduced, fixed } = review.diff
    logInfo(
      `Compared with the base commit: ${added.length} edge(s) added, ${removed.length} removed; ` +
        `${introduced.length} finding(s) introduced, ${fixed.length} fixed`
    )
  }
  return review
}

function reviewLinks(review: PullRequestReview, context: RunnerContext): ReviewLinks {
  return {
    serverUrl: context.serverUrl,
    repository: context.repository,
    headSha: context.sha || undefined,
    baseSha: review.kind === 'compared' ? review.baseSha : undefined
  }
}

/** The services at either end of an edge the pull request adds or removes (head's ids). */
function changedServices(review: PullRequestReview & { kind: 'compared' }): Set<string> {
  const ids = new Set<string>()
  for (const change of [...review.diff.added, ...review.diff.removed]) {
    if (change.edge.from) ids.add(change.edge.from)
    ids.add(change.edge.to)
  }
  return ids
}

function renderReviewSection(review: PullRequestReview, context: RunnerContext): string {
  return review.kind === 'compared'
    ? renderReview(review.diff, reviewLinks(review, context))
    : renderReviewUnavailable(review.reason)
}

/** Posts or updates the review comment; anything GitHub refuses is a warning. */
async function commentOnPullRequest(
  review: PullRequestReview & { kind: 'compared' },
  context: RunnerContext,
  inputs: ActionInputs,
  warn: (message: string) => void,
  env: NodeJS.ProcessEnv
): Promise<void> {
  if (!inputs.comment) return
  if (!context.repository || context.pullRequestNumber === undefined || !inputs.token) {
    logInfo(
      'No review comment: the run does not say which pull request it is, or the `token` input is empty.'
    )
    return
  }
  const marker = reviewCommentMarker(inputs.category)
  const outcome = await core.group('Commenting on the pull request', () =>
    upsertReviewComment({
      token: inputs.token,
      apiUrl: context.apiUrl,
      owner: context.repository!.owner,
      repo: context.repository!.repo,
      pullRequest: context.pullRequestNumber!,
      marker,
      body: renderReviewComment(review.diff, reviewLinks(review, context), marker, context.runUrl),
      policy: readRetryPolicy(env),
      logger: createActionLogger()
    })
  )
  if (outcome.kind === 'refused') warn(outcome.message)
  else logInfo(`Review comment ${outcome.kind}: ${outcome.url ?? `id ${outcome.id}`}`)
}

function describeBlocking(
  blocking: ScanResult['findings'],
  inputs: ActionInputs,
  scoped: boolean
): string {
  const listed = blocking
    .slice(0, 3)
    .map(f => `${formatSpan(f.location)} ${f.ruleId}`)
    .join(', ')
  const more = blocking.length > 3 ? ` and ${blocking.length - 3} more` : ''
  const count = `${blocking.length} finding${blocking.length === 1 ? '' : 's'}`
  const invalid = blocking.some(f => f.ruleId === invalidComposeFile.id)
    ? ' (a compose file that cannot be parsed blocks whatever `fail-on` says; `fail-on-invalid: false` relaxes that)'
    : ''
  const which = scoped ? ' introduced by this pull request' : ''
  return (
    `${count}${which} at or above \`${inputs.failOn}\` block${blocking.length === 1 ? 's' : ''} this ` +
    `check: ${listed}${more}${invalid}. See the annotations, the job summary or the SARIF file ` +
    `${inputs.sarifFile}; to change the threshold set \`fail-on\`.`
  )
}

function logScanSummary(result: ScanResult): void {
  const loaded = result.files.filter(f => f.status === 'loaded').length
  const failed = result.files.filter(f => f.status === 'failed').length
  logInfo(
    `${result.files.length} candidate file(s): ${loaded} loaded, ${failed} failed; ` +
      `${result.projects.length} project(s), ${result.topology.services.length} service(s); ` +
      `${result.findings.length} finding(s)`
  )
  for (const d of result.diagnostics.filter(d => d.severity !== 'note')) {
    logInfo(`${formatSpan(d.span)} ${d.severity} ${d.message} [${d.code}]`)
  }
}
