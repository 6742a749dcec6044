import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { classifyDocument } from '../../src/discover/classify.js'
import { isComposeFileName } from '../../src/discover/file-names.js'
import { findComposeFiles } from '../../src/discover/find-files.js'
import {
  assignJudges,
  outlineComposeFile,
  planProjects,
  type FileOutline
} from '../../src/discover/plan-projects.js'
import type { DiscoverOptions } from '../../src/discover/types.js'
import { ParsedFileCache } from '../../src/load/file-cache.js'
import { copyFixture, initRepository, makeTempDir, removeTempDir, writeFiles } from './temp-tree.js'

let tmp: string
beforeEach(() => {
  tmp = makeTempDir()
})
afterEach(() => {
  removeTempDir(tmp)
})

/** Discovery as `scan()` runs it: find, classify, plan. */
async function discover(root: string, options: Partial<DiscoverOptions> = {}) {
  const found = await findComposeFiles({ roots: [root], baseDir: root, ...options })
  const cache = new ParsedFileCache({ baseDir: root })
  const compose: FileOutline[] = []
  for (const file of found.files) {
    const parsed = cache.get(file)
    if (classifyDocument(parsed, isComposeFileName(file)).compose) {
      compose.push(outlineComposeFile(parsed, cache))
    }
  }
  return { compose, cache, plans: planProjects(compose, cache) }
}

const plan = (kind: 'compose' | 'stack', directory: string, ...files: string[]) => ({
  files,
  directory,
  kind
})

describe('planProjects', () => {
  it('groups the fixture repository as docker compose would load it', async () => {
    const root = copyFixture('repo', path.join(tmp, 'repo'))
    initRepository(root)
    const { plans } = await discover(root, { include: ['config/*.yml'] })
    expect(plans).toEqual([
      plan('compose', '.', 'compose.yaml', 'compose.override.yaml'),
      plan('compose', '.', 'compose.yaml', 'docker-compose.prod.yml'),
      plan('compose', 'config', 'config/extra-services.yml'),
      plan('compose', 'cycle/a', 'cycle/a/compose.yaml'),
      plan('stack', 'deploy', 'deploy/docker-stack.yml'),
      plan('stack', 'deploy', 'deploy/docker-stack.yml', 'deploy/docker-stack.prod.yml'),
      plan('stack', 'deploy', 'deploy/monitoring.stack.yml'),
      plan('compose', '.', 'docker-compose-test.yml'),
      {
        ...plan('compose', '.', 'docker-compose.yml'),
        notes: [
          {
            code: 'multiple-default-files',
            severity: 'note',
            message:
              '`docker-compose.yml` sits beside `compose.yaml`: docker compose in this folder loads only `compose.yaml` (and warns about the other file). `docker-compose.yml` was analysed as a project of its own; remove or rename one of them',
            span: {
              file: 'docker-compose.yml',
              startLine: 1,
              startColumn: 1,
              endLine: 1,
              endColumn: 1
            }
          }
        ]
      },
      plan('compose', 'infra', 'infra/compose.yaml'),
      plan('compose', 'legacy', 'legacy/compose.yml'),
      plan('compose', 'services/api', 'services/api/docker-compose.yml'),
      plan(
        'compose',
        'services/api',
        'services/api/docker-compose.yml',
        'services/api/docker-compose_ci.yml'
      )
    ])
  })

  it('gives the same plans whatever the order of its input', async () => {
    const root = copyFixture('repo', path.join(tmp, 'repo'))
    const { compose, cache, plans } = await discover(root)
    const reversed = planProjects([...compose].reverse(), cache)
    const rotated = planProjects([...compose.slice(5), ...compose.slice(0, 5), ...compose], cache)
    expect(reversed).toEqual(plans)
    expect(rotated).toEqual(plans)
  })

  it('prefers the default names in compose-go order: docker-compose.yml before .yaml', async () => {
    writeFiles(tmp, {
      'docker-compose.yaml': 'services: {a: {image: x}}\n',
      'docker-compose.yml': 'services: {a: {image: x}}\n',
      'docker-compose.override.yaml': 'services: {a: {ports: ["80"]}}\n',
      'compose.override.yml': 'services: {a: {ports: ["81"]}}\n'
    })
    const { plans } = await discover(tmp)
    expect(plans.map(p => [p.files, p.notes?.map(n => n.message)])).toEqual([
      [['docker-compose.yaml'], [expect.stringContaining('loads only `docker-compose.yml`')]],
      [['docker-compose.yml', 'compose.override.yml'], undefined],
      [
        ['docker-compose.yml', 'docker-compose.override.yaml'],
        [
          '`docker-compose.override.yaml` sits beside `compose.override.yml`: docker compose in this folder loads only `compose.override.yml` (and warns about the other override file). `docker-compose.override.yaml` was analysed as a project of its own; remove or rename one of them'
        ]
      ]
    ])
  })

  it('plans an override with no base, and a variant with no services, on their own or paired', async () => {
    writeFiles(tmp, {
      'a/compose.override.yml': 'services: {web: {ports: ["80"]}}\n',
      'b/compose.yaml': 'services: {web: {image: x}}\n',
      'b/compose.networks.yaml': 'networks: {extra: {}}\n',
      'b/compose.empty.yaml': 'services:\n'
    })
    const { plans } = await discover(tmp)
    expect(plans).toEqual([
      // An override with no base anywhere: alone, and a warning says what it lacks.
      {
        ...plan('compose', 'a', 'a/compose.override.yml'),
        notes: [
          {
            code: 'fragment-without-base',
            severity: 'warning',
            message:
              "`a/compose.override.yml` gives `web` no `image` or `build`, and no base compose file in its folder or above supplies what it lacks: it was analysed alone, as compose would refuse it. Name the base in the configuration's `projects` to analyse the two together",
            span: {
              file: 'a/compose.override.yml',
              startLine: 1,
              startColumn: 1,
              endLine: 1,
              endColumn: 1
            }
          }
        ]
      },
      // `services:` left empty is not a partial override: it stands alone (the loader says why).
      plan('compose', 'b', 'b/compose.empty.yaml'),
      plan('compose', 'b', 'b/compose.yaml'),
      plan('compose', 'b', 'b/compose.yaml', 'b/compose.networks.yaml')
    ])
  })

  it('pairs a subfolder fragment with the parent base that declares the networks it joins', async () => {
    writeFiles(tmp, {
      'deploy/docker-compose.yaml':
        'services: {web: {image: x, networks: [app]}}\nnetworks: {app: {}}\n',
      'deploy/jaeger/docker-compose.yaml': 'services: {jaeger: {image: j, networks: [app]}}\n',
      // Joins a network no parent declares: stays alone with a warning, and the loader reports it.
      'deploy/stray/docker-compose.yaml': 'services: {s: {image: s, networks: [nowhere]}}\n',
      // Declares what it joins: a project of its own.
      'deploy/tools/docker-compose.yaml':
        'services: {t: {image: t, networks: [own]}}\nnetworks: {own: {}}\n'
    })
    const { plans } = await discover(tmp)
    expect(plans.map(p => [p.directory, p.files, p.notes?.map(n => n.code)])).toEqual([
      ['deploy', ['deploy/docker-compose.yaml'], undefined],
      [
        'deploy',
        ['deploy/docker-compose.yaml', 'deploy/jaeger/docker-compose.yaml'],
        ['fragment-paired']
      ],
      ['deploy/stray', ['deploy/stray/docker-compose.yaml'], ['fragment-without-base']],
      ['deploy/tools', ['deploy/tools/docker-compose.yaml'], undefined]
    ])
    expect(plans[1]?.notes?.[0]).toEqual({
      code: 'fragment-paired',
      severity: 'note',
      message:
        '`deploy/jaeger/docker-compose.yaml` joins `app` without declaring it; `deploy/docker-compose.yaml` supplies what it lacks, so the two were analysed together, as `docker compose -f deploy/docker-compose.yaml -f deploy/jaeger/docker-compose.yaml`',
      span: {
        file: 'deploy/jaeger/docker-compose.yaml',
        startLine: 1,
        startColumn: 1,
        endLine: 1,
        endColumn: 1
      }
    })
  })

  it('pairs a variant with the base when its services come from a file the base includes', async () => {
    writeFiles(tmp, {
      'compose.yaml': 'include:\n  - path: [parts/db.yaml]\nservices:\n  web: {image: x}\n',
      'parts/db.yaml': 'services:\n  db: {image: postgres}\n',
      'compose.prod.yaml': 'services:\n  db: {restart: always}\n  web: {restart: always}\n'
    })
    const { plans } = await discover(tmp)
    expect(plans).toEqual([
      plan('compose', '.', 'compose.yaml'),
      plan('compose', '.', 'compose.yaml', 'compose.prod.yaml')
    ])
  })

  it('does not plan alone a file reached through include or extends, even via unlisted files', async () => {
    writeFiles(tmp, {
      'app/compose.yaml': `include:\n  - ${path.join(tmp, 'lib/parts.yaml')}\n  - https://example.com/remote.yaml\nservices:\n  web: {image: x}\n`,
      'lib/parts.yaml': 'include:\n  - ../db/compose.yaml\n',
      'db/compose.yaml':
        'services:\n  db:\n    extends: {file: ./docker-compose.base.yml, service: base}\n',
      'db/docker-compose.base.yml': 'services:\n  base: {image: postgres}\n',
      'cache/compose.yaml': 'services: {cache: {image: redis}}\n',
      'cache/compose.override.yaml': 'services: {cache: {ports: ["6379"]}}\n',
      'uses-cache/compose.yaml': 'include: [../cache/compose.yaml]\n'
    })
    const { plans } = await discover(tmp)
    expect(plans).toEqual([
      plan('compose', 'app', 'app/compose.yaml'),
      // Reached from uses-cache, but with its override it is still a project of its own folder.
      plan('compose', 'cache', 'cache/compose.yaml', 'cache/compose.override.yaml'),
      plan('compose', 'uses-cache', 'uses-cache/compose.yaml')
    ])
  })

  it('takes a provider service as complete: no fragment warning', async () => {
    writeFiles(tmp, {
      'compose.yaml':
        'services:\n  tunnel:\n    provider:\n      type: model\n  web: {image: x, depends_on: [tunnel]}\n'
    })
    const { plans } = await discover(tmp)
    expect(plans).toEqual([plan('compose', '.', 'compose.yaml')])
  })

  it('ignores duplicate input files', async () => {
    writeFiles(tmp, { 'compose.yaml': 'services: {web: {image: x}}\n' })
    const { compose, cache } = await discover(tmp)
    expect(planProjects([...compose, ...compose], cache)).toEqual([
      plan('compose', '.', 'compose.yaml')
    ])
  })
})

describe('assignJudges', () => {
  it('gives each file one judge: the first plan that loads it, include and extends targets too', async () => {
    const root = path.join(tmp, 'judges')
    writeFiles(root, {
      // `docker compose up` in the folder loads the base with its override; the variant is
      // loaded on top of the base, and a second project includes the same shared file.
      'app/compose.yaml':
        'include:\n  - ../shared/db.yaml\nservices:\n  web:\n    image: nginx\n    extends:\n      file: ../shared/base.yaml\n      service: base\n',
      'app/compose.override.yaml': 'services:\n  web:\n    ports: ["8080:80"]\n',
      'app/compose.prod.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
      'other/compose.yaml': 'include:\n  - ../shared/db.yaml\nservices:\n  api:\n    image: node\n',
      'shared/db.yaml': 'services:\n  db:\n    image: postgres:16\n',
      'shared/base.yaml': 'services:\n  base:\n    image: alpine\n'
    })
    const { compose, cache, plans } = await discover(root)
    expect(plans.map(p => p.files)).toEqual([
      ['app/compose.yaml', 'app/compose.override.yaml'],
      ['app/compose.yaml', 'app/compose.prod.yaml'],
      ['other/compose.yaml']
    ])
    expect(assignJudges(plans, compose, cache).map(p => p.judges)).toEqual([
      // The folder's own project judges the base, its override and everything they reach.
      ['app/compose.yaml', 'shared/db.yaml', 'shared/base.yaml', 'app/compose.override.yaml'],
      // The variant judges only its own file: the base is judged above.
      ['app/compose.prod.yaml'],
      // Loaded again here, `shared/db.yaml` keeps its first judge.
      ['other/compose.yaml']
    ])
  })

  it('leaves the plans as they were, judges aside', async () => {
    const root = path.join(tmp, 'plain')
    writeFiles(root, { 'compose.yaml': 'services:\n  web:\n    image: nginx\n' })
    const { compose, cache, plans } = await discover(root)
    expect(assignJudges(plans, compose, cache)).toEqual([
      { ...plan('compose', '.', 'compose.yaml'), judges: ['compose.yaml'] }
    ])
    expect(plans).toEqual([plan('compose', '.', 'compose.yaml')])
  })
})
