import type { CheckModelsReport } from '../../models/report.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatStylish, type CheckModelsFormatOptions } from './stylish.js';

/**
 * The one map of check-models output formats. `src/cli/check-models.ts` repeats the keys as
 * `--format` choices (it must not load the formatters at start-up); a test keeps the two equal.
 */
export const checkModelsFormatters = {
  stylish: formatStylish,
  json: formatJson,
  markdown: formatMarkdown,
} satisfies Record<string, (report: CheckModelsReport, options: CheckModelsFormatOptions) => string>;

export type CheckModelsFormat = keyof typeof checkModelsFormatters;
