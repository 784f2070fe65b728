import type { DoctorStep } from '../../doctor/run-doctor.js';
/** What a language must say for `lc-doctor doctor` (stylish and markdown); findings use validate's and check-models' words. */
export interface DoctorWords {
  nothingToFix: string;
  /** The progress line on a terminal while one stage runs (`lc-doctor: running validate...`). */
  running(step: DoctorStep): string;
  /** `3 findings (1 error, 2 warnings, 0 infos), judged by LibreChat 0.8.x` */
  summary(t: { total: number; errors: number; warnings: number; infos: number; librechatVersion: string }): string;
  /** `2 endpoints and 5 models will show` */
  shows(s: { endpoints: number; models: number }): string;
  cache: { redis: string; memory: string; error(reason: string): string; notRead: string };
  probe: { ran: string; skipped(reason: string): string; notRun: string };
  /** `endpoint / model: ` before a check-models line, `fix: ` before its fix (`修正：` in Chinese). */
  label(text: string): string;
  /** Joins the summary's parts: `a; b; c`. */
  join(parts: string[]): string;
  markdown: {
    nothing: string;
    totals(t: { errors: number; warnings: number; infos: number; librechatVersion: string }): string;
    columns: string;
    /** The closing line as a sentence (its full stop). */
    sentence(text: string): string;
  };
}
