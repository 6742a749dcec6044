import { describe, expect, it } from '@jest/globals'
import { CLI_FORMATS, formatReport, getFormatter } from '../../src/report/formatters.js'
import { formatGitLab } from '../../src/report/gitlab.js'
import { formatJson } from '../../src/report/json.js'
import { formatMarkdown } from '../../src/report/markdown.js'
import { buildSarif, serializeSarif, serializeSarifPieces } from '../../src/report/sarif.js'
import { formatText } from '../../src/report/text.js'
import { makeFinding, makeScanResult, makeWebStack, span } from '../helpers/scan-result.js'

function webResult() {
  const { projects, tiers } = makeWebStack()
  return makeScanResult({
    projects,
    tiers,
    findings: [
      makeFinding({
        location: span('compose.yaml', 14, 9, 14, 17),
        message: 'db is reachable | from `proxy` \u001b[31m',
        path: [
          { span: span('compose.yaml', 3, 3), message: 'public', service: 'app/proxy' },
          {
            span: span('compose.yaml', 14, 9),
            message: 'joins',
            service: 'app/db',
            network: 'app_frontend'
          }
        ]
      })
    ]
  })
}

const SUMMARY = {
  failOn: 'high' as const,
  serverUrl: 'https://github.com',
  uploadStatus: 'skipped (upload: false).',
  sarifFile: 'tierguard.sarif'
}

describe('the formatter registry', () => {
  it('offers the CLI its five formats, in the help’s order, and nothing else by name', () => {
    expect(CLI_FORMATS).toEqual(['text', 'json', 'sarif', 'markdown', 'gitlab'])
    expect(getFormatter('summary').cli).toBe(false)
    expect(getFormatter('html' as string)).toBeUndefined()
    expect(getFormatter('toString' as string)).toBeUndefined()
  })

  it('gives, by name, exactly what each format’s module writes', () => {
    const result = webResult()
    expect(formatReport('text', result, { failOn: 'low' })).toBe(
      formatText(result, { failOn: 'low' })
    )
    expect(formatReport('json', result, {})).toBe(formatJson(result))
    expect(formatReport('markdown', result, {})).toBe(formatMarkdown(result))
    expect(formatReport('gitlab', result, {})).toBe(formatGitLab(result))
    const times = /"(start|end)TimeUtc": "[^"]*"/g
    expect(formatReport('sarif', result, { category: 'c' }).replace(times, '')).toBe(
      serializeSarif(buildSarif(result, { category: 'c' })).replace(times, '')
    )
  })

  it('makes each format safe on a terminal in its own medium', () => {
    const piece = 'a\u001b[31mb\u202e\n'
    expect(getFormatter('text').forTerminal(piece)).toBe(piece)
    expect(getFormatter('markdown').forTerminal(piece)).toBe('a\\x1b[31mb\\u202e\n')
    expect(getFormatter('json').forTerminal('"\u202e"')).toBe('"\\u202e"')
    expect(getFormatter('gitlab').forTerminal('"\u009b"')).toBe('"\\u009b"')
  })

  it('writes the job summary with the diagram drawn by the caller’s gate, and sections on top', () => {
    const result = webResult()
    const top = '### What this pull request changes\n\nNothing.'
    const blocking = formatReport('summary', result, { ...SUMMARY, top: [top] })
    expect(blocking).toMatch(
      /^## tierguard: network isolation\n\n❌ [^\n]+\n\n### What this pull request changes\n\nNothing\.\n\n\| Severity \|/
    )
    expect(blocking).toContain('```mermaid\nflowchart LR\n')
    expect(blocking).toContain('  linkStyle 3,7 stroke:#d00000,stroke-width:3px\n```')
    // A gate that lets the finding pass draws its edge as not blocking.
    const passing = formatReport('summary', result, { ...SUMMARY, blocks: () => false })
    expect(passing).not.toContain('#d00000')
    expect(passing).toContain('==>|"finding, not blocking"|')
    expect(formatReport('summary', makeScanResult(), SUMMARY)).not.toContain('```mermaid')
  })
})

describe('the SARIF serializer', () => {
  it('only reads the log it writes', () => {
    const log = buildSarif(webResult())
    const before = JSON.stringify(log)
    const pieces = serializeSarifPieces(log)
    pieces.next()
    // Half-way through, the log still has its results.
    expect(log.runs[0]!.results).toHaveLength(1)
    expect([...pieces].length).toBe(2)
    expect(JSON.stringify(log)).toBe(before)
  })
})
