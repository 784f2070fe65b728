import type { Diagnostic, Severity } from '../core/diagnostic.js';
import type { LocatedCheck } from '../models/report.js';
import type { DoctorStage } from './types.js';

/**
 * The cause behind a finding, named the same way whichever command found it, so one cause is
 * one finding. Validate and check-models see several causes alike: a `${VAR}` that is unset, a
 * custom entry LibreChat drops, a key variable holding `${OTHER}` literally, a config error that
 * makes LibreChat ignore the file.
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
  switch (d.ruleId) {
    case 'env-undefined-variable': {
      const name = (d.params as { variable?: string }).variable;
      if (name) return { ...base, fact: `variable-unset:${name}` };
      break;
    }
    case 'env-file-reference':
      return { ...base, fact: `env-literal-reference:${d.pointer.slice(1)}` };
    case 'endpoint-dropped':
      return { ...base, fact: `endpoint-dropped:${entryPointer(d.pointer)}` };
    case 'unknown-key':
      // `apikey:` for `apiKey:` is the cause check-models reports as the dropped entry.
      if (d.code === 'unknown-key.drops-endpoint') return { ...base, stage: 'endpoints', fact: `endpoint-dropped:${entryPointer(d.pointer)}` };
      break;
  }
  return { ...base, fact: `${d.ruleId}:${d.file}#${d.pointer}` };
}

export function factOfCheck(check: LocatedCheck): Fact | undefined {
  const severity: Severity | undefined = check.status === 'fail' ? 'error' : check.status === 'warn' ? 'warn' : undefined;
  if (!severity) return undefined;
  const a = check.args;
  switch (check.code) {
    case 'config-problem':
      return { fact: `${String(a.rule)}:${check.location?.file ?? ''}#${check.pointer ?? ''}`, stage: 'start', severity };
    case 'reasoning-history-refused':
      // validate's rule of the same name, found by the same function, at the same pointer.
      return { fact: `${check.code}:${check.location?.file ?? ''}#${check.pointer ?? ''}`, stage: 'config', severity };
    case 'unresolved-variable':
      return { fact: `variable-unset:${String((a.variables as string[])[0])}`, stage: 'env', severity };
    case 'env-literal-reference':
      return { fact: `env-literal-reference:${String(a.variable)}`, stage: 'env', severity };
    case 'entry-dropped':
      return { fact: `endpoint-dropped:${entryPointer(check.pointer ?? '')}`, stage: 'endpoints', severity };
    case 'model-not-at-provider':
      return { fact: `model-not-served:${check.endpoint ?? ''}/${check.model ?? ''}`, stage: 'models', severity };
    case 'probe':
      // A 404 for the model is the provider saying what check-models saw in its /models list.
      if (a.verdict === 'model-not-found') return { fact: `model-not-served:${check.endpoint ?? ''}/${check.model ?? ''}`, stage: 'models', severity };
      return { fact: `probe:${check.endpoint ?? ''}/${check.model ?? ''}`, stage: 'probe', severity };
  }
  const stage: DoctorStage = check.code.startsWith('cache') ? 'cache' : check.code.startsWith('model') ? 'models' : 'endpoints';
  return { fact: `${check.code}:${check.endpoint ?? ''}/${check.model ?? ''}#${check.pointer ?? ''}`, stage, severity };
}

/** `/endpoints/custom/2/models` → `/endpoints/custom/2`: both commands point into the same entry. */
function entryPointer(pointer: string): string {
  return /^\/endpoints\/custom\/\d+/.exec(pointer)?.[0] ?? pointer;
}
