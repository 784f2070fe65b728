import { UsageError } from '../core/errors.js';
import type { EndpointRequest } from './build-entry.js';

/**
 * What happens to an existing model list, the same for a custom entry's `models.default` and
 * for method one's `OPENAI_MODELS`: `--add-model` appends, `--replace-models` makes `--models`
 * the list, and `--models` alone may only repeat the list it already has (a re-run), because
 * silently replacing or appending would surprise one admin or the other.
 */
export function nextModelList(existing: readonly string[], request: Pick<EndpointRequest, 'models' | 'addModels' | 'replaceModels'>, entry?: string): string[] {
  const { models, addModels, replaceModels } = request;
  if (replaceModels && models === undefined) throw new UsageError({ code: 'add-endpoint.replace-needs-models', params: {} });
  if (existing.length === 0) return [...(models ?? []), ...(addModels ?? [])].filter(unique);
  if (addModels !== undefined) return [...existing, ...(models ?? []), ...addModels].filter(unique);
  if (models === undefined) return [...existing];
  if (replaceModels || sameList(existing, models)) return [...models];
  throw new UsageError({ code: 'add-endpoint.models-listed', params: { ...(entry !== undefined ? { entry } : {}), existing: [...existing], models } });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function unique(id: string, index: number, all: string[]): boolean {
  return all.indexOf(id) === index;
}
