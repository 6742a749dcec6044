/**
 * docs/diagnostics.md lists every diagnostic code tierguard emits (`DIAGNOSTIC_CODES`, which
 * `Diagnostic.code` is typed against). Run with UPDATE_DOCS=1 to rewrite the page.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { DIAGNOSTIC_CODES } from '../../src/core/diagnostic.js'

const page = new URL('../../docs/diagnostics.md', import.meta.url)

function renderDiagnosticsDoc(): string {
  const rows = Object.entries(DIAGNOSTIC_CODES)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, meaning]) => `| \`${code}\` | ${meaning.replace(/\|/g, '\\|')} |`)
  return [
    '# Diagnostics',
    '',
    '<!-- Generated from DIAGNOSTIC_CODES in src/core/diagnostic.ts by',
    '     __tests__/core/diagnostics-doc.test.ts; run it with UPDATE_DOCS=1 to rewrite. -->',
    '',
    'Diagnostics are what tierguard says about input it could not take as it is. They are not',
    'findings: findings judge the topology, diagnostics report a file that could not be read or',
    'parsed, a value of the wrong type, an unset variable. Each has a code, a severity (`error`:',
    'the file or value was not analysed; `warning`; `note`) and the exact place. They appear in',
    'the text and JSON reports, as SARIF `toolExecutionNotifications` (errors), and as warning',
    'annotations in the action. A file with an error diagnostic is never silently skipped.',
    '',
    '| code | meaning |',
    '|---|---|',
    ...rows,
    ''
  ].join('\n')
}

describe('docs/diagnostics.md', () => {
  it('lists every diagnostic code with its meaning', () => {
    const expected = renderDiagnosticsDoc()
    if (process.env.UPDATE_DOCS === '1') writeFileSync(page, expected)
    expect(readFileSync(page, 'utf8')).toBe(expected)
  })
})
