/**
 * The pipeline both shells run: discover -> load -> model -> analyze. Pure apart from reading
 * the files it is pointed at; reports are rendered from its result by `src/report`.
 */
import path from 'node:path'
import type { Diagnostic } from './core/diagnostic.js'
import { compareSpans } from './core/span.js'
import type { Logger } from './core/logger.js'
import { findComposeFiles } from './discover/find-files.js'
import { findScanRoots } from './discover/scan-roots.js'
import { applyComposeFileVariable } from './discover/compose-file-variable.js'
import { classifyDocument, explainNotCompose, looksLikeCompose } from './discover/classify.js'
import { isComposeFileName } from './discover/file-names.js'
import {
  assignJudges,
  outlineComposeFile,
  planProjects,
  type FileOutline
} from './discover/plan-projects.js'
import type { ProjectPlan } from './model/plan.js'
import { ParsedFileCache } from './load/file-cache.js'
import { loadProject } from './load/load-project.js'
import type { Project, ScannedFile } from './model/types.js'
import { buildTopology } from './analyze/build-topology.js'
import { runRules } from './rules/run-rules.js'
import type { Topology } from './analyze/types.js'
import { RULES } from './rules/registry.js'
import { findInvalidComposeFiles } from './rules/invalid-compose-file.js'
import type { Finding, RuleMeta } from './rules/types.js'
import { applyConfig } from './config/apply-config.js'
import { ruleOptionsFor } from './config/rule-options.js'
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
    scanRoots: findScanRoots(roots),
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
  const candidates = [
    ...discovered.files.map(file => ({ file, named: true })),
    ...discovered.otherYaml.map(file => ({ file, named: false }))
  ]
  for (const [index, { file, named }] of candidates.entries()) {
    logger.progress?.(index + 1, candidates.length, 'files parsed')
    // Content decides, but a file that never writes `services` cannot be compose: most YAML of
    // a repository (workflows, manifests, app configs) is let go without being parsed.
    if (!named && !cache.mentions(file, 'services')) {
      cache.forget(file)
      continue
    }
    const parsed = cache.get(file)
    const byName = isComposeFileName(file) || explicitFiles.has(file)
    const classified = classifyDocument(parsed, byName)
    const failed = parsed.diagnostics.some(d => d.severity === 'error')
    if (!named && !classified.compose) {
      // Not named like compose and not compose: accounted for only when it looks like compose.
      if (looksLikeCompose(parsed.root)) {
        files.push({
          path: file,
          status: failed ? 'failed' : 'not-compose',
          projects: [],
          diagnostics: [],
          account: { disposition: 'left-out', reason: explainNotCompose(parsed) }
        })
      }
      cache.forget(file)
      continue
    }
    files.push({
      path: file,
      status: failed ? 'failed' : classified.compose ? 'loaded' : 'not-compose',
      projects: [],
      diagnostics: classified.diagnostic
        ? [...parsed.diagnostics, classified.diagnostic]
        : parsed.diagnostics,
      ...(classified.compose
        ? {}
        : {
            account: {
              disposition: 'left-out' as const,
              reason: explainNotCompose(parsed)
            }
          })
    })
    if (classified.compose) composeFiles.push(outlineComposeFile(parsed, cache))
    // Planning needs only the outline: the tree is parsed again when its project loads.
    cache.releaseTree(file)
  }
  files.sort((a, b) => compareText(a.path, b.path))

  const firstParseMs = clock.lap()
  const parsedBeforeLoading = cache.parseMs

  const env = { ...config?.env, ...options.env }
  const planned = options.projects?.length
    ? { plans: options.projects, diagnostics: [] }
    : applyComposeFileVariable(
        planWithConfiguredProjects(composeFiles, cache, config),
        composeFiles.map(file => path.posix.dirname(file.path)),
        cache,
        env,
        roots.map(root =>
          cache.relative(isScannedFile(root, explicitFiles, cache) ? path.dirname(root) : root)
        )
      )
  // Which plan judges each file is decided here, before anything loads: no finding or
  // diagnostic needs removing as a repeat afterwards.
  const plans = assignJudges(planned.plans, composeFiles, cache)
  // Planning may have parsed files discovery did not list (`include` targets).
  cache.releaseTrees(plans[0]?.files)
  const planNotes = [...plans.flatMap(plan => plan.notes ?? []), ...planned.diagnostics]
  const parsedByScan = new Set(files.map(file => file.path))
  const projects = plans.map((plan, index) => {
    const project = loadProject(plan, cache, {
      env,
      logger,
      parsedByScan,
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

  accountForFiles(files, plans, projects)

  // Parsing files again while their projects load is parsing: counted there, not in loading.
  const parsedAgainMs = cache.parseMs - parsedBeforeLoading
  const loadMs = clock.lap() - parsedAgainMs

  const topology = buildTopology(projects, config ? { tierOf: createTierOf(config) } : {})
  const topologyMs = clock.lap()
  const owners = findJudges(plans, projects)
  const diagnostics = [
    ...discovered.diagnostics,
    ...planNotes,
    ...files.flatMap(f => f.diagnostics),
    ...ownDiagnostics(projects, owners)
  ].sort(
    (a, b) =>
      compareSpans(a.span, b.span) ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message)
  )
  const ruleFindings = [
    ...sayWhichCombination(
      runRules(topology, RULES, { logger, options: ruleOptionsFor(config) }).filter(finding =>
        isJudgedByItsProject(finding, topology, owners)
      ),
      topology,
      plans,
      projects
    ),
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

/**
 * The project that judges each file it loaded: the one whose plan judges it (`assignJudges`).
 * A file no plan judges, or that its judge's project did not load after all (a path only
 * interpolation reveals), is judged by the first project, in plan order, that loaded it.
 */
function findJudges(
  plans: readonly ProjectPlan[],
  projects: readonly Project[]
): Map<string, Project> {
  const judges = new Map<string, Project>()
  projects.forEach((project, index) => {
    for (const file of plans[index]?.judges ?? []) {
      if (project.files.includes(file)) judges.set(file, project)
    }
  })
  for (const project of projects) {
    for (const file of project.files) if (!judges.has(file)) judges.set(file, project)
  }
  return judges
}

/**
 * Whether a finding stands: its subject's project judges the file it points at, or does not load
 * that file at all (a finding across projects, at a network another project declares).
 */
function isJudgedByItsProject(
  finding: Finding,
  topology: Topology,
  owners: ReadonlyMap<string, Project>
): boolean {
  const file = finding.location.file
  const owner = owners.get(file)
  const subject = finding.services[0]
  if (!owner || subject === undefined) return true
  const project = topology.serviceById(subject)?.project
  return project === undefined || project === owner || !project.files.includes(file)
}

/**
 * Each project's diagnostics about the files it judges; a file no project loads as compose (an
 * env file) is reported by the first project that says something about it.
 */
function ownDiagnostics(
  projects: readonly Project[],
  owners: ReadonlyMap<string, Project>
): Diagnostic[] {
  const firstReporter = new Map<string, Project>()
  const kept: Diagnostic[] = []
  for (const project of projects) {
    for (const diagnostic of project.diagnostics) {
      const file = diagnostic.span.file
      let owner = owners.get(file)
      if (!owner) {
        owner = firstReporter.get(file) ?? project
        firstReporter.set(file, owner)
      }
      if (owner === project) kept.push(diagnostic)
    }
  }
  return kept
}

/**
 * A finding of a fragment loaded on a base file says which combination was analysed, since no
 * single file of it is what compose would run: "(analysed as `docker compose -f base -f
 * fragment`)". Service ids start with the project's key, which tells the plan apart.
 */
function sayWhichCombination(
  findings: Finding[],
  topology: Topology,
  plans: ProjectPlan[],
  projects: Project[]
): Finding[] {
  const combinations = new Map<string, string>()
  projects.forEach((project, index) => {
    const plan = plans[index]
    if (!plan?.notes?.some(note => note.code === 'fragment-paired')) return
    const command = plan.files.map(file => `-f ${file}`).join(' ')
    combinations.set(topology.projectKey(project), `docker compose ${command}`)
  })
  if (combinations.size === 0) return findings
  for (const finding of findings) {
    const subject = finding.services[0]
    if (subject === undefined) continue
    const combination = combinations.get(subject.slice(0, subject.lastIndexOf('/')))
    if (combination) finding.message = `${finding.message} (analysed as \`${combination}\`)`
  }
  return findings
}

/**
 * Gives every compose file that has no account yet (those left out by the classifier have one)
 * its disposition: analysed when a plan names it, part of the projects that loaded it otherwise.
 */
function accountForFiles(files: ScannedFile[], plans: ProjectPlan[], projects: Project[]): void {
  const planOf = new Map<string, ProjectPlan>()
  for (const plan of plans)
    for (const file of plan.files) if (!planOf.has(file)) planOf.set(file, plan)
  const loadedBy = new Map<string, Set<string>>()
  for (const project of projects) {
    const first = project.files[0]
    if (first === undefined) continue
    for (const file of project.files) {
      const by = loadedBy.get(file) ?? new Set<string>()
      by.add(first)
      loadedBy.set(file, by)
    }
  }
  for (const file of files) {
    if (file.account) continue
    const plan = planOf.get(file.path)
    if (plan) {
      file.account =
        plan.files.length > 1
          ? {
              disposition: 'analysed',
              reason: `loaded as \`docker compose ${plan.files.map(f => `-f ${f}`).join(' ')}\``
            }
          : { disposition: 'analysed' }
      continue
    }
    const by = loadedBy.get(file.path)
    file.account = by
      ? { disposition: 'part-of-project', loadedBy: [...by].sort(compareText) }
      : { disposition: 'left-out', reason: 'no project loads it' }
  }
}

/** Whether a scan root is a file (it was listed as a file, not walked as a folder). */
function isScannedFile(root: string, explicitFiles: Set<string>, cache: ParsedFileCache): boolean {
  return explicitFiles.has(cache.relative(root)) && cache.exists(cache.relative(root))
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
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
