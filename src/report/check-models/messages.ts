import type { LocatedCheck } from '../../models/report.js';
import type { DecisionStep, Fix } from '../../models/types.js';
import type { ModelStep } from '../../models/why.js';
import type { Verdict } from '../../probe/types.js';
import { words } from '../i18n/index.js';
import { verdictHint } from '../probe/words.js';
import type { CheckModelsWords } from './words.js';

/**
 * check-models' sentences in the chosen language (`src/report/locales/<language>/check-models.ts`).
 * Codes and arguments come from the engine; stylish, markdown and the demo share these.
 */
export const describeCheck = (check: LocatedCheck): string => words().checkModels.check(check);
export const describeStep = (step: DecisionStep | ModelStep): string => words().checkModels.step(step);
export const describeOrigin = (kind: string, detail: string): string => words().checkModels.origin(kind, detail);
export const plural = (n: unknown, word: Parameters<CheckModelsWords['plural']>[1]): string => words().checkModels.plural(Number(n), word);

/** A fix as the text to paste: with an entry to add, a YAML comment (in this language) says where it goes. */
export function fixText(fix: Fix): string {
  return fix.addEntry ? `${fix.text}\n# ${words().probe.labels.addEntry}\n${fix.addEntry}` : fix.text;
}

/** The probe's own hint for a failing probe line that has no config fix (refused, stall, 429, 401...). */
export function describeProbeHint(check: Pick<LocatedCheck, 'code' | 'status' | 'args' | 'fix'>): string | undefined {
  if (check.code !== 'probe' || check.status === 'ok' || check.fix || check.args.verdict === 'skipped') return undefined;
  return verdictHint({ code: check.args.verdict, severity: 'info', data: check.args } as unknown as Verdict);
}
