/**
 * Command-line parsing: `tierguard [scan] [PATH...] [options]` and `tierguard rules`.
 * Pure: turns argv into options or a `ConfigurationError` the shell prints with exit code 2.
 */
import { parseArgs } from 'node:util'
import { ConfigurationError } from '../core/errors.js'
import { FAIL_ON_VALUES, type FailOn } from '../core/severity.js'

export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const
export type Format = (typeof FORMATS)[number]

export type CliCommand =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'rules'; format: 'text' | 'json' }
  | ({ command: 'scan' } & ScanCommandOptions)

export interface ScanCommandOptions {
  paths: string[]
  format: Format
  output?: string
  failOn: FailOn
  category?: string
  include: string[]
  exclude: string[]
  env: Record<string, string>
  baseDir?: string
  /** `--config FILE`; without it, `.tierguard.yml` (or `.yaml`) in the base directory if present. */
  config?: string
  color?: boolean
  progress: boolean
}

export const HELP = `Usage: tierguard [scan] [PATH...] [options]
       tierguard rules [--format text|json]

Finds Docker Compose and Swarm stack files under each PATH (default: the current
folder), works out which containers can reach which, and reports network-isolation
problems.

Options:
  -f, --format FORMAT     text (default), json, sarif or markdown
  -o, --output FILE       write the report to FILE instead of standard output
      --fail-on LEVEL     exit 1 when a finding is at or above LEVEL:
                          critical, high (default), medium, low, note, or none
      --category NAME     SARIF category (automationDetails.id), for several uploads
      --include GLOB      also consider files matching GLOB (repeatable)
      --exclude GLOB      leave out files or folders matching GLOB (repeatable)
  -e, --env KEY=VALUE     a variable for interpolation, as the shell would set it
                          (repeatable; wins over the project's .env file)
      --base-dir DIR      report paths relative to DIR (default: the current folder)
  -c, --config FILE       configuration file (default: .tierguard.yml or .tierguard.yaml
                          in the base directory, if present); see docs/configuration.md
      --color / --no-color  colour the text report (default: when writing to a terminal)
  -q, --quiet             no progress lines on standard error
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage or fatal error.
Rule documentation: docs/rules/README.md
`

/** Parses argv (without `node` and the script). Throws `ConfigurationError` on bad usage. */
export function parseCommandLine(argv: string[]): CliCommand {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        category: { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        env: { type: 'string', short: 'e', multiple: true },
        'base-dir': { type: 'string' },
        config: { type: 'string', short: 'c' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    })
  } catch (e) {
    throw new ConfigurationError(`${(e as Error).message}\nRun \`tierguard --help\` for usage.`)
  }
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  if (values.version) return { command: 'version' }

  const [first, ...rest] = positionals
  if (first === 'rules') {
    const format = values.format ?? 'text'
    if (format !== 'text' && format !== 'json') {
      throw new ConfigurationError(`\`rules\` prints text or json, not \`${format}\``)
    }
    return { command: 'rules', format }
  }
  const paths = first === 'scan' ? rest : positionals

  const format = (values.format ?? 'text') as Format
  if (!FORMATS.includes(format)) {
    throw new ConfigurationError(
      `unknown --format \`${values.format}\`: use one of ${FORMATS.join(', ')}`
    )
  }
  const failOn = (values['fail-on'] ?? 'high') as FailOn
  if (!FAIL_ON_VALUES.includes(failOn)) {
    throw new ConfigurationError(
      `unknown --fail-on \`${values['fail-on']}\`: use one of ${FAIL_ON_VALUES.join(', ')}`
    )
  }
  // No prototype: `__proto__` or `constructor` is a variable name like any other.
  const env: Record<string, string> = Object.create(null)
  for (const pair of values.env ?? []) {
    const eq = pair.indexOf('=')
    if (eq <= 0) throw new ConfigurationError(`--env takes KEY=VALUE, got \`${pair}\``)
    env[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  return {
    command: 'scan',
    paths,
    format,
    output: values.output,
    failOn,
    category: values.category,
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    env,
    baseDir: values['base-dir'],
    config: values.config,
    color: values['no-color'] ? false : values.color,
    progress: !values.quiet
  }
}
