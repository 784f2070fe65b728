import type { CheckModelsReport } from '../../models/report.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatStylish, type CheckModelsFormatOptions } from './stylish.js';

/** The one map of check-models output formats; `--format` choices are its keys. */
export const checkModelsFormatters = {
  stylish: formatStylish,
  json: formatJson,
  markdown: formatMarkdown,
} satisfies Record<string, (report: CheckModelsReport, options: CheckModelsFormatOptions) => string>;

export type CheckModelsFormat = keyof typeof checkModelsFormatters;
export const checkModelsFormatNames = Object.keys(checkModelsFormatters) as CheckModelsFormat[];
