/**
 * Compose variable interpolation: `$VAR`, `${VAR}`, `${VAR:-d}`, `${VAR-d}`, `${VAR:?e}`,
 * `${VAR?e}`, `${VAR:+a}`, `${VAR+a}`, nested defaults and `$$`. It runs on string scalars
 * (values, never keys) and yields new scalars with the span of the original.
 */
import type { SourceSpan } from '../core/span.js'
import type { YNode, YPair } from '../yaml/yaml-tree.js'

/** Looks a variable up; undefined means unset (an empty string is set). */
export type VariableLookup = (name: string) => string | undefined

export interface InterpolationLimits {
  /** How deeply `${A:-${B:-...}}` may nest. */
  maxDepth: number
  /** Longest result, in characters, beyond the input's own length. */
  maxGrowth: number
}

export const DEFAULT_INTERPOLATION_LIMITS: InterpolationLimits = {
  maxDepth: 16,
  maxGrowth: 1024 * 1024
}

/** A variable that was referenced but unset, and what compose resolved it to. */
export interface UnsetReference {
  name: string
  /** The default used (`${VAR:-d}`), or undefined when it became empty. */
  fallback?: string
  /** `${VAR:?e}` / `${VAR?e}`: compose refuses the file. */
  required?: { message: string }
}

export interface InterpolationResult {
  /** The interpolated text; the input unchanged when `error` is set. */
  value: string
  unset: UnsetReference[]
  /** Why the text is malformed (compose refuses it). */
  error?: string
}

const NAME_START = /[A-Za-z_]/
const NAME_CHAR = /[A-Za-z0-9_]/

class InterpolationError extends Error {}

/** Interpolates one string as compose does. Never throws. */
export function interpolateString(
  text: string,
  lookup: VariableLookup,
  limits: InterpolationLimits = DEFAULT_INTERPOLATION_LIMITS
): InterpolationResult {
  if (!text.includes('$')) return { value: text, unset: [] }
  const unset: UnsetReference[] = []
  const maxLength = text.length + limits.maxGrowth

  const readName = (pos: number): number => {
    let end = pos
    if (end < text.length && NAME_START.test(text[end] as string)) {
      end++
      while (end < text.length && NAME_CHAR.test(text[end] as string)) end++
    }
    return end
  }

  // Returns the expansion of text[pos..] up to (not including) the closing `}` when `braced`,
  // and the position it stopped at. `active` is false inside a default that is not used: its
  // syntax is still checked, its variables are not reported.
  const expand = (
    pos: number,
    depth: number,
    braced: boolean,
    active: boolean
  ): [string, number] => {
    let out = ''
    while (pos < text.length) {
      const c = text[pos] as string
      if (braced && c === '}') return [out, pos]
      if (c !== '$') {
        out += c
        pos++
      } else {
        const next = text[pos + 1]
        if (next === '$') {
          out += '$'
          pos += 2
        } else if (next !== undefined && NAME_START.test(next)) {
          const end = readName(pos + 1)
          const name = text.slice(pos + 1, end)
          const value = lookup(name)
          if (value === undefined && active) unset.push({ name })
          out += value ?? ''
          pos = end
        } else if (next === '{') {
          const [value, end] = expandBraced(pos + 2, depth + 1, active)
          out += value
          pos = end
        } else {
          // Compose leaves a `$` that starts nothing (`$(date)`, `$1`, a trailing `$`) as it is.
          out += '$'
          pos++
        }
      }
      if (out.length > maxLength) {
        throw new InterpolationError(`the value expands to more than ${maxLength} characters`)
      }
    }
    if (braced) throw new InterpolationError('a `${` is not closed by `}`')
    return [out, pos]
  }

  // `pos` is just after `${`; returns the expansion and the position after the closing `}`.
  const expandBraced = (pos: number, depth: number, active: boolean): [string, number] => {
    if (depth > limits.maxDepth) {
      throw new InterpolationError(`\`\${...}\` is nested more than ${limits.maxDepth} levels deep`)
    }
    const end = readName(pos)
    const name = text.slice(pos, end)
    if (name === '') throw new InterpolationError('`${` must be followed by a variable name')
    const value = lookup(name)
    const rest = text.slice(end, end + 2)
    if (text[end] === '}') {
      if (value === undefined && active) unset.push({ name })
      return [value ?? '', end + 1]
    }
    const op = rest === ':-' || rest === ':?' || rest === ':+' ? rest : text[end]
    if (op !== ':-' && op !== ':?' && op !== ':+' && op !== '-' && op !== '?' && op !== '+') {
      throw new InterpolationError(
        `\`\${${name}\` must be followed by \`}\` or one of \`:-\` \`-\` \`:?\` \`?\` \`:+\` \`+\``
      )
    }
    const missing = op.startsWith(':') ? value === undefined || value === '' : value === undefined
    const kind = op.slice(-1)
    const useArgument = kind === '+' ? !missing : missing
    const [argument, close] = expand(end + op.length, depth, true, active && useArgument)
    const after = close + 1
    if (kind === '-') {
      if (missing && active && value === undefined) unset.push({ name, fallback: argument })
      return [missing ? argument : (value as string), after]
    }
    if (kind === '+') {
      if (value === undefined && active) unset.push({ name })
      return [missing ? '' : argument, after]
    }
    if (missing && active) {
      unset.push({ name, required: { message: argument } })
    }
    return [missing ? '' : (value as string), after]
  }

  try {
    const [value] = expand(0, 0, false, true)
    return { value, unset }
  } catch (e) {
    if (e instanceof InterpolationError) return { value: text, unset: [], error: e.message }
    throw e
  }
}

/** Receives what interpolating a tree found, with the span of the scalar it was in. */
export interface InterpolationSink {
  unset(reference: UnsetReference, span: SourceSpan): void
  invalid(message: string, text: string, span: SourceSpan): void
}

/**
 * `node` with every string scalar that is a value (not a key) interpolated. The input tree
 * (shared through the file cache) is never changed: a node with something to interpolate below
 * it is copied, and one without is returned as it is, so most of a file is shared, not copied.
 */
export function interpolateTree(
  node: YNode,
  lookup: VariableLookup,
  sink: InterpolationSink,
  limits: InterpolationLimits = DEFAULT_INTERPOLATION_LIMITS
): YNode {
  if (node.kind === 'scalar') {
    if (typeof node.value !== 'string' || !node.value.includes('$')) return node
    const result = interpolateString(node.value, lookup, limits)
    if (result.error !== undefined) sink.invalid(result.error, node.value, node.span)
    for (const reference of result.unset) sink.unset(reference, node.span)
    return { kind: 'scalar', value: result.value, span: node.span }
  }
  if (node.kind === 'seq') {
    let items: YNode[] | undefined
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i] as YNode
      const value = interpolateTree(item, lookup, sink, limits)
      if (value !== item) {
        items ??= node.items.slice()
        items[i] = value
      }
    }
    return items ? { kind: 'seq', items, span: node.span } : node
  }
  let entries: Map<string, YPair> | undefined
  for (const [key, pair] of node.entries) {
    const value = interpolateTree(pair.value, lookup, sink, limits)
    if (value !== pair.value) {
      entries ??= new Map(node.entries)
      entries.set(key, { key: pair.key, value })
    }
  }
  return entries ? { kind: 'map', entries, span: node.span } : node
}
