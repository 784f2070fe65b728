import type { NestedFinding, Problem } from '../core/problems.js';
import { openRouterTakesOver } from './version-rules.js';
import type { ModelAutofix } from './case-fixes.js';
import type { EndpointResolution, Fix, ModelResolution, ResolvedModel } from './types.js';
import { hasFullwidth, toAscii } from '../core/fullwidth.js';
import { findNearMisses } from './near-miss.js';
import { providerIds, replaceFix } from './why.js';

export type CheckStatus = 'ok' | 'warn' | 'fail';

/** One line of the doctor report. `code` names the finding; `args` holds its facts for the formatter. */
export interface ModelCheck {
  code: CheckCode;
  status: CheckStatus;
  endpoint?: string;
  model?: string;
  /** JSON pointer into librechat.yaml, when the finding is about a YAML node. */
  pointer?: string;
  args: Record<string, string | number | boolean | string[] | NestedFinding | Problem>;
  fix?: Fix;
  /** The exact edit `check-models --fix` applies (only for a case-only id mismatch). */
  autofix?: ModelAutofix;
}

export type CheckCode =
  | 'config-problem'
  | 'endpoint-ok'
  | 'endpoint-fallback'
  | 'endpoint-hidden'
  | 'endpoint-not-enabled'
  | 'entry-dropped'
  | 'entry-duplicate-name'
  | 'env-list-suspicious'
  | 'unresolved-variable'
  | 'env-literal-reference'
  | 'user-provided-no-fetch'
  | 'model-replaced-by-fetch'
  | 'model-not-at-provider'
  | 'model-id-punctuation'
  | 'legacy-openrouter-key'
  | 'cache-stale'
  | 'cache-fresh'
  | 'cache-in-memory'
  | 'cache-unavailable'
  | 'probe';

/** Turns the resolution into report lines: one per endpoint, plus one per model that will not work. */
export function checkResolution(resolution: ModelResolution, environment: Record<string, string>): ModelCheck[] {
  const checks: ModelCheck[] = [];
  for (const endpoint of resolution.endpoints) checks.push(...checkEndpoint(endpoint));
  if (environment.OPENROUTER_API_KEY) {
    const takeover = openRouterTakesOver(resolution.librechatVersion, environment);
    checks.push({ code: 'legacy-openrouter-key', status: takeover ? 'warn' : 'ok', args: { version: resolution.librechatVersion, takeover }, fix: { kind: 'command', text: "sed -i 's/^OPENROUTER_API_KEY=/OPENROUTER_KEY=/' .env" } });
  }
  return checks;
}

function checkEndpoint(endpoint: EndpointResolution): ModelCheck[] {
  const base = { endpoint: endpoint.name, pointer: endpoint.pointer };
  const stop = endpoint.steps.find((s) => s.outcome === 'stop');
  if (endpoint.status === 'dropped') return [{ ...base, code: 'entry-dropped', status: 'fail', args: { ...stop?.args, models: endpoint.configured.map((m) => m.id) }, fix: stop?.fix }];
  if (endpoint.status === 'hidden') {
    const code = stop?.code === 'endpoint-not-enabled' ? 'endpoint-not-enabled' : 'endpoint-hidden';
    return [{ ...base, code, status: 'fail', args: { ...stop?.args, models: endpoint.configured.length }, fix: stop?.fix }];
  }
  const checks: ModelCheck[] = [endpointLine(endpoint)];
  for (const step of endpoint.steps) {
    if (step.code === 'entry-duplicate-name' || step.code === 'env-list-suspicious' || step.code === 'unresolved-variable' || step.code === 'env-literal-reference') checks.push({ ...base, code: step.code, status: 'warn', args: step.args, fix: step.fix });
    if (step.code === 'user-provided-defaults' && endpoint.kind === 'custom') checks.push({ ...base, code: 'user-provided-no-fetch', status: 'warn', args: step.args });
  }
  checks.push(...checkConfiguredModels(endpoint));
  return checks;
}

function endpointLine(endpoint: EndpointResolution): ModelCheck {
  const base = { endpoint: endpoint.name, pointer: endpoint.pointer };
  const origins = [...new Set(endpoint.models.map((m) => (m.origin.kind === 'fetched' ? `fetched:${m.origin.url}` : m.origin.kind === 'env-list' ? m.origin.variable : m.origin.kind === 'default-list' ? `default:${m.origin.list}` : m.origin.pointer)))];
  if (endpoint.status === 'fallback') {
    const problem = endpoint.steps.find((s) => s.code === 'fetch-failed' || s.code === 'fetch-empty');
    const cause = endpoint.steps.find((s) => s.code === 'fetch-chat-completions-url' || s.code === 'ollama-tags' || s.code === 'fetch-trailing-slash');
    return { ...base, code: 'endpoint-fallback', status: 'warn', args: { count: endpoint.models.length, origins, ...problem?.args, cause: cause?.code ?? '' }, fix: cause?.fix };
  }
  return { ...base, code: 'endpoint-ok', status: 'ok', args: { count: endpoint.models.length, origins } };
}

/** Configured ids that a fetched list replaced, or that the provider does not serve. */
function checkConfiguredModels(endpoint: EndpointResolution): ModelCheck[] {
  const checks: ModelCheck[] = [];
  const shown = new Set(endpoint.models.map((m) => m.id));
  const served = providerIds(endpoint);
  const providerAnswered = Boolean(endpoint.fetch?.ok || endpoint.providerList?.ok);
  for (const model of endpoint.configured) {
    const slip = splitMistypedId(model.id);
    if (slip) {
      // `a，b` is two models typed with a Chinese comma: a near-miss for it would drop one of them.
      checks.push({ endpoint: endpoint.name, model: model.id, pointer: itemPointer(model), code: 'model-id-punctuation', status: 'fail', args: { ids: slip, ...listVariable(model) }, fix: replaceFix(endpoint, model, slip) });
      continue;
    }
    const misses = findNearMisses(model.id, served);
    const best = misses[0];
    const args = { suggestion: best?.id ?? '', kind: best?.kind ?? '', candidates: misses.length };
    const base = { endpoint: endpoint.name, model: model.id, pointer: itemPointer(model) };
    const fix = best ? replaceFix(endpoint, model, best.id) : undefined;
    if (!shown.has(model.id)) checks.push({ ...base, code: 'model-replaced-by-fetch', status: 'fail', args: { ...args, url: endpoint.fetch?.url ?? '' }, fix });
    else if (providerAnswered && !served.includes(model.id)) checks.push({ ...base, code: 'model-not-at-provider', status: 'fail', args, fix });
  }
  return checks;
}

/** The id's own item in librechat.yaml (`/endpoints/custom/0/models/default/1`), so a line points at the id. */
function itemPointer(model: ResolvedModel): string | undefined {
  return model.origin.kind === 'yaml-list' ? `${model.origin.pointer}/${model.origin.index}` : undefined;
}

/** `{ variable: 'OPENAI_MODELS' }` for an id from a `*_MODELS` list in .env. */
function listVariable(model: ResolvedModel): { variable?: string } {
  return model.origin.kind === 'env-list' ? { variable: model.origin.variable } : {};
}

/**
 * The ids an id was meant to be when it holds a comma or full-width punctuation (`a，b`,
 * `“a”`): typed as one id, meant as a list. Undefined for an ordinary id.
 */
export function splitMistypedId(id: string): string[] | undefined {
  if (!id.includes(',') && !hasFullwidth(id)) return undefined;
  const ids = toAscii(id)
    .split(',')
    .map((part) => part.trim().replace(/^["']|["']$/g, ''))
    .filter(Boolean);
  return ids.length > 0 ? ids : undefined;
}
