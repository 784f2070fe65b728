import type { Diagnostic, Totals } from '../core/diagnostic.js';
import type { RuntimeSummary } from '../config/runtime.js';

export type { RuntimeSummary };

import type { VersionSource } from '../librechat/index.js';
import type { LibreChatVerdict } from './librechat-verdict.js';

/** Bumped whenever the JSON shape of a validate report changes incompatibly. */
export const VALIDATE_REPORT_SCHEMA_VERSION = 1;

/** Everything a formatter needs; plain data, no wording. */
export interface ValidateReport {
  /** What LibreChat will do at start-up with these files (the CI verdict). */
  librechat: LibreChatVerdict;
  /** Which LibreChat line judged the files, and why that one. */
  target: {
    id: string;
    /** The judged LibreChat version (`0.8.3`). */
    librechatVersion: string;
    /** The release whose generated schema judged it (`v0.8.5`: the nearest generated one). */
    schemaRelease: string;
    configVersion: string;
    packageSpec: string;
    reason: VersionSource;
    /** The compose image or checkout version that decided it; `known: false` = judged as the newest. */
    evidence?: { file: string; value: string; known: boolean };
  };
  /** Display paths of the files that were read (`undefined` when absent). */
  files: { config?: string; env?: string };
  /** How LibreChat was assumed to run (Compose or `npm run backend`) and why: some verdicts depend on it. */
  runtime: RuntimeSummary;
  /** Sorted by file, line, column, rule. Every diagnostic has a range. */
  diagnostics: Diagnostic[];
  totals: Totals;
  /** Source text per display path, for code frames. */
  sources: Record<string, string>;
  /** Rules that ran, for SARIF's rule table. */
  rules: { id: string; description: string; defaultSeverity: string }[];
}
