import { describe, expect, it } from '@jest/globals'
import { assignFingerprints, computeFingerprint } from '../../src/report/fingerprint.js'
import { makeFinding, span } from '../helpers/scan-result.js'

describe('computeFingerprint', () => {
  it('ignores where the finding is and what its message says', () => {
    const a = makeFinding()
    const moved = makeFinding({
      location: span('compose.yaml', 99, 13, 99, 20),
      message: 'Reworded.'
    })
    expect(computeFingerprint(moved)).toBe(computeFingerprint(a))
    expect(computeFingerprint(a)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('changes with the rule, project, file, services, networks and discriminator', () => {
    const base = computeFingerprint(makeFinding())
    const variants = [
      makeFinding({ ruleId: 'flat-network' }),
      makeFinding({ project: 'other' }),
      makeFinding({ location: span('other/compose.yaml', 10, 7) }),
      makeFinding({ services: ['app/cache', 'app/proxy'] }),
      makeFinding({ networks: ['app_backend'] }),
      makeFinding({ fingerprintKey: '5432/tcp' }),
      // The subject leads: "proxy reaches db" is not "db reaches proxy".
      makeFinding({ services: ['app/proxy', 'app/db'] })
    ].map(computeFingerprint)
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1)
  })

  it('does not depend on the order of the other services and networks', () => {
    expect(
      computeFingerprint(
        makeFinding({ services: ['app/db', 'app/a', 'app/b'], networks: ['n1', 'n2'] })
      )
    ).toBe(
      computeFingerprint(
        makeFinding({ services: ['app/db', 'app/b', 'app/a'], networks: ['n2', 'n1'] })
      )
    )
  })
})

describe('assignFingerprints', () => {
  it('numbers findings the rule could not tell apart', () => {
    const same = makeFinding()
    const [first, second, other] = assignFingerprints([
      same,
      { ...same },
      makeFinding({ project: 'x' })
    ])
    expect(first).toBe(`${computeFingerprint(same)}:1`)
    expect(second).toBe(`${computeFingerprint(same)}:2`)
    expect(other!.endsWith(':1')).toBe(true)
  })
})
