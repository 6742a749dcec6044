import { describe, expect, it } from '@jest/globals'
import { splitShellWords } from '../../src/load/normalize-service.js'
import { loadFixture, serviceOf, span } from './helpers.js'

const C = 'command/compose.yaml'
const O = 'command/compose.override.yaml'

describe('command', () => {
  const project = loadFixture([C])

  it('keeps each item of the list form with its own span', () => {
    expect(serviceOf(project, 'proxy').command).toEqual([
      { value: '--providers.docker.network=web', span: span(C, 5, 9, 5, 39) },
      { value: '--entrypoints.websecure.address=:443', span: span(C, 6, 9, 6, 47) }
    ])
  })

  it('splits the string form like a shell, every word with the whole string', () => {
    const whole = span(C, 9, 14, 9, 82)
    expect(serviceOf(project, 'listed').command).toEqual(
      ['traefik', '--providers.docker.network', 'my web', '--log.level=DEBUG', 'a b'].map(
        value => ({ value, span: whole })
      )
    )
    expect(serviceOf(project, 'quoted').command?.map(w => w.value)).toEqual([
      'sh',
      '-c',
      'echo "hi" && exec app'
    ])
  })

  it('has no command when the value is empty', () => {
    expect(serviceOf(project, 'blank').command).toBeUndefined()
  })

  it('is replaced, not appended, by an override, which also brings volumes_from', () => {
    const merged = loadFixture([C, O])
    expect(serviceOf(merged, 'proxy').command).toEqual([
      { value: '--providers.swarm.network=mesh', span: span(O, 3, 14, 3, 44) }
    ])
    expect(serviceOf(merged, 'blank').volumesFrom).toEqual([
      { value: 'proxy:ro', span: span(O, 6, 9, 6, 17) },
      { value: 'container:other', span: span(O, 7, 9, 7, 24) }
    ])
  })
})

describe('splitShellWords', () => {
  it.each([
    ['a  b\tc', ['a', 'b', 'c']],
    ["'x y'z", ['x yz']],
    ['"a\\$b" \\"c', ['a$b', '"c']],
    ['line\\\nnext', ['linenext']],
    ['""', ['']],
    ["'unterminated x", ['unterminated x']],
    ['', []]
  ])('%j -> %j', (text, words) => {
    expect(splitShellWords(text)).toEqual(words)
  })
})
