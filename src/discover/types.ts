/** What discovery is asked to do. What it hands the loader, a `ProjectPlan`, is in `model/`. */

export interface DiscoverOptions {
  /** Absolute paths to scan: folders (walked) or files (taken as they are). */
  roots: string[]
  /** Absolute base directory that every reported path is relative to. */
  baseDir: string
  /** Extra globs (relative to the base directory) of files to consider, beside the known names. */
  include?: string[]
  /** Globs of files or folders to leave out. */
  exclude?: string[]
}
