#!/usr/bin/env node
// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc. Both are committed;
// CI rebuilds them and fails when they differ from what is committed.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, renameSync, rmSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const ncc = path.join(root, 'node_modules', '.bin', 'ncc')
const dist = path.join(root, 'dist')

function bundle(entry) {
  const out = mkdtempSync(path.join(tmpdir(), 'tierguard-ncc-'))
  // Type-checking is `npm run typecheck`'s job; ncc only transpiles and bundles.
  execFileSync(
    ncc,
    [
      'build',
      entry,
      '-o',
      out,
      '--transpile-only',
      '--target',
      'es2022',
      '--license',
      'licenses.txt',
      '--quiet'
    ],
    {
      cwd: root,
      stdio: 'inherit'
    }
  )
  return out
}

rmSync(dist, { recursive: true, force: true })
const action = bundle('src/index.ts')
const cli = bundle('src/cli/index.ts')
renameSync(action, dist)
copyFileSync(path.join(cli, 'index.js'), path.join(dist, 'cli.js'))
rmSync(cli, { recursive: true, force: true })
// ESM bundles: the folder's package.json tells Node so, whatever the consumer's package says.
writeFileSync(path.join(dist, 'package.json'), '{ "type": "module" }\n')
console.log(`dist/: ${readdirSync(dist).sort().join(', ')}`)
