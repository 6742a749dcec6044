/**
 * The review of a pull request in the action: check out its base commit, scan it with the
 * head's configuration, and compare (`src/review`). The worktree is removed afterwards.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Logger } from '../core/logger.js'
import type { TierguardConfig } from '../config/types.js'
import { diffReview, reviewSideOf } from '../review/diff.js'
import type { ReviewDiff, ReviewSide } from '../review/diff.js'
import { scan } from '../scan.js'
import type { ScanResult } from '../scan.js'
import { checkoutBase } from './base-commit.js'

export type PullRequestReview =
  | { kind: 'compared'; diff: ReviewDiff; changedFiles: Set<string>; baseSha: string }
  | { kind: 'unavailable'; reason: string }

/** Compares `head` (the scan of the workspace) with the scan of the base commit `baseSha`. */
export async function reviewPullRequest(options: {
  workspace: string
  /** The `path` input, relative to the workspace. */
  relativePath: string
  baseSha: string
  head: ScanResult
  config?: TierguardConfig
  tempRoot?: string
  logger: Logger
}): Promise<PullRequestReview> {
  const { logger } = options
  const base = await checkoutBase({
    workspace: options.workspace,
    sha: options.baseSha,
    tempRoot: options.tempRoot,
    logger
  })
  if (base.kind === 'unavailable') return base
  try {
    const scanPath = path.join(base.workspace, options.relativePath)
    let side: ReviewSide = { edges: [], findings: [] }
    if (existsSync(scanPath)) {
      const scanned = await scan({
        baseDir: base.workspace,
        paths: [scanPath],
        config: options.config,
        logger
      })
      side = reviewSideOf(scanned)
    } else {
      logger.info(`${options.relativePath} does not exist in the base commit: nothing to compare`)
    }
    return {
      kind: 'compared',
      diff: diffReview(side, reviewSideOf(options.head)),
      changedFiles: new Set(base.changedFiles),
      baseSha: options.baseSha
    }
  } finally {
    await base.remove()
  }
}
