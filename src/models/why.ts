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
  'model-only-at-provider': { model: string; url: string };
  /** `endpoints`: no endpoint knows the id at all; else the near-miss of the endpoint followed. */
  'model-not-listed': { model: string; endpoints?: string[] } & Partial<SuggestionArgs>;
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
}

/** Follows `model` through the resolution and stops where it drops out. */
export function explainModel(resolution: ModelResolution, model: string): WhyReport {
  const endpoint = pickEndpoint(resolution.endpoints, model);
  const nearMisses = collectNearMisses(endpoint ? [endpoint] : resolution.endpoints, model);
  if (!endpoint) {
    const step: ModelStep = { code: 'model-not-listed', outcome: 'stop', args: { model, endpoints: resolution.endpoints.map((e) => e.name) } };
    return finish({ model, verdict: 'not-shown', steps: [step], nearMisses });
  }
  const steps: (DecisionStep | ModelStep)[] = [];
  for (const step of endpoint.steps) {
    steps.push(step);
    if (step.outcome === 'stop') return finish({ model, verdict: 'not-shown', endpoint: endpoint.name, steps, nearMisses });
  }
  const modelStep = judgeModel(endpoint, model, nearMisses);
  steps.push(modelStep);
  const verdict: WhyVerdict = modelStep.outcome === 'stop' ? 'not-shown' : modelStep.outcome === 'warn' ? 'shown-not-served' : 'shown';
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
      fix: best ? replaceFix(endpoint, configured, best.id) : { kind: 'yaml', text: 'models:\n  fetch: false   # keep models.default as written' },
    };
  }
  if (atProvider.includes(model)) return { code: 'model-only-at-provider', outcome: 'stop', args: { model, url: endpoint.providerList?.url ?? endpoint.fetch?.url ?? '' }, fix: addFix(endpoint, model) };
  return { code: 'model-not-listed', outcome: 'stop', args: { model, suggestion: best?.id ?? '', kind: best?.kind ?? '' }, fix: best ? addFix(endpoint, best.id) : addFix(endpoint, model) };
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
  const env = endpoint.configured.find((m) => m.origin.kind === 'env-list')?.origin;
  if (env?.kind === 'env-list') return { kind: 'env', text: `${env.variable}=${ids.join(',')}` };
  if (endpoint.kind === 'builtin') return { kind: 'env', text: `${builtinListVariable(endpoint.name)}=${ids.join(',')}` };
  return { kind: 'yaml', text: `models:\n  default: [${ids.map((id) => JSON.stringify(id)).join(', ')}]` };
}

const LIST_VARIABLES: Record<string, string> = { openAI: 'OPENAI_MODELS', assistants: 'ASSISTANTS_MODELS', anthropic: 'ANTHROPIC_MODELS', google: 'GOOGLE_MODELS', bedrock: 'BEDROCK_AWS_MODELS' };

function builtinListVariable(name: string): string {
  return LIST_VARIABLES[name] ?? `${name.toUpperCase()}_MODELS`;
}
