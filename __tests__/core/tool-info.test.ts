import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { TOOL_VERSION, ruleHelpUri } from '../../src/core/tool-info.js'
import { isBlocking, sarifLevel } from '../../src/core/severity.js'

describe('tool info', () => {
  it('reports the version package.json declares', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(TOOL_VERSION).toBe(pkg.version)
  })

  it('links each rule to its page under docs/rules', () => {
    expect(ruleHelpUri('host-network')).toBe(
      'https://github.com/tierguard/tierguard/blob/main/docs/rules/host-network.md'
    )
  })
})

describe('severity', () => {
  it('blocks at and above the threshold, never with none', () => {
    expect(isBlocking('critical', 'high')).toBe(true)
    expect(isBlocking('high', 'high')).toBe(true)
    expect(isBlocking('medium', 'high')).toBe(false)
    expect(isBlocking('note', 'note')).toBe(true)
    expect(isBlocking('critical', 'none')).toBe(false)
  })

  it('maps severities to SARIF levels', () => {
    expect(['critical', 'high', 'medium', 'low', 'note'].map(s => sarifLevel(s as never))).toEqual([
      'error',
      'error',
      'warning',
      'note',
      'note'
    ])
  })
})
