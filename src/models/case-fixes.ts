import type { Autofix } from '../core/text-edit.js';
import type { Deployment } from '../config/load-deployment.js';
import { replaceScalarEdit } from '../config/yaml-edits.js';
import type { ModelCheck } from './checks.js';
import type { ModelResolution, ResolvedModel } from './types.js';

/** A check-models fix as an edit of one of the two files. */
export interface ModelAutofix extends Autofix {
  file: 'config';
}

/**
 * The one model fix that is safe to apply unasked: an id that differs from the provider's own
 * only in case (`deepseek-ai/DeepSeek-V3.2-exp` for `-Exp`). Provider ids are case-sensitive,
 * and a case-only difference has exactly one meaning. The edit is made where the id is written,
 * its `models.default` item. (A `*_MODELS` list in .env is never compared with the provider's
 * list: LibreChat does not fetch when it is set, and neither does check-models.)
 */
export function attachCaseFixes(checks: ModelCheck[], resolution: ModelResolution, deployment: Deployment): void {
  for (const check of checks) {
    if (check.code !== 'model-not-at-provider' && check.code !== 'model-replaced-by-fetch') continue;
    if (check.args.kind !== 'case' || typeof check.args.suggestion !== 'string' || !check.args.suggestion) continue;
    const model = resolution.endpoints.find((e) => e.name === check.endpoint)?.configured.find((m) => m.id === check.model);
    const autofix = model && caseFix(model, check.args.suggestion, deployment);
    if (autofix) check.autofix = autofix;
  }
}

function caseFix(model: ResolvedModel, suggestion: string, deployment: Deployment): ModelAutofix | undefined {
  const { origin } = model;
  if (origin.kind === 'yaml-list' && deployment.config) {
    const list = valueAt(deployment.config.value, origin.pointer);
    const index = Array.isArray(list) ? list.findIndex((item) => item === model.id || (isNamed(item) && item.name === model.id)) : -1;
    if (index < 0) return undefined;
    const pointer = `${origin.pointer}/${index}${typeof (list as unknown[])[index] === 'string' ? '' : '/name'}`;
    const edit = replaceScalarEdit(deployment.config, pointer, suggestion);
    return 'edits' in edit ? { file: 'config', edits: edit.edits } : undefined;
  }
  return undefined;
}

function isNamed(item: unknown): item is { name: unknown } {
  return typeof item === 'object' && item !== null && 'name' in item;
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of pointer.split('/').slice(1)) node = (node as Record<string, unknown> | undefined)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node;
}
