import type { Rule, RuleReport } from './types.js';

/** dotenv assigns in file order, so the last line of a key wins. */
export const envDuplicateKey: Rule = {
  id: 'env-duplicate-key',
  defaultSeverity: 'warn',
  description: 'A .env key is set more than once; the last line wins and earlier ones are ignored.',
  check(context) {
    const reports: RuleReport[] = [];
    const { entries } = context.env;
    // One pass for the winning line of each key: a .env of 200k lines stays linear.
    const lastOfKey = new Map(entries.map((entry) => [entry.key, entry]));
    for (const entry of entries) {
      const later = lastOfKey.get(entry.key)!;
      if (later === entry) continue;
      reports.push({
        file: 'env',
        pointer: `/${entry.key}`,
        range: entry.range,
        code: 'env-duplicate-key',
        params: { key: entry.key, laterLine: later.range.line },
      });
    }
    return reports;
  },
};
