/**
 * Merging compose trees per the Compose Specification's merge rules, for override files and
 * `extends`: mappings merge recursively, sequences append, `command`/`entrypoint`/
 * `healthcheck.test` replace, `environment`/`labels`-like values merge by key (list form turned
 * into a map first), `networks`/`depends_on` merge by key, `ports` and `volumes` are unique
 * (by the entry and by target). Nodes keep their spans, so a merged value still points at the
 * file that wrote it.
 */
import { parseShortVolume } from './volumes.js'
import type { YMap, YNode, YPair, YScalar, YSeq } from '../yaml/yaml-tree.js'

/** Service attributes (paths below a service) whose value the override replaces. */
const REPLACED = new Set(['command', 'entrypoint', 'healthcheck.test', 'extends'])
/** Service attributes written as a map or a `KEY=VALUE` list, merged by key. */
const KEY_VALUE = new Set([
  'environment',
  'labels',
  'annotations',
  'sysctls',
  'deploy.labels',
  'build.args',
  'build.labels'
])
/** Service attributes written as a map or a list of names, merged by name. */
const NAMED = new Set(['networks', 'depends_on'])

/** Merges an override service definition onto a base one. */
export function mergeServices(base: YNode, override: YNode): YNode {
  return mergeAt(base, override, '')
}

/** Merges an override file's top level onto the accumulated top level. */
export function mergeTopLevel(base: YMap, override: YMap): YMap {
  const entries = new Map(base.entries)
  for (const [key, pair] of override.entries) {
    const existing = entries.get(key)
    if (!existing) {
      entries.set(key, pair)
    } else if (key === 'services') {
      entries.set(key, {
        key: existing.key,
        value: mergeMapsWith(existing.value, pair.value, (_, b, o) => mergeServices(b, o))
      })
    } else if (key === 'networks' || key === 'volumes') {
      entries.set(key, {
        key: existing.key,
        value: mergeMapsWith(existing.value, pair.value, (_, b, o) => mergeTopLevelEntry(b, o))
      })
    } else {
      entries.set(key, { key: existing.key, value: mergeGeneric(existing.value, pair.value) })
    }
  }
  return { kind: 'map', entries, span: base.span }
}

/** A top-level network or volume: maps merge, `labels` by key. */
function mergeTopLevelEntry(base: YNode, override: YNode): YNode {
  return mergeMapsWith(base, override, (key, b, o) =>
    key === 'labels' ? mergeByKey(b, o, '=') : mergeGeneric(b, o)
  )
}

function mergeAt(base: YNode, override: YNode, path: string): YNode {
  if (REPLACED.has(path)) return override
  if (KEY_VALUE.has(path)) return mergeByKey(base, override, '=')
  if (NAMED.has(path)) return mergeByKey(base, override, undefined)
  if (path === 'ports') return mergeUnique(base, override, portKey)
  if (path === 'volumes') return mergeUnique(base, override, volumeKey)
  if (base.kind === 'map' && override.kind === 'map') {
    return mergeMapsWith(base, override, (key, b, o) =>
      mergeAt(b, o, path === '' ? key : `${path}.${key}`)
    )
  }
  return mergeGeneric(base, override)
}

/** The spec's default: mappings merge recursively, sequences append, anything else replaces. */
export function mergeGeneric(base: YNode, override: YNode): YNode {
  if (base.kind === 'map' && override.kind === 'map') {
    return mergeMapsWith(base, override, (_, b, o) => mergeGeneric(b, o))
  }
  if (base.kind === 'seq' && override.kind === 'seq') {
    return { kind: 'seq', items: [...base.items, ...override.items], span: base.span }
  }
  return override
}

function mergeMapsWith(
  base: YNode,
  override: YNode,
  merge: (key: string, base: YNode, override: YNode) => YNode
): YNode {
  if (base.kind !== 'map' || override.kind !== 'map') return override
  const entries = new Map(base.entries)
  for (const [key, pair] of override.entries) {
    const existing = entries.get(key)
    if (!existing) {
      entries.set(key, pair)
      continue
    }
    const value = merge(key, existing.value, pair.value)
    // A replaced value points at the file that wrote it, key included; a merged mapping keeps
    // the key where it was first written.
    entries.set(key, { key: value === pair.value ? pair.key : existing.key, value })
  }
  return { kind: 'map', entries, span: base.span }
}

/**
 * Merges two values that are each a map or a list (`KEY=VALUE` items when `separator` is given,
 * names otherwise) by key; the override's value wins, attachment options merge.
 */
function mergeByKey(base: YNode, override: YNode, separator: '=' | undefined): YNode {
  const b = listToMap(base, separator)
  const o = listToMap(override, separator)
  if (!b || !o) return override
  return mergeMapsWith(b, o, (_, bv, ov) =>
    separator === undefined && bv.kind === 'map' && ov.kind === 'map' ? mergeGeneric(bv, ov) : ov
  )
}

/**
 * A list of `KEY=VALUE` (or `NAME`) items as a map whose keys and values carry the item's span;
 * a map as it is; undefined for anything else (the normaliser reports the type).
 */
export function listToMap(node: YNode, separator: '=' | undefined): YMap | undefined {
  if (node.kind === 'map') return node
  if (node.kind === 'scalar' && node.value === null) {
    return { kind: 'map', entries: new Map(), span: node.span }
  }
  if (node.kind !== 'seq') return undefined
  const entries = new Map<string, YPair>()
  for (const item of node.items) {
    if (item.kind !== 'scalar' || item.value === null) return undefined
    const text = String(item.value)
    const at = separator === undefined ? -1 : text.indexOf(separator)
    const key = at < 0 ? text : text.slice(0, at)
    const value: YScalar = {
      kind: 'scalar',
      value: at < 0 ? null : text.slice(at + 1),
      span: item.span
    }
    entries.set(key, { key: { kind: 'scalar', value: key, span: item.span }, value })
  }
  return { kind: 'map', entries, span: node.span }
}

/** Appends the override's items, an item with the same key replacing the base's in place. */
function mergeUnique(
  base: YNode,
  override: YNode,
  keyOf: (item: YNode) => string | undefined
): YNode {
  if (base.kind !== 'seq' || override.kind !== 'seq') return mergeGeneric(base, override)
  const items = [...base.items]
  for (const item of override.items) {
    const key = keyOf(item)
    const at = key === undefined ? -1 : items.findIndex(existing => keyOf(existing) === key)
    if (at >= 0) items[at] = item
    else items.push(item)
  }
  const merged: YSeq = { kind: 'seq', items, span: base.span }
  return merged
}

function portKey(item: YNode): string | undefined {
  if (item.kind === 'scalar') return item.value === null ? undefined : String(item.value)
  if (item.kind !== 'map') return undefined
  const text = (key: string) => {
    const v = item.entries.get(key)?.value
    return v?.kind === 'scalar' && v.value !== null ? String(v.value) : ''
  }
  return `${text('host_ip')}:${text('published')}:${text('target')}/${text('protocol') || 'tcp'}`
}

function volumeKey(item: YNode): string | undefined {
  if (item.kind === 'scalar' && typeof item.value === 'string') {
    return parseShortVolume(item.value)?.target
  }
  if (item.kind !== 'map') return undefined
  const target = item.entries.get('target')?.value
  return target?.kind === 'scalar' && target.value !== null ? String(target.value) : undefined
}
