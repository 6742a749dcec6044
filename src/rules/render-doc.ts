/**
 * The rule documentation under `docs/rules/`, generated from the rules' metadata. The
 * completeness test compares the committed pages with this output; `UPDATE_DOCS=1` rewrites them.
 */
import { isPassRule, type CatalogueRule, type RuleMeta } from './types.js'

/** The Markdown page of one rule: `docs/rules/<id>.md`. */
export function renderRuleDoc(rule: CatalogueRule): string {
  const tags = [rule.kind, ...rule.tags].map(t => `\`${t}\``).join(', ')
  return [
    `# ${rule.name}`,
    '',
    rule.description,
    '',
    '| | |',
    '|---|---|',
    `| Id | \`${rule.id}\` |`,
    `| Default severity | ${rule.severity} |`,
    `| Kind | ${rule.kind} |`,
    `| Precision | ${rule.precision} |`,
    `| Tags | ${tags} |`,
    '',
    '## What it flags',
    '',
    rule.help.what,
    '',
    '## Why it matters',
    '',
    rule.help.why,
    '',
    '## How to fix it',
    '',
    rule.help.fix,
    '',
    '## Example',
    '',
    'Flagged:',
    '',
    fence(rule.help.bad),
    '',
    'Fixed:',
    '',
    fence(rule.help.good),
    '',
    ...renderOptions(rule),
    '## Messages',
    '',
    'What a finding of this rule says, by message id; `{{name}}` stands for a name or value from your files.',
    '',
    ...Object.entries(rule.messages).map(([id, text]) => `- \`${id}\`: ${text}`),
    '',
    '## Suppressing it',
    '',
    `Write \`# tierguard-ignore ${rule.id}: <reason>\` on or above the reported line, or turn the rule off or change its severity in \`.tierguard.yml\`.`,
    ''
  ].join('\n')
}

/** The index page, `docs/rules/README.md`: every rule with its severity and kind. */
export function renderRuleIndex(rules: readonly RuleMeta[]): string {
  const rows = [...rules]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(r => `| [\`${r.id}\`](${r.id}.md) | ${r.name} | ${r.severity} | ${r.kind} |`)
  return [
    '# Rules',
    '',
    '> Generated from `src/rules/` by `src/rules/render-doc.ts`; do not edit these pages by hand.',
    "> After changing a rule, run `UPDATE_DOCS=1 NODE_OPTIONS='--experimental-vm-modules --no-warnings' npx jest __tests__/rules/completeness.test.ts` to rewrite them.",
    '',
    `tierguard checks ${rules.length} rules. Each page says what the rule flags, why it matters, how to fix it, with a flagged and a fixed example (both are test fixtures). Severity is the default; some findings carry another (see the rule's page), and \`.tierguard.yml\` can change it.`,
    '',
    '| Rule | Name | Default severity | Kind |',
    '|---|---|---|---|',
    ...rows,
    ''
  ].join('\n')
}

function renderOptions(rule: CatalogueRule): string[] {
  if (isPassRule(rule) || !rule.options) return []
  const { source, defaults } = rule.options
  return ['## Options', '', `Set by ${source}; default: \`${JSON.stringify(defaults)}\`.`, '']
}

function fence(yaml: string): string {
  return ['```yaml', yaml.replace(/\n+$/, ''), '```'].join('\n')
}
