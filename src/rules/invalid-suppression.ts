import { definePassRule } from './types.js'

/**
 * Findings of this rule are reported by the suppression pass (`src/config/apply-config.ts`),
 * after every other rule ran: only then is it known which suppressions were used.
 */
export default definePassRule({
  id: 'invalid-suppression',
  name: 'Suppression without reason, unknown or unused',
  description:
    'A `tierguard-ignore` comment, an `x-tierguard` ignore or a configuration `ignore` gives no reason, names no existing rule, or suppresses nothing.',
  severity: 'low',
  kind: 'correctness',
  precision: 'very-high',
  tags: ['suppression', 'maintainability'],
  help: {
    what: 'A suppression (`# tierguard-ignore <rule>: <reason>` on or above a line, `x-tierguard: {ignore: ...}` on a service or network, or an `ignore` entry of `.tierguard.yml`) that has no reason (it still suppresses, but is reported), names a rule id that does not exist (with the closest one), or suppresses nothing: no finding of its rule is on its line or the next, about its service, or involving its network. Reported at the comment or the entry.',
    why: 'A suppression accepts a risk on the team’s behalf: without a reason, a reviewer cannot judge it, and the code-scanning alert shows nothing. One with a mistyped rule id silently suppresses nothing; one whose finding was fixed or moved stays behind and would hide the next finding of that rule on that line without review.',
    fix: 'Give the reason after a colon (`# tierguard-ignore flat-network: one network until the split planned for Q3`), correct the rule id (`tierguard rules` lists them), or remove the suppression that no longer applies. These findings cannot themselves be suppressed: change their severity or turn them off in `.tierguard.yml` (`rules: {invalid-suppression: off}`).',
    bad: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks:
      - front # tierguard-ignore host-network: the proxy needs raw sockets
networks:
  front: {}
`,
    good: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks:
      - front
networks:
  front: {}
`
  },
  reportedBy:
    'the suppression pass of `applyConfig` (`src/config/apply-config.ts`), after the rules',
  messages: {
    noRule:
      '`# tierguard-ignore` names no rule, so it suppresses nothing. Write `# tierguard-ignore <rule-id>: <reason>` (`tierguard rules` lists the ids).',
    commentWithoutReason:
      '`# tierguard-ignore {{rules}}` gives no reason. Say why the risk is accepted after a colon (`# tierguard-ignore {{rules}}: <reason>`): reviewers and the code-scanning alert show it.',
    serviceIgnoreWithoutReason:
      'The `x-tierguard` ignore of `{{rule}}` on service `{{service}}` gives no reason. Write it as `ignore: {{{rule}}: <reason>}` or `ignore: [{rule: {{rule}}, reason: <reason>}]`: reviewers and the code-scanning alert show it.',
    networkIgnoreWithoutReason:
      'The `x-tierguard` ignore of `{{rule}}` on network `{{network}}` gives no reason. Write it as `ignore: {{{rule}}: <reason>}`: reviewers and the code-scanning alert show it.',
    unknownRule:
      '{{suppression}} names `{{rule}}`, which is not a tierguard rule (did you mean `{{closest}}`?). As written it suppresses nothing.',
    unknownRuleNoneClose:
      '{{suppression}} names `{{rule}}`, which is not a tierguard rule (`tierguard rules` lists them). As written it suppresses nothing.',
    unused:
      '{{suppression}} suppresses nothing: no `{{rule}}` finding {{scope}}. Remove it, or move it to the finding it is meant for; an ignore left behind would hide a future finding without review.'
  }
})
