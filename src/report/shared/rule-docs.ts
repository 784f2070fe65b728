/** Where each rule's documentation page lives (one place, used by every formatter). */
export const RULE_DOCS_BASE = 'https://github.com/lc-doctor/lc-doctor/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}
