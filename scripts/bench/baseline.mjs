// The benchmark's baseline: read each listed file and parse it with `yaml`'s parseDocument, the
// least any YAML-based scanner must do. The list comes from the scan itself, so discovery is
// not part of either side's comparison beyond what the scan spends on it.
//
// It prints the number of documents with contents and the milliseconds spent reading and
// parsing (after `yaml` is imported), the counterpart of the scan's own stage times.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { LineCounter, parseDocument } from 'yaml'

const [listFile, baseDir] = process.argv.slice(2)
const files = JSON.parse(readFileSync(listFile, 'utf8'))
let nodes = 0
const started = performance.now()
for (const file of files) {
  let text
  try {
    text = readFileSync(path.join(baseDir, file), 'utf8')
  } catch {
    continue
  }
  const doc = parseDocument(text, { lineCounter: new LineCounter() })
  if (doc.contents) nodes++
}
process.stdout.write(`${nodes} ${(performance.now() - started).toFixed(1)}\n`)
