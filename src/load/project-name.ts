/** The project (or stack) name, from the sources compose reads, normalised as compose does. */
import path from 'node:path'
import type { ProjectPlan } from '../model/plan.js'
import type { Project } from '../model/types.js'
import { report, type LoadContext } from './load-context.js'
import type { YNode } from '../yaml/yaml-tree.js'

/**
 * Lowercase, only `[a-z0-9_-]`, starting with a letter or digit (compose's
 * `NormalizeProjectName`). May return the empty string.
 */
export function normalizeProjectName(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '')
}

/**
 * Compose: `plan.name` (config, like `-p`) > top-level `name:` > `COMPOSE_PROJECT_NAME` > the
 * project directory's name. Stacks: `plan.name` (the deploy-time stack name) > folder name.
 */
export function resolveProjectName(
  ctx: LoadContext,
  plan: ProjectPlan,
  nameNode: YNode | undefined,
  env: Map<string, string>
): { name: string; nameSource: Project['nameSource'] } {
  const fromConfig = plan.name !== undefined ? normalizeProjectName(plan.name) : ''
  if (fromConfig) return { name: fromConfig, nameSource: 'config' }
  if (plan.kind === 'compose') {
    if (nameNode?.kind === 'scalar' && nameNode.value !== null) {
      const raw = String(nameNode.value)
      const name = normalizeProjectName(raw)
      if (name !== raw) {
        report(
          ctx,
          'invalid-value',
          'warning',
          name
            ? `project name \`${raw}\` must hold only lowercase letters, digits, \`-\` and \`_\` and start with a letter or digit; compose refuses it. It was analysed as \`${name}\``
            : `project name \`${raw}\` has no usable character; compose refuses it`,
          nameNode.span
        )
      }
      if (name) return { name, nameSource: 'name-field' }
    } else if (nameNode && !(nameNode.kind === 'scalar' && nameNode.value === null)) {
      report(ctx, 'wrong-type', 'error', 'the top-level `name` must be a string', nameNode.span)
    }
    const fromEnv = normalizeProjectName(env.get('COMPOSE_PROJECT_NAME') ?? '')
    if (fromEnv) return { name: fromEnv, nameSource: 'environment' }
  }
  const folder = path.basename(ctx.cache.absolute(plan.directory))
  return { name: normalizeProjectName(folder) || 'default', nameSource: 'directory' }
}
