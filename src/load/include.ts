/**
 * Top-level `include`: each entry is loaded as its own project (its own folder for relative
 * paths, its own env files under the including project's variables) and its services and
 * networks are added to the including file. A name defined on both sides is refused by compose.
 */
import path from 'node:path'
import { envFileToMap, parseEnvFile } from './env-file.js'
import {
  createScope,
  MAX_INCLUDE_DEPTH,
  readEnvFileText,
  report,
  type Scope
} from './load-context.js'
import { resolvePath } from './paths.js'
import { readIncludeEntry } from './references.js'
import { describeNode, getValue, type YMap, type YNode, type YPair } from '../yaml/yaml-tree.js'

/** Loads files as a project (see `loadModel`); passed in to keep modules acyclic. */
export type LoadModel = (scope: Scope, files: string[]) => YMap | undefined

/** `dict` with the services and networks of its `include` entries added. */
export function applyIncludes(scope: Scope, file: string, dict: YMap, loadModel: LoadModel): YMap {
  const include = dict.entries.get('include')
  if (!include) return dict
  // Reached again through `extends` while its own `include`s are being loaded (A includes B,
  // whose service extends one of A's, or B is A itself): `extends` only needs A's services, and
  // loading A's includes once more would recurse without end.
  if (scope.includeChain.includes(file)) return dict
  const { ctx } = scope
  if (include.value.kind !== 'seq') {
    if (!(include.value.kind === 'scalar' && include.value.value === null)) {
      report(
        ctx,
        'wrong-type',
        'error',
        `\`include\` must be a list, found ${describeNode(include.value)}`,
        include.value.span
      )
    }
    return dict
  }
  let result = dict
  for (const item of include.value.items) {
    const entry = readIncludeEntry(
      item,
      { base: scope.workingDir, relative: file => ctx.cache.relative(file) },
      (message, span) => report(ctx, 'wrong-type', 'error', message, span)
    )
    if (!entry) continue
    const chain = [...scope.includeChain, file]
    const usable = entry.paths.filter(p => {
      if (chain.includes(p.file)) {
        report(
          ctx,
          'include-cycle',
          'error',
          `\`${p.file}\` is already being loaded: files include each other in a cycle (${[...chain, p.file].join(' -> ')}); compose refuses it`,
          p.span
        )
        return false
      }
      if (!ctx.cache.isInsideScan(p.file) || !ctx.cache.exists(p.file)) {
        report(ctx, 'missing-file', 'error', missingIncludeMessage(scope, p.file), p.span)
        return false
      }
      return true
    })
    if (usable.length === 0) continue
    if (chain.length > MAX_INCLUDE_DEPTH) {
      report(
        ctx,
        'load-depth-limit',
        'error',
        `\`include\` nests more than ${MAX_INCLUDE_DEPTH} files deep (${chain[0]} -> ... -> ${file}); \`${usable.map(p => p.file).join(', ')}\` and what it includes were not loaded`,
        entry.span
      )
      continue
    }
    const first = usable[0]!.file
    const workingDir =
      entry.projectDirectory !== undefined ? entry.projectDirectory : path.posix.dirname(first)
    const env = new Map<string, string>()
    const envFiles = entry.envFiles.length
      ? entry.envFiles
      : [{ file: resolvePath(workingDir, '.env'), span: entry.span, optional: true }]
    for (const envFile of envFiles) {
      const text = readEnvFileText(ctx, envFile.file, {
        required: !('optional' in envFile),
        span: envFile.span
      })
      if (text === undefined) continue
      const parsed = parseEnvFile(envFile.file, text, name => scope.env.get(name))
      ctx.diagnostics.push(...parsed.diagnostics)
      for (const [k, v] of envFileToMap(parsed)) env.set(k, v)
    }
    // The including project's variables win over the included project's env files.
    for (const [k, v] of scope.env) env.set(k, v)
    // The same files, folder and variables load to the same model: a diamond loads each once.
    const memoKey = JSON.stringify([usable.map(p => p.file), workingDir, [...env].sort()])
    let model: YMap | undefined
    if (ctx.included.has(memoKey)) {
      model = ctx.included.get(memoKey)
    } else {
      model = loadModel(
        createScope(ctx, env, workingDir, chain),
        usable.map(p => p.file)
      )
      ctx.included.set(memoKey, model)
    }
    if (model) result = addIncluded(scope, result, model, usable.map(p => p.file).join(', '))
  }
  return result
}

/** Adds the included model's services and networks; a clash with a different definition is an error. */
function addIncluded(scope: Scope, dict: YMap, included: YMap, from: string): YMap {
  const entries = new Map(dict.entries)
  for (const section of ['services', 'networks', 'volumes']) {
    const incoming = getValue(included, section)
    if (incoming?.kind !== 'map') continue
    const existingPair = entries.get(section)
    const existing = existingPair?.value.kind === 'map' ? existingPair.value : undefined
    const merged = new Map<string, YPair>(existing?.entries ?? [])
    for (const [name, pair] of incoming.entries) {
      const mine = merged.get(name)
      if (!mine) {
        merged.set(name, pair)
        continue
      }
      if (sameTree(mine.value, pair.value)) continue
      const what = section.slice(0, -1)
      report(
        scope.ctx,
        'include-conflict',
        'error',
        `${what} \`${name}\` is defined here and by the included \`${from}\` (${pair.key.span.file}:${pair.key.span.startLine}); compose refuses the file. Rename one of them`,
        mine.key.span
      )
    }
    const key = existingPair?.key ?? (included.entries.get(section) as YPair).key
    entries.set(section, {
      key,
      value: { kind: 'map', entries: merged, span: existing?.span ?? incoming.span }
    })
  }
  return { kind: 'map', entries, span: dict.span }
}

/** Whether two trees hold the same values, wherever they were written. */
function sameTree(a: YNode, b: YNode): boolean {
  // A file included twice (a diamond) gives the very same nodes: no need to walk them.
  if (a === b) return true
  if (a.kind === 'scalar' || b.kind === 'scalar') {
    return a.kind === b.kind && (a as { value: unknown }).value === (b as { value: unknown }).value
  }
  if (a.kind === 'seq' || b.kind === 'seq') {
    if (a.kind !== 'seq' || b.kind !== 'seq' || a.items.length !== b.items.length) return false
    return a.items.every((item, i) => sameTree(item, b.items[i] as YNode))
  }
  if (a.entries.size !== b.entries.size) return false
  for (const [key, pair] of a.entries) {
    const other = b.entries.get(key)
    if (!other || !sameTree(pair.value, other.value)) return false
  }
  return true
}

function missingIncludeMessage(scope: Scope, file: string): string {
  return scope.ctx.cache.isInsideScan(file)
    ? `included file \`${file}\` does not exist`
    : `included file \`${file}\` is outside the scanned folder; it was not read`
}
