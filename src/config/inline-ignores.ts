/**
 * Inline suppressions: `# tierguard-ignore <rule>[, <rule>...]: <reason>` on the line of a
 * finding or on the line above it. Read from the comments the parser kept, never from text.
 */
import type { SourceSpan } from '../core/span.js'
import type { ParsedFile } from '../yaml/parse-yaml.js'

export const IGNORE_DIRECTIVE = 'tierguard-ignore'

/** One `tierguard-ignore` comment. */
export interface InlineIgnore {
  file: string
  line: number
  rules: string[]
  /** Undefined when no reason follows the rule ids. */
  reason?: string
  /** The comment, `#` included. */
  span: SourceSpan
}

/** Parses a comment's text (without `#`), or undefined when it is not a directive. */
export function parseIgnoreComment(text: string): { rules: string[]; reason?: string } | undefined {
  const trimmed = text.trim()
  if (!trimmed.startsWith(IGNORE_DIRECTIVE)) return undefined
  const rest = trimmed.slice(IGNORE_DIRECTIVE.length)
  // `tierguard-ignored` or `tierguard-ignore-next` are other words, not this directive.
  if (rest !== '' && !/^[\s:]/.test(rest)) return undefined
  const colon = rest.indexOf(':')
  const ids = colon >= 0 ? rest.slice(0, colon) : rest
  const reason = colon >= 0 ? rest.slice(colon + 1).trim() : ''
  const rules = ids
    .split(/[,\s]+/)
    .map(r => r.trim())
    .filter(r => r !== '')
  return reason ? { rules, reason } : { rules }
}

/** Every `tierguard-ignore` comment of a parsed file, in line order. */
export function findInlineIgnores(parsed: ParsedFile): InlineIgnore[] {
  const out: InlineIgnore[] = []
  const lines = [...parsed.comments.keys()].sort((a, b) => a - b)
  for (const line of lines) {
    const comment = parsed.comments.get(line)
    const directive = comment && parseIgnoreComment(comment.text)
    if (!directive) continue
    out.push({ file: parsed.path, line, ...directive, span: comment.span })
  }
  return out
}
