/** Who tierguard is, for SARIF `tool.driver`, help links and `--version`. */

export const TOOL_NAME = 'tierguard'
/** Kept equal to package.json's version by a test. */
export const TOOL_VERSION = '0.1.0'
export const INFORMATION_URI = 'https://github.com/tierguard/tierguard'

/**
 * The absolute URL of a page under `docs/` (`docsUrl('configuration.md')`). Help text and
 * errors print these rather than repository paths: an installed package has no `docs/` beside
 * the user's working folder.
 */
export function docsUrl(page: string): string {
  return `${INFORMATION_URI}/blob/main/docs/${page}`
}

/** Where a rule's documentation page lives. */
export function ruleHelpUri(ruleId: string): string {
  return docsUrl(`rules/${ruleId}.md`)
}
