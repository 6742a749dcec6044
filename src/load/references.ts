/**
 * The one reader of what a compose file says about other files: its `include` entries (short
 * and long form, with `project_directory` and `env_file`) and its services' `extends: file:`.
 * Planning reads them from an outline to know which files a project loads; the loader reads them
 * to load those files. Both resolve paths the same way, here.
 */
import path from 'node:path'
import type { SourceSpan } from '../core/span.js'
import { resolvePath } from './paths.js'
import { describeNode, getValue, scalarText, type YNode } from '../yaml/yaml-tree.js'

/** A path written in a file, resolved, and where it was written. */
export interface FileReference {
  file: string
  span: SourceSpan
}

/** One entry of a top-level `include`. */
export interface IncludeEntry {
  paths: FileReference[]
  projectDirectory?: string
  envFiles: FileReference[]
  span: SourceSpan
}

/** How paths resolve: against a folder, absolute ones made relative to the scan's base. */
export interface PathResolver {
  /** The folder relative paths resolve against (relative to the base directory). */
  base: string
  /** An absolute path relative to the base directory. */
  relative: (absolutePath: string) => string
}

/** Called with what is wrong with an entry (a wrong type), at the node that shows it. */
export type ReferenceProblem = (message: string, span: SourceSpan) => void

/** Whether a reference names a remote resource (`include` of a URL or an OCI artifact). */
export function isRemoteReference(reference: string): boolean {
  return reference.includes('://') || reference.startsWith('git@') || reference.startsWith('oci:')
}

/** A written path resolved: POSIX separators, relative to the base directory. */
export function resolveReference(written: string, resolver: PathResolver): string {
  const posix = written.split('\\').join('/')
  return path.posix.isAbsolute(posix) || path.isAbsolute(written)
    ? resolver.relative(written)
    : resolvePath(resolver.base, posix)
}

/**
 * Reads one `include` entry: a path, or a mapping with `path` (one or a list), `env_file` and
 * `project_directory`. Undefined, after telling `onProblem`, when it cannot be read.
 */
export function readIncludeEntry(
  item: YNode,
  resolver: PathResolver,
  onProblem: ReferenceProblem = () => undefined
): IncludeEntry | undefined {
  const asPath = (node: YNode): FileReference | undefined =>
    node.kind === 'scalar' && node.value !== null
      ? { file: resolveReference(String(node.value), resolver), span: node.span }
      : undefined
  if (item.kind === 'scalar') {
    const p = asPath(item)
    return p ? { paths: [p], envFiles: [], span: item.span } : undefined
  }
  if (item.kind !== 'map') {
    onProblem(
      `an \`include\` entry must be a path or a mapping with \`path\`, found ${describeNode(item)}`,
      item.span
    )
    return undefined
  }
  const list = (key: string): FileReference[] | undefined => {
    const node = getValue(item, key)
    if (!node) return []
    const nodes = node.kind === 'seq' ? node.items : [node]
    const out = nodes.map(asPath)
    if (out.some(p => p === undefined)) {
      onProblem(
        `\`include\` \`${key}\` must be a path or a list of paths, found ${describeNode(node)}`,
        node.span
      )
      return undefined
    }
    return out as FileReference[]
  }
  const paths = list('path')
  const envFiles = list('env_file')
  if (!paths || !envFiles) return undefined
  if (paths.length === 0) {
    onProblem('an `include` entry needs a `path`', item.span)
    return undefined
  }
  const entry: IncludeEntry = { paths, envFiles, span: item.span }
  const directory = scalarText(getValue(item, 'project_directory'))
  if (directory !== undefined) entry.projectDirectory = resolveReference(directory, resolver)
  return entry
}

/** The local files a file's top-level `include` names (remote ones left out), for planning. */
export function readIncludedFiles(root: YNode | undefined, resolver: PathResolver): string[] {
  const include = getValue(root, 'include')
  if (include?.kind !== 'seq') return []
  return include.items.flatMap(item =>
    (readIncludeEntry(item, resolver)?.paths ?? [])
      .filter(p => !isRemoteReference(p.file) && p.file !== '')
      .map(p => p.file)
  )
}

/** The local files a file's services name in `extends: file:`, for planning. */
export function readExtendedFiles(root: YNode | undefined, resolver: PathResolver): string[] {
  const services = getValue(root, 'services')
  const files: string[] = []
  for (const { value } of services?.kind === 'map' ? services.entries.values() : []) {
    const written = scalarText(getValue(getValue(value, 'extends'), 'file'))
    if (written !== undefined && written !== '' && !isRemoteReference(written)) {
      files.push(resolveReference(written, resolver))
    }
  }
  return files
}
