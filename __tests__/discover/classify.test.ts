import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { classifyDocument, isComposeDocument } from '../../src/discover/classify.js'
import { ParsedFileCache } from '../../src/load/file-cache.js'
import type { YNode } from '../../src/yaml/yaml-tree.js'
import { FIXTURES } from './temp-tree.js'

const classifyCache = new ParsedFileCache({ baseDir: path.join(FIXTURES, 'classify') })
const repoCache = new ParsedFileCache({ baseDir: path.join(FIXTURES, 'repo') })

const classify = (file: string, named: boolean) => classifyDocument(classifyCache.get(file), named)
const classifyRepo = (file: string, named: boolean) => classifyDocument(repoCache.get(file), named)

const at = (file: string, line: number, col: number, endLine: number, endCol: number) => ({
  file,
  startLine: line,
  startColumn: col,
  endLine,
  endColumn: endCol
})
const notCompose = (file: string, reason: string, span: ReturnType<typeof at>) => ({
  compose: false,
  diagnostic: {
    code: 'not-compose',
    severity: 'note',
    message: `\`${file}\` is not a compose file: ${reason}. It was not analysed`,
    span
  }
})

describe('classifyDocument', () => {
  it('takes compose files, including one whose service is still empty', () => {
    expect(classifyRepo('compose.yaml', true)).toEqual({ compose: true })
    expect(classifyRepo('config/extra-services.yml', false)).toEqual({ compose: true })
    expect(classify('being-edited.yml', false)).toEqual({ compose: true })
  })

  it('keeps a compose-named file of the wrong shape, so the loader reports the wrong type', () => {
    for (const file of [
      'empty.yml',
      'null-services.yml',
      'list-services.yml',
      'top-level-list.yml',
      'scalar-service.yml',
      'compose-v1.yml',
      'helm-values.yaml'
    ]) {
      expect([file, classify(file, true)]).toEqual([file, { compose: true }])
    }
  })

  it('says why a file brought in by an include glob is not compose, at the node that shows it', () => {
    expect(classify('empty.yml', false)).toEqual(
      notCompose('empty.yml', 'the file is empty', at('empty.yml', 1, 1, 1, 1))
    )
    expect(classify('null-services.yml', false)).toEqual(
      notCompose(
        'null-services.yml',
        '`services` is null, not a mapping of services',
        at('null-services.yml', 1, 10, 1, 10)
      )
    )
    expect(classify('list-services.yml', false)).toEqual(
      notCompose(
        'list-services.yml',
        '`services` is a list, not a mapping of services',
        at('list-services.yml', 2, 3, 3, 7)
      )
    )
    expect(classify('top-level-list.yml', false)).toEqual(
      notCompose(
        'top-level-list.yml',
        'its top level is a list, not a mapping',
        at('top-level-list.yml', 1, 1, 2, 5)
      )
    )
    expect(classify('scalar-service.yml', false)).toEqual(
      notCompose(
        'scalar-service.yml',
        'service `web` is a string, not a mapping',
        at('scalar-service.yml', 2, 8, 2, 18)
      )
    )
    expect(classify('compose-v1.yml', false)).toEqual(
      notCompose(
        'compose-v1.yml',
        'it has no top-level `services` mapping',
        at('compose-v1.yml', 1, 1, 1, 1)
      )
    )
    expect(classify('helm-values.yaml', false)).toEqual(
      notCompose(
        'helm-values.yaml',
        '`replicaCount` is not a top-level compose key',
        at('helm-values.yaml', 1, 1, 1, 13)
      )
    )
    expect(classify('app-config.yaml', false)).toEqual(
      notCompose(
        'app-config.yaml',
        'service `auth` has no compose attribute (`image`, `build`, `ports`...)',
        at('app-config.yaml', 3, 3, 3, 7)
      )
    )
    expect(classifyRepo('config/app-settings.yml', false)).toEqual(
      notCompose(
        'config/app-settings.yml',
        '`services` is a list, not a mapping of services',
        at('config/app-settings.yml', 3, 3, 6, 28)
      )
    )
  })

  it('rejects a compose-named file that is clearly something else, and says what it looks like', () => {
    expect(classifyRepo('k8s/stack.yml', true)).toEqual(
      notCompose(
        'k8s/stack.yml',
        'it looks like a Kubernetes manifest (it has `apiVersion` and `kind`)',
        at('k8s/stack.yml', 2, 1, 2, 5)
      )
    )
    expect(classify('playbook.yml', true)).toEqual(
      notCompose(
        'playbook.yml',
        'it looks like an Ansible playbook (its plays have `hosts`)',
        at('playbook.yml', 1, 3, 1, 8)
      )
    )
    expect(classifyRepo('.github/workflows/ci.yml', false)).toEqual(
      notCompose(
        '.github/workflows/ci.yml',
        'it looks like a GitHub Actions workflow (it has `on` and `jobs`)',
        at('.github/workflows/ci.yml', 4, 1, 4, 5)
      )
    )
  })

  it('adds nothing to the YAML errors of a file that does not parse', () => {
    const parsed = classifyCache.get('broken.yml')
    expect(parsed.diagnostics.map(d => [d.code, d.severity])).toEqual([['yaml-syntax', 'error']])
    expect(classifyDocument(parsed, true)).toEqual({ compose: false })
    expect(classifyDocument(parsed, false)).toEqual({ compose: false })
  })

  it('adds nothing when the file cannot be read', () => {
    const parsed = classifyCache.get('no-such-file.yml')
    expect(parsed.diagnostics.map(d => d.code)).toEqual(['file-unreadable'])
    expect(classifyDocument(parsed, true)).toEqual({ compose: false })
  })
})

describe('isComposeDocument', () => {
  const root = (file: string) => classifyCache.get(file).root as YNode
  it('accepts a mapping of services and rejects other shapes', () => {
    expect(isComposeDocument(repoCache.get('compose.yaml').root as YNode)).toBe(true)
    expect(isComposeDocument(repoCache.get('compose.override.yaml').root as YNode)).toBe(true)
    expect(isComposeDocument(root('being-edited.yml'))).toBe(true)
    expect(isComposeDocument(root('list-services.yml'))).toBe(false)
    expect(isComposeDocument(root('top-level-list.yml'))).toBe(false)
    expect(isComposeDocument(root('helm-values.yaml'))).toBe(false)
    expect(isComposeDocument(root('app-config.yaml'))).toBe(false)
    expect(isComposeDocument(root('compose-v1.yml'))).toBe(false)
  })
})
