/**
 * The merge tags of Compose v2, applied as compose-go's loader applies them (`loader/reset.go`,
 * `override/merge.go`): reading a file records the path of every node tagged `!reset` (and drops
 * the node) or `!override` (and keeps it); before the file is merged onto what came before it
 * (an override file onto the base, a service onto the one it `extends`), the values at those
 * paths are removed from the earlier side. So `ports: !reset []` leaves no ports, and
 * `ports: !override [...]` leaves only the override's.
 */
import type { LocalTag, YMap, YNode, YPair } from '../yaml/yaml-tree.js'

/** The merge tags of Compose v2, as written in the file. */
export type MergeTag = '!reset' | '!override'

export function isMergeTag(tag: LocalTag | undefined): tag is MergeTag {
  return tag === '!reset' || tag === '!override'
}

/** Where a tagged node sits, from the file's top level: `['services', 'web', 'ports']`. */
export interface TaggedPath {
  path: readonly string[]
  tag: MergeTag
}

/**
 * `root` without its `!reset` nodes, and the path of every tagged node. Nodes are copied only
 * on the way to a change; untouched subtrees are shared.
 */
export function extractMergeTags(root: YNode): { tree: YNode; tagged: TaggedPath[] } {
  const tagged: TaggedPath[] = []
  const visit = (node: YNode, path: string[]): YNode => {
    if (node.kind === 'map') {
      let entries: Map<string, YPair> | undefined
      for (const [key, pair] of node.entries) {
        const at = [...path, key]
        const tag = mergeTagOf(pair.value)
        if (tag) tagged.push({ path: at, tag })
        if (tag === '!reset') {
          entries ??= new Map(node.entries)
          entries.delete(key)
          continue
        }
        const value = tag ? pair.value : visit(pair.value, at)
        if (value !== pair.value) {
          entries ??= new Map(node.entries)
          entries.set(key, { key: pair.key, value })
        }
      }
      return entries ? copyMap(node, entries) : node
    }
    if (node.kind === 'seq') {
      let changed = false
      const items: YNode[] = []
      node.items.forEach((item, index) => {
        const at = [...path, String(index)]
        const tag = mergeTagOf(item)
        if (tag) tagged.push({ path: at, tag })
        if (tag === '!reset') {
          changed = true
          return
        }
        const value = tag ? item : visit(item, at)
        if (value !== item) changed = true
        items.push(value)
      })
      return changed ? { kind: 'seq', items, span: node.span } : node
    }
    return node
  }
  return { tree: visit(root, []), tagged }
}

/** The merge tag on `node`; any other local tag was warned about on reading and is ignored. */
function mergeTagOf(node: YNode): MergeTag | undefined {
  return isMergeTag(node.tag) ? node.tag : undefined
}

/**
 * `target` (the node at `prefix` of the earlier side of a merge) without the values the later
 * side tagged: every mapping entry whose path is tagged is removed. As in compose-go, an item of
 * a sequence is not removed from the earlier side (a tagged item only leaves the later side).
 */
export function dropTaggedValues(
  target: YNode,
  tagged: readonly TaggedPath[],
  prefix: readonly string[] = []
): YNode {
  const relevant = tagged
    .filter(t => t.path.length > prefix.length && prefix.every((step, i) => t.path[i] === step))
    .map(t => t.path.slice(prefix.length))
  if (relevant.length === 0) return target
  return dropPaths(target, relevant)
}

function dropPaths(node: YNode, paths: readonly (readonly string[])[]): YNode {
  if (node.kind !== 'map') return node
  let entries: Map<string, YPair> | undefined
  const byKey = new Map<string, (readonly string[])[]>()
  for (const path of paths) {
    const [first, ...rest] = path
    if (first === undefined) continue
    const list = byKey.get(first) ?? []
    list.push(rest)
    byKey.set(first, list)
  }
  for (const [key, rests] of byKey) {
    const pair = node.entries.get(key)
    if (!pair) continue
    entries ??= new Map(node.entries)
    if (rests.some(rest => rest.length === 0)) {
      entries.delete(key)
      continue
    }
    const value = dropPaths(pair.value, rests)
    if (value !== pair.value) entries.set(key, { key: pair.key, value })
  }
  return entries ? copyMap(node, entries) : node
}

/** A map with other entries, its span kept (named, not spread: see `YNode`). */
function copyMap(node: YMap, entries: Map<string, YPair>): YMap {
  return { kind: 'map', entries, span: node.span }
}
