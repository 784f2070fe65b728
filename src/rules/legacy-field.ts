import { encodePointer } from '../core/json-pointer.js';
import { compareVersions } from '../librechat/index.js';
import { topLevelKeysTheLineLacks } from '../schema/line-keys.js';
import type { Rule, RuleReport } from './types.js';
import { listCustomEndpoints } from './support.js';

/**
 * Fields v0.7 read on custom endpoints; v0.8 strips them without a word. Each is reported only when
 * its value asked for something v0.8 no longer does: `summarize: false` and `forcePrompt: false` are
 * what v0.8 does anyway (LibreChat's own librechat.example.yaml still carries them), and
 * `summaryModel` only ever mattered beside `summarize: true`.
 */
const LEGACY_FIELDS: Record<string, (entry: Record<string, unknown>) => boolean> = {
  summarize: (entry) => entry.summarize === true,
  summaryModel: (entry) => entry.summarize === true,
  forcePrompt: (entry) => entry.forcePrompt === true,
  customOrder: () => true,
};

export const legacyField: Rule = {
  id: 'legacy-field',
  defaultSeverity: 'warn',
  description: 'A custom endpoint field LibreChat v0.8 still accepts but ignores (summarize, summaryModel, forcePrompt, customOrder).',
  check(context) {
    if (compareVersions(context.target.librechatVersion, '0.8.0') < 0) return [];
    const reports: RuleReport[] = [];
    // v0.8.0-0.8.4 refuse the top-level `summarization` block (0.8.2+ exit on it): never point there.
    const summarization = !topLevelKeysTheLineLacks(context.target.line.id).includes('summarization');
    for (const { index, entry } of listCustomEndpoints(context.config?.value)) {
      for (const key of Object.keys(entry)) {
        if (!Object.hasOwn(LEGACY_FIELDS, key) || !LEGACY_FIELDS[key]!(entry)) continue;
        reports.push({
          file: 'config',
          pointer: encodePointer(['endpoints', 'custom', index, key]),
          target: 'key',
          code: 'legacy-field',
          params: { key, librechatVersion: context.target.librechatVersion, summarization },
        });
      }
    }
    return reports;
  },
};
