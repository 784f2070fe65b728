import type { Diagnostic } from '../../core/diagnostic.js';
import type { ValidateFinding } from '../../validate/findings.js';
import { words } from '../i18n/index.js';
import type { Worded } from './words.js';

/** A validate finding in the chosen language: its sentence and hint, from the catalog entry of its code. */
export function wordFinding(finding: Pick<Diagnostic, 'code' | 'params'>): Worded {
  const catalog = words().validate;
  const { code, params } = finding as ValidateFinding;
  const worded = (catalog.findings[code] as (p: typeof params) => Worded)(params);
  const processEnvKey = (params as { processEnvKey?: unknown }).processEnvKey;
  return typeof processEnvKey === 'string' ? { ...worded, message: worded.message + catalog.fromProcessEnvironment(processEnvKey) } : worded;
}
