/**
 * Groups compose files into the projects docker compose would load:
 * - a folder's default file plus the override beside it (`docker compose up` in that folder);
 * - a variant that only overrides services of the default file, with it (`-f base -f variant`);
 * - every other file on its own, so that nothing found is left out;
 * - files that another file reaches through `include` or `extends: file:` only through it;
 * - a fragment (services without `image`/`build`, networks or services used but not defined),
 *   with the nearest base file, in its folder or a parent folder, that supplies what it lacks
 *   (`-f ../compose.yaml -f sub/compose.yaml`).
 */
import path from 'node:path'
import type { Diagnostic } from '../core/diagnostic.js'
import { fileSpan } from '../core/span.js'
import type { ParsedFileCache } from '../load/file-cache.js'
import type { ParsedFile } from '../yaml/parse-yaml.js'
import { readExtendedFiles, readIncludedFiles } from '../load/references.js'
import { getValue, scalarText, type YNode } from '../yaml/yaml-tree.js'
import { matchComposeFileName, type FileRole } from './file-names.js'
import type { ProjectPlan } from '../model/plan.js'

/**
 * What planning reads of a compose file. The scan outlines each file as it parses it and lets
 * the tree go: trees are most of a large scan's memory, and each is parsed again, from the text
 * the cache keeps, only while its project loads.
 */
export interface FileOutline {
  path: string
  /** The services it defines: `undefined` without `services`, `null` when that is no mapping. */
  services: readonly string[] | null | undefined
  /** The networks its top-level `networks` declares. */
  declaredNetworks: ReadonlySet<string>
  /** The networks its services join (`default` aside) that it does not declare, sorted. */
  undeclaredNetworks: readonly string[]
  /** Local files its `include` names, relative to the base directory. */
  includes: readonly string[]
  /** Local files its services' `extends: file:` name, relative to the base directory. */
  extendsFiles: readonly string[]
  /** Its services with no `image`, `build`, `extends` or `provider`: overrides of another file's. */
  incompleteServices: readonly string[]
  /**
   * Services its services refer to (`depends_on`, `links`, `network_mode: service:`,
   * `volumes_from`, same-file `extends`) that it does not define, sorted.
   */
  undefinedServices: readonly string[]
}

/** The outline of a parsed compose file (`cache` resolves absolute references). */
export function outlineComposeFile(file: ParsedFile, cache: ParsedFileCache): FileOutline {
  // Paths in a file resolve against its folder (the loader uses the project's directory, which
  // is the same folder for the files planning groups).
  const resolver = {
    base: path.posix.dirname(file.path),
    relative: (p: string) => cache.relative(p)
  }
  const services = getValue(file.root, 'services')
  const declaredNetworks = declaredNetworksOf(file)
  return {
    path: file.path,
    services:
      services === undefined
        ? undefined
        : services.kind === 'map'
          ? [...services.entries.keys()]
          : null,
    declaredNetworks,
    undeclaredNetworks: undeclaredNetworksOf(file, declaredNetworks),
    includes: readIncludedFiles(file.root, resolver),
    extendsFiles: readExtendedFiles(file.root, resolver),
    ...readServiceGaps(file)
  }
}

/** What a file's services lack or refer to without defining it (see `FileOutline`). */
function readServiceGaps(file: ParsedFile): {
  incompleteServices: string[]
  undefinedServices: string[]
} {
  const services = getValue(file.root, 'services')
  if (services?.kind !== 'map') return { incompleteServices: [], undefinedServices: [] }
  const incomplete: string[] = []
  const referenced = new Set<string>()
  const names = (node: YNode | undefined): string[] => {
    if (node?.kind === 'map') return [...node.entries.keys()]
    if (node?.kind === 'seq') return node.items.flatMap(item => scalarText(item) ?? [])
    return []
  }
  for (const [name, { value }] of services.entries) {
    if (value.kind !== 'map') continue
    // `provider` services (compose 2.36) are run by a plugin: complete without an image.
    if (!['image', 'build', 'extends', 'provider'].some(key => value.entries.has(key))) {
      incomplete.push(name)
    }
    for (const target of names(getValue(value, 'depends_on'))) referenced.add(target)
    // `links: [db:database]` names the service before the colon.
    for (const link of names(getValue(value, 'links'))) referenced.add(link.split(':')[0] ?? link)
    for (const from of names(getValue(value, 'volumes_from'))) {
      if (!from.startsWith('container:')) referenced.add(from.split(':')[0] ?? from)
    }
    const mode = scalarText(getValue(value, 'network_mode'))
    if (mode?.startsWith('service:')) referenced.add(mode.slice('service:'.length))
    const extendsNode = getValue(value, 'extends')
    if (extendsNode?.kind === 'scalar') referenced.add(scalarText(extendsNode) ?? '')
    if (extendsNode?.kind === 'map' && !extendsNode.entries.has('file')) {
      referenced.add(scalarText(getValue(extendsNode, 'service')) ?? '')
    }
  }
  const undefinedServices = [...referenced]
    .filter(name => name !== '' && !services.entries.has(name))
    .sort(compareStrings)
  return { incompleteServices: incomplete, undefinedServices }
}

interface Candidate {
  file: FileOutline
  role: FileRole | 'other'
  rank: number
}

/**
 * Plans the projects of the given compose files (already classified as compose). `cache` gives
 * the trees of `include` and `extends: file:` targets that discovery did not list. Plans come
 * sorted by their files; the output depends only on the input.
 */
export function planProjects(files: FileOutline[], cache: ParsedFileCache): ProjectPlan[] {
  const unique = new Map<string, FileOutline>()
  for (const file of files) if (!unique.has(file.path)) unique.set(file.path, file)
  // The listed files and the targets planning reads beyond them; only listed files are planned.
  const outlines = new Map(unique)
  const reached = findReachedFiles([...unique.keys()].sort(compareStrings), outlines, cache)

  const folders = new Map<string, Candidate[]>()
  for (const file of unique.values()) {
    const match = matchComposeFileName(file.path)
    const folder = path.posix.dirname(file.path)
    const list = folders.get(folder) ?? []
    list.push({ file, role: match?.role ?? 'other', rank: match?.rank ?? 0 })
    folders.set(folder, list)
  }

  const plans: ProjectPlan[] = []
  const basesByFolder = new Map<string, FileOutline>()
  for (const [folder, candidates] of folders) {
    plans.push(...planFolder(folder, candidates, reached, outlines, cache))
    const base = candidates
      .filter(c => c.role === 'base' || c.role === 'stack-base')
      .sort(
        (a, b) =>
          Number(a.role !== 'base') - Number(b.role !== 'base') ||
          a.rank - b.rank ||
          compareStrings(a.file.path, b.file.path)
      )[0]
    if (base) basesByFolder.set(folder, base.file)
  }
  return plans
    .map(plan => attachFragmentToBase(plan, outlines, basesByFolder, cache))
    .sort((a, b) => compareFileLists(a.files, b.files))
}

/**
 * Decides which plan judges each compose file (`ProjectPlan.judges`): the first plan, in the
 * order given (the order projects load and report in), that loads it, reading each plan's
 * `include` and `extends: file:` targets with the same reader as the loader. Plans come sorted
 * by their files, so a base file is judged by the plan `docker compose up` runs in its folder
 * (the base alone, or with its override), never by the variants and fragments loaded on top of
 * it; these judge their own files. `outlines` are the compose files discovery outlined; `cache`
 * reads the targets it did not list.
 */
export function assignJudges(
  plans: readonly ProjectPlan[],
  outlines: readonly FileOutline[],
  cache: ParsedFileCache
): ProjectPlan[] {
  const known = new Map(outlines.map(outline => [outline.path, outline]))
  const judged = new Set<string>()
  return plans.map(plan => {
    const judges: string[] = []
    const stack = [...plan.files].reverse()
    const seen = new Set<string>()
    while (stack.length > 0) {
      const file = stack.pop() as string
      if (seen.has(file)) continue
      seen.add(file)
      if (!judged.has(file)) {
        judged.add(file)
        judges.push(file)
      }
      const outline = readTarget(file, known, cache)
      if (outline) stack.push(...[...outline.includes, ...outline.extendsFiles].reverse())
    }
    return { ...plan, judges }
  })
}

/**
 * A file planned alone that needs another file (a fragment: services without `image` or
 * `build`, networks or services it uses without defining them) would be refused by compose as it
 * is: real repositories keep such add-ons beside their base file (`etherpad.yml` beside
 * `docker-compose.yml`) or in a subfolder (`extensions/filebeat/filebeat-compose.yml`), to be
 * loaded as `docker compose -f base -f fragment`. The nearest base file, in the fragment's own
 * folder then in each parent folder, that supplies everything the fragment lacks is planned
 * with it, and a note says so; without one the fragment stands alone, with a warning.
 */
function attachFragmentToBase(
  plan: ProjectPlan,
  known: Map<string, FileOutline>,
  basesByFolder: Map<string, FileOutline>,
  cache: ParsedFileCache
): ProjectPlan {
  const [only] = plan.files
  const fragment = plan.files.length === 1 && only !== undefined ? known.get(only) : undefined
  if (!fragment) return plan
  const lacks = describeGaps(fragment)
  if (lacks === undefined) return plan
  let folder = path.posix.dirname(fragment.path)
  // `stack-elk.override.yml` overrides `stack-elk.yml` before any default file of the folder.
  const partner = overriddenFile(fragment.path, known)
  for (;;) {
    const base =
      partner && folder === path.posix.dirname(fragment.path) ? partner : basesByFolder.get(folder)
    if (base && base.path !== fragment.path && supplies(base, fragment, known, cache)) {
      const note: Diagnostic = {
        code: 'fragment-paired',
        severity: 'note',
        message: `\`${fragment.path}\` ${lacks}; \`${base.path}\` supplies what it lacks, so the two were analysed together, as \`docker compose -f ${base.path} -f ${fragment.path}\``,
        span: fileSpan(fragment.path)
      }
      return {
        files: [base.path, fragment.path],
        directory: folder,
        kind: plan.kind,
        notes: [...(plan.notes ?? []), note]
      }
    }
    if (folder === '.' || folder === '/' || folder === '') break
    folder = path.posix.dirname(folder)
  }
  const warning: Diagnostic = {
    code: 'fragment-without-base',
    severity: 'warning',
    message: `\`${fragment.path}\` ${lacks}, and no base compose file in its folder or above supplies what it lacks: it was analysed alone, as compose would refuse it. Name the base in the configuration's \`projects\` to analyse the two together`,
    span: fileSpan(fragment.path)
  }
  return { ...plan, notes: [...(plan.notes ?? []), warning] }
}

/** For `name.override.yml` (or `-override`, `_override`), the listed `name.yml` or `name.yaml`. */
function overriddenFile(file: string, known: Map<string, FileOutline>): FileOutline | undefined {
  const match = /^(.+)[._-]override\.ya?ml$/i.exec(path.posix.basename(file))
  if (!match) return undefined
  const folder = path.posix.dirname(file)
  for (const extension of ['.yml', '.yaml']) {
    const candidate = known.get(path.posix.join(folder, `${match[1]}${extension}`))
    if (candidate) return candidate
  }
  return undefined
}

/** What a fragment lacks, in words ("joins `elk` without declaring it"), or undefined. */
function describeGaps(file: FileOutline): string | undefined {
  const quote = (names: readonly string[]) => names.map(n => `\`${n}\``).join(', ')
  const gaps: string[] = []
  if (file.undeclaredNetworks.length > 0) {
    gaps.push(
      `joins ${quote(file.undeclaredNetworks)} without declaring ${itOrThem(file.undeclaredNetworks)}`
    )
  }
  if (file.incompleteServices.length > 0) {
    gaps.push(`gives ${quote(file.incompleteServices)} no \`image\` or \`build\``)
  }
  if (file.undefinedServices.length > 0) {
    gaps.push(
      `refers to ${quote(file.undefinedServices)} without defining ${itOrThem(file.undefinedServices)}`
    )
  }
  return gaps.length > 0 ? gaps.join(' and ') : undefined
}

function itOrThem(names: readonly string[]): string {
  return names.length === 1 ? 'it' : 'them'
}

/** Whether `base` (with what it includes) declares and defines everything `fragment` lacks. */
function supplies(
  base: FileOutline,
  fragment: FileOutline,
  known: Map<string, FileOutline>,
  cache: ParsedFileCache
): boolean {
  const services = new Set<string>()
  const networks = new Set<string>()
  const seen = new Set<string>()
  const collect = (file: FileOutline): void => {
    if (seen.has(file.path)) return
    seen.add(file.path)
    for (const name of file.services ?? []) services.add(name)
    for (const name of file.declaredNetworks) networks.add(name)
    for (const target of file.includes) {
      const outline = readTarget(target, known, cache)
      if (outline) collect(outline)
    }
  }
  collect(base)
  return (
    fragment.undeclaredNetworks.every(name => networks.has(name)) &&
    fragment.incompleteServices.every(name => services.has(name)) &&
    fragment.undefinedServices.every(name => services.has(name))
  )
}

/** Networks a file's services join (`default` aside) that its top-level `networks` lacks. */
function undeclaredNetworksOf(file: ParsedFile, declared: ReadonlySet<string>): string[] {
  const joined = new Set<string>()
  const services = getValue(file.root, 'services')
  for (const { value } of services?.kind === 'map' ? services.entries.values() : []) {
    const networks = getValue(value, 'networks')
    if (networks?.kind === 'map') for (const name of networks.entries.keys()) joined.add(name)
    if (networks?.kind === 'seq') {
      for (const item of networks.items) {
        const name = scalarText(item)
        if (name !== undefined) joined.add(name)
      }
    }
  }
  return [...joined].filter(name => name !== 'default' && !declared.has(name)).sort(compareStrings)
}

function declaredNetworksOf(file: ParsedFile): Set<string> {
  const networks = getValue(file.root, 'networks')
  return new Set(networks?.kind === 'map' ? networks.entries.keys() : [])
}

/** Plans the files of one folder. */
function planFolder(
  folder: string,
  candidates: Candidate[],
  reached: Set<string>,
  known: Map<string, FileOutline>,
  cache: ParsedFileCache
): ProjectPlan[] {
  const byRole = (role: Candidate['role']) =>
    candidates
      .filter(c => c.role === role)
      .sort((a, b) => a.rank - b.rank || compareStrings(a.file.path, b.file.path))
  const bases = byRole('base')
  const overrides = byRole('override')
  const stackBases = byRole('stack-base')
  const base = bases[0]
  const stackBase = stackBases[0]
  const plans: ProjectPlan[] = []
  const plan = (files: FileOutline[], notes: Diagnostic[] = []): void => {
    const [first] = files
    if (!first) return
    const kind = matchComposeFileName(first.path)?.role.startsWith('stack') ? 'stack' : 'compose'
    plans.push({
      files: files.map(f => f.path),
      directory: folder,
      kind,
      ...(notes.length > 0 ? { notes } : {})
    })
  }

  // Partial files (overrides and variants) go with the folder's base when they only touch its
  // services; anything else stands on its own. A file reached through `include`/`extends` is
  // loaded by its includer and is not planned again.
  const planPartial = (candidate: Candidate, base: Candidate | undefined, notes: Diagnostic[]) => {
    if (reached.has(candidate.file.path)) return
    if (base && definesOnlyServicesOf(candidate.file, base.file, known, cache)) {
      plan([base.file, candidate.file], notes)
    } else {
      plan([candidate.file], notes)
    }
  }

  const override = base ? overrides[0] : undefined
  if (base && (override || !reached.has(base.file.path))) {
    plan(override ? [base.file, override.file] : [base.file])
  }
  for (const extra of bases.slice(1)) {
    if (reached.has(extra.file.path)) continue
    plan([extra.file], [secondDefaultNote(extra.file.path, base?.file.path ?? '', 'file')])
  }
  for (const extra of overrides) {
    if (extra === override) continue
    const notes = override
      ? [secondDefaultNote(extra.file.path, override.file.path, 'override file')]
      : []
    planPartial(extra, base, notes)
  }
  for (const variant of byRole('variant')) planPartial(variant, base, [])

  for (const stack of stackBases) {
    if (!reached.has(stack.file.path)) plan([stack.file])
  }
  for (const variant of byRole('stack-variant')) planPartial(variant, stackBase, [])

  for (const other of byRole('other')) {
    if (!reached.has(other.file.path)) plan([other.file])
  }
  return plans
}

function secondDefaultNote(file: string, used: string, what: string): Diagnostic {
  const name = path.posix.basename(file)
  const usedName = path.posix.basename(used)
  return {
    code: 'multiple-default-files',
    severity: 'note',
    message: `\`${name}\` sits beside \`${usedName}\`: docker compose in this folder loads only \`${usedName}\` (and warns about the other ${what}). \`${name}\` was analysed as a project of its own; remove or rename one of them`,
    span: fileSpan(file)
  }
}

/**
 * Whether every service `partial` defines is a service of `base` (its own or one it includes):
 * the mark of a file meant to be loaded as `-f base -f partial`.
 */
function definesOnlyServicesOf(
  partial: FileOutline,
  base: FileOutline,
  known: Map<string, FileOutline>,
  cache: ParsedFileCache
): boolean {
  const services = partial.services
  if (!services) return services === undefined
  const available = new Set<string>()
  const seen = new Set<string>()
  const collect = (file: FileOutline): void => {
    if (seen.has(file.path)) return
    seen.add(file.path)
    for (const name of file.services ?? []) available.add(name)
    for (const target of file.includes) {
      const outline = readTarget(target, known, cache)
      if (outline) collect(outline)
    }
  }
  collect(base)
  return services.every(name => available.has(name))
}

/**
 * The listed files that another file reaches through `include` or `extends: file:`, directly or
 * through files that were not listed. Files that only reach each other in a cycle are not all
 * dropped: the first of each such group (by path) stays, and the others are reached from it.
 */
function findReachedFiles(
  sorted: string[],
  known: Map<string, FileOutline>,
  cache: ParsedFileCache
): Set<string> {
  const edges = new Map<string, string[]>()
  const targetsOf = (file: string): string[] => {
    let targets = edges.get(file)
    if (!targets) {
      const outline = readTarget(file, known, cache)
      targets = outline ? [...new Set([...outline.includes, ...outline.extendsFiles])] : []
      targets = targets.filter(t => t !== file)
      edges.set(file, targets)
    }
    return targets
  }
  const reachFrom = (starts: string[], into: Set<string>): void => {
    const stack = starts.flatMap(targetsOf)
    while (stack.length > 0) {
      const file = stack.pop() as string
      if (into.has(file)) continue
      into.add(file)
      stack.push(...targetsOf(file))
    }
  }

  const reached = new Set<string>()
  reachFrom(sorted, reached)
  // Everything a file reaches is `reached`; a file no other file reaches is a root. In a cycle
  // every member is reached by another, so pick the first of the unexplained ones as a root.
  const roots = new Set(sorted.filter(file => !reached.has(file)))
  const explained = new Set<string>()
  reachFrom([...roots], explained)
  for (const file of sorted) {
    if (roots.has(file) || explained.has(file)) continue
    roots.add(file)
    reachFrom([file], explained)
  }
  return new Set(sorted.filter(file => explained.has(file) && !roots.has(file)))
}

/**
 * A listed file, or one the cache can read (an include target discovery did not list), outlined
 * once: `known` keeps the outlines of such targets too.
 */
function readTarget(
  file: string,
  known: Map<string, FileOutline>,
  cache: ParsedFileCache
): FileOutline | undefined {
  const listed = known.get(file)
  if (listed) return listed
  if (!cache.exists(file)) return undefined
  const parsed = cache.get(file)
  if (!parsed.root) return undefined
  const outline = outlineComposeFile(parsed, cache)
  known.set(file, outline)
  return outline
}

function compareFileLists(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareStrings(a[i] as string, b[i] as string)
    if (order !== 0) return order
  }
  return a.length - b.length
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
