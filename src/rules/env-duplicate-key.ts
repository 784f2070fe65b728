import type { Rule, RuleReport } from './types.js';

/** dotenv assigns in file order, so the last line of a key wins. */
export const envDuplicateKey: Rule = {
  id: 'env-duplicate-key',
  defaultSeverity: 'warn',
  description: 'A .env key is set more than once; the last line wins and earlier ones are ignored.',
  check(context) {
    const reports: RuleReport[] = [];
    const { entries } = context.env;
    entries.forEach((entry, index) => {
      const later = entries.findLast((other, otherIndex) => otherIndex > index && other.key === entry.key);
      if (!later) return;
      reports.push({
        file: 'env',
        pointer: `/${entry.key}`,
        range: entry.range,
        code: 'env-duplicate-key',
        params: { key: entry.key, laterLine: later.range.line },
      });
    });
    return reports;
  },
};
