/**
 * The test builder and the real loader must agree: each fixture is rendered to a compose file,
 * loaded by `loadProject`, and compared field by field with what the builder made of it. This
 * keeps the spans and normalisation the analysis tests rely on honest.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { silentLogger } from '../../src/core/logger.js'
import { ParsedFileCache } from '../../src/load/file-cache.js'
import { loadProject } from '../../src/load/load-project.js'
import type { Project } from '../../src/model/types.js'
import { buildModel, type ProjectSpec } from '../helpers/build-model.js'
import * as fixtures from './fixtures.js'

const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierguard-analyze-'))
afterAll(() => fs.rmSync(baseDir, { recursive: true, force: true }))

function comparable(project: Project) {
  return {
    name: project.name,
    kind: project.kind,
    networks: project.networks.map(n => ({
      key: n.key,
      realName: n.realName,
      span: n.span,
      implicit: n.implicit,
      external: n.external,
      internal: n.internal?.value,
      attachable: n.attachable?.value,
      iccDisabled: n.iccDisabled?.value,
      encrypted: n.encrypted?.value
    })),
    services: project.services.map(s => ({
      name: s.name,
      span: s.span,
      image: s.image,
      containerName: s.containerName,
      networkMode: s.networkMode,
      tier: s.extension?.tier,
      profiles: s.profiles,
      networks: s.networks.map(a => ({
        network: a.network,
        span: a.span,
        implicit: a.implicit,
        declared: a.declared,
        aliases: a.aliases
      })),
      ports: s.ports.map(p => ({
        span: p.span,
        hostIp: p.hostIp || undefined,
        published: p.published,
        target: p.target,
        mode: p.mode,
        bind: p.bind
      })),
      expose: s.expose,
      environment: s.environment.map(e => ({ name: e.name, value: e.value, span: e.span })),
      labels: s.labels,
      deployLabels: s.deployLabels,
      dependsOn: s.dependsOn,
      links: s.links,
      externalLinks: s.externalLinks
    }))
  }
}

describe('the test model builder agrees with the loader', () => {
  for (const [name, spec] of Object.entries(fixtures) as [string, ProjectSpec][]) {
    it(`on the ${name} fixture`, () => {
      const { project, text } = buildModel(spec)
      const file = project.files[0] as string
      fs.mkdirSync(path.join(baseDir, path.dirname(file)), { recursive: true })
      fs.writeFileSync(path.join(baseDir, file), text)
      const loaded = loadProject(
        { files: [file], directory: path.posix.dirname(file), kind: project.kind },
        new ParsedFileCache({ baseDir }),
        { env: {}, logger: silentLogger }
      )
      expect(comparable(loaded)).toEqual(comparable(project))
    })
  }
})
