import type { Diagnostic } from '../../core/diagnostic.js';
import type { ValidateFinding } from '../../validate/findings.js';
import { wordCheck } from '../check-models/messages.js';
import { words } from '../i18n/index.js';
import { selectValidateHint, type ValidateHint } from './hint.js';
import type { Worded } from './words.js';

/** A validate finding in the chosen language: its sentence and hint, from the catalog entry of its code. */
export function wordFinding(finding: Pick<Diagnostic, 'code' | 'params'>): Worded {
  const catalog = words().validate;
  const typed = finding as ValidateFinding;
  if (typed.code === 'check-models.check') {
    const worded = wordCheck(typed.params.check);
    return { message: worded.message, ...(worded.fix ? { hint: worded.fix } : {}) };
  }
  const { code, params } = typed;
  const own = (catalog.findings[code] as (p: typeof params) => Worded)(params);
  const selected = selectValidateHint(typed);
  const worded = selected ? { ...own, hint: (catalog.hints[selected.code] as (p: ValidateHint['params']) => string)(selected.params) } : own;
  const processEnvKey = (params as { processEnvKey?: unknown }).processEnvKey;
  return typeof processEnvKey === 'string' ? { ...worded, message: worded.message + catalog.fromProcessEnvironment(processEnvKey) } : worded;
}
