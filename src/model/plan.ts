/**
 * What discovery hands the loader: the files docker compose would load together as one project.
 * Discovery plans, the loader loads, and configuration may name plans; all three read this.
 */
import type { Diagnostic } from '../core/diagnostic.js'

/**
 * A set of files docker compose would load together, in load order: the base file, then its
 * override(s). `include`/`extends: file:` targets are followed by the loader, not listed here.
 */
export interface ProjectPlan {
  /** Files, POSIX paths relative to the base directory; the first is the base file. */
  files: string[]
  /** The project directory (the first file's folder), relative to the base directory. */
  directory: string
  kind: 'compose' | 'stack'
  /** A name given by configuration (`-p`, stack name); otherwise the loader derives it. */
  name?: string
  /** Env files given by configuration, beside the project directory's `.env`. */
  envFiles?: string[]
  /** What planning wants the user to know about this plan (e.g. a second default file name). */
  notes?: Diagnostic[]
  /**
   * The compose files this plan judges: their findings and diagnostics come from this plan's
   * project only. Planning decides it (`assignJudges`): the files the plan loads (its own, and
   * the `include` and `extends: file:` targets they reach) that no earlier plan loads, so a base
   * file its variants and fragments load again is judged once, by the plan of its folder.
   */
  judges?: string[]
}
