#!/usr/bin/env node
// Scans the third-party corpus (../shared/corpus, read in place, never copied) with the bundled
// CLI and prints what a reviewer needs to judge the findings: counts by rule and severity,
// diagnostics by code, then every finding at or above --list (default high) as
// `file:line:col rule message`. Usage: node scripts/scan-corpus.mjs [--list high|medium|...]
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const corpus = path.resolve(root, '..', 'shared', 'corpus')
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus}`)
  process.exit(2)
}
const listAt = process.argv.includes('--list')
  ? process.argv[process.argv.indexOf('--list') + 1]
  : 'high'
const order = ['critical', 'high', 'medium', 'low', 'note']

const started = process.hrtime.bigint()
const run = spawnSync(
  process.execPath,
  [path.join(root, 'dist', 'cli.js'), 'scan', '.', '--format', 'json', '--fail-on', 'none', '-q'],
  { cwd: corpus, encoding: 'utf8', maxBuffer: 1 << 30 }
)
const seconds = Number(process.hrtime.bigint() - started) / 1e9
if (run.status !== 0) {
  console.error(run.stderr)
  process.exit(run.status ?? 2)
}
const report = JSON.parse(run.stdout)
const tally = (items, key) => {
  const counts = new Map()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
}
console.log(
  `${report.files.length} files, ${report.projects.length} projects, ${report.findings.length} findings in ${seconds.toFixed(1)} s`
)
console.log('\nfindings by rule and severity:')
for (const [key, n] of tally(report.findings, f => `${f.ruleId} (${f.severity})`))
  console.log(`  ${String(n).padStart(5)}  ${key}`)
console.log('\ndiagnostics by code:')
for (const [key, n] of tally(report.diagnostics, d => `${d.code} (${d.severity})`))
  console.log(`  ${String(n).padStart(5)}  ${key}`)
console.log(`\nfindings at or above ${listAt}:`)
for (const f of report.findings.filter(f => order.indexOf(f.severity) <= order.indexOf(listAt))) {
  const { file, startLine, startColumn } = f.location
  console.log(`${file}:${startLine}:${startColumn} ${f.severity} ${f.ruleId} ${f.message}`)
}
