/**
 * An error the user can fix: a bad option, input or configuration file. The shells print its
 * message as it is (no stack) and exit 2 / fail the step; any other error is a bug in tierguard.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}
