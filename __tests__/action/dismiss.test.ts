import { describe, expect, it } from '@jest/globals'
import {
  DISMISSED_COMMENT_LIMIT,
  acceptedResults,
  dismissalComment,
  matchesAlert
} from '../../src/action/dismiss.js'
import { buildSarif } from '../../src/report/sarif.js'
import { makeFinding, makeScanResult, span } from '../helpers/scan-result.js'

const accepted = {
  ruleId: 'host-network/critical',
  path: 'deploy/compose.yaml',
  startLine: 8,
  message: 'The proxy `web` runs in the host network.',
  justification: 'the VPN gateway needs it'
}

function alert(ruleId: string, path: string, line: number, text: string) {
  return {
    number: 1,
    rule: { id: ruleId },
    most_recent_instance: { message: { text }, location: { path, start_line: line } }
  }
}

describe('matching open alerts to accepted findings', () => {
  it('matches the same rule and file by message when the ignore comment moved the line', () => {
    expect(
      matchesAlert(alert('host-network', 'deploy/compose.yaml', 7, accepted.message), accepted)
    ).toBe(true)
    expect(
      matchesAlert(alert('host-network/high', 'deploy/compose.yaml', 8, 'older wording'), accepted)
    ).toBe(true)
  })

  it('does not match another rule, another file, or another line and message', () => {
    expect(
      matchesAlert(
        alert('docker-socket-mounted', 'deploy/compose.yaml', 8, accepted.message),
        accepted
      )
    ).toBe(false)
    expect(matchesAlert(alert('host-network', 'compose.yaml', 8, accepted.message), accepted)).toBe(
      false
    )
    expect(matchesAlert(alert('host-network', 'deploy/compose.yaml', 20, 'other'), accepted)).toBe(
      false
    )
  })

  it('keeps the justification as the comment, within GitHub’s 280 characters', () => {
    expect(dismissalComment(accepted)).toBe(
      'Accepted in the repository (tierguard): the VPN gateway needs it'
    )
    const long = dismissalComment({ ...accepted, justification: 'x'.repeat(400) })
    expect(long).toHaveLength(DISMISSED_COMMENT_LIMIT)
    expect(long.endsWith('…')).toBe(true)
  })
})

describe('the uploaded SARIF', () => {
  it('leaves suppressed results out, and the others keep their fingerprints', () => {
    const result = makeScanResult({
      findings: [
        makeFinding({ location: span('compose.yaml', 3, 5) }),
        makeFinding({
          services: ['app/x'],
          location: span('compose.yaml', 9, 5),
          suppression: {
            kind: 'inSource',
            justification: 'lab only',
            span: span('compose.yaml', 8, 5)
          }
        })
      ]
    })
    const local = buildSarif(result)
    const uploaded = buildSarif(result, { omitSuppressed: true })
    expect(local.runs[0]!.results).toHaveLength(2)
    expect(uploaded.runs[0]!.results).toEqual([local.runs[0]!.results![0]])
    expect(acceptedResults(local.runs[0]!.results!)).toEqual([
      expect.objectContaining({ path: 'compose.yaml', startLine: 9, justification: 'lab only' })
    ])
  })
})
