import { formatClearJson } from './json.js';
import { formatClearStylish } from './stylish.js';

export { CLEAR_REPORT_SCHEMA_VERSION, formatClearJson } from './json.js';
export { MAX_LISTED_LINES, formatClearStylish } from './stylish.js';

/** clear-models-cache's output formats. */
export const clearReportFormats = {
  stylish: formatClearStylish,
  json: formatClearJson,
} as const;
export type ClearReportFormat = keyof typeof clearReportFormats;
