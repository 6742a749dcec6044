/**
 * What one `loadProject` call carries around: the file cache, the diagnostics and unset
 * variables it collects, the files it read; and the scope of a (possibly included) project:
 * its environment and working directory.
 */
import type { Diagnostic, DiagnosticCode } from '../core/diagnostic.js'
import type { Logger } from '../core/logger.js'
import type { SourceSpan } from '../core/span.js'
import type { Located } from '../model/types.js'
import type { ParsedFileCache } from './file-cache.js'
import type { TaggedPath } from './merge-tags.js'
import type { InterpolationSink, VariableLookup } from './interpolate.js'
import type { YMap, YNode } from '../yaml/yaml-tree.js'

export interface LoadContext {
  cache: ParsedFileCache
  logger: Logger
  diagnostics: Diagnostic[]
  /** Every file read, in the order first read. */
  files: string[]
  unsetVariables: Located<string>[]
  /** Files whose YAML diagnostics were already copied into `diagnostics`. */
  reportedFiles: Set<string>
  /** How the user gives a variable a value, in the words of the shell running the scan. */
  howToSetVariables: string
  /**
   * Included projects already loaded, by files, project directory and variables: a file that
   * several includes reach (a diamond) is loaded once.
   */
  included: Map<string, YMap | undefined>
}

/** Where a variable can be set whatever runs the scan: the configuration file or `.env`. */
export const DEFAULT_HOW_TO_SET_VARIABLES =
  'Set it under `env` in `.tierguard.yml` or in a `.env` file'

/** How many `include` levels one project may nest; deeper chains are cut with a diagnostic. */
export const MAX_INCLUDE_DEPTH = 64
/** How many services one `extends` chain may cross; longer chains are cut with a diagnostic. */
export const MAX_EXTENDS_DEPTH = 256

/** A project being loaded: the top one, or one brought in by `include`. */
export interface Scope {
  ctx: LoadContext
  /** Variables for interpolation, in precedence order already applied. */
  env: Map<string, string>
  /** The project directory: relative paths in its files resolve against it. */
  workingDir: string
  /** Files up the `include` chain, for cycle detection. */
  includeChain: string[]
  /** Each file's top level after interpolation and `include`, before `extends`. */
  dicts: Map<string, YMap | undefined>
  /** Services with `extends` resolved, by `file|base|name`. */
  resolved: Map<string, YNode | undefined>
  /** The `!reset` / `!override` paths of each file read, applied where it is merged. */
  mergeTags: Map<string, TaggedPath[]>
}

/** Creates the context of one `loadProject` call. */
export function createContext(
  cache: ParsedFileCache,
  logger: Logger,
  howToSetVariables = DEFAULT_HOW_TO_SET_VARIABLES
): LoadContext {
  return {
    cache,
    logger,
    diagnostics: [],
    files: [],
    unsetVariables: [],
    reportedFiles: new Set(),
    howToSetVariables,
    included: new Map()
  }
}

/** Creates a project scope. */
export function createScope(
  ctx: LoadContext,
  env: Map<string, string>,
  workingDir: string,
  includeChain: string[] = []
): Scope {
  return {
    ctx,
    env,
    workingDir,
    includeChain,
    dicts: new Map(),
    resolved: new Map(),
    mergeTags: new Map()
  }
}

/** Records a diagnostic. */
export function report(
  ctx: LoadContext,
  code: DiagnosticCode,
  severity: Diagnostic['severity'],
  message: string,
  span: SourceSpan
): void {
  ctx.diagnostics.push({ code, severity, message, span })
}

/**
 * The text of an env file, read only inside the scanned folder. When it cannot be read and is
 * `required`, reports `missing-file` at `span`, naming the file with its `owner` (" of service
 * `web`", or nothing) and, for a file that is not there, `missing` (what follows from it).
 */
export function readEnvFileText(
  ctx: LoadContext,
  file: string,
  options: { required: boolean; span: SourceSpan; owner?: string; missing?: string }
): string | undefined {
  const inside = ctx.cache.isInsideScan(file)
  const text = inside ? ctx.cache.readRaw(file) : undefined
  if (text === undefined && options.required) {
    const named = `env file \`${file}\`${options.owner ?? ''}`
    report(
      ctx,
      'missing-file',
      'error',
      inside
        ? `${named} ${options.missing ?? 'does not exist'}`
        : `${named} is outside the scanned folder; it was not read`,
      options.span
    )
  }
  return text
}

/** Records that a file was read for this project. */
export function noteFile(ctx: LoadContext, file: string): void {
  if (!ctx.files.includes(file)) ctx.files.push(file)
}

/** The variable lookup of a scope. */
export function lookupIn(scope: Scope): VariableLookup {
  return name => scope.env.get(name)
}

/** Turns interpolation findings into diagnostics and `unsetVariables`, once per variable. */
export function interpolationSink(ctx: LoadContext): InterpolationSink {
  return {
    unset(reference, span) {
      if (reference.required) {
        const detail = reference.required.message ? `: ${reference.required.message}` : ''
        report(
          ctx,
          'required-variable',
          'error',
          `required variable \`${reference.name}\` is not set${detail}; compose refuses the file. It was analysed as empty`,
          span
        )
      }
      if (ctx.unsetVariables.some(v => v.value === reference.name)) return
      ctx.unsetVariables.push({ value: reference.name, span })
      if (reference.required) return
      const resolved =
        reference.fallback !== undefined
          ? `its default \`${reference.fallback}\``
          : 'an empty string'
      report(
        ctx,
        'unset-variable',
        'note',
        `variable \`${reference.name}\` is not set; it was resolved to ${resolved} as compose does. ${ctx.howToSetVariables} to analyse the real value`,
        span
      )
    },
    invalid(message, text, span) {
      report(
        ctx,
        'invalid-interpolation',
        'error',
        `invalid interpolation in \`${truncate(text)}\`: ${message}; compose refuses the file`,
        span
      )
    }
  }
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}
