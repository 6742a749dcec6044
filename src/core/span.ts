/**
 * The one position type of tierguard. Every value in the model carries the span where it was
 * written; reporters turn it into a SARIF region or annotation properties one to one.
 */

/**
 * A region of one file, named as SARIF's `region`. `file` is the POSIX path relative to the
 * scan's base directory (the repository root in the action). Lines and columns are 1-based;
 * columns count UTF-16 code units, as SARIF's default `columnKind`. The end is exclusive: the
 * column after the last character, as SARIF's `endColumn`.
 *
 * One flat object rather than a start and an end position: a scan holds several spans per
 * service, and three objects a span were a sixth of the heap on large repositories.
 */
export interface SourceSpan {
  file: string
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

/**
 * Makes a span. Creating every span here, with its fields always in this order, gives them
 * all one hidden class, so the code that reads spans stays monomorphic.
 */
export function spanOf(
  file: string,
  startLine: number,
  startColumn: number,
  endLine: number,
  endColumn: number
): SourceSpan {
  return { file, startLine, startColumn, endLine, endColumn }
}

/** Orders spans by file, then start, then end: the order findings are reported in. */
export function compareSpans(a: SourceSpan, b: SourceSpan): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  return (
    a.startLine - b.startLine ||
    a.startColumn - b.startColumn ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn
  )
}

/** `file:line:col`, the form editors and terminals turn into links. */
export function formatSpan(span: SourceSpan): string {
  return `${span.file}:${span.startLine}:${span.startColumn}`
}

/** A span covering a whole file's first line, for problems that belong to a file, not a node. */
export function fileSpan(file: string): SourceSpan {
  return spanOf(file, 1, 1, 1, 1)
}
