/**
 * The differential test of the YAML layer: the fast parser and `parseYamlFile` against `yaml`
 * (see `yaml-differential.ts` for what is compared) on every file of the third-party corpus and
 * seeded edits of them, on generated compose-like YAML and on token soup. A mismatch fails.
 *
 * In CI it is bounded (a few thousand generated inputs, seed fixed). A longer run:
 *
 *   npm run fuzz:yaml                                  (100,000 inputs per generator)
 *   FUZZ_YAML_RUNS=500000 FUZZ_YAML_SEED=7 npm run fuzz:yaml
 *
 * run this file with that many inputs per generator, and RUNS / 1000 seeded edits of each corpus
 * file (at least 2). A failure prints the seed and the shrunk input; the same seed replays it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CORPUS, yamlFilesUnder } from '../helpers/files.js'
import {
  compareWithYaml,
  generatedYaml,
  mutate,
  seededRandom,
  tokenSoup
} from './yaml-differential.js'

const RUNS = Number(process.env.FUZZ_YAML_RUNS ?? 3000)
const SEED = Number(process.env.FUZZ_YAML_SEED ?? 20)
const EDITS_PER_FILE = Math.max(2, Math.round(RUNS / 1000))
/** A long run gets the time it needs; CI's is bounded well below its two minutes. */
const TIMEOUT_MS = Math.max(120_000, RUNS * 50)

/** Counts of one part of the run, printed so the figures are visible in the test output. */
interface Tally {
  inputs: number
  fastTook: number
  yamlErrors: number
  mismatches: string[]
}

function newTally(): Tally {
  return { inputs: 0, fastTook: 0, yamlErrors: 0, mismatches: [] }
}

/** Compares one input and counts it; returns its mismatches. */
function record(tally: Tally, name: string, text: string): string[] {
  const result = compareWithYaml(name, text)
  tally.inputs++
  if (result.fastTook) tally.fastTook++
  if (result.yamlError) tally.yamlErrors++
  for (const m of result.mismatches) {
    tally.mismatches.push(`${name} ${JSON.stringify(text.slice(0, 200))}: ${m}`)
  }
  return result.mismatches
}

/** A property that fails with the mismatches, so fast-check shrinks and shows them. */
function agrees(tally: Tally, name: string) {
  return (text: string) => {
    const mismatches = record(tally, name, text)
    if (mismatches.length > 0) throw new Error(mismatches.join('\n'))
  }
}

function report(part: string, tally: Tally): void {
  console.log(
    `yaml differential, ${part} (seed ${SEED}): ${tally.inputs} inputs compared, ` +
      `${tally.fastTook} taken by the fast parser, ${tally.yamlErrors} rejected by yaml, ` +
      `${tally.mismatches.length} mismatches`
  )
}

describe('the YAML layer against yaml', () => {
  // Away from UTC, so a value rendered in the runner's time zone (a `!!timestamp`) shows.
  const savedZone = process.env.TZ
  beforeAll(() => {
    process.env.TZ = 'America/New_York'
  })
  afterAll(() => {
    if (savedZone === undefined) delete process.env.TZ
    else process.env.TZ = savedZone
  })

  if (existsSync(CORPUS)) {
    it(
      'agrees on every corpus file, its CRLF variant and seeded edits of it',
      () => {
        const tally = newTally()
        const random = seededRandom(SEED)
        for (const file of yamlFilesUnder(CORPUS)) {
          const text = readFileSync(path.join(CORPUS, file), 'utf8')
          if (text.includes('\0')) continue
          record(tally, file, text)
          record(tally, `${file} (CRLF)`, text.replace(/\r?\n/g, '\r\n'))
          for (let i = 0; i < EDITS_PER_FILE; i++)
            record(tally, `${file} (edit ${i})`, mutate(text, random))
        }
        report('corpus', tally)
        expect(tally.mismatches).toEqual([])
        // The corpus is plain compose YAML: the fast parser takes most of it.
        expect(tally.fastTook).toBeGreaterThan(tally.inputs / 2)
      },
      TIMEOUT_MS
    )
  } else {
    it('skips the corpus part: ../shared/corpus is not there', () => {
      console.warn(`yaml differential: ${CORPUS} is not there; the corpus part did not run`)
    })
  }

  it(
    'agrees on generated compose-like YAML',
    () => {
      const tally = newTally()
      fc.assert(fc.property(generatedYaml, agrees(tally, 'gen.yml')), { numRuns: RUNS, seed: SEED })
      report('generated YAML', tally)
      expect(tally.mismatches).toEqual([])
      // Enough of it is valid YAML for the trees to be compared.
      expect(tally.fastTook).toBeGreaterThan(RUNS / 10)
    },
    TIMEOUT_MS
  )

  it(
    'agrees on token soup',
    () => {
      const tally = newTally()
      fc.assert(fc.property(tokenSoup, agrees(tally, 'soup.yml')), {
        numRuns: RUNS,
        seed: SEED + 1
      })
      report('token soup', tally)
      expect(tally.mismatches).toEqual([])
    },
    TIMEOUT_MS
  )
})
