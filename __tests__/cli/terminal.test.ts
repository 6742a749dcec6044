/**
 * The terminal as a medium: text from a scanned repository (file names, service names, values
 * quoted in messages) must reach the screen as text, never as a cursor move, a colour, a
 * rewritten line or a reordering of what the reader sees.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { silentLogger } from '../../src/core/logger.js'
import { escapeForTerminal, formatText } from '../../src/report/text.js'
import { scan } from '../../src/scan.js'
import { makeDiagnostic, makeFinding, makeScanResult, span } from '../helpers/scan-result.js'

/** Anything a terminal would act on: C0 but line feed, DEL, C1, bidi controls. */
const ACTIVE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

describe('escapeForTerminal', () => {
  it('shows every control character as its escape', () => {
    expect(escapeForTerminal('a\u001b[2Jb')).toBe('a\\x1b[2Jb')
    expect(escapeForTerminal('ok\rFAKE')).toBe('ok\\x0dFAKE')
    expect(escapeForTerminal('x\u009b31my')).toBe('x\\x9b31my')
    expect(escapeForTerminal('bell\u0007del\u007f')).toBe('bell\\x07del\\x7f')
    expect(escapeForTerminal('admin\u202e\u2066nimda')).toBe('admin\\u202e\\u2066nimda')
    expect(escapeForTerminal('a\tb')).toBe('a b')
  })

  it('keeps line feeds only when asked, and leaves other text alone', () => {
    expect(escapeForTerminal('one\ntwo')).toBe('one\\ntwo')
    expect(escapeForTerminal('one\ntwo', { keepNewlines: true })).toBe('one\ntwo')
    expect(escapeForTerminal('`db` — Postgres ✓ 数据库')).toBe('`db` — Postgres ✓ 数据库')
  })
})

describe('formatText on hostile input', () => {
  it('neutralises controls in messages and paths, and keeps one line per finding', () => {
    const result = makeScanResult({
      findings: [
        makeFinding({
          message: 'service `db\u001b]8;;http://evil\u0007` is \u202epublic\u202c\r\nnext',
          location: span('evil\u001b[31m/compose.yaml', 3, 5)
        })
      ],
      diagnostics: [
        makeDiagnostic({ message: 'bad \u009b2J value', span: span('x\u200f.yml', 1, 1) })
      ]
    })
    const lines = formatText(result).split('\n')
    expect(lines.slice(0, 2)).toEqual([
      'evil\\x1b[31m/compose.yaml:3:5 high service `db\\x1b]8;;http://evil\\x07` is \\u202epublic\\u202c next [data-reachable-from-edge]',
      'x\\u200f.yml:1:1 error bad \\x9b2J value [yaml-syntax]'
    ])
    expect(lines.join('\n')).not.toMatch(ACTIVE)
  })

  it('prints a real file with control characters in its names as inert text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tierguard-terminal-'))
    // A YAML double-quoted key can hold any character; the service name reaches messages.
    writeFileSync(
      path.join(dir, 'compose.yaml'),
      'services:\n  "db\\e[2J\\u202e":\n    image: postgres:16\n    ports: ["5432:5432"]\n'
    )
    const result = await scan({ baseDir: dir, logger: silentLogger })
    const text = formatText(result, { color: false })
    expect(text).toContain('compose.yaml:4:13 high `db\\x1b[2J\\u202e` (PostgreSQL) publishes')
    expect(text).not.toMatch(ACTIVE)
    // With colour, the only escape sequences are tierguard's own SGR codes.
    // eslint-disable-next-line no-control-regex
    const coloured = formatText(result, { color: true }).replace(/\u001b\[[0-9;]*m/g, '')
    expect(coloured).not.toMatch(ACTIVE)
    rmSync(dir, { recursive: true, force: true })
  })
})
