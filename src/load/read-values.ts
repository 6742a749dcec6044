/**
 * Small readers shared by the normalisers: typed scalars, `wrong-type` diagnostics in one
 * wording ("`ports` of service `web` must be a list, found a string"), and the map-or-list
 * forms of labels.
 */
import { spanOf, type SourceSpan } from '../core/span.js'
import type { Label, Located } from '../model/types.js'
import { report, type LoadContext } from './load-context.js'
import { describeNode, type YNode, type YPair } from '../yaml/yaml-tree.js'

/** Reports `what` (e.g. "`ports` of service `web`") not being `expected`. */
export function reportWrongType(
  ctx: LoadContext,
  what: string,
  expected: string,
  node: YNode
): void {
  report(
    ctx,
    'wrong-type',
    'error',
    `${what} must be ${expected}, found ${describeNode(node)}`,
    node.span
  )
}

/** A scalar string (numbers as written) with its span, or undefined (reported) for other types. */
export function readString(
  ctx: LoadContext,
  node: YNode | undefined,
  what: string
): Located<string> | undefined {
  if (!node) return undefined
  if (node.kind === 'scalar' && node.value !== null && typeof node.value !== 'boolean') {
    return { value: String(node.value), span: node.span }
  }
  if (node.kind === 'scalar' && node.value === null) return undefined
  reportWrongType(ctx, what, 'a string', node)
  return undefined
}

/** A boolean (`true`, or `"true"` after interpolation, as compose casts it). */
export function readBoolean(
  ctx: LoadContext,
  node: YNode | undefined,
  what: string
): Located<boolean> | undefined {
  if (!node || (node.kind === 'scalar' && node.value === null)) return undefined
  if (node.kind === 'scalar') {
    if (typeof node.value === 'boolean') return { value: node.value, span: node.span }
    const text = String(node.value).toLowerCase()
    if (text === 'true' || text === 'false') return { value: text === 'true', span: node.span }
  }
  reportWrongType(ctx, what, 'a boolean', node)
  return undefined
}

/** The items of a list, or undefined (reported) when the node is not one; null is empty. */
export function readList(ctx: LoadContext, node: YNode | undefined, what: string): YNode[] {
  if (!node || (node.kind === 'scalar' && node.value === null)) return []
  if (node.kind === 'seq') return node.items
  reportWrongType(ctx, what, 'a list', node)
  return []
}

/** A list of strings, each with its span; other items are reported and skipped. */
export function readStringList(
  ctx: LoadContext,
  node: YNode | undefined,
  what: string
): Located<string>[] {
  const out: Located<string>[] = []
  for (const item of readList(ctx, node, what)) {
    const value = readString(ctx, item, `an item of ${what}`)
    if (value) out.push(value)
  }
  return out
}

/**
 * The spans `pairSpan` made, by pair: a pair merged into several services (`<<: *defaults`) gives
 * each of them the same span object, not one apiece. Weak, so it goes with the parsed tree.
 */
const pairSpans = new WeakMap<YPair, SourceSpan>()

/** From a pair's key to the end of its value, when the value follows the key in the same file. */
export function pairSpan(pair: YPair): SourceSpan {
  const made = pairSpans.get(pair)
  if (made) return made
  const k = pair.key.span
  const v = pair.value.span
  const after =
    v.file === k.file &&
    (v.endLine > k.endLine || (v.endLine === k.endLine && v.endColumn >= k.endColumn))
  const nullValue = pair.value.kind === 'scalar' && pair.value.value === null
  const span =
    after && !nullValue ? spanOf(k.file, k.startLine, k.startColumn, v.endLine, v.endColumn) : k
  pairSpans.set(pair, span)
  return span
}

/**
 * `KEY: VALUE` map or `KEY=VALUE` list entries. `value` is undefined for a bare `KEY` or a null
 * map value; the span covers the list item, or the map key and its value.
 */
export function readKeyValues(
  ctx: LoadContext,
  node: YNode | undefined,
  what: string
): { key: string; value: string | undefined; span: SourceSpan }[] {
  if (!node || (node.kind === 'scalar' && node.value === null)) return []
  if (node.kind === 'map') {
    const out = []
    for (const [key, pair] of node.entries) {
      const v = pair.value
      if (v.kind !== 'scalar') {
        reportWrongType(ctx, `\`${key}\` in ${what}`, 'a string, number or boolean', v)
        continue
      }
      out.push({ key, value: v.value === null ? undefined : String(v.value), span: pairSpan(pair) })
    }
    return out
  }
  if (node.kind === 'seq') {
    const out = []
    for (const item of node.items) {
      if (item.kind !== 'scalar' || item.value === null) {
        reportWrongType(ctx, `an item of ${what}`, 'a `KEY=VALUE` string', item)
        continue
      }
      const text = String(item.value)
      const at = text.indexOf('=')
      out.push({
        key: at < 0 ? text : text.slice(0, at),
        value: at < 0 ? undefined : text.slice(at + 1),
        span: item.span
      })
    }
    return out
  }
  reportWrongType(ctx, what, 'a mapping or a list', node)
  return []
}

/** Labels, map or `key=value` list; a bare key has the empty value. */
export function readLabels(ctx: LoadContext, node: YNode | undefined, what: string): Label[] {
  return readKeyValues(ctx, node, what).map(e => ({
    key: e.key,
    value: e.value ?? '',
    span: e.span
  }))
}

/** A YAML tree as plain JavaScript values (for `x-tierguard` extensions kept raw). */
export function toPlain(node: YNode): unknown {
  if (node.kind === 'scalar') return node.value
  if (node.kind === 'seq') return node.items.map(toPlain)
  const out: Record<string, unknown> = {}
  for (const [key, pair] of node.entries) out[key] = toPlain(pair.value)
  return out
}
