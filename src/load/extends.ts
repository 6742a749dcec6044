/**
 * Service `extends`, in the same file or `file:` another one (relative to the extending file's
 * folder): the target, itself resolved, is the base the extending service merges onto.
 */
import path from 'node:path'
import { MAX_EXTENDS_DEPTH, report, noteFile, type Scope } from './load-context.js'
import { mergeServices } from './merge.js'
import { resolveReference } from './references.js'
import { dropTaggedValues } from './merge-tags.js'
import { describeNode, getValue, type YMap, type YNode } from '../yaml/yaml-tree.js'

/** Reads a file's top level (see `readFileDict`); passed in to keep modules acyclic. */
export type ReadFileDict = (
  scope: Scope,
  file: string,
  relBase: string,
  withIncludes: boolean
) => YMap | undefined

/**
 * The service `name` of `file` with its `extends` chain merged in, or undefined when the file
 * has no such service. Problems (cycles, missing targets) are reported at the `extends` node and
 * the service is kept without the part that could not be resolved.
 */
export function resolveExtends(
  scope: Scope,
  file: string,
  relBase: string,
  name: string,
  chain: string[],
  readFileDict: ReadFileDict
): YNode | undefined {
  const memoKey = `${file}|${relBase}|${name}`
  if (scope.resolved.has(memoKey)) return scope.resolved.get(memoKey)
  const { ctx } = scope
  const dict = readFileDict(scope, file, relBase, relBase === scope.workingDir)
  const service = getValue(getValue(dict, 'services'), name)
  if (service?.kind !== 'map') return undefined
  const extendsPair = service.entries.get('extends')
  if (!extendsPair) {
    scope.resolved.set(memoKey, service)
    return service
  }
  const own: YMap = { kind: 'map', entries: new Map(service.entries), span: service.span }
  own.entries.delete('extends')
  const done = (result: YNode): YNode => {
    scope.resolved.set(memoKey, result)
    return result
  }

  if (chain.includes(memoKey)) {
    const cycle = [...chain.slice(chain.indexOf(memoKey)), memoKey]
      .map(k => `\`${k.split('|').pop()}\``)
      .join(' -> ')
    report(
      ctx,
      'extends-cycle',
      'error',
      `service \`${name}\` extends itself through ${cycle}; compose refuses the file`,
      extendsPair.key.span
    )
    // Not memoised: the services on the cycle keep what they could resolve.
    return own
  }

  if (chain.length >= MAX_EXTENDS_DEPTH) {
    report(
      ctx,
      'load-depth-limit',
      'error',
      `service \`${name}\` is more than ${MAX_EXTENDS_DEPTH} \`extends\` away from the first service of its chain; what it extends was not merged in`,
      extendsPair.key.span
    )
    return own
  }

  const spec = extendsPair.value
  let targetName: string | undefined
  let targetFileNode: YNode | undefined
  if (spec.kind === 'scalar' && typeof spec.value === 'string') {
    targetName = spec.value
  } else if (spec.kind === 'map') {
    const serviceNode = getValue(spec, 'service')
    targetFileNode = getValue(spec, 'file')
    if (serviceNode?.kind === 'scalar' && typeof serviceNode.value === 'string') {
      targetName = serviceNode.value
    } else {
      report(
        ctx,
        'wrong-type',
        'error',
        `\`extends.service\` of service \`${name}\` must be a service name, found ${serviceNode ? describeNode(serviceNode) : 'nothing'}`,
        serviceNode?.span ?? spec.span
      )
      return done(own)
    }
    if (
      targetFileNode &&
      !(targetFileNode.kind === 'scalar' && typeof targetFileNode.value === 'string')
    ) {
      report(
        ctx,
        'wrong-type',
        'error',
        `\`extends.file\` of service \`${name}\` must be a path, found ${describeNode(targetFileNode)}`,
        targetFileNode.span
      )
      return done(own)
    }
  } else {
    report(
      ctx,
      'wrong-type',
      'error',
      `\`extends\` of service \`${name}\` must be a service name or a mapping with \`service\`, found ${describeNode(spec)}`,
      spec.span
    )
    return done(own)
  }

  let targetFile = file
  let targetBase = relBase
  if (targetFileNode?.kind === 'scalar' && typeof targetFileNode.value === 'string') {
    targetFile = resolveReference(targetFileNode.value, {
      base: path.posix.dirname(file),
      relative: absolute => ctx.cache.relative(absolute)
    })
    targetBase = path.posix.dirname(targetFile)
    if (!ctx.cache.isInsideScan(targetFile) || !ctx.cache.exists(targetFile)) {
      report(
        ctx,
        'missing-file',
        'error',
        ctx.cache.isInsideScan(targetFile)
          ? `\`extends\` of service \`${name}\` names \`${targetFileNode.value}\`, which does not exist`
          : `\`extends\` of service \`${name}\` names \`${targetFileNode.value}\`, outside the scanned folder; it was not read`,
        targetFileNode.span
      )
      return done(own)
    }
    noteFile(ctx, targetFile)
  }
  const base = resolveExtends(
    scope,
    targetFile,
    targetBase,
    targetName,
    [...chain, memoKey],
    readFileDict
  )
  if (!base) {
    const where = targetFile === file ? 'this file' : `\`${targetFile}\``
    const targetNode = spec.kind === 'map' ? (getValue(spec, 'service') ?? spec) : spec
    if (readFileDict(scope, targetFile, targetBase, targetBase === scope.workingDir)) {
      report(
        ctx,
        'unknown-service',
        'error',
        `service \`${name}\` extends \`${targetName}\`, which ${where} does not define`,
        targetNode.span
      )
    }
    return done(own)
  }
  // What the extending service tags `!reset` or `!override` goes from its base first.
  const tagged = scope.mergeTags.get(file) ?? []
  return done(mergeServices(dropTaggedValues(base, tagged, ['services', name]), own))
}
