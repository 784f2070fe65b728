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
    const fix = reportEnvKey(context, KEY, { message: '' }).range ? asFix(replaceEnvValueEdit(context.env, KEY, clean)) : { noFix: 'value-from-environment' as const };
    const report = (message: string, hint: string): RuleReport => ({ ...reportEnvKey(context, KEY, { message, hint }), ...fix });
    const reports: RuleReport[] = [];
    const raw = value.split(',').map((item) => item.trim());
    if (/^\s*\[/.test(value) || /\]\s*$/.test(value)) {
      reports.push(report(`${KEY} looks like a JSON array: the brackets become part of the first and last model names`, `write a plain list: ${KEY}=${clean}`));
    }
    if (/["'`]/.test(value)) {
      reports.push(report(`${KEY} has quotes inside the list: they become part of the model names`, `remove the quotes around each model: ${KEY}=${clean}`));
    }
    if (value.includes(';')) {
      reports.push(report(`${KEY} uses ';' as a separator: LibreChat splits on commas only, so these are one model name`, `separate models with commas: ${KEY}=${clean}`));
    }
    if (raw.some((item) => /\s/.test(item))) {
      reports.push(report(`${KEY} has a model name containing whitespace or a line break: LibreChat splits on commas only`, `separate models with commas, on one line: ${KEY}=${clean}`));
    }
    if (raw.some((item) => item === '')) {
      reports.push(report(`${KEY} has an empty item (a doubled, leading or trailing comma): LibreChat drops it`, `remove the extra comma: ${KEY}=${clean}`));
    }
    const duplicates = raw.filter((item, index) => item && raw.indexOf(item) !== index);
    for (const name of new Set(duplicates)) {
      reports.push(report(`${KEY} lists '${name}' more than once: it appears twice in the model menu`, `keep one '${name}': ${KEY}=${clean}`));
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
