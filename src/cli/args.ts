/**
 * Command-line parsing: `tierguard [scan] [PATH...] [options]` and `tierguard rules`.
 * Pure: turns argv into options or a `ConfigurationError` the shell prints with exit code 2.
 */
import { parseArgs } from 'node:util'
import { ConfigurationError } from '../core/errors.js'
import { FAIL_ON_VALUES, type FailOn } from '../core/severity.js'
import { docsUrl } from '../core/tool-info.js'
import { CLI_FORMATS, type CliFormatName } from '../report/formatters.js'

/** The report formats `--format` takes: the CLI's entries of the formatter registry. */
export const FORMATS = CLI_FORMATS
export type Format = CliFormatName

export type CliCommand =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'rules'; format: 'text' | 'json' }
  | ({ command: 'scan' } & ScanCommandOptions)

export interface ScanCommandOptions {
  /** Folders and files to scan; `-` (alone) reads one compose file from standard input. */
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
  /** `--color` / `--no-color`; without either, the environment and the terminal decide. */
  color?: boolean
  progress: boolean
  /** The name a compose file read from standard input (`-`) is reported under. */
  stdinFilename?: string
}

/** The file name standard input is reported under when `--stdin-filename` is not given. */
export const STDIN_NAME = '<stdin>'

export const HELP = `Usage: tierguard [scan] [PATH...] [options]
       tierguard scan - [--stdin-filename NAME] [options] < compose.yaml
       tierguard rules [--format text|json]
       tierguard verify [PATH] [--live] [options]   (\`tierguard verify --help\`)

Finds Docker Compose and Swarm stack files under each PATH (default: the current
folder), works out which containers can reach which, and reports network-isolation
problems. \`-\` reads one compose file from standard input instead.

Options:
  -f, --format FORMAT     text (default), json, sarif, markdown or gitlab
                          (GitLab code quality JSON, for merge-request widgets)
  -o, --output FILE       write the report to FILE instead of standard output
      --fail-on LEVEL     exit 1 when a finding is at or above LEVEL:
                          critical, high (default), medium, low, note, or none
                          (values of every option are case-insensitive)
      --category NAME     SARIF category (automationDetails.id), for several uploads
      --include GLOB      also consider files matching GLOB (repeatable)
      --exclude GLOB      leave out files or folders matching GLOB (repeatable)
  -e, --env KEY=VALUE     a variable for interpolation, as the shell would set it
                          (repeatable; wins over the project's .env file)
      --base-dir DIR      report paths relative to DIR (default: the current folder)
  -c, --config FILE       configuration file (default: .tierguard.yml or .tierguard.yaml
                          in the base directory, if present)
      --stdin-filename NAME  the name a file read from \`-\` is reported under
                          (default: ${STDIN_NAME}); a relative path, e.g. deploy/compose.yaml
      --color / --no-color  colour the text report (default: on a terminal, unless
                          NO_COLOR is set; FORCE_COLOR turns it on anywhere)
  -q, --quiet             no progress lines on standard error
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage or fatal error.

Documentation: ${docsUrl('cli.md')}
Rules:         ${docsUrl('rules/README.md')}
Configuration: ${docsUrl('configuration.md')}
Verification:  ${docsUrl('verify.md')}
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
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    })
  } catch (e) {
    throw new ConfigurationError(
      `${(e as Error).message}\nRun \`tierguard --help\` for usage, or see ${docsUrl('cli.md')}.`
    )
  }
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  if (values.version) return { command: 'version' }

  const [first, ...rest] = positionals
  if (first === 'rules') {
    const format = values.format?.toLowerCase() ?? 'text'
    if (format !== 'text' && format !== 'json') {
      throw new ConfigurationError(`\`rules\` prints text or json, not \`${format}\``)
    }
    return { command: 'rules', format }
  }
  const paths = first === 'scan' ? rest : positionals

  // Values are matched case-insensitively (`--fail-on HIGH`, `-f SARIF`), as users type them.
  const format = (values.format?.toLowerCase() ?? 'text') as Format
  if (!FORMATS.includes(format)) {
    throw new ConfigurationError(
      `unknown --format \`${values.format}\`: use one of ${FORMATS.join(', ')}`
    )
  }
  const failOn = (values['fail-on']?.toLowerCase() ?? 'high') as FailOn
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
  if (paths.includes('-') && paths.length > 1) {
    throw new ConfigurationError(
      '`-` reads one compose file from standard input and cannot be combined with other paths'
    )
  }
  const stdinFilename = values['stdin-filename']
  if (stdinFilename !== undefined) {
    if (!paths.includes('-')) {
      throw new ConfigurationError('--stdin-filename names standard input: scan `-` with it')
    }
    checkStdinFilename(stdinFilename)
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
    progress: !values.quiet,
    ...(stdinFilename === undefined ? {} : { stdinFilename })
  }
}

/**
 * A stdin name is written below a temporary folder and reported as it is, so it must stay
 * inside that folder: relative, no `..`, no empty segment.
 */
function checkStdinFilename(name: string): void {
  const segments = name.split(/[\\/]/)
  if (
    name === '' ||
    /^([a-zA-Z]:)?[\\/]/.test(name) ||
    segments.some(s => s === '' || s === '.' || s === '..')
  ) {
    throw new ConfigurationError(
      `--stdin-filename takes a relative path such as \`deploy/compose.yaml\`, got \`${name}\``
    )
  }
}
