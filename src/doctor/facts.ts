import type { Diagnostic, Severity } from '../core/diagnostic.js';
import { encodePointer } from '../core/json-pointer.js';
import type { CheckCode } from '../models/checks.js';
import type { LocatedCheck } from '../models/report.js';
import type { ValidateFinding } from '../validate/findings.js';
import type { DoctorStage } from './types.js';

/**
 * The cause behind a finding, named the same way whichever command found it, so one cause is
 * one finding. Validate and check-models see several causes alike: a `${VAR}` that is unset, a
 * custom entry LibreChat drops, a key variable holding `${OTHER}` literally, two entries with one
 * name, `OPENROUTER_API_KEY`. Facts come from codes, typed parameters and pointers only, never
 * from the words (which change with the language).
 */
export interface Fact {
  fact: string;
  stage: DoctorStage;
  severity: Severity;
}

const START_RULES = new Set(['compose-file', 'yaml-syntax', 'schema', 'redis-uri-missing', 'redis-prefix-conflict', 'forced-in-memory-namespaces', 'env-schema']);

export function factOfDiagnostic(d: Diagnostic): Fact {
  const stage: DoctorStage = START_RULES.has(d.ruleId) ? 'start' : d.ruleId.startsWith('env-') ? 'env' : d.ruleId.startsWith('endpoint') ? 'endpoints' : 'config';
  const base = { stage, severity: d.severity };
  const finding = d as Diagnostic & ValidateFinding;
  switch (finding.code) {
    case 'env-undefined-variable':
    case 'env-undefined-variable.user-supplied':
      return { ...base, fact: `variable-unset:${finding.params.variable}` };
    case 'env-file-reference.unset':
    case 'env-file-reference.mounted':
    case 'env-file-reference.node':
      return { ...base, fact: `env-literal-reference:${finding.params.key}` };
    case 'endpoint-dropped':
      return { ...base, fact: `endpoint-dropped:${entryPointer(d.pointer)}` };
    case 'unknown-key.drops-endpoint':
      // `apikey:` for `apiKey:` is the cause check-models reports as the dropped entry.
      return { ...base, stage: 'endpoints', fact: `endpoint-dropped:${entryPointer(d.pointer)}` };
    case 'reasoning-history-refused':
      return { ...base, fact: `reasoning-history-refused:${entryPointer(d.pointer)}` };
    case 'endpoint-duplicate-name.same':
      return { ...base, fact: `endpoint-duplicate-name:${entryPointer(d.pointer)}` };
    case 'env-deprecated-variable.openrouter':
      return { ...base, fact: 'openrouter-api-key' };
  }
  // Each of validate's own findings stays one (two slips in one value are two fixes).
  const at = d.range ? `@${d.range.line}:${d.range.column}` : '';
  return { ...base, fact: `${d.code}:${d.file}#${d.pointer}${at}` };
}

export function factOfCheck(check: LocatedCheck): Fact | undefined {
  const severity: Severity | undefined = check.status === 'fail' ? 'error' : check.status === 'warn' ? 'warn' : undefined;
  if (!severity) return undefined;
  switch (check.code) {
    case 'config-problem':
      return { fact: `${check.args.rule}:${check.location?.file ?? ''}#${check.pointer ?? ''}`, stage: 'start', severity };
    case 'reasoning-history-refused':
      // validate's rule of the same name, found by the same function, in the same entry.
      return { fact: `reasoning-history-refused:${entryPointer(check.pointer ?? '')}`, stage: 'config', severity };
    case 'unresolved-variable':
      return { fact: `variable-unset:${String(check.args.variables[0])}`, stage: 'env', severity };
    case 'env-literal-reference':
      return { fact: `env-literal-reference:${check.args.variable}`, stage: 'env', severity };
    case 'entry-dropped':
      return { fact: `endpoint-dropped:${entryPointer(check.pointer ?? '')}`, stage: 'endpoints', severity };
    case 'entry-duplicate-name':
      return { fact: `endpoint-duplicate-name:${entryPointer(check.pointer ?? '')}`, stage: 'endpoints', severity };
    case 'legacy-openrouter-key':
      return { fact: 'openrouter-api-key', stage: 'env', severity };
    case 'model-not-at-provider':
      return { fact: `model-not-served:${check.endpoint ?? ''}/${check.model ?? ''}`, stage: 'models', severity };
    case 'probe':
      // A 404 for the model is the provider saying what check-models saw in its /models list.
      if (check.args.verdict === 'model-not-found') return { fact: `model-not-served:${check.endpoint ?? ''}/${check.model ?? ''}`, stage: 'models', severity };
      return { fact: `probe:${check.endpoint ?? ''}/${check.model ?? ''}`, stage: 'probe', severity };
  }
  const stage: DoctorStage = check.code.startsWith('cache') ? 'cache' : check.code.startsWith('model') ? 'models' : 'endpoints';
  return { fact: `${check.code}:${check.endpoint ?? ''}/${check.model ?? ''}#${check.pointer ?? ''}`, stage, severity };
}

/**
 * check-models lines that repeat what validate says about the same node, where validate may say
 * it in several findings (one per full-width character): the line joins validate's first finding
 * there that names the same cause and no other line joined yet.
 */
export const REPEATS_VALIDATE: Partial<Record<CheckCode, (d: Diagnostic, check: LocatedCheck) => boolean>> = {
  // check-models repeats validate's config errors; validate words the same spot with a rule's id.
  'config-problem': (d, check) => d.severity === 'error' && d.file === check.location?.file && d.pointer === check.pointer,
  // `a，b` or `a, b` typed as one model id: validate points at the character or the item inside it,
  // or at the `*_MODELS` line in .env the id comes from.
  'model-id-punctuation': (d, check) => {
    if (d.code !== 'fullwidth-punctuation' && d.code !== 'models-default-comma') return false;
    const variable = check.code === 'model-id-punctuation' ? check.args.variable : undefined;
    return typeof variable === 'string' ? d.pointer === encodePointer([variable]) : d.file === check.location?.file && startsWithin(d, check);
  },
};

function startsWithin(d: Diagnostic, check: LocatedCheck): boolean {
  const at = d.range;
  const node = check.location;
  if (!at || !node) return false;
  const afterStart = at.line > node.line || (at.line === node.line && at.column >= node.column);
  const beforeEnd = at.line < node.endLine || (at.line === node.endLine && at.column < node.endColumn);
  return afterStart && beforeEnd;
}

/** `/endpoints/custom/2/models` → `/endpoints/custom/2`: both commands point into the same entry. */
function entryPointer(pointer: string): string {
  return /^\/endpoints\/custom\/\d+/.exec(pointer)?.[0] ?? pointer;
}
