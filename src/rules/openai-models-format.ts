import type { OpenAIModelsProblem } from '../validate/findings.js';
import type { Rule, RuleReport } from './types.js';
import { toAscii } from '../core/fullwidth.js';
import { replaceEnvValueEdit } from '../env/env-edits.js';
import { asFix, reportEnvKey } from './support.js';

const KEY = 'OPENAI_MODELS';

/** LibreChat reads OPENAI_MODELS with `splitAndTrim`: commas only, no JSON, no quotes. */
export const openaiModelsFormat: Rule = {
  id: 'openai-models-format',
  defaultSeverity: 'warn',
  description: 'OPENAI_MODELS is not a plain comma-separated list (JSON array, quotes, ; or space separators, empty items, duplicates).',
  check(context) {
    const value = context.environment[KEY];
    if (!value) return [];
    const clean = cleanList(value);
    // Only a value written in this .env can be edited here (the process environment wins over it otherwise).
    const inFile = context.env.entries.some((e) => e.key === KEY) && context.env.values[KEY] === value;
    const fix = inFile ? asFix(replaceEnvValueEdit(context.env, KEY, clean)) : { noFix: 'value-from-environment' as const };
    const report = (problem: OpenAIModelsProblem, name?: string): RuleReport => ({ ...reportEnvKey(context, KEY, { code: 'openai-models-format', params: { problem, clean, ...(name !== undefined ? { name } : {}) } }), ...fix });
    const reports: RuleReport[] = [];
    const raw = value.split(',').map((item) => item.trim());
    if (/^\s*\[/.test(value) || /\]\s*$/.test(value)) {
      reports.push(report('json-array'));
    }
    if (/["'`]/.test(value)) {
      reports.push(report('quotes'));
    }
    if (value.includes(';')) {
      reports.push(report('semicolon'));
    }
    if (raw.some((item) => /\s/.test(item))) {
      reports.push(report('whitespace'));
    }
    if (raw.some((item) => item === '')) {
      reports.push(report('empty-item'));
    }
    const duplicates = raw.filter((item, index) => item && raw.indexOf(item) !== index);
    for (const name of new Set(duplicates)) {
      reports.push(report('duplicate', name));
    }
    return reports;
  },
};

/**
 * The list the admin meant: full-width punctuation read as ASCII, brackets and quotes dropped, `;` and blanks read as separators, empty
 * items and repeats removed. Model ids never contain any of these, so the reading is unambiguous.
 */
function cleanList(value: string): string {
  const ids = toAscii(value)
    .replace(/[[\]"'`]/g, '')
    .split(/[,;\s]+/)
    .filter(Boolean);
  return [...new Set(ids)].join(',');
}
