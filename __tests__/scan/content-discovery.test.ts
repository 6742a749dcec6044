/**
 * Content decides which YAML files are compose files; names only order the work. The fixture
 * `fixtures/discover/content` is a small repository with add-ons under names no pattern guesses,
 * a complete alternative, an override of a non-default file, and YAML that is not compose.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { silentLogger } from '../../src/core/logger.js'
import { renderFileAccounting } from '../../src/report/file-accounting.js'
import { formatJson } from '../../src/report/json.js'
import { scan } from '../../src/scan.js'
import { listYamlFiles, readExpectations } from '../rules/fixture-expectations.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const CASE = 'fixtures/discover/content'

describe('content discovery', () => {
  const scanned = scan({ baseDir: root, paths: [CASE], logger: silentLogger })
  const at = (file: string) => `${CASE}/${file}`

  it('accounts for every compose-shaped file: analysed, part of a project, or left out', async () => {
    const result = await scanned
    expect(result.files.map(f => [f.path, f.account])).toEqual([
      [
        at('chart/values.yaml'),
        { disposition: 'left-out', reason: '`replicaCount` is not a top-level compose key' }
      ],
      [
        at('common/app-base.yml'),
        { disposition: 'part-of-project', loadedBy: [at('docker-compose.yml')] }
      ],
      [
        at('config/app.yml'),
        { disposition: 'left-out', reason: '`services` is a list, not a mapping of services' }
      ],
      [at('docker-compose-postgres.yml'), { disposition: 'analysed' }],
      [at('docker-compose.yml'), { disposition: 'analysed' }],
      [
        at('functions/stack.yml'),
        {
          disposition: 'left-out',
          reason: 'it looks like an OpenFaaS stack file (it has `provider` and `functions`)'
        }
      ],
      [
        at('haskell/stack.yaml'),
        {
          disposition: 'left-out',
          reason: 'it looks like a Haskell Stack project file (it has `resolver` and `packages`)'
        }
      ],
      [
        at('monitoring/prometheus.yml'),
        {
          disposition: 'analysed',
          reason: `loaded as \`docker compose -f ${at('docker-compose.yml')} -f ${at('monitoring/prometheus.yml')}\``
        }
      ],
      [
        at('redis-admin.yml'),
        {
          disposition: 'analysed',
          reason: `loaded as \`docker compose -f ${at('docker-compose.yml')} -f ${at('redis-admin.yml')}\``
        }
      ],
      [
        at('search.override.yml'),
        {
          disposition: 'analysed',
          reason: `loaded as \`docker compose -f ${at('search.yml')} -f ${at('search.override.yml')}\``
        }
      ],
      [at('search.yml'), { disposition: 'analysed' }]
    ])
    // The workflow (job service containers) and the Kubernetes manifest are not compose-shaped.
    expect(result.files.map(f => f.path)).not.toContain(at('.github/workflows/ci.yml'))
    expect(result.files.map(f => f.path)).not.toContain(at('k8s/deployment.yaml'))
    const json = JSON.parse(formatJson(result)) as {
      summary: { fileAccounting: Record<string, number> }
    }
    expect(json.summary.fileAccounting).toEqual({
      analysed: 6,
      'left-out': 4,
      'part-of-project': 1
    })
  })

  it('loads fragments on the base that supplies what they lack, and alternatives alone', async () => {
    const result = await scanned
    expect(result.projects.map(p => p.files)).toEqual([
      [at('docker-compose-postgres.yml')],
      [at('docker-compose.yml'), at('common/app-base.yml')],
      [at('docker-compose.yml'), at('monitoring/prometheus.yml'), at('common/app-base.yml')],
      [at('docker-compose.yml'), at('redis-admin.yml'), at('common/app-base.yml')],
      [at('search.yml')],
      [at('search.yml'), at('search.override.yml')]
    ])
    expect(
      result.diagnostics.map(
        d => `${d.code} ${d.span.file}:${d.span.startLine}:${d.span.startColumn}`
      )
    ).toEqual([
      `not-compose ${at('functions/stack.yml')}:6:1`,
      `not-compose ${at('haskell/stack.yaml')}:2:1`,
      `fragment-paired ${at('monitoring/prometheus.yml')}:1:1`,
      `fragment-paired ${at('redis-admin.yml')}:1:1`,
      `fragment-paired ${at('search.override.yml')}:1:1`
    ])
  })

  it('reports exactly what the fixture comments expect, at file:line:col', async () => {
    const result = await scanned
    const expected = listYamlFiles(path.join(root, CASE))
      .flatMap(f => readExpectations(f, path.relative(root, f).split(path.sep).join('/')))
      .filter(e => e.kind === 'expect')
      // Findings come sorted by file, then line (as a number), then rule.
      .sort(
        (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule)
      )
      .map(e => `${e.file}:${e.line} ${e.rule}`)
    expect(
      result.findings.map(f => `${f.location.file}:${f.location.startLine} ${f.ruleId}`)
    ).toEqual(expected)
    expect(
      result.findings.map(
        f => `${f.location.file}:${f.location.startLine}:${f.location.startColumn} ${f.ruleId}`
      )
    ).toEqual([
      `${at('docker-compose-postgres.yml')}:8:9 data-port-published`,
      `${at('monitoring/prometheus.yml')}:8:9 socket-holder-reachable`,
      `${at('monitoring/prometheus.yml')}:11:9 docker-socket-mounted`,
      `${at('redis-admin.yml')}:7:9 ports-on-internal-network`,
      `${at('search.override.yml')}:6:9 data-port-published`
    ])
  })

  it('says in the finding which combination of files it analysed', async () => {
    const result = await scanned
    const fragmentFinding = result.findings.find(f => f.location.file === at('redis-admin.yml'))
    expect(fragmentFinding?.message).toMatch(
      new RegExp(
        `\\(analysed as \`docker compose -f ${at('docker-compose.yml')} -f ${at('redis-admin.yml')}\`\\)$`
      )
    )
    const alone = result.findings.find(f => f.location.file === at('docker-compose-postgres.yml'))
    expect(alone?.message).not.toContain('analysed as')
  })

  it('renders the accounting for the job summary, escaping repository text', async () => {
    const result = await scanned
    const lines = renderFileAccounting(result.files)
    expect(lines.slice(0, 3)).toEqual([
      '### Compose files',
      '',
      "11 compose-shaped files: 6 analysed, 1 loaded as part of another file's project, 4 left out."
    ])
    expect(lines).toContain(
      `| ${at('common/app-base.yml')} | loaded as part of the project of ${at('docker-compose.yml')} |`
    )
    expect(lines).toContain(
      // Escaped by the Markdown medium's one function (issue 17): punctuation as references.
      `| ${at('config/app.yml')} | left out&#58; &#96;services&#96; is a list, not a mapping of services |`
    )
    const hostile = renderFileAccounting([
      {
        path: 'x|<img src=x>.yml',
        status: 'not-compose',
        projects: [],
        diagnostics: [],
        account: { disposition: 'left-out', reason: 'line\nbreak' }
      }
    ])
    expect(hostile).toContain('| x&#124;&#60;img src=x&#62;.yml | left out&#58; line break |')
    expect(renderFileAccounting([])).toEqual([])
  })
})
