/**
 * Hostile input: files a pull request can put in front of tierguard. Each case is scanned beside
 * a good project and must end quickly with a diagnostic that names the file (code, message and
 * position), while the good project keeps exactly the findings it has on its own.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  openSync,
  closeSync,
  readdirSync,
  statSync,
  ftruncateSync,
  readFileSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { execFileSync, spawnSync } from 'node:child_process'
import path from 'node:path'
import type { Logger } from '../../src/core/logger.js'
import { silentLogger } from '../../src/core/logger.js'
import type { ScanResult } from '../../src/scan.js'
import {
  CASE_TIME_LIMIT_MS,
  GOOD_PROJECT,
  describeDiagnostic,
  diagnosticsOf,
  findingsOf,
  goodFindingsAlone,
  makeRepo,
  removeRepo,
  timedScan,
  writeTree
} from './hostile-helpers.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
/** The uid and gid of `nobody` on Debian and most Linux systems. */
const NOBODY = 65534

let repo: string

beforeEach(() => {
  repo = makeRepo()
  writeTree(repo, { 'good/compose.yaml': GOOD_PROJECT })
})

afterEach(() => removeRepo(repo))

/** Scans the repository and checks the two things every case shares. */
async function scanRepo(options: Parameters<typeof timedScan>[1] = {}): Promise<ScanResult> {
  const { result, ms } = await timedScan(repo, options)
  expect(ms).toBeLessThan(CASE_TIME_LIMIT_MS)
  const alone = await goodFindingsAlone()
  expect(alone.length).toBeGreaterThan(0)
  expect(findingsOf(result, 'good/compose.yaml')).toEqual(alone)
  return result
}

function statusOf(result: ScanResult, file: string): string | undefined {
  return result.files.find(f => f.path === file)?.status
}

describe('YAML bombs and nesting', () => {
  it('stops a billion-laughs file at the alias limit', async () => {
    const lines = ['x-l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for (let i = 1; i <= 9; i++) {
      lines.push(
        `x-l${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(', ')}]`
      )
    }
    lines.push('services:', '  app:', '    image: nginx', '    command: *l9')
    writeTree(repo, { 'bomb/compose.yaml': lines.join('\n') + '\n' })
    const result = await scanRepo()
    // Each level is 9 copies of the one before: `x-l5`'s first `*l4` passes the 100,000-node
    // budget (the budget grows with the file's size, so a large honest file is not refused).
    expect(diagnosticsOf(result, 'bomb/compose.yaml').map(describeDiagnostic)).toEqual([
      'alias-limit error bomb/compose.yaml:6:12 aliases expand to more than 100,000 nodes; the file was not analysed'
    ])
    expect(statusOf(result, 'bomb/compose.yaml')).toBe('failed')
  })

  it('refuses 10,000 levels of `[` at the level that passes the limit', async () => {
    const depth = 10_000
    writeTree(repo, {
      'deep/compose.yaml': `services:\n  app:\n    image: nginx\n    command: ${'['.repeat(depth)}${']'.repeat(depth)}\n`
    })
    const result = await scanRepo()
    expect(diagnosticsOf(result, 'deep/compose.yaml').map(describeDiagnostic)).toEqual([
      // The first `[` is at column 14; the parser holds the document, three mappings and one
      // entry per `[`, and stops at the 205th `[`, the one that makes 209 (200 levels + room).
      'nesting-limit error deep/compose.yaml:4:218 values are nested more than 200 levels deep; the file was not analysed'
    ])
  })

  it('refuses 10,000 levels of flow mappings', async () => {
    const depth = 10_000
    writeTree(repo, {
      'deep/compose.yaml': `services:\n  app:\n    labels: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`
    })
    const result = await scanRepo()
    const diagnostics = diagnosticsOf(result, 'deep/compose.yaml')
    expect(diagnostics.map(d => [d.code, d.span.startLine])).toEqual([['nesting-limit', 3]])
    expect(diagnostics[0]?.message).toBe(
      'values are nested more than 200 levels deep; the file was not analysed'
    )
  })

  it('refuses 1,000 levels of block mappings, which would exhaust the YAML composer', async () => {
    let text = 'services:\n  app:\n    image: nginx\n    labels:\n'
    for (let i = 0; i < 1000; i++) text += `${' '.repeat(6 + i)}k${i}:\n`
    writeTree(repo, { 'deep/compose.yaml': text })
    const result = await scanRepo()
    const diagnostics = diagnosticsOf(result, 'deep/compose.yaml')
    expect(diagnostics.map(d => d.code)).toEqual(['nesting-limit'])
    expect(diagnostics[0]?.message).toMatch(/nested more than 200 levels deep/)
    // Nothing like "Maximum call stack size exceeded" reaches the user.
    expect(diagnostics[0]?.span.startLine).toBeGreaterThan(190)
    expect(diagnostics[0]?.span.startLine).toBeLessThan(220)
  })

  it('resolves 5,000 `<<: *defaults` merges in one pass over the document', async () => {
    // yaml's `Alias.resolve` walks the whole document for each alias: 35 s for this file.
    const lines = [
      'x-defaults: &defaults',
      '  restart: always',
      '  network_mode: none',
      'services:'
    ]
    for (let i = 0; i < 5000; i++) lines.push(`  s${i}:`, '    <<: *defaults', '    image: busybox')
    writeTree(repo, { 'many/compose.yaml': lines.join('\n') + '\n' })
    const result = await scanRepo()
    expect(diagnosticsOf(result, 'many/compose.yaml')).toEqual([])
    const services = result.projects.find(p => p.directory === 'many')?.services ?? []
    expect(services).toHaveLength(5000)
    // Merged values keep the anchor's position.
    expect(services[4999]?.networkMode).toEqual({
      kind: 'none',
      span: { file: 'many/compose.yaml', startLine: 3, startColumn: 17, endLine: 3, endColumn: 21 }
    })
  })

  it('still analyses a file nested just under the limit', async () => {
    // 150 levels of labels are absurd but legal YAML: the file is analysed.
    writeTree(repo, {
      'nested/compose.yaml': `services:\n  app:\n    image: redis\n    ports: ["6379:6379"]\n    x-deep: ${'['.repeat(150)}${']'.repeat(150)}\n`
    })
    const result = await scanRepo()
    expect(diagnosticsOf(result, 'nested/compose.yaml')).toEqual([])
    expect(findingsOf(result, 'nested/compose.yaml')).toContain('data-port-published@4:13')
  })
})

describe('files that are not compose text', () => {
  it('reports a 50 MB file as too large without loading it', async () => {
    const file = path.join(repo, 'huge/compose.yaml')
    mkdirSync(path.dirname(file))
    const fd = openSync(file, 'w')
    writeSync(fd, 'services:\n  app:\n    image: nginx\n    labels:\n')
    const chunk = Array.from({ length: 10_000 }, (_, i) => `      k${i}: ${'v'.repeat(90)}\n`)
    const text = chunk.join('')
    for (let written = 0; written < 50 * 1024 * 1024; written += text.length) writeSync(fd, text)
    ftruncateSync(fd, 50 * 1024 * 1024)
    closeSync(fd)
    const before = process.memoryUsage().rss
    const result = await scanRepo()
    // Not loaded: the process did not grow by anything near the file's size.
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024)
    expect(diagnosticsOf(result, 'huge/compose.yaml').map(describeDiagnostic)).toEqual([
      'file-too-large error huge/compose.yaml:1:1 the file is 50.0 MiB, over the 10.0 MiB limit; it was not analysed (raise maxFileBytes to include it)'
    ])
    expect(statusOf(result, 'huge/compose.yaml')).toBe('failed')
  })

  it('takes the size limit from maxFileBytes', async () => {
    // The good project is 97 bytes: under the limit, so it is still analysed.
    writeTree(repo, { 'small/compose.yaml': `${GOOD_PROJECT}x-pad: ${'p'.repeat(200)}\n` })
    const result = await scanRepo({ maxFileBytes: 200 })
    expect(diagnosticsOf(result, 'small/compose.yaml').map(describeDiagnostic)).toEqual([
      'file-too-large error small/compose.yaml:1:1 the file is 305 B, over the 200 B limit; it was not analysed (raise maxFileBytes to include it)'
    ])
  })

  it('reports binary bytes under a compose name', async () => {
    const bytes = new Uint8Array(4096)
    let seed = 7
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0
      bytes[i] = seed >>> 24
    }
    bytes[100] = 0
    writeTree(repo, { 'bin/docker-compose.yml': bytes })
    const result = await scanRepo()
    expect(diagnosticsOf(result, 'bin/docker-compose.yml').map(describeDiagnostic)).toEqual([
      'file-unreadable error bin/docker-compose.yml:1:1 the file holds NUL bytes: it is not a text file'
    ])
  })

  it('reports invalid UTF-8 under a compose name', async () => {
    writeTree(repo, {
      'latin1/compose.yaml': Buffer.from('services:\n  caf\xe9:\n    image: nginx\n', 'latin1')
    })
    const result = await scanRepo()
    expect(diagnosticsOf(result, 'latin1/compose.yaml').map(describeDiagnostic)).toEqual([
      'file-unreadable error latin1/compose.yaml:1:1 could not read the file: the file is not valid UTF-8 text'
    ])
  })

  it('reports an empty file', async () => {
    writeTree(repo, { 'empty/compose.yaml': '' })
    const result = await scanRepo()
    expect(diagnosticsOf(result, 'empty/compose.yaml').map(d => [d.code, d.severity])).toEqual([
      ['not-compose', expect.any(String)]
    ])
    expect(diagnosticsOf(result, 'empty/compose.yaml')[0]?.message).toMatch(/empty/)
  })

  it('reports `services: null`', async () => {
    writeTree(repo, { 'null/compose.yaml': 'services: null\n' })
    const result = await scanRepo()
    const diagnostics = diagnosticsOf(result, 'null/compose.yaml')
    expect(diagnostics.map(d => d.code)).toEqual(['not-compose'])
    expect(diagnostics[0]?.message).toMatch(/no `services`/)
  })
})

describe('wrong types everywhere', () => {
  it('reports each wrong value at its node and keeps the rest of the file', async () => {
    writeTree(repo, {
      'types/compose.yaml': [
        'name: [a]',
        'services:',
        '  app:',
        '    image: [1]',
        '    ports: 5',
        '    networks: 3',
        '    volumes: {a: 1}',
        '    environment: 7',
        '    depends_on: 5',
        '    labels: 3',
        '  cache:',
        '    image: redis',
        '    ports: [{target: [1]}, "6379:6379"]',
        '    network_mode: {a: 1}',
        'networks: [1, 2]',
        'volumes: 3',
        ''
      ].join('\n')
    })
    const result = await scanRepo()
    const seen = diagnosticsOf(result, 'types/compose.yaml')
      .filter(d => d.code === 'wrong-type')
      .map(d => `${d.span.startLine}:${d.span.startColumn}`)
    expect(seen).toEqual(
      expect.arrayContaining(['1:7', '4:12', '5:12', '6:15', '7:14', '8:18', '9:17', '10:13'])
    )
    expect(seen).toEqual(expect.arrayContaining(['14:19', '15:11']))
    // `cache` is still analysed: its published port is reported at the port.
    expect(findingsOf(result, 'types/compose.yaml')).toContain('data-port-published@13:28')
  })
})

describe('extends and include', () => {
  it('reports extends cycles (same file and across files) and a missing target', async () => {
    writeTree(repo, {
      'ext/compose.yaml': [
        'services:',
        '  a:',
        '    extends: b',
        '  b:',
        '    extends: a',
        '  c:',
        '    extends: {file: missing.yml, service: x}',
        '  d:',
        '    extends: {file: other.yml, service: e}',
        ''
      ].join('\n'),
      'ext/other.yml': 'services:\n  e:\n    extends: {file: compose.yaml, service: d}\n'
    })
    const result = await scanRepo()
    expect(diagnosticsOf(result, 'ext/compose.yaml').map(describeDiagnostic)).toEqual([
      'extends-cycle error ext/compose.yaml:3:5 service `a` extends itself through `a` -> `b` -> `a`; compose refuses the file',
      'missing-file error ext/compose.yaml:7:21 `extends` of service `c` names `missing.yml`, which does not exist',
      'extends-cycle error ext/compose.yaml:9:5 service `d` extends itself through `d` -> `e` -> `d`; compose refuses the file'
    ])
  })

  it('reports an include cycle and a missing include', async () => {
    writeTree(repo, {
      'inc/compose.yaml':
        'include:\n  - sub/compose.yaml\n  - missing.yaml\nservices:\n  a:\n    image: nginx\n',
      'inc/sub/compose.yaml': 'include:\n  - ../compose.yaml\nservices:\n  b:\n    image: redis\n'
    })
    const result = await scanRepo()
    expect(
      result.diagnostics
        .filter(d => d.span.file.startsWith('inc/') && d.severity === 'error')
        .map(describeDiagnostic)
    ).toEqual([
      'missing-file error inc/compose.yaml:3:5 included file `inc/missing.yaml` does not exist',
      'include-cycle error inc/sub/compose.yaml:2:5 `inc/compose.yaml` is already being loaded: files include each other in a cycle (inc/compose.yaml -> inc/sub/compose.yaml -> inc/compose.yaml); compose refuses it'
    ])
  })
})

describe('symbolic links', () => {
  it('reports a link loop and a link out of the root, and follows neither', async () => {
    mkdirSync(path.join(repo, 'links'))
    symlinkSync('compose.yml', path.join(repo, 'links/docker-compose.yml'))
    symlinkSync('docker-compose.yml', path.join(repo, 'links/compose.yml'))
    symlinkSync('/etc', path.join(repo, 'links/etc'))
    symlinkSync('..', path.join(repo, 'links/up'))
    writeFileSync(path.join(path.dirname(repo), 'outside-compose.yaml'), GOOD_PROJECT)
    try {
      symlinkSync(
        path.join(path.dirname(repo), 'outside-compose.yaml'),
        path.join(repo, 'links/compose.yaml')
      )
      const result = await scanRepo()
      const notes = result.diagnostics.filter(d => d.span.file.startsWith('links/'))
      expect(notes.map(d => `${d.code} ${d.span.file}`)).toEqual([
        'path-skipped links/compose.yaml',
        'path-skipped links/compose.yml',
        'path-skipped links/docker-compose.yml',
        'path-skipped links/etc',
        'path-skipped links/up'
      ])
      expect(notes[0]?.message).toMatch(/outside the scanned folder: not followed/)
      expect(notes[1]?.message).toMatch(/loops back on itself/)
      expect(notes[3]?.message).toMatch(/a folder outside the scanned folder/)
      expect(notes[4]?.message).toMatch(/a cycle, not followed/)
      expect(result.files.map(f => f.path).sort()).toEqual(['good/compose.yaml'])
    } finally {
      unlinkSync(path.join(path.dirname(repo), 'outside-compose.yaml'))
    }
  })

  it('never reads a file a link inside the project leads out of the root to', async () => {
    // `.env` and `env_file` are read by the loader, not discovery: a link to a file of the
    // runner must not bring its content into the report.
    const secret = path.join(path.dirname(repo), `tierguard-secret-${process.pid}.env`)
    writeFileSync(secret, 'LEAKED_PORT=31337\n')
    try {
      writeTree(repo, {
        'leak/compose.yaml':
          'services:\n  db:\n    image: postgres\n    env_file: leak.env\n    ports: ["${LEAKED_PORT:-5432}:5432"]\n'
      })
      symlinkSync(secret, path.join(repo, 'leak/.env'))
      symlinkSync(secret, path.join(repo, 'leak/leak.env'))
      const result = await scanRepo()
      expect(JSON.stringify(result.projects)).not.toContain('31337')
      expect(JSON.stringify(result.findings)).not.toContain('31337')
      expect(findingsOf(result, 'leak/compose.yaml')).toContain('data-port-published@5:13')
      const project = result.projects.find(p => p.directory === 'leak')
      expect(project?.services[0]?.ports[0]?.published).toBe('5432')
    } finally {
      unlinkSync(secret)
    }
  })

  it('does not hang on a `.env` linked to a device that never ends', async () => {
    writeTree(repo, { 'dev/compose.yaml': 'services:\n  app:\n    image: ${IMAGE:-nginx}\n' })
    symlinkSync('/dev/zero', path.join(repo, 'dev/.env'))
    const result = await scanRepo()
    expect(result.projects.find(p => p.directory === 'dev')?.services[0]?.image?.value).toBe(
      'nginx'
    )
  })
})

describe('files that change during the scan', () => {
  /** A logger whose first progress report runs `act` (files are parsed one by one). */
  function actingLogger(act: () => void): Logger {
    let done = false
    return {
      ...silentLogger,
      progress: () => {
        if (done) return
        done = true
        act()
      }
    }
  }

  it('reports a file removed after discovery', async () => {
    // `a/` sorts before `good/` and `z/`: the progress after `a/compose.yaml` removes `z/`.
    writeTree(repo, { 'a/compose.yaml': GOOD_PROJECT, 'z/compose.yaml': GOOD_PROJECT })
    const result = await scanRepo({
      logger: actingLogger(() => unlinkSync(path.join(repo, 'z/compose.yaml')))
    })
    expect(diagnosticsOf(result, 'z/compose.yaml').map(describeDiagnostic)).toEqual([
      'file-unreadable error z/compose.yaml:1:1 could not read the file: the file does not exist (it may have been removed during the scan)'
    ])
    expect(findingsOf(result, 'a/compose.yaml').length).toBeGreaterThan(0)
  })

  it('does not hang on a file replaced by a named pipe after discovery', async () => {
    writeTree(repo, { 'a/compose.yaml': GOOD_PROJECT, 'z/compose.yaml': GOOD_PROJECT })
    const result = await scanRepo({
      logger: actingLogger(() => {
        unlinkSync(path.join(repo, 'z/compose.yaml'))
        execFileSync('mkfifo', [path.join(repo, 'z/compose.yaml')])
      })
    })
    expect(diagnosticsOf(result, 'z/compose.yaml').map(describeDiagnostic)).toEqual([
      'file-unreadable error z/compose.yaml:1:1 the path is not a regular file (a folder, a device or a pipe); it was not read'
    ])
  })

  // As root (CI containers, this sandbox) chmod 000 does not stop reads: there the bundled CLI
  // scans the repository as `nobody`, in a child process, which is what a runner's unprivileged
  // user meets. Where neither works (root that may not change user), the case cannot be staged.
  const readsCanBeDenied = (() => {
    const probe = path.join(makeRepo(), 'probe')
    writeFileSync(probe, 'x')
    chmodSync(probe, 0)
    try {
      readFileSync(probe)
      return false
    } catch {
      return true
    } finally {
      removeRepo(path.dirname(probe))
    }
  })()
  // Root may not be allowed to change user, or the temp folder may be closed to others.
  const canRunAsNobody =
    !readsCanBeDenied &&
    (() => {
      const probe = path.join(makeRepo(), 'probe')
      writeFileSync(probe, 'x')
      chmodSync(path.dirname(probe), 0o755)
      chmodSync(probe, 0o644)
      try {
        const read = `require('node:fs').readFileSync(${JSON.stringify(probe)})`
        return spawnSync(process.execPath, ['-e', read], { uid: NOBODY, gid: NOBODY }).status === 0
      } finally {
        removeRepo(path.dirname(probe))
      }
    })()

  ;(readsCanBeDenied || canRunAsNobody ? it : it.skip)(
    'reports a file made unreadable (chmod 000)',
    async () => {
      writeTree(repo, { 'locked/compose.yaml': GOOD_PROJECT })
      chmodSync(path.join(repo, 'locked/compose.yaml'), 0)
      const expected = [
        'file-unreadable error locked/compose.yaml:1:1 could not read the file: permission denied'
      ]
      if (readsCanBeDenied) {
        const result = await scanRepo()
        expect(diagnosticsOf(result, 'locked/compose.yaml').map(describeDiagnostic)).toEqual(
          expected
        )
        return
      }
      const report = scanAsNobody(repo)
      expect(diagnosticsOf(report, 'locked/compose.yaml').map(describeDiagnostic)).toEqual(expected)
      expect(findingsOf(report, 'good/compose.yaml')).toEqual(await goodFindingsAlone())
    }
  )
})

/**
 * Scans `dir` with the bundled CLI run as `nobody` and returns its JSON report. The bundle is
 * copied to a folder that user can read (the checkout's `dist/` may not be), and the repository
 * is opened to it (whatever the umask), all but the files the case locked.
 */
function scanAsNobody(dir: string): Pick<ScanResult, 'diagnostics' | 'findings'> {
  const bin = makeRepo()
  for (const file of ['cli.js', 'package.json']) {
    // A copy keeps the source's mode, which a checkout under umask 077 closes to others.
    copyFileSync(path.join(ROOT, 'dist', file), path.join(bin, file))
    chmodSync(path.join(bin, file), 0o644)
  }
  try {
    chmodSync(bin, 0o777)
    chmodSync(dir, 0o755)
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const entryPath = path.join(entry.parentPath, entry.name)
      if (entry.isDirectory()) chmodSync(entryPath, 0o755)
      else if (entry.isFile() && (statSync(entryPath).mode & 0o777) !== 0)
        chmodSync(entryPath, 0o644)
    }
    const out = path.join(bin, 'report.json')
    const child = spawnSync(
      process.execPath,
      [
        path.join(bin, 'cli.js'),
        'scan',
        '.',
        '--format',
        'json',
        '-o',
        out,
        '--fail-on',
        'none',
        '-q'
      ],
      { cwd: dir, uid: NOBODY, gid: NOBODY, encoding: 'utf8', timeout: CASE_TIME_LIMIT_MS }
    )
    expect(child.stderr).toBe(`Wrote json report to ${out}\n`)
    expect(child.status).toBe(0)
    return JSON.parse(readFileSync(out, 'utf8'))
  } finally {
    removeRepo(bin)
  }
}

describe('interpolation at scale', () => {
  it('handles thousands of variables and reports over-deep nesting at its value', async () => {
    const lines = ['services:', '  app:', '    image: ${IMAGE:-nginx}', '    environment:']
    for (let i = 0; i < 5000; i++) lines.push(`      V${i}: "\${X${i}:-\${Y${i}:-d${i}}}"`)
    lines.push(`    command: "${'${A:-'.repeat(40)}x${'}'.repeat(40)}"`)
    writeTree(repo, { 'vars/compose.yaml': lines.join('\n') + '\n' })
    const result = await scanRepo()
    const diagnostics = diagnosticsOf(result, 'vars/compose.yaml')
    expect(diagnostics.filter(d => d.code === 'unset-variable')).toHaveLength(1 + 2 * 5000)
    expect(
      diagnostics.filter(d => d.code === 'invalid-interpolation').map(describeDiagnostic)
    ).toEqual([
      expect.stringMatching(
        /^invalid-interpolation error vars\/compose\.yaml:5005:14 .*nested more than 16 levels deep/
      )
    ])
    const env = result.projects.find(p => p.directory === 'vars')?.services[0]?.environment
    expect(env).toHaveLength(5000)
    expect(env?.[4999]).toMatchObject({ name: 'V4999', value: 'd4999' })
  })
})

describe('very long names', () => {
  const long = 'n'.repeat(10_000)

  it('reports a 10,000-character implicit key as YAML does', async () => {
    writeTree(repo, {
      'long/compose.yaml': `services:\n  app:\n    image: nginx\nnetworks:\n  ${long}: {}\n`
    })
    const result = await scanRepo()
    expect(diagnosticsOf(result, 'long/compose.yaml').map(describeDiagnostic)).toEqual([
      'yaml-syntax error long/compose.yaml:5:3 The : indicator must be at most 1024 chars after the start of an implicit block mapping key'
    ])
  })

  it('analyses a network whose key and name are 10,000 characters', async () => {
    writeTree(repo, {
      'long/compose.yaml': [
        'services:',
        '  proxy:',
        '    image: traefik:3',
        '    ports: ["443:443"]',
        `    networks: ["${long}"]`,
        '  db:',
        '    image: postgres:16',
        `    networks: ["${long}"]`,
        'networks:',
        `  ? ${long}`,
        `  : name: ${long}x`,
        ''
      ].join('\n')
    })
    const result = await scanRepo()
    expect(diagnosticsOf(result, 'long/compose.yaml')).toEqual([])
    const finding = result.findings.find(
      f => f.location.file === 'long/compose.yaml' && f.ruleId === 'data-reachable-from-edge'
    )
    expect(finding?.networks).toEqual([`${long}x`])
  })
})

describe('include and extends together', () => {
  it('ends when a file extends a service of a file that includes it back', async () => {
    // Found by the property test: `extends: file:` re-entered the including file's `include`s
    // with a fresh chain, and the loader recursed until the stack overflowed.
    writeTree(repo, {
      'mix/compose.yaml': [
        'services:',
        '  api:',
        '    extends: {file: common.yml, service: base}',
        '    ports: ["8080:80"]',
        ''
      ].join('\n'),
      'mix/common.yml': 'include:\n  - compose.yaml\nservices:\n  base:\n    image: redis:7\n'
    })
    const result = await scanRepo()
    const api = result.projects
      .find(p => p.directory === 'mix')
      ?.services.find(s => s.name === 'api')
    expect(api?.image).toEqual({
      value: 'redis:7',
      span: { file: 'mix/common.yml', startLine: 5, startColumn: 12, endLine: 5, endColumn: 19 }
    })
    expect(findingsOf(result, 'mix/compose.yaml')).toContain('data-port-published@4:13')
  })
})
