import { describe, expect, it } from '@jest/globals'
import { parseCommandLine } from '../../src/cli/args.js'
import { ConfigurationError } from '../../src/core/errors.js'

describe('parseCommandLine', () => {
  it('defaults to scanning with text output and fail-on high', () => {
    expect(parseCommandLine([])).toEqual({
      command: 'scan',
      paths: [],
      format: 'text',
      output: undefined,
      failOn: 'high',
      category: undefined,
      include: [],
      exclude: [],
      env: {},
      baseDir: undefined,
      color: undefined,
      progress: true
    })
  })

  it('accepts `scan` before the paths and every option', () => {
    const parsed = parseCommandLine([
      'scan',
      'deploy',
      'infra',
      '--format',
      'sarif',
      '-o',
      'out.sarif',
      '--fail-on',
      'none',
      '--category',
      'compose',
      '--include',
      'ops/*.yaml',
      '--exclude',
      'legacy/**',
      '-e',
      'TAG=1.2=3',
      '--no-color',
      '-q'
    ])
    expect(parsed).toMatchObject({
      command: 'scan',
      paths: ['deploy', 'infra'],
      format: 'sarif',
      output: 'out.sarif',
      failOn: 'none',
      category: 'compose',
      include: ['ops/*.yaml'],
      exclude: ['legacy/**'],
      env: { TAG: '1.2=3' },
      color: false,
      progress: false
    })
  })

  it('names the valid values when --fail-on is wrong', () => {
    expect(() => parseCommandLine(['--fail-on', 'severe'])).toThrow(
      new ConfigurationError(
        'unknown --fail-on `severe`: use one of critical, high, medium, low, note, none'
      )
    )
  })

  it('names the valid formats when --format is wrong', () => {
    expect(() => parseCommandLine(['-f', 'xml'])).toThrow(
      'unknown --format `xml`: use one of text, json, sarif, markdown'
    )
  })

  it('rejects unknown options with a pointer to --help', () => {
    expect(() => parseCommandLine(['--frmat', 'json'])).toThrow(
      /Unknown option '--frmat'[\s\S]*tierguard --help/
    )
  })

  it('rejects --env without a value', () => {
    expect(() => parseCommandLine(['--env', 'TAG'])).toThrow('--env takes KEY=VALUE, got `TAG`')
  })

  it('parses `rules`, `--help` and `--version`', () => {
    expect(parseCommandLine(['rules', '--format', 'json'])).toEqual({
      command: 'rules',
      format: 'json'
    })
    expect(parseCommandLine(['--help'])).toEqual({ command: 'help' })
    expect(parseCommandLine(['-v'])).toEqual({ command: 'version' })
  })
})
