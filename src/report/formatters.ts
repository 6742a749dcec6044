/**
 * The formatters, looked up by name, as ESLint's: each a pure function of the scan result and
 * its options to the text of one medium, owning that medium's escaping (the terminal's in
 * text.ts, Markdown's in markdown.ts, Mermaid's in mermaid.ts, JSON's in `JSON.stringify`). The
 * CLI's `--format` and the action's job summary both go through `getFormatter`; a new format is
 * one new module and one entry here.
 */
import type { ScanResult } from '../scan.js'
import { formatGitLab } from './gitlab.js'
import { buildSummary, type SummaryInput } from './job-summary.js'
import { formatJson } from './json.js'
import { formatMarkdown, type MarkdownOptions } from './markdown.js'
import { renderMermaid, type MermaidOptions } from './mermaid.js'
import { planSarif, serializePlannedSarif, type SarifOptions } from './sarif.js'
import { escapeForTerminal, escapeJsonForTerminal, formatText, type TextOptions } from './text.js'

/** The job summary's options: what the action knows besides the scan, and the diagram's. */
export interface JobSummaryOptions extends Omit<SummaryInput, 'result' | 'mermaid'> {
  /** Services to draw in the diagram besides those findings involve, and its size; see mermaid.ts. */
  diagram?: Pick<MermaidOptions, 'include' | 'maxNodes'>
}

/** Each format's options. */
export interface FormatOptionsByName {
  text: TextOptions
  json: object
  sarif: SarifOptions
  markdown: MarkdownOptions
  gitlab: object
  summary: JobSummaryOptions
}

export type FormatName = keyof FormatOptionsByName
/** The formats the CLI offers: all but the job summary, which needs the action's context. */
export type CliFormatName = Exclude<FormatName, 'summary'>

export interface Formatter<N extends FormatName = FormatName> {
  name: N
  /** Offered by the CLI's `--format`; the job summary needs the action's context. */
  cli: boolean
  /**
   * The report in pieces; joined, its whole text. SARIF yields one piece per result, so a log
   * of thousands of results is written without being held whole; the others yield one.
   */
  format(result: ScanResult, options: FormatOptionsByName[N]): Iterable<string>
  /** A piece as it may be printed on a terminal, which would act on control characters. */
  forTerminal(piece: string): string
}

const asIs = (piece: string): string => piece

/** Every formatter, in the order the CLI's help lists them. */
export const FORMATTERS: { readonly [N in FormatName]: Formatter<N> } = {
  text: {
    name: 'text',
    cli: true,
    format: (result, options) => [formatText(result, options)],
    // Escapes for the terminal itself; its colours are the only control characters it writes.
    forTerminal: asIs
  },
  json: {
    name: 'json',
    cli: true,
    format: result => [formatJson(result)],
    forTerminal: escapeJsonForTerminal
  },
  sarif: {
    name: 'sarif',
    cli: true,
    format: (result, options) => serializePlannedSarif(planSarif(result, options)),
    forTerminal: escapeJsonForTerminal
  },
  markdown: {
    name: 'markdown',
    cli: true,
    format: (result, options) => [formatMarkdown(result, options)],
    forTerminal: piece => escapeForTerminal(piece, { keepNewlines: true })
  },
  gitlab: {
    name: 'gitlab',
    cli: true,
    format: result => [formatGitLab(result)],
    forTerminal: escapeJsonForTerminal
  },
  summary: {
    name: 'summary',
    cli: false,
    format: (result, { diagram, ...options }) => [
      buildSummary({
        ...options,
        result,
        mermaid:
          result.topology.services.length > 0
            ? renderMermaid(result, { ...diagram, failOn: options.failOn, blocks: options.blocks })
            : undefined
      })
    ],
    forTerminal: piece => escapeForTerminal(piece, { keepNewlines: true })
  }
}

/** The formats the CLI offers, in its help's order. */
export const CLI_FORMATS = (Object.keys(FORMATTERS) as FormatName[]).filter(
  (name): name is CliFormatName => FORMATTERS[name].cli
)

/** The formatter of `name`, or undefined for a name no formatter has. */
export function getFormatter<N extends FormatName>(name: N): Formatter<N>
export function getFormatter(name: string): Formatter | undefined
export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(FORMATTERS, name) ? (FORMATTERS[name as FormatName] as Formatter) : undefined
}

/** The whole report of `name` as one string. */
export function formatReport<N extends FormatName>(
  name: N,
  result: ScanResult,
  options: FormatOptionsByName[N]
): string {
  return [...getFormatter(name).format(result, options)].join('')
}
