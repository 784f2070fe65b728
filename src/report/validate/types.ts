import type { ValidateReport } from '../../validate/report.js';

export interface FormatOptions {
  color: boolean;
}

/** A formatter turns a report into the full text written to stdout. */
export type Formatter = (report: ValidateReport, options: FormatOptions) => string;
