/**
 * How every medium shows a control character from the repository instead of acting on it: as
 * its escape (`\x1b` up to U+00FF, `\u202e` beyond), so the reader sees that it was there and
 * what it was. The terminal, Markdown and Mermaid escapers each decide which characters to pass
 * through this; the form is shared so all three read alike.
 */
export function visibleEscape(char: string): string {
  const code = char.charCodeAt(0)
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}
