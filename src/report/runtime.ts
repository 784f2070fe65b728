import type { RuntimeSummary } from '../validate/report.js';
import { words } from './i18n/index.js';

/**
 * The one sentence every report uses to say how LibreChat was assumed to run, and why: verdicts
 * such as method one's `${VAR}` in .env depend on it. Worded in `src/report/locales/<language>/validate.ts`.
 */
export function describeRuntimeLine(runtime: RuntimeSummary): string {
  return words().validate.runtimeLine(runtime);
}
