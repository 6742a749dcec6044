import type { SourceSpan } from './span.js'

/**
 * What the loader or discovery says about input it could not take as it is: a YAML error, a
 * value of the wrong type, an unset variable, a missing `extends` target. It is not a finding
 * (findings are judgements on the topology) but it is always reported, with its span.
 */
export interface Diagnostic {
  /** Stable code, kebab-case, e.g. `yaml-syntax`, `duplicate-key`, `unset-variable`. */
  code: DiagnosticCode
  severity: 'error' | 'warning' | 'note'
  message: string
  /** Where; a whole-file problem uses `fileSpan(file)`. */
  span: SourceSpan
}

/** The diagnostic codes tierguard emits, and what each means (docs/diagnostics.md lists them, and a test keeps it so). */
export const DIAGNOSTIC_CODES = {
  'file-unreadable':
    'The file could not be read (permissions, vanished during the scan, not text).',
  'file-too-large': 'The file is larger than the configured size limit and was not loaded.',
  'yaml-syntax': 'The file is not valid YAML.',
  'duplicate-key': 'A mapping has the same key twice; compose refuses the file.',
  'multiple-documents': 'The file holds more than one YAML document; compose refuses it.',
  'alias-limit': 'Aliases expand to more nodes than the limit (a "billion laughs" file).',
  'nesting-limit':
    'Values are nested deeper than the limit (200 levels); the file was not analysed.',
  'wrong-type': 'A value has a type the compose specification does not allow there.',
  'invalid-value': 'A value has the right type but cannot be understood (a malformed port, say).',
  'unset-variable':
    'A variable is not set; it was resolved as compose would (empty or its default).',
  'required-variable': '`${VAR:?message}` or `${VAR?message}` names a variable that is not set.',
  'invalid-interpolation': 'A `${...}` expression is malformed.',
  'missing-file': 'An `extends: file:`, `include` or `env_file` target does not exist.',
  'extends-cycle': 'Services extend each other in a cycle.',
  'include-cycle': 'Files include each other in a cycle.',
  'unknown-service': 'A reference names a service the project does not define.',
  'include-conflict':
    'An `include`d project defines a service or network the including file also defines; compose refuses it.',
  'not-compose': 'A file configured as compose is not a compose file (no `services` mapping).',
  'path-not-found': 'A path given to scan does not exist.',
  'path-skipped':
    'Discovery did not follow a path: a symbolic link out of the scanned folder, a link cycle, a broken link or an unreadable folder.',
  'git-unavailable':
    '`git ls-files` failed in a git work tree; the folder was walked instead and `.gitignore` was not applied.',
  'fragment-paired':
    'A fragment (services without `image`/`build`, networks or services it uses but does not define) was analysed on top of the base file of its folder or a parent folder that supplies them.',
  'fragment-without-base':
    'A fragment (services without `image`/`build`, or networks and services it does not define) has no base file in its folder or above; it was analysed alone.',
  'unknown-tag':
    'A YAML tag compose does not know (it knows `!reset` and `!override`); the value was read as if untagged.',
  'load-depth-limit':
    'An `include` or `extends` chain is deeper than the limit; the rest of the chain was not loaded.',
  'compose-file-entry':
    'An entry of `COMPOSE_FILE` does not exist or lies outside the scanned folder; it was not loaded.',
  'multiple-default-files':
    'A folder holds several default compose (or override) file names; docker compose loads only the first, tierguard plans the others on their own.',
  'stack-ignored-key':
    'A Swarm stack sets `network_mode`, which `docker stack deploy` ignores ("Ignoring unsupported options"); the service was analysed on the stack\'s networks, as it deploys.'
} as const

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES

/**
 * Diagnostics without repeats: a file loaded into several projects reports its problem once
 * per project, the same message at the same place.
 */
export function uniqueDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return diagnostics.filter(d => {
    const key = JSON.stringify([d.code, d.span, d.message])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
