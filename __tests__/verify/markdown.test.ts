/**
 * The job summary's section of the action's `verify` input: counts, each disagreement at its
 * location, and nothing from the scanned files that Markdown would read as markup.
 */
import { describe, expect, it } from '@jest/globals'
import { formatVerifyMarkdown, type VerifyReport } from '../../src/verify/report.js'

function report(overrides: Partial<VerifyReport> = {}): VerifyReport {
  return {
    tool: { name: 'tierguard', version: '0.1.0' },
    engine: {
      name: 'Docker',
      version: '27.3.1',
      apiVersion: '1.47',
      url: 'unix:///var/run/docker.sock'
    },
    mode: 'rehearsal',
    image: 'busybox:1.36',
    probes: [],
    mismatches: 0,
    drift: [],
    skipped: [],
    durationMs: 21_400,
    ...overrides
  }
}

describe('formatVerifyMarkdown', () => {
  it('says that all probes agree, on which engine and image', () => {
    const probe = {
      from: 'shop/proxy',
      to: 'shop/app',
      port: 8080,
      protocol: 'tcp' as const,
      expected: true,
      observed: true,
      kind: 'ip',
      target: '10.89.0.3',
      model: 'both are on `shop_front`',
      location: 'compose.yaml:4:7'
    }
    expect(formatVerifyMarkdown(report({ probes: [probe, { ...probe, to: 'shop/db' }] }))).toBe(
      '### Rehearsal on a container engine\n\n' +
        "Docker 27.3.1, stand-in image <code>busybox&#58;1.36</code>: all 2 probes agree with tierguard's model (21.4 s).\n"
    )
  })

  it('lists each disagreement at its location, with names from the files escaped', () => {
    const hostile = '<img src=x onerror=alert(1)>[@team](https://evil)'
    const probe = {
      from: `shop/${hostile}`,
      to: 'shop/db',
      port: 5432,
      protocol: 'tcp' as const,
      expected: false,
      observed: true,
      kind: 'ip',
      target: '10.89.0.4',
      via: ['shop_back'],
      model: 'they share no network',
      location: 'compose.yaml:12:5',
      message: `model: \`shop/${hostile}\` cannot reach \`shop/db:5432\` (they share no network); engine: it connected over \`shop_back\``
    }
    const markdown = formatVerifyMarkdown(report({ probes: [probe], mismatches: 1 }))
    expect(markdown).toContain("**1 of 1 probes disagree** with tierguard's model")
    expect(markdown).toContain(
      '- <code>compose.yaml&#58;12&#58;5</code> model&#58; &#96;shop/&#60;img'
    )
    expect(markdown).not.toContain('<img')
    expect(markdown).not.toContain('](https://evil)')
    expect(markdown).not.toContain('@team')
  })

  it('says why the rehearsal did not run', () => {
    expect(
      formatVerifyMarkdown(
        undefined,
        'verify: no container engine answers at unix:///x.sock (ENOENT).'
      )
    ).toBe(
      '### Rehearsal on a container engine\n\nNot run: verify&#58; no container engine answers at unix&#58;///x.sock &#40;ENOENT&#41;.\n'
    )
  })
})
