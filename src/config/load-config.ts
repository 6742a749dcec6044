/**
 * Finds and loads the configuration file: `--config` / the `config` input, else `.tierguard.yml`
 * or `.tierguard.yaml` in the base directory. Read and parsed once like any compose file (so
 * every key has a span), then validated; any problem is a `ConfigurationError` listing them all.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../core/errors.js'
import { compareSpans, formatSpan } from '../core/span.js'
import { docsUrl } from '../core/tool-info.js'
import { ParsedFileCache } from '../load/file-cache.js'
import { RULES } from '../rules/registry.js'
import type { TierguardConfig } from './types.js'
import { validateConfig, type ConfigProblem } from './validate-config.js'

/** File names looked for in the base directory when no configuration file is given. */
export const DEFAULT_CONFIG_FILES = ['.tierguard.yml', '.tierguard.yaml'] as const

export interface LoadConfigOptions {
  /** Absolute base directory: spans and every path in the configuration are relative to it. */
  baseDir: string
  /** A configuration file given explicitly (absolute, or relative to the base directory). */
  file?: string
  /** Rule ids the configuration may name; default: every registered rule. */
  ruleIds?: readonly string[]
}

/**
 * Loads the configuration, or returns undefined when none was given and the base directory
 * holds no default file. Throws `ConfigurationError` for a missing, unreadable or invalid file.
 */
export function loadConfig(options: LoadConfigOptions): TierguardConfig | undefined {
  const absolute = resolveConfigFile(options)
  if (!absolute) return undefined
  const cache = new ParsedFileCache({ baseDir: options.baseDir })
  const relative = cache.relative(absolute)
  const parsed = cache.get(relative)
  const readErrors = parsed.diagnostics.filter(d => d.severity === 'error')
  if (readErrors.length > 0) {
    throw configurationError(
      relative,
      readErrors.map(d => ({ span: d.span, path: '', message: `${d.message} (${d.code})` }))
    )
  }
  const { config, problems } = validateConfig(parsed.root, relative, {
    ruleIds: options.ruleIds ?? RULES.map(r => r.id),
    fileExists: file => cache.exists(file)
  })
  if (problems.length > 0) throw configurationError(relative, problems)
  return config
}

/** The configuration file to load, absolute, or undefined when there is none. */
export function resolveConfigFile(options: LoadConfigOptions): string | undefined {
  if (options.file !== undefined) {
    const absolute = path.resolve(options.baseDir, options.file)
    if (!existsSync(absolute) || !statSync(absolute).isFile()) {
      throw new ConfigurationError(
        `The configuration file \`${options.file}\` does not exist or is not a file. Check the ` +
          'path, or leave it out to use `.tierguard.yml` in the base directory.'
      )
    }
    return absolute
  }
  const present = DEFAULT_CONFIG_FILES.map(name => path.join(options.baseDir, name)).filter(
    file => existsSync(file) && statSync(file).isFile()
  )
  if (present.length > 1) {
    throw new ConfigurationError(
      `Both \`${DEFAULT_CONFIG_FILES[0]}\` and \`${DEFAULT_CONFIG_FILES[1]}\` exist in ` +
        `${options.baseDir}: keep one, so it is clear which configuration applies.`
    )
  }
  return present[0]
}

/** The error for an invalid configuration file: every problem, each with its place. */
function configurationError(file: string, problems: ConfigProblem[]): ConfigurationError {
  const sorted = [...problems].sort((a, b) => compareSpans(a.span, b.span))
  return new ConfigurationError(
    formatProblems(file, sorted),
    sorted.map(p => ({ span: p.span, message: `${p.path ? `\`${p.path}\`: ` : ''}${p.message}` })),
    `The configuration file \`${file}\` is not valid (${sorted.length} problem${sorted.length === 1 ? '' : 's'}, annotated on its lines). See docs/configuration.md for every key and its values.`
  )
}

/**
 * The message of a configuration error: one line per problem, `file:line:col`, the key path,
 * what is wrong; sorted by position.
 */
export function formatProblems(file: string, problems: ConfigProblem[]): string {
  const sorted = [...problems].sort((a, b) => compareSpans(a.span, b.span))
  const count = `${sorted.length} problem${sorted.length === 1 ? '' : 's'}`
  const lines = sorted.map(
    p => `  ${formatSpan(p.span)}: ${p.path ? `\`${p.path}\`: ` : ''}${p.message}`
  )
  return (
    `The configuration file \`${file}\` is not valid (${count}):\n${lines.join('\n')}\n` +
    `See ${docsUrl('configuration.md')} for every key and its values.`
  )
}
