/**
 * Reads the expectations a rule fixture carries (STYLE item 10): a `# expect: <rule>` comment
 * line marks the next non-comment line as one where that rule reports; `# ok: <rule>` marks a
 * near miss where it must not. Several comment lines may stack above one line. A severity in
 * brackets after the rule (`# expect: data-port-published (critical)`) pins what users read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export interface Expectation {
  /** POSIX path relative to the repository root. */
  file: string
  line: number
  rule: string
  kind: 'expect' | 'ok'
  /** `# expect: data-port-published (critical)`: the severity the finding must carry. */
  severity?: string
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
  let pending: { rule: string; kind: 'expect' | 'ok'; severity?: string }[] = []
  lines.forEach((text, index) => {
    const trimmed = text.trim()
    const marker = MARKER.exec(trimmed)
    if (marker) {
      const kind = marker[1] as 'expect' | 'ok'
      for (const item of (marker[2] ?? '').split(',')) {
        const [, rule = '', severity] = /^\s*([\w-]+)\s*(?:\((\w+)\))?\s*$/.exec(item) ?? []
        pending.push(severity ? { rule, kind, severity } : { rule: rule || item.trim(), kind })
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
