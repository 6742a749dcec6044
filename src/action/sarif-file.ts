/**
 * Writes the SARIF file where the `sarif-file` input says, but only inside the workspace or
 * `RUNNER_TEMP`, and never through a symbolic link: a pull request can commit a link named like
 * the SARIF file (or like a folder on its path) that points anywhere on the runner.
 */
import {
  closeSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  writeSync
} from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../core/errors.js'

/** Whether `target` is `root` or below it (both absolute, compared as written). */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target)
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  )
}

/**
 * Writes `content` to `file` (absolute), which must be inside one of `roots` (absolute folders:
 * the workspace and `RUNNER_TEMP`) once every link on its path is resolved, and must not itself
 * be a link. Missing folders are created. Throws a ConfigurationError that says what to change.
 */
export function writeFileWithin(file: string, roots: readonly string[], content: string): void {
  const realRoots = roots.filter(root => existsSync(root)).map(root => realpathSync(root))
  const refuse = (why: string): never => {
    throw new ConfigurationError(
      `Refusing to write the SARIF file ${file}: ${why}. Give \`sarif-file\` a path inside the ` +
        'workspace or RUNNER_TEMP that is not a symbolic link, or leave it empty for ' +
        '`$RUNNER_TEMP/tierguard.sarif`.'
    )
  }
  const folder = path.dirname(file)
  // The deepest folder that exists decides where the missing ones would be created.
  let existing = folder
  while (!existsSync(existing) && path.dirname(existing) !== existing)
    existing = path.dirname(existing)
  const inRoots = (dir: string) => realRoots.some(root => isInside(root, realpathSync(dir)))
  if (!inRoots(existing))
    refuse(`its folder leads out of the workspace and RUNNER_TEMP (to ${realpathSync(existing)})`)
  try {
    mkdirSync(folder, { recursive: true })
  } catch (error) {
    refuse(`its folder could not be created (${(error as Error).message})`)
  }
  if (!inRoots(folder))
    refuse(`its folder leads out of the workspace and RUNNER_TEMP (to ${realpathSync(folder)})`)
  if (existsSync(file) || isDanglingLink(file)) {
    if (lstatSync(file).isSymbolicLink()) refuse('it is a symbolic link')
  }
  let fd: number
  try {
    // O_NOFOLLOW: a link put there since the check above still makes the open fail.
    fd = openSync(
      file,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644
    )
  } catch (error) {
    const err = error as NodeJS.ErrnoException
    if (err.code === 'ELOOP') refuse('it is a symbolic link')
    throw new ConfigurationError(
      `Could not write the SARIF file ${file}: ${err.message}. Check the \`sarif-file\` input ` +
        '(a file path in a writable folder).'
    )
  }
  try {
    writeSync(fd, content)
  } finally {
    closeSync(fd)
  }
}

function isDanglingLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}
