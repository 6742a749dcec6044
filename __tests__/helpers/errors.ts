/** Assertions on the errors tierguard throws for bad input. */
import { expect } from '@jest/globals'
import { ConfigurationError } from '../../src/core/errors.js'

/** The message of the `ConfigurationError` `fn` throws; fails the test when it throws none. */
export function configurationErrorOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigurationError')
}
