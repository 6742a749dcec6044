/**
 * The one position type of tierguard. Every value in the model carries the span where it was
 * written; reporters turn it into a SARIF region or annotation properties one to one.
 */

/** A 1-based line and column. Columns count UTF-16 code units, as SARIF's default `columnKind`. */
export interface Position {
  line: number
  col: number
}

/**
 * A region of one file. `file` is the POSIX path relative to the scan's base directory (the
 * repository root in the action). `end` is exclusive: the column after the last character,
 * as SARIF's `endColumn`.
 */
export interface SourceSpan {
  file: string
  start: Position
  end: Position
}

/** Orders spans by file, then start, then end: the order findings are reported in. */
export function compareSpans(a: SourceSpan, b: SourceSpan): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  return (
    a.start.line - b.start.line ||
    a.start.col - b.start.col ||
    a.end.line - b.end.line ||
    a.end.col - b.end.col
  )
}

/** `file:line:col`, the form editors and terminals turn into links. */
export function formatSpan(span: SourceSpan): string {
  return `${span.file}:${span.start.line}:${span.start.col}`
}

/** A span covering a whole file's first line, for problems that belong to a file, not a node. */
export function fileSpan(file: string): SourceSpan {
  return { file, start: { line: 1, col: 1 }, end: { line: 1, col: 1 } }
}
