/**
 * One compose file as a project sees it: read once through the cache, interpolated with the
 * scope's environment, checked at the top level, `include`s merged in, `extends` resolved; and
 * several files merged in load order.
 */
import { fileSpan } from '../core/span.js'
import { resolveExtends } from './extends.js'
import { applyIncludes } from './include.js'
import { interpolateTree } from './interpolate.js'
import { interpolationSink, lookupIn, noteFile, report, type Scope } from './load-context.js'
import { mergeTopLevel } from './merge.js'
import { dropTaggedValues, extractMergeTags, isMergeTag } from './merge-tags.js'
import { resolvePath } from './paths.js'
import { describeNode, type YMap, type YNode, type YPair } from '../yaml/yaml-tree.js'

const TOP_LEVEL_KEYS = new Set([
  'version',
  'name',
  'services',
  'networks',
  'volumes',
  'configs',
  'secrets',
  'include',
  'models'
])

/**
 * Loads `files` (base first, then overrides) into one top-level map, or undefined when none of
 * them could be read as a compose mapping.
 */
export function loadModel(scope: Scope, files: string[]): YMap | undefined {
  let model: YMap | undefined
  for (const file of files) {
    const dict = loadFileModel(scope, file)
    if (!dict) continue
    // What the file tags `!reset` or `!override` goes from the files before it, then it merges.
    const earlier = model && (dropTaggedValues(model, scope.mergeTags.get(file) ?? []) as YMap)
    model = earlier ? mergeTopLevel(earlier, dict) : dict
  }
  return model
}

/** One file of the project, `include`s merged and every service's `extends` resolved. */
export function loadFileModel(scope: Scope, file: string): YMap | undefined {
  const dict = readFileDict(scope, file, scope.workingDir, true)
  if (!dict) return undefined
  const services = dict.entries.get('services')
  if (!services || services.value.kind !== 'map') return dict
  const resolvedEntries = new Map<string, YPair>()
  for (const [name, pair] of services.value.entries) {
    const resolved = resolveExtends(scope, file, scope.workingDir, name, [], readFileDict)
    resolvedEntries.set(name, { key: pair.key, value: resolved ?? pair.value })
  }
  const entries = new Map(dict.entries)
  entries.set('services', {
    key: services.key,
    value: { kind: 'map', entries: resolvedEntries, span: services.value.span }
  })
  return { kind: 'map', entries, span: dict.span }
}

/**
 * A file's top level, interpolated, with `env_file` paths made relative to the scan's base
 * directory (from `relBase`, the folder relative paths of this file resolve against) and, when
 * `withIncludes`, its `include`s merged in. Services and networks of the wrong type are reported
 * and left out. Memoised per scope.
 */
export function readFileDict(
  scope: Scope,
  file: string,
  relBase: string,
  withIncludes: boolean
): YMap | undefined {
  const memoKey = `${file}|${relBase}|${withIncludes}`
  if (scope.dicts.has(memoKey)) return scope.dicts.get(memoKey)
  scope.dicts.set(memoKey, undefined)
  const { ctx } = scope
  noteFile(ctx, file)
  const parsed = ctx.cache.get(file)
  if (!ctx.reportedFiles.has(file)) {
    ctx.reportedFiles.add(file)
    ctx.diagnostics.push(...parsed.diagnostics)
  }
  const root = parsed.root
  if (!root) {
    if (parsed.diagnostics.length === 0) {
      report(ctx, 'not-compose', 'error', 'the file is empty: compose refuses it', fileSpan(file))
    }
    return undefined
  }
  if (root.kind !== 'map') {
    report(
      ctx,
      'wrong-type',
      'error',
      `the top level of a compose file must be a mapping, found ${describeNode(root)}`,
      root.span
    )
    return undefined
  }
  // Merge tags first: a `!reset` value is gone before interpolation could complain about it.
  // The parser lists every local tag, so a file without merge tags needs no walk.
  const { tree, tagged } = parsed.localTags.some(use => isMergeTag(use.tag))
    ? extractMergeTags(root)
    : { tree: root, tagged: [] }
  scope.mergeTags.set(file, tagged)
  const interpolated = interpolateTree(tree, lookupIn(scope), interpolationSink(ctx)) as YMap
  const entries = new Map<string, YPair>()
  for (const [key, pair] of interpolated.entries) {
    if (!TOP_LEVEL_KEYS.has(key) && !key.startsWith('x-')) {
      report(
        ctx,
        'invalid-value',
        'warning',
        `unknown top-level key \`${key}\`: compose refuses it (extensions must start with \`x-\`)`,
        pair.key.span
      )
    }
    if (key === 'services') {
      const services = checkServices(scope, pair, relBase)
      if (services) entries.set(key, services)
    } else if (key === 'networks') {
      const networks = checkNetworks(scope, pair)
      if (networks) entries.set(key, networks)
    } else {
      entries.set(key, pair)
    }
  }
  let dict: YMap = { kind: 'map', entries, span: interpolated.span }
  if (withIncludes) dict = applyIncludes(scope, file, dict, loadModel)
  scope.dicts.set(memoKey, dict)
  return dict
}

function checkServices(scope: Scope, pair: YPair, relBase: string): YPair | undefined {
  const node = pair.value
  if (node.kind === 'scalar' && node.value === null) return undefined
  if (node.kind !== 'map') {
    report(
      scope.ctx,
      'wrong-type',
      'error',
      `\`services\` must be a mapping of service names to definitions, found ${describeNode(node)}`,
      node.span
    )
    return undefined
  }
  const entries = new Map<string, YPair>()
  for (const [name, service] of node.entries) {
    if (service.value.kind === 'scalar' && service.value.value === null) {
      // `web:` with nothing under it: compose takes it as an empty definition.
      const empty: YMap = { kind: 'map', entries: new Map(), span: service.key.span }
      entries.set(name, { key: service.key, value: empty })
      continue
    }
    if (service.value.kind !== 'map') {
      report(
        scope.ctx,
        'wrong-type',
        'error',
        `service \`${name}\` must be a mapping, found ${describeNode(service.value)}; it was not analysed`,
        service.value.span
      )
      continue
    }
    entries.set(name, { key: service.key, value: rebaseEnvFiles(service.value, relBase) })
  }
  return { key: pair.key, value: { kind: 'map', entries, span: node.span } }
}

function checkNetworks(scope: Scope, pair: YPair): YPair | undefined {
  const node = pair.value
  if (node.kind === 'scalar' && node.value === null) return undefined
  if (node.kind !== 'map') {
    report(
      scope.ctx,
      'wrong-type',
      'error',
      `top-level \`networks\` must be a mapping of network names to definitions, found ${describeNode(node)}`,
      node.span
    )
    return undefined
  }
  const entries = new Map<string, YPair>()
  for (const [name, network] of node.entries) {
    const value = network.value
    if (value.kind !== 'map' && !(value.kind === 'scalar' && value.value === null)) {
      report(
        scope.ctx,
        'wrong-type',
        'error',
        `network \`${name}\` must be a mapping or empty, found ${describeNode(value)}`,
        value.span
      )
      continue
    }
    entries.set(name, network)
  }
  return { key: pair.key, value: { kind: 'map', entries, span: node.span } }
}

/**
 * `env_file` paths are relative to the folder of the project (or, for an `extends: file:`
 * target, of that file); the loader reads them later, so they are made relative to the base
 * directory now, keeping their spans.
 */
function rebaseEnvFiles(service: YNode, relBase: string): YNode {
  if (service.kind !== 'map') return service
  const pair = service.entries.get('env_file')
  if (!pair) return service
  const rebase = (node: YNode): YNode => {
    if (node.kind === 'scalar' && typeof node.value === 'string') {
      return { kind: 'scalar', value: resolvePath(relBase, node.value), span: node.span }
    }
    if (node.kind === 'map') {
      const p = node.entries.get('path')
      if (!p) return node
      const entries = new Map(node.entries)
      entries.set('path', { key: p.key, value: rebase(p.value) })
      return { kind: 'map', entries, span: node.span }
    }
    if (node.kind === 'seq') {
      return { kind: 'seq', items: node.items.map(rebase), span: node.span }
    }
    return node
  }
  const entries = new Map(service.entries)
  entries.set('env_file', { key: pair.key, value: rebase(pair.value) })
  return { kind: 'map', entries, span: service.span }
}
