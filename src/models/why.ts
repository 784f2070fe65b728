import { staleCacheFor, type CacheView, type StaleEntry } from './cache-compare.js';
import { findNearMisses, type NearMiss, type NearMissKind } from './near-miss.js';
import type { DecisionStep, EndpointResolution, Fix, ModelOrigin, ModelResolution, ResolvedModel, StepOutcome } from './types.js';

/** A near-miss the provider has for an id, and how it differs; `''` for both when there is none. */
export interface SuggestionArgs {
  suggestion: string;
  kind: NearMissKind | '';
}

/** Steps that only `--why` adds: what happened to this one model id, with the facts its sentence needs. */
export interface ModelStepArgs {
  'model-in-list': { model: string; originKind: ModelOrigin['kind']; origin: string };
  'model-not-at-provider': { model: string } & SuggestionArgs;
  'model-replaced-by-fetch': { model: string; url: string; fetched: number } & SuggestionArgs;
  /** `listed`: a misspelling of it in the list, which the fix corrects; `fetch`: a custom endpoint that does not fetch. */
  'model-only-at-provider': { model: string; url: string; listed: string; fetch: boolean };
  /**
   * In no list of the endpoint followed: the provider's near-miss, whether that one already shows,
   * whether the provider answered, and where the id would go (`WhyPlace` without its fix).
   */
  'model-not-listed': { model: string; shown: boolean; providerAnswered: boolean } & SuggestionArgs & Omit<WhyPlace, 'endpoint' | 'fix'>;
  /** In the list the files give, but LibreChat's cache holds an older list without it. */
  'model-cache-stale': { model: string } & StaleEntry;
  /** No endpoint lists it, nor anything like it: `lists`, where it could go (the report's `places`). */
  'model-in-no-endpoint': { model: string; endpoints: string[]; lists: string[] };
}

export type ModelStepCode = keyof ModelStepArgs;

export type ModelStep = { [C in ModelStepCode]: { code: C; outcome: StepOutcome; args: ModelStepArgs[C]; fix?: Fix } }[ModelStepCode];

export type WhyVerdict = 'shown' | 'shown-not-served' | 'not-shown';

/** The answer to "why does (or doesn't) model X show?" for one endpoint. */
export interface WhyReport {
  model: string;
  verdict: WhyVerdict;
  /** The endpoint the explanation follows; absent when no endpoint knows the id at all. */
  endpoint?: string;
  /** LibreChat's path up to the step where the model drops out (last step), then the model step. */
  steps: (DecisionStep | ModelStep)[];
  nearMisses: (NearMiss & { endpoint: string; source: 'list' | 'provider' })[];
  fix?: Fix;
  /** For an id no endpoint knows: each list it could go into, with the edit. */
  places?: WhyPlace[];
}

/** One list a model id could be added to. */
export interface WhyPlace {
  endpoint: string;
  /** The variable (`OPENAI_MODELS`) or `models.default`. */
  list: string;
  /** The variable replaces what shows today whole, so its line lists every model wanted. */
  replaces: boolean;
  /** Models the endpoint shows today. */
  count: number;
  /** A custom endpoint whose fetched list replaces `models.default`. */
  fetched: boolean;
  /** A custom endpoint that does not fetch: `fetch: true` shows whatever the provider serves. */
  fetchable: boolean;
  fix: Fix;
}

/** What `--why` needs to know of LibreChat's model cache, when check-models read it. */
export interface WhyCache {
  view: CacheView;
  clear: Fix;
}

/** Follows `model` through the resolution (and the cache, when read) and stops where it drops out. */
export function explainModel(resolution: ModelResolution, model: string, cache?: WhyCache): WhyReport {
  const endpoint = pickEndpoint(resolution.endpoints, model);
  const nearMisses = collectNearMisses(endpoint ? [endpoint] : resolution.endpoints, model);
  if (!endpoint) {
    const places = placesFor(resolution.endpoints, model);
    const step: ModelStep = { code: 'model-in-no-endpoint', outcome: 'stop', args: { model, endpoints: resolution.endpoints.map((e) => e.name), lists: places.map((p) => p.list) } };
    return finish({ model, verdict: 'not-shown', steps: [step], nearMisses, places });
  }
  const steps: (DecisionStep | ModelStep)[] = [];
  for (const step of endpoint.steps) {
    steps.push(step);
    if (step.outcome === 'stop') return finish({ model, verdict: 'not-shown', endpoint: endpoint.name, steps, nearMisses });
  }
  const modelStep = judgeModel(endpoint, model, nearMisses);
  steps.push(modelStep);
  const stale = modelStep.outcome === 'stop' || !cache ? undefined : staleCacheFor(endpoint, cache.view, model);
  // LibreChat serves the cached list, not the one the files give: the model waits for a clear.
  if (stale) steps.push({ code: 'model-cache-stale', outcome: 'stop', args: { model, ...stale }, fix: cache!.clear });
  const verdict: WhyVerdict = modelStep.outcome === 'stop' || stale ? 'not-shown' : modelStep.outcome === 'warn' ? 'shown-not-served' : 'shown';
  return finish({ model, verdict, endpoint: endpoint.name, steps, nearMisses });
}

/** The fix is the one at the step that decided the verdict. */
function finish(report: WhyReport): WhyReport {
  // The id is in the list as typed: similar ids (gpt-4 for gpt-4o) are noise, not a cause.
  if (report.verdict === 'shown') return { ...report, nearMisses: [] };
  const decisive = [...report.steps].reverse().find((step) => step.outcome === 'stop' || step.outcome === 'warn');
  return decisive?.fix ? { ...report, fix: decisive.fix } : report;
}

/** Shown somewhere wins; then where the admin configured it; then where the provider has it; then a near-miss. */
function pickEndpoint(endpoints: EndpointResolution[], model: string): EndpointResolution | undefined {
  const has = (list: ResolvedModel[] | string[]) => list.some((m) => (typeof m === 'string' ? m : m.id) === model);
  return (
    endpoints.find((e) => has(e.models) && (e.status === 'shown' || e.status === 'fallback')) ??
    endpoints.find((e) => has(e.configured) || has(e.models)) ??
    endpoints.find((e) => has(providerIds(e))) ??
    endpoints.find((e) => findNearMisses(model, allIds(e)).length > 0) ??
    // One endpoint in view (or --endpoint): its path is the answer even for an unknown id.
    (endpoints.length === 1 ? endpoints[0] : undefined)
  );
}

function judgeModel(endpoint: EndpointResolution, model: string, nearMisses: WhyReport['nearMisses']): ModelStep {
  const shown = endpoint.models.find((m) => m.id === model);
  const atProvider = providerIds(endpoint);
  const best = nearMisses[0];
  const providerAnswered = endpoint.fetch?.ok || endpoint.providerList?.ok;
  if (shown) {
    if (providerAnswered && !atProvider.includes(model)) {
      return { code: 'model-not-at-provider', outcome: 'warn', args: { model, suggestion: best?.id ?? '', kind: best?.kind ?? '' }, fix: best ? replaceFix(endpoint, shown, best.id) : undefined };
    }
    return { code: 'model-in-list', outcome: 'pass', args: { model, ...originArgs(shown) } };
  }
  const configured = endpoint.configured.find((m) => m.id === model);
  if (configured) {
    return {
      code: 'model-replaced-by-fetch',
      outcome: 'stop',
      args: { model, url: endpoint.fetch?.url ?? '', fetched: endpoint.models.length, suggestion: best?.id ?? '', kind: best?.kind ?? '' },
      fix: best ? replaceFix(endpoint, configured, best.id) : { kind: 'yaml', text: 'models:\n  fetch: false', note: 'keep-models-default' },
    };
  }
  // A wrong spelling of this id already in the list: the fix corrects it rather than adding a second one.
  const misspelt = nearMisses.find((miss) => miss.source === 'list' && endpoint.configured.some((m) => m.id === miss.id));
  if (atProvider.includes(model)) {
    const fix = misspelt ? replaceFix(endpoint, endpoint.configured.find((m) => m.id === misspelt.id)!, model) : addFix(endpoint, model);
    return { code: 'model-only-at-provider', outcome: 'stop', args: { model, url: endpoint.providerList?.url ?? endpoint.fetch?.url ?? '', listed: misspelt?.id ?? '', fetch: endpoint.kind === 'custom' && !endpoint.fetch }, fix };
  }
  return notListed(endpoint, model, nearMisses);
}

/**
 * In no list of this endpoint. Suggestions come only from the provider's own list (the configured
 * list is what is wrong); where the id could go is said with the edit that puts it there.
 */
function notListed(endpoint: EndpointResolution, model: string, nearMisses: WhyReport['nearMisses']): ModelStep {
  const served = nearMisses.find((miss) => miss.source === 'provider');
  const shown = endpoint.models.some((m) => m.id === served?.id);
  const { fix, ...place } = describePlace(endpoint, served?.id ?? model);
  const providerAnswered = providerIds(endpoint).length > 0;
  const args: ModelStepArgs['model-not-listed'] = { model, suggestion: served?.id ?? '', kind: served?.kind ?? '', shown, providerAnswered, ...place };
  // The provider's spelling already shows (the question had the typo), or the provider serves
  // nothing like it (an added id would show and fail): there is no edit to offer.
  if (shown || (providerAnswered && !served)) return { code: 'model-not-listed', outcome: 'stop', args };
  return { code: 'model-not-listed', outcome: 'stop', args, fix };
}

/** Where a new id would go on this endpoint, what adding it there means, and the edit. */
function describePlace(endpoint: EndpointResolution, model: string): Omit<WhyPlace, 'endpoint'> {
  const variable = listVariable(endpoint);
  return {
    list: variable ?? 'models.default',
    // A built-in without its own *_MODELS list: the variable replaces the defaults (or the fetch) whole.
    replaces: endpoint.kind === 'builtin' && endpoint.configured.length === 0,
    count: endpoint.models.length,
    fetched: endpoint.kind === 'custom' && Boolean(endpoint.fetch?.ok),
    fetchable: endpoint.kind === 'custom' && !endpoint.fetch,
    fix: addFix(endpoint, model),
  };
}

/** Every list the id could go into, when no endpoint knows it (and the one edit for each). */
function placesFor(endpoints: EndpointResolution[], model: string): WhyPlace[] {
  return endpoints
    .filter((e) => e.status === 'shown' || e.status === 'fallback')
    .filter((e) => !(e.kind === 'custom' && e.fetch?.ok))
    .map((e) => ({ endpoint: e.name, ...describePlace(e, model) }));
}

function collectNearMisses(endpoints: EndpointResolution[], model: string): WhyReport['nearMisses'] {
  const out: WhyReport['nearMisses'] = [];
  for (const endpoint of endpoints) {
    const listed = new Set([...endpoint.models, ...endpoint.configured].map((m) => m.id));
    for (const miss of findNearMisses(model, providerIds(endpoint))) out.push({ ...miss, endpoint: endpoint.name, source: 'provider' });
    for (const miss of findNearMisses(model, listed)) if (!out.some((o) => o.id === miss.id)) out.push({ ...miss, endpoint: endpoint.name, source: 'list' });
  }
  return out;
}

/** Ids the provider itself reported (LibreChat's fetch or lc-doctor's look-up). */
export function providerIds(endpoint: EndpointResolution): string[] {
  const ids: string[] = [];
  if (endpoint.fetch?.ok) ids.push(...endpoint.fetch.ids);
  if (endpoint.providerList?.ok) ids.push(...endpoint.providerList.ids);
  return ids;
}

function allIds(endpoint: EndpointResolution): string[] {
  return [...endpoint.models.map((m) => m.id), ...endpoint.configured.map((m) => m.id), ...providerIds(endpoint)];
}

/** The origin as flat step arguments (`originKind` + `origin`); formatters word it. */
function originArgs(model: ResolvedModel): { originKind: ModelOrigin['kind']; origin: string } {
  return { originKind: model.origin.kind, origin: originDetail(model.origin) };
}

/** The one fact that goes with each origin kind: list name, variable, pointer or URL. */
export function originDetail(o: ModelOrigin): string {
  return o.kind === 'default-list' ? o.list : o.kind === 'env-list' ? o.variable : o.kind === 'yaml-list' ? o.pointer : o.url;
}

/** A fix in the file that holds the list: the env line, or the YAML list with the id replaced. */
export function replaceFix(endpoint: EndpointResolution, model: ResolvedModel, replacement: string | string[]): Fix {
  const ids = endpoint.configured.flatMap((m) => (m.id === model.id ? replacement : [m.id]));
  return listFix(endpoint, ids);
}

export function addFix(endpoint: EndpointResolution, model: string): Fix {
  // A built-in's *_MODELS replaces its whole list: keep what shows today and add the model.
  const base = endpoint.configured.length > 0 || endpoint.kind === 'custom' ? endpoint.configured : endpoint.models;
  const ids = base.map((m) => m.id);
  if (!ids.includes(model)) ids.push(model);
  return listFix(endpoint, ids);
}

function listFix(endpoint: EndpointResolution, ids: string[]): Fix {
  const variable = listVariable(endpoint);
  if (variable) return { kind: 'env', text: `${variable}=${ids.join(',')}` };
  return { kind: 'yaml', text: `models:\n  default: [${ids.map((id) => JSON.stringify(id)).join(', ')}]` };
}

/** The environment variable that holds this endpoint's list; undefined for a YAML list. */
function listVariable(endpoint: EndpointResolution): string | undefined {
  const env = endpoint.configured.find((m) => m.origin.kind === 'env-list')?.origin;
  if (env?.kind === 'env-list') return env.variable;
  return endpoint.kind === 'builtin' ? builtinListVariable(endpoint.name) : undefined;
}

const LIST_VARIABLES: Record<string, string> = { openAI: 'OPENAI_MODELS', assistants: 'ASSISTANTS_MODELS', anthropic: 'ANTHROPIC_MODELS', google: 'GOOGLE_MODELS', bedrock: 'BEDROCK_AWS_MODELS' };

function builtinListVariable(name: string): string {
  return LIST_VARIABLES[name] ?? `${name.toUpperCase()}_MODELS`;
}
