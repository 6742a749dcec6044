/**
 * Reads the expectations a rule fixture carries (STYLE item 10): a `# expect: <rule>` comment
 * line marks the next non-comment line as one where that rule reports; `# ok: <rule>` marks a
 * near miss where it must not. Several comment lines may stack above one line. A message id
 * after a slash and a severity in brackets pin what users read:
 * `# expect: data-port-published/loopback (low)`; both are optional
 * (`# expect: data-port-published (critical)`, `# expect: flat-network`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { RuleDescription } from '../../src/rules/types.js'

export interface Expectation {
  /** POSIX path relative to the repository root. */
  file: string
  line: number
  rule: string
  kind: 'expect' | 'ok'
  /** `# expect: data-port-published (critical)`: the severity the finding must carry. */
  severity?: string
  /** `# expect: data-port-published/loopback`: the rule's message the finding must render. */
  messageId?: string
}

const MARKER = /^#\s*(expect|ok):\s*(.+)$/

/** Every YAML file under `dir`, sorted. */
export function listYamlFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) out.push(...listYamlFiles(full))
    else if (/\.ya?ml$/.test(entry)) out.push(full)
  }
  return out
}

/** The expectations of one file; `relative` is how findings name it. */
export function readExpectations(absolute: string, relative: string): Expectation[] {
  const lines = readFileSync(absolute, 'utf8').split(/\r?\n/)
  const out: Expectation[] = []
  let pending: Omit<Expectation, 'file' | 'line'>[] = []
  lines.forEach((text, index) => {
    const trimmed = text.trim()
    const marker = MARKER.exec(trimmed)
    if (marker) {
      const kind = marker[1] as 'expect' | 'ok'
      for (const item of (marker[2] ?? '').split(',')) {
        const [, rule = '', messageId, severity] =
          /^\s*([\w-]+)(?:\/(\w+))?\s*(?:\((\w+)\))?\s*$/.exec(item) ?? []
        pending.push({
          rule: rule || item.trim(),
          kind,
          ...(messageId ? { messageId } : {}),
          ...(severity ? { severity } : {})
        })
      }
      return
    }
    if (trimmed === '' || trimmed.startsWith('#')) return
    for (const p of pending) out.push({ file: relative, line: index + 1, ...p })
    pending = []
  })
  return out
}

/**
 * The columns a finding on this line may start at: the first character that is not indentation
 * or a sequence dash (a key, a list item), on a `key: value` line the value's first character
 * (rules that point at a value, such as `network_mode: host`), and the `#` of a comment at the
 * end of the line (`invalid-suppression` points at a `# tierguard-ignore` comment).
 */
export function contentColumns(absolute: string, line: number): number[] {
  const text = readFileSync(absolute, 'utf8').split(/\r?\n/)[line - 1] ?? ''
  const lead = /^(\s*-\s+)*\s*/.exec(text)?.[0] ?? ''
  const value = /^(\s*-\s+)*\s*[\w.-]+:\s+(?=[^\s#])/.exec(text)?.[0]
  const comment = /\s#/.exec(text)
  const columns = value === undefined ? [lead.length + 1] : [lead.length + 1, value.length + 1]
  return comment ? [...columns, comment.index + 2] : columns
}

/** The bound's note the runner appends to a message whose related locations were cut. */
const UNLISTED = String.raw`(?: \(\d[\d,]* more related locations? (?:is|are) not listed\.\))?`

/**
 * The id of the rule's message that renders `message`: each template read as a pattern whose
 * `{{placeholders}}` match any text. When several match (a placeholder can swallow the words
 * that set another message apart), the most specific one: the most text outside placeholders.
 * Undefined for a message the rule does not declare.
 */
export function findMessageId(rule: RuleDescription, message: string): string | undefined {
  let best: { id: string; literal: number } | undefined
  for (const [id, template] of Object.entries(rule.messages)) {
    const parts = template.split(/\{\{\s*\w+\s*\}\}/)
    const pattern = parts
      .map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s\\S]*?')
    if (!new RegExp(`^${pattern}${UNLISTED}$`).test(message)) continue
    const literal = parts.join('').length
    if (!best || literal > best.literal) best = { id, literal }
  }
  return best?.id
}
