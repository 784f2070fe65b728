import type { LocatedCheck } from '../../models/report.js';
import type { DecisionStep } from '../../models/types.js';
import type { ModelStep, WhyPlace, WhyReport } from '../../models/why.js';

/**
 * What a language must say for check-models (stylish, markdown and the demo): each check and
 * decision step by its code, where a model came from, and the report's labels.
 */
export interface CheckModelsWords {
  check(check: LocatedCheck): string;
  step(step: DecisionStep | ModelStep): string;
  /** Where a model id came from (`--verbose`, `--why`). */
  origin(kind: string, detail: string): string;
  /** `2 models`, `1 endpoint`: a count with its noun. */
  plural(n: number, word: 'model' | 'endpoint' | 'entry' | 'id' | 'configured model' | 'model id'): string;
  noFiles: string;
  status: { ok: string; warn: string; fail: string };
  fixWhere: { env: string; yaml: string; command: string };
  fixLabel: string;
  hintLabel: string;
  whyTitle(model: string): string;
  whyVerdict: Record<WhyReport['verdict'], string>;
  whyEndpoint(endpoint: string): string;
  nearMisses(list: string): string;
  /** One list an unknown id could go into (`--why`), before its edit. */
  whyPlace(place: WhyPlace): string;
  summary(s: { endpoints: number; models: number }): string;
  counts(s: { ok: number; warn: number; fail: number }): { ok: string; warn: string; fail: string };
  allShow: string;
  someDoNot: string;
  markdownColumns: string;
  /** `check-models --fix`. */
  fix: {
    none: string;
    headline(f: { dryRun: boolean; count: number; files: string; backups: string }): string;
    again: string;
    markdown(dryRun: boolean, list: string): string;
  };
  demo: { intro: string; configCaption: string; onYourOwn: string; stories: Record<string, string> };
}
