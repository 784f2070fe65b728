import type { Autofix } from '../core/text-edit.js';
import type { Deployment } from '../config/load-deployment.js';
import { replaceScalarEdit } from '../config/yaml-edits.js';
import { findEnvLine, replaceEnvValueEdit } from '../env/env-edits.js';
import type { ModelCheck } from './checks.js';
import type { ModelResolution, ResolvedModel } from './types.js';

/** A check-models fix as an edit of one of the two files. */
export interface ModelAutofix extends Autofix {
  file: 'config' | 'env';
}

/**
 * The model fixes that are safe to apply unasked: an id the provider's own `/models` has in
 * another case (`deepseek-ai/DeepSeek-V3.2-exp` for `-Exp`), or as its only near-miss (a swapped
 * letter, a separator, the org prefix; checks.ts counts them in `args.candidates`). Provider ids
 * are case-sensitive, and such a difference has one meaning. The edit is made where the id is
 * written: its `models.default` item, or its place in a built-in's `*_MODELS` list in .env (the
 * provider's list for that comes from method one's `${OPENAI_REVERSE_PROXY}/models`).
 */
export function attachCaseFixes(checks: ModelCheck[], resolution: ModelResolution, deployment: Deployment): void {
  for (const check of checks) {
    if (check.code !== 'model-not-at-provider' && check.code !== 'model-replaced-by-fetch') continue;
    const { suggestion, kind, candidates } = check.args;
    if (typeof suggestion !== 'string' || !check.model || !isUnambiguous(check.model, suggestion, kind, candidates)) continue;
    const model = resolution.endpoints.find((e) => e.name === check.endpoint)?.configured.find((m) => m.id === check.model);
    const autofix = model && modelFix(model, suggestion, deployment);
    if (autofix) check.autofix = autofix;
  }
}

/**
 * Case is always one meaning; another near-miss only when it is the provider's only one, and not
 * the id with characters added or cut at the end (`gpt-4` for `gpt-4o` is another model).
 */
function isUnambiguous(id: string, suggestion: string, kind: unknown, candidates: unknown): boolean {
  if (kind === 'case') return true;
  if (candidates !== 1 || !suggestion) return false;
  const [a, b] = [id.toLowerCase(), suggestion.toLowerCase()];
  return kind !== 'typo' || !(a.startsWith(b) || b.startsWith(a));
}

function modelFix(model: ResolvedModel, suggestion: string, deployment: Deployment): ModelAutofix | undefined {
  const { origin } = model;
  if (origin.kind === 'env-list') return envListFix(origin.variable, model.id, suggestion, deployment);
  if (origin.kind !== 'yaml-list' || !deployment.config) return undefined;
  const list = valueAt(deployment.config.value, origin.pointer);
  const index = Array.isArray(list) ? list.findIndex((item) => item === model.id || (isNamed(item) && item.name === model.id)) : -1;
  if (index < 0) return undefined;
  const pointer = `${origin.pointer}/${index}${typeof (list as unknown[])[index] === 'string' ? '' : '/name'}`;
  const edit = replaceScalarEdit(deployment.config, pointer, suggestion);
  return 'edits' in edit ? { file: 'config', edits: edit.edits } : undefined;
}

/**
 * The id swapped inside its `KEY=a,b` line, spacing kept. Only when LibreChat reads the list from
 * that line: not when the shell or Compose's `environment:` sets the variable instead.
 */
function envListFix(variable: string, id: string, suggestion: string, deployment: Deployment): ModelAutofix | undefined {
  const line = findEnvLine(deployment.env, variable);
  if (!line || deployment.environment[variable] !== deployment.env.values[variable]) return undefined;
  const items = line.inner.split(',');
  const at = items.findIndex((item) => item.trim() === id);
  if (at < 0) return undefined;
  items[at] = items[at]!.replace(id, suggestion);
  const edit = replaceEnvValueEdit(deployment.env, variable, items.join(','));
  return 'edits' in edit ? { file: 'env', edits: edit.edits } : undefined;
}

function isNamed(item: unknown): item is { name: unknown } {
  return typeof item === 'object' && item !== null && 'name' in item;
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of pointer.split('/').slice(1)) node = (node as Record<string, unknown> | undefined)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node;
}
