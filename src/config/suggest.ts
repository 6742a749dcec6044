/** "Did you mean" for typos in configuration keys and values. */

/** Levenshtein distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost
      )
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/**
 * The candidate closest to `value`, when close enough to be a typo: at most a third of the
 * longer word's letters differ (at least 2 allowed). Ties go to the first in sorted order.
 */
export function findClosest(value: string, candidates: readonly string[]): string | undefined {
  const lower = value.toLowerCase()
  let best: { candidate: string; distance: number } | undefined
  for (const candidate of [...candidates].sort()) {
    const distance = editDistance(lower, candidate.toLowerCase())
    const limit = Math.max(2, Math.floor(Math.max(value.length, candidate.length) / 3))
    if (distance > limit) continue
    if (!best || distance < best.distance) best = { candidate, distance }
  }
  return best?.candidate
}

/** "; did you mean `x`?" or, without a close candidate, "; expected one of `a`, `b`". */
export function describeChoices(value: string, candidates: readonly string[]): string {
  const closest = findClosest(value, candidates)
  if (closest) return `; did you mean \`${closest}\`?`
  return `; expected one of ${candidates.map(c => `\`${c}\``).join(', ')}`
}
