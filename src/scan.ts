/**
 * The pipeline both shells run: discover -> load -> model -> analyze. Pure apart from reading
 * the files it is pointed at; reports are rendered from its result by `src/report`.
 */
import path from 'node:path'
import type { Diagnostic } from './core/diagnostic.js'
import { compareSpans } from './core/span.js'
import type { Logger } from './core/logger.js'
import { findComposeFiles } from './discover/find-files.js'
import { classifyDocument } from './discover/classify.js'
import { isComposeFileName } from './discover/file-names.js'
import { outlineComposeFile, planProjects, type FileOutline } from './discover/plan-projects.js'
import type { ProjectPlan } from './discover/types.js'
import { ParsedFileCache } from './load/file-cache.js'
import { loadProject } from './load/load-project.js'
import type { Project, ScannedFile } from './model/types.js'
import { buildTopology } from './analyze/build-topology.js'
import { runRules } from './analyze/run-rules.js'
import type { Topology } from './analyze/types.js'
import { RULES } from './rules/registry.js'
import { findInvalidComposeFiles } from './rules/invalid-compose-file.js'
import type { Finding, Rule, RuleMeta } from './rules/types.js'
import { createPolicyViolationRule } from './rules/policy-violation.js'
import { applyConfig } from './config/apply-config.js'
import { createTierOf } from './config/tiers.js'
import type { TierguardConfig } from './config/types.js'

export interface ScanOptions {
  /** Paths to scan, absolute or relative to `baseDir`. Default: `baseDir`. */
  paths?: string[]
  /** Absolute directory reported paths are relative to: the repository root in the action. */
  baseDir: string
  include?: string[]
  exclude?: string[]
  /** Variables for interpolation, on top of each project's `.env` (as given to the action). */
  env?: Record<string, string>
  /** Explicit projects, as `docker compose -f a -f b -p name` would load them. */
  projects?: ProjectPlan[]
  maxFileBytes?: number
  /**
   * The loaded configuration file (`loadConfig`). Its globs, projects and env add to the
   * options above (options win on conflicts); its tiers, rules, overrides, ignores and policy
   * apply to the findings. Inline and `x-tierguard` suppressions apply without one too.
   */
  config?: TierguardConfig
  logger: Logger
  /**
   * How the user gives a variable a value, in the words of the shell running the scan (the
   * CLI's `--env`); ends the note on an unset variable. Default: the configuration's `env` or
   * a `.env` file, which every shell reads.
   */
  howToSetVariables?: string
}

export interface ScanResult {
  baseDir: string
  files: ScannedFile[]
  projects: Project[]
  topology: Topology
  /** Sorted by file, line, column, rule. */
  findings: Finding[]
  /** Every diagnostic of every file and project, sorted by position. */
  diagnostics: Diagnostic[]
  rules: RuleMeta[]
  startedAt: Date
  endedAt: Date
  /** How long each stage took, in milliseconds (`TIERGUARD_TIMINGS=1` prints them in the CLI). */
  timings?: ScanTimings
}

/** Milliseconds spent in each stage of `scan()`. */
export interface ScanTimings {
  /** Finding candidate files (directory walk or `git ls-files`). */
  discover: number
  /**
   * Reading and parsing every candidate, and telling compose files from others; with the time
   * spent parsing compose files again as their projects load (their trees are not kept).
   */
  parse: number
  /** Planning and loading projects: merges, interpolation, `extends`, `include`, the model. */
  load: number
  /** Building the topology: nodes, memberships, tiers, intents, reachability indexes. */
  topology: number
  /** Running the rules. */
  rules: number
  /** Applying the configuration and suppressions to the findings. */
  config: number
}

/** Scans the given paths and returns projects, topology, findings and diagnostics. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const startedAt = new Date()
  const clock = startClock()
  const { baseDir, logger, config } = options
  const roots = (options.paths?.length ? options.paths : ['.']).map(p => path.resolve(baseDir, p))
  const cache = new ParsedFileCache({
    baseDir,
    maxFileBytes: options.maxFileBytes ?? config?.maxFileBytes
  })

  const discovered = await findComposeFiles({
    roots,
    baseDir,
    include: [...(options.include ?? []), ...(config?.include ?? [])],
    exclude: [...(options.exclude ?? []), ...(config?.exclude ?? [])]
  })
  logger.info(`Found ${discovered.files.length} candidate compose file(s)`)
  const discoverMs = clock.lap()

  // A scan path that is a file counts as named like a compose file, whatever its name.
  const explicitFiles = new Set(roots.map(root => cache.relative(root)))
  const files: ScannedFile[] = []
  const composeFiles: FileOutline[] = []
  for (const [index, file] of discovered.files.entries()) {
    const parsed = cache.get(file)
    const classified = classifyDocument(parsed, isComposeFileName(file) || explicitFiles.has(file))
    const failed = parsed.diagnostics.some(d => d.severity === 'error')
    files.push({
      path: file,
      status: failed ? 'failed' : classified.compose ? 'loaded' : 'not-compose',
      projects: [],
      diagnostics: classified.diagnostic
        ? [...parsed.diagnostics, classified.diagnostic]
        : parsed.diagnostics
    })
    if (classified.compose) composeFiles.push(outlineComposeFile(parsed, cache))
    // Planning needs only the outline: the tree is parsed again when its project loads.
    cache.releaseTree(file)
    logger.progress?.(index + 1, discovered.files.length, 'files parsed')
  }

  const firstParseMs = clock.lap()
  const parsedBeforeLoading = cache.parseMs

  const plans = options.projects?.length
    ? options.projects
    : planWithConfiguredProjects(composeFiles, cache, config)
  // Planning may have parsed files discovery did not list (`include` targets).
  cache.releaseTrees(plans[0]?.files)
  const planNotes = plans.flatMap(plan => plan.notes ?? [])
  const env = { ...config?.env, ...options.env }
  const projects = plans.map((plan, index) => {
    const project = loadProject(plan, cache, {
      env,
      logger,
      howToSetVariables: options.howToSetVariables
    })
    // Plans come sorted by their files: the next one often shares this one's base file.
    cache.releaseTrees(plans[index + 1]?.files)
    logger.progress?.(index + 1, plans.length, 'projects loaded')
    return project
  })
  const filesByPath = new Map(files.map(f => [f.path, f]))
  for (const project of projects) {
    for (const file of project.files) {
      const scanned = filesByPath.get(file)
      if (scanned && !scanned.projects.includes(project.name)) {
        scanned.projects.push(project.name)
        scanned.status = 'loaded'
      }
    }
  }

  // Parsing files again while their projects load is parsing: counted there, not in loading.
  const parsedAgainMs = cache.parseMs - parsedBeforeLoading
  const loadMs = clock.lap() - parsedAgainMs

  const topology = buildTopology(projects, config ? { tierOf: createTierOf(config) } : {})
  const topologyMs = clock.lap()
  const diagnostics = dropRepeatedDiagnostics([
    ...discovered.diagnostics,
    ...planNotes,
    ...files.flatMap(f => f.diagnostics),
    ...projects.flatMap(p => p.diagnostics)
  ])
  const ruleFindings = [
    ...runRules(topology, rulesFor(config), { logger }),
    ...findInvalidFiles(diagnostics, files, projects, explicitFiles)
  ]
  const rulesMs = clock.lap()
  const findings = applyConfig({
    findings: ruleFindings,
    topology,
    config,
    files: [...new Set(projects.flatMap(p => p.files))].sort(),
    parsedFile: file => cache.get(file),
    parsedFileWithoutTree: file => cache.getWithoutTree(file),
    ruleIds: RULES.map(r => r.id)
  })
  const configMs = clock.lap()
  return {
    baseDir,
    files,
    projects,
    topology,
    findings,
    diagnostics,
    rules: RULES,
    startedAt,
    endedAt: new Date(),
    timings: {
      discover: discoverMs,
      parse: firstParseMs + parsedAgainMs,
      load: loadMs,
      topology: topologyMs,
      rules: rulesMs,
      config: configMs
    }
  }
}

/**
 * The `invalid-compose-file` findings: errors in files loaded into a project, or in files that
 * failed to parse under a compose name or given explicitly (a broken YAML file of another kind
 * is not a compose file's problem).
 */
function findInvalidFiles(
  diagnostics: Diagnostic[],
  files: ScannedFile[],
  projects: Project[],
  explicitFiles: Set<string>
): Finding[] {
  const projectOfFile = new Map<string, string>()
  for (const project of projects) {
    for (const file of project.files)
      if (!projectOfFile.has(file)) projectOfFile.set(file, project.name)
  }
  const failedComposeFiles = new Set(
    files
      .filter(
        f => f.status === 'failed' && (isComposeFileName(f.path) || explicitFiles.has(f.path))
      )
      .map(f => f.path)
  )
  return findInvalidComposeFiles(
    diagnostics,
    file => projectOfFile.has(file) || failedComposeFiles.has(file),
    file => projectOfFile.get(file)
  )
}

/** A stopwatch: `lap()` returns the milliseconds since the previous lap (or the start). */
function startClock(): { lap(): number } {
  let last = performance.now()
  return {
    lap() {
      const now = performance.now()
      const ms = now - last
      last = now
      return ms
    }
  }
}

/** The catalogue, with the policy rule checking the configuration's policy. */
function rulesFor(config: TierguardConfig | undefined): Rule[] {
  if (!config || config.policy.forbid.length === 0) return RULES
  const policyRule = createPolicyViolationRule(config.policy)
  return RULES.map(rule => (rule.id === policyRule.id ? policyRule : rule))
}

/**
 * Projects named in the configuration are loaded as written; the compose files none of them
 * names are planned by discovery as usual.
 */
function planWithConfiguredProjects(
  composeFiles: FileOutline[],
  cache: ParsedFileCache,
  config: TierguardConfig | undefined
): ProjectPlan[] {
  const configured = config?.projects ?? []
  if (configured.length === 0) return planProjects(composeFiles, cache)
  const named = new Set(configured.flatMap(plan => plan.files))
  const rest = composeFiles.filter(file => !named.has(file.path))
  return [...configured, ...planProjects(rest, cache)]
}

/**
 * The loader repeats the parse diagnostics of every file it reads (a file may be loaded by
 * several projects, or reached only through `include`), so the same problem can arrive more
 * than once. Keep the first of each, sorted by position then code. Repeats are found among
 * neighbours after a stable sort, without a key string per diagnostic.
 */
function dropRepeatedDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const sorted = diagnostics.sort(
    (a, b) => compareSpans(a.span, b.span) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  )
  const kept: Diagnostic[] = []
  let runStart = 0
  for (const d of sorted) {
    const previous = kept[kept.length - 1]
    if (!previous || compareSpans(previous.span, d.span) !== 0 || previous.code !== d.code) {
      runStart = kept.length
    } else if (kept.slice(runStart).some(k => k.message === d.message)) {
      continue
    }
    kept.push(d)
  }
  return kept
}
