/**
 * Fingerprints through the whole pipeline: the same project edited in ways that do not change
 * what is wrong with it keeps its SARIF fingerprints; naming another service changes them.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import { buildSarif } from '../../src/report/sarif.js'
import { FINGERPRINT_KEY } from '../../src/report/fingerprint.js'
import { scan } from '../../src/scan.js'

const BASE = [
  'services:',
  '  proxy:',
  '    image: nginx:1.27',
  '    ports:',
  '      - "80:80"',
  '  db:',
  '    image: postgres:16',
  '    ports:',
  '      - "5432:5432"',
  ''
].join('\n')

async function fingerprints(compose: string): Promise<Record<string, string>> {
  const root = mkdtempSync(path.join(tmpdir(), 'tierguard-fp-'))
  try {
    mkdirSync(path.join(root, 'shop'))
    writeFileSync(path.join(root, 'shop', 'compose.yaml'), compose)
    const result = await scan({ baseDir: root, logger: silentLogger })
    const log = buildSarif(result)
    const out: Record<string, string> = {}
    for (const r of log.runs[0]!.results ?? []) {
      const key = `${r.ruleId} ${(r.properties?.services as string[]).join(',')} ${r.partialFingerprints![FINGERPRINT_KEY]}`
      out[key] = r.partialFingerprints![FINGERPRINT_KEY]!
    }
    return out
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

describe('fingerprints through scan()', () => {
  it('survive inserted lines, CRLF and re-indentation, and change with the service', async () => {
    const base = await fingerprints(BASE)
    expect(Object.keys(base).length).toBeGreaterThan(0)
    const above = await fingerprints(
      `# Shop\n# maintained by ops\n\nx-common: &c\n  restart: always\n${BASE}`
    )
    const crlf = await fingerprints(BASE.replace(/\n/g, '\r\n'))
    const reindented = await fingerprints(BASE.replace(/^( +)/gm, m => m.repeat(2)))
    expect(Object.values(above).sort()).toEqual(Object.values(base).sort())
    expect(Object.values(crlf).sort()).toEqual(Object.values(base).sort())
    expect(Object.values(reindented).sort()).toEqual(Object.values(base).sort())

    const renamed = await fingerprints(BASE.replace('  db:', '  database:'))
    const dbKeys = Object.keys(base).filter(k => k.includes('shop/db'))
    expect(dbKeys.length).toBeGreaterThan(0)
    for (const key of dbKeys) expect(Object.values(renamed)).not.toContain(base[key])
  })
})
