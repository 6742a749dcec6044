import type { Diagnostic } from '../core/diagnostic.js'
import { renderMessage } from './run-rules.js'
import { definePassRule, type Finding } from './types.js'

/**
 * A compose file that cannot be parsed, or that compose refuses, is a finding: nothing in it
 * was verified, so a gate that passed it would say "no problem" about a file nobody checked.
 * Its findings come from the loader's error diagnostics, in a pass after the other rules ran
 * (`findInvalidComposeFiles`, called by the scan), not from the topology: a file that does not
 * parse has no services to ask about.
 */
const invalidComposeFile = definePassRule({
  id: 'invalid-compose-file',
  name: 'Compose file that cannot be parsed or that compose refuses',
  description:
    'A compose file is not valid YAML, or holds something `docker compose` refuses (a duplicate key, a value of the wrong type, a missing `extends` or `include` target): nothing in it, or not all of it, was verified.',
  severity: 'high',
  kind: 'correctness',
  precision: 'very-high',
  tags: ['compose', 'parse-error'],
  help: {
    what: 'A file named or loaded as a compose file that tierguard could not read as compose does: invalid YAML, a duplicate key, several documents, aliases past the limit, a value of the wrong type, an unset required variable, a missing `extends`, `include` or `env_file` target, a cycle. Reported at the node the problem is at, with the loader’s message. What only the deployment’s environment settles (an env file that is not in the repository, a required variable, a volume source left empty by an unset variable) is reported at medium: it does not block by default.',
    why: 'tierguard judges what a file says. A file it cannot parse says nothing to it, so without this finding a broken file would pass the gate as “no findings” although nothing in it was verified, and `docker compose` refuses it anyway: the change cannot be deployed as written.',
    fix: 'Fix the file at the line the finding points to (`docker compose -f FILE config` shows the same error), or, if the file is not a compose file at all, leave it out with `exclude` in `.tierguard.yml`. The action input `fail-on-invalid: false` (or `rules: {invalid-compose-file: medium}`) reports such files without blocking.',
    bad: `services:
  app:
    image: ghcr.io/example/app:1.0
    # expect: invalid-compose-file
    image: ghcr.io/example/app:2.0
`,
    good: `services:
  app:
    # ok: invalid-compose-file
    image: ghcr.io/example/app:2.0
`
  },
  reportedBy: '`findInvalidComposeFiles` (this file), called by the scan after the rules',
  messages: {
    environment:
      '`{{file}}` is not a valid compose file: {{error}} ({{code}}). compose refuses it unless the environment it is deployed in provides what is missing (an untracked `.env`, a variable set at deploy time); give tierguard the values (`env` in `.tierguard.yml`) to analyse the file as deployed. Fix the file (`docker compose -f {{file}} config` shows the same error), or exclude it if it is not a compose file.',
    unloadable:
      '`{{file}}` is not a valid compose file: {{error}} ({{code}}). Nothing in this file was checked for network isolation: tierguard could not load it. Fix the file (`docker compose -f {{file}} config` shows the same error), or exclude it if it is not a compose file.',
    refused:
      '`{{file}}` is not a valid compose file: {{error}} ({{code}}). docker compose refuses the file, and tierguard analysed only what it could read around this error. Fix the file (`docker compose -f {{file}} config` shows the same error), or exclude it if it is not a compose file.'
  }
})

export default invalidComposeFile

/**
 * The `invalid-compose-file` findings of a scan: one per error diagnostic of a compose file,
 * at the diagnostic's span. `isComposeFile` says which files count (named or loaded as compose
 * files): a YAML file that is not compose, such as a Helm template, is not judged here.
 * `projectOf` names the project that loaded a file ('' for a file no project could load).
 */
export function findInvalidComposeFiles(
  diagnostics: readonly Diagnostic[],
  isComposeFile: (file: string) => boolean,
  projectOf: (file: string) => string | undefined
): Finding[] {
  const findings: Finding[] = []
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== 'error' || !isComposeFile(diagnostic.span.file)) continue
    const project = projectOf(diagnostic.span.file)
    const fromEnvironment = dependsOnEnvironment(diagnostic)
    const messageId = fromEnvironment
      ? 'environment'
      : project === undefined
        ? 'unloadable'
        : 'refused'
    findings.push({
      ruleId: invalidComposeFile.id,
      // What only the deployment's environment can settle does not block by default.
      severity: fromEnvironment ? 'medium' : invalidComposeFile.severity,
      message: renderMessage(invalidComposeFile, messageId, {
        file: diagnostic.span.file,
        error: stripPeriod(diagnostic.message),
        code: diagnostic.code
      }),
      location: diagnostic.span,
      related: [],
      project: project ?? '',
      services: [],
      networks: [],
      // The code, not the message: YAML errors may quote positions, and a fingerprint must not.
      fingerprintKey: diagnostic.code
    })
  }
  return findings
}

function stripPeriod(text: string): string {
  return text.trim().replace(/\.$/, '')
}

/**
 * Whether compose refuses the file only for want of something its deployment provides: a
 * required variable, an env file that is not in the repository (a `.env` is usually
 * untracked), a volume source left empty by an unset variable. The file itself is not broken.
 */
export function dependsOnEnvironment(diagnostic: Diagnostic): boolean {
  if (diagnostic.code === 'required-variable') return true
  if (diagnostic.code === 'missing-file') return diagnostic.message.startsWith('env file ')
  return diagnostic.code === 'invalid-value' && diagnostic.message.includes('(an unset variable?)')
}
