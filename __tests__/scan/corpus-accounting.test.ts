/**
 * On the third-party corpus: every compose-shaped file is accounted for, fragments do not turn
 * into floods of `invalid-network-reference`, and the findings are the same whatever the working
 * folder (paths aside, which the report gives relative to it).
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import { scan } from '../../src/scan.js'
import { CORPUS } from '../helpers/files.js'

const suite = existsSync(CORPUS) ? describe : describe.skip
if (!existsSync(CORPUS))
  console.warn(`no corpus at ${CORPUS}: the corpus accounting test does not run`)

/** Two repositories that keep add-ons beside and below their base file under any name. */
const SOURCES = ['docker-elk', 'docker-jitsi-meet']

suite('the corpus', () => {
  it('accounts for every add-on, loads fragments on their base, from any working folder', async () => {
    const fromCorpus = await scan({ baseDir: CORPUS, paths: SOURCES, logger: silentLogger })
    const elsewhere = path.dirname(CORPUS)
    const fromParent = await scan({
      baseDir: elsewhere,
      paths: SOURCES.map(source => path.join(CORPUS, source)),
      logger: silentLogger
    })
    const paths = fromCorpus.files.map(f => f.path)
    for (const addOn of [
      'docker-elk/extensions/filebeat/filebeat-compose.yml',
      'docker-jitsi-meet/etherpad.yml',
      'docker-jitsi-meet/log-analyser.yml'
    ]) {
      expect(paths).toContain(addOn)
    }
    expect(fromCorpus.files.filter(f => !f.account)).toEqual([])
    // The jitsi add-ons join `meet.jitsi`, which only docker-compose.yml declares.
    const floods = fromCorpus.findings.filter(
      f =>
        f.ruleId === 'invalid-network-reference' && f.location.file.startsWith('docker-jitsi-meet/')
    )
    expect(floods).toEqual([])
    const prefix = `${path.basename(CORPUS)}/`
    const plain = (findings: typeof fromCorpus.findings, strip: string) =>
      findings.map(f => JSON.stringify(f).split(strip).join(''))
    expect(plain(fromParent.findings, prefix)).toEqual(plain(fromCorpus.findings, ''))
  })
})
