/**
 * Every string from the repository is text, never markup or a command, in each medium it
 * reaches: one escaping function per medium (STYLE.md 16), pinned here on hostile values.
 */
import { describe, expect, it } from '@jest/globals'
import { toLogLine } from '../../src/action/workflow-text.js'
import { escapeMarkdown, formatMarkdown, markdownCode } from '../../src/report/markdown.js'
import { escapeLabel } from '../../src/report/mermaid.js'
import { makeFinding, makeScanResult, span } from '../helpers/scan-result.js'

describe('workflow log lines', () => {
  it('keep a value with workflow commands on lines of their own on one inert line', () => {
    expect(toLogLine('service:y\n::stop-commands::x\n')).toBe('service:y\\n::stop-commands::x\\n')
    expect(toLogLine('a\r::add-mask::secret')).toBe('a\\n::add-mask::secret')
    expect(toLogLine('a\u2028::error::x\u0085::warning::y')).toBe('a\\n::error::x\\n::warning::y')
  })

  it('break a command at the start of the line, and the older `##[` syntax anywhere', () => {
    expect(toLogLine('::error file=README.md,line=1::Reviewed')).toBe(
      '\\::error file=README.md,line=1::Reviewed'
    )
    expect(toLogLine('   ::add-mask::x')).toBe('\\   ::add-mask::x')
    expect(toLogLine('name ##[error]spoofed')).toBe('name ##\\[error]spoofed')
  })

  it('shows control characters as escapes', () => {
    expect(toLogLine('red \u001b[31m bell \u0007')).toBe('red \\u001b[31m bell \\u0007')
  })
})

describe('Markdown', () => {
  it('writes every character that could open markup as a character reference', () => {
    expect(escapeMarkdown('`db`')).toBe('&#96;db&#96;')
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe(
      '&#60;img src=x onerror=alert&#40;1&#41;&#62;'
    )
    expect(escapeMarkdown('![ok](https://evil.example/ok.png)')).toBe(
      '&#33;&#91;ok&#93;&#40;https&#58;//evil.example/ok.png&#41;'
    )
    expect(escapeMarkdown('a|b')).toBe('a&#124;b')
    expect(escapeMarkdown('@octo-org/security :white_check_mark:')).toBe(
      '&#64;octo-org/security &#58;white&#95;check&#95;mark&#58;'
    )
    expect(escapeMarkdown('&lt;')).toBe('&#38;lt;')
  })

  it('keeps text on one line: a lone carriage return cannot start a heading', () => {
    expect(escapeMarkdown('db\r## Reviewed by security, safe to merge')).toBe(
      'db &#35;&#35; Reviewed by security, safe to merge'
    )
    expect(escapeMarkdown('a\nb\r\nc\u2028d')).toBe('a b c d')
    // Bidi overrides and other invisible controls show as visible escapes.
    expect(escapeMarkdown('admin\u202euser\u0000 \u009b2J')).toBe('admin\\u202euser\\x00 \\x9b2J')
  })

  it('puts monospace names in <code>, which a backtick cannot close', () => {
    expect(markdownCode('db`</code><b>')).toBe('<code>db&#96;&#60;/code&#62;&#60;b&#62;</code>')
  })

  it('leaves the --format markdown report one row per finding, whatever the message', () => {
    const message = 'db`\r## Safe to merge\n| x | y |<img src=x>![i](http://e/i.png)'
    const md = formatMarkdown(
      makeScanResult({ findings: [makeFinding({ message, location: span('compose.yaml', 3, 5) })] })
    )
    const rows = md.split(/\r\n|\r|\n/).filter(l => l.includes('Safe to merge'))
    expect(rows).toHaveLength(1)
    expect(rows[0]!.split(' | ')).toHaveLength(4)
    expect(md).not.toMatch(/<img|!\[i\]|^#+ Safe/m)
  })
})

describe('Mermaid labels', () => {
  it('cannot carry an init directive, close the label or the fence', () => {
    const label = escapeLabel('%%{init: {"theme": "dark"}}%% "] ``` <b>')
    expect(label).toBe(
      '#37;#37;#123;init: #123;#quot;theme#quot;: #quot;dark#quot;#125;#125;#37;#37; #quot;] #96;#96;#96; #lt;b#gt;'
    )
    expect(label).not.toMatch(/[%{}"`<>]/)
  })
})
