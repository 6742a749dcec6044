import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createActionLogger } from '../../src/action/logger.js'

describe('createActionLogger', () => {
  let written: string[]
  beforeEach(() => {
    written = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      written.push(String(chunk))
      return true
    })
  })
  afterEach(() => {
    jest.restoreAllMocks()
  })

  it('shows progress at most once per interval, and the end only if progress was shown', () => {
    let now = 0
    const logger = createActionLogger(5000, () => now)
    for (const [time, done] of [
      [1000, 1],
      [4999, 2],
      [5000, 3],
      [7000, 4],
      [10001, 5],
      [10002, 6]
    ] as const) {
      now = time
      logger.progress?.(done, 6, 'files parsed')
    }
    expect(written).toEqual(['3/6 files parsed\n', '5/6 files parsed\n', '6/6 files parsed\n'])

    written.length = 0
    const quick = createActionLogger(5000, () => 0)
    quick.progress?.(1, 1, 'files parsed')
    expect(written).toEqual([])
  })

  it('writes pipeline warnings as log lines, keeping annotations for findings', () => {
    const logger = createActionLogger()
    logger.warning('x is odd')
    logger.info('scanning')
    expect(written).toEqual(['Warning: x is odd\n', 'scanning\n'])
  })
})
