import type { NestedFinding, Problem } from '../core/problems.js';
import { openRouterTakesOver } from './version-rules.js';
import type { ReplayOption } from '../providers/index.js';
import type { ModelAutofix } from './case-fixes.js';
import type { AllowListArgs, DefaultListArgs, EndpointResolution, FetchDetail, FetchFailure, Fix, ModelResolution, ResolvedModel, StepArgs, StepCode } from './types.js';
import type { ReasoningDisplay, SkippedTarget, VerdictCode, VerdictData } from '../probe/types.js';
import { hasFullwidth, toAscii } from '../core/fullwidth.js';
import { findNearMisses } from './near-miss.js';
import { providerIds, replaceFix, type SuggestionArgs } from './why.js';

export type CheckStatus = 'ok' | 'warn' | 'fail';

/** One line of the check-models report: its code, status and facts (`args`), and a fix. */
export type ModelCheck = { [C in CheckCode]: CheckLine<C> }[CheckCode];

interface CheckLine<C extends CheckCode> {
  code: C;
  status: CheckStatus;
  endpoint?: string;
  model?: string;
  /** JSON pointer into librechat.yaml, when the finding is about a YAML node. */
  pointer?: string;
  args: CheckArgs[C];
  fix?: Fix;
  /** The exact edit `check-models --fix` applies (only for a case-only id mismatch). */
  autofix?: ModelAutofix;
}

/**
 * The facts each report line carries for its sentence (`src/report/locales/<language>/check-models.ts`
 * words each code; the compiler checks every language has every one). Lines that report a
 * decision step carry that step's facts.
 */
export interface CheckArgs {
  /** A validate finding that makes LibreChat refuse the file; `first` carries the consequence, said once. */
  'config-problem': { rule: string; finding: NestedFinding; first: boolean };
  'endpoint-ok': { count: number; origins: string[] };
  /** The fetch failed (`reason`...) or came back empty; `cause`, the step that explains why, if any. */
  'endpoint-fallback': { count: number; origins: string[]; cause: StepCode | ''; url?: string; reason?: FetchFailure; status?: number; message?: string; detail?: FetchDetail };
  'endpoint-hidden': AllowListArgs & { models: number };
  'endpoint-not-enabled': StepArgs['endpoint-not-enabled'] & { models: number };
  'entry-dropped': StepArgs['entry-missing-field'] & { models: string[] };
  'entry-duplicate-name': StepArgs['entry-duplicate-name'];
  'env-list-suspicious': StepArgs['env-list-suspicious'];
  'unresolved-variable': StepArgs['unresolved-variable'];
  'env-literal-reference': StepArgs['env-literal-reference'];
  'user-provided-no-fetch': DefaultListArgs;
  /** `candidates`: how many near-misses the provider has (one alone is a safe --fix). */
  'model-replaced-by-fetch': SuggestionArgs & { url: string; candidates: number };
  'model-not-at-provider': SuggestionArgs & { candidates: number };
  /** `variable`: the `*_MODELS` variable the id comes from, when it is not a YAML list item. */
  'model-id-punctuation': { ids: string[]; variable?: string };
  'legacy-openrouter-key': { version: string; takeover: boolean };
  /** validate's `reasoning-history-refused`: the entry sends reasoning back to a `provider` that answers 400 to it. */
  /** `option`: the widest one that sends reasoning back; `options`: every one written as `true`. */
  'reasoning-history-refused': { provider: string; option: ReplayOption; options: ReplayOption[] };
  'cache-stale': {
    key: string;
    cached: number;
    resolved: number;
    entry: 'MODELS_CONFIG' | 'MODEL_QUERIES';
    missing: string[];
    /** The cached MODELS_CONFIG has no list for this endpoint. */
    absent?: boolean;
    /** Seconds until the entry expires by itself (a 0.8.5+ MODEL_QUERIES fetch). */
    expiresIn?: number;
  };
  'cache-fresh': { lists: number; queries: number };
  'cache-in-memory': Record<string, never>;
  /** A failure lc-doctor words (`problem`), or another error's own text. */
  'cache-unavailable': { problem: Problem } | { message: string };
  probe: ProbedArgs | SkippedProbeArgs;
}

/** A probed model: how LibreChat shows it, its timings, and every verdict's code. */
export interface ProbedFacts {
  verdicts: VerdictCode[];
  display: ReasoningDisplay;
  version: string;
  /** -1 when none arrived. */
  firstReasoningMs: number;
  firstAnswerMs: number;
  totalMs: number;
}

/** A probed model's line: its main verdict (`verdict`) with that verdict's own facts, flat, beside {@link ProbedFacts}. */
export type ProbedArgs = { [C in VerdictCode]: ProbedFacts & { verdict: C } & VerdictData[C] }[VerdictCode];

/** An endpoint the probe did not call, and why. */
export interface SkippedProbeArgs {
  verdict: 'skipped';
  reason: SkippedTarget['reason'];
  field: string;
  variables: string[];
}

export type CheckCode = keyof CheckArgs;

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

/** Steps that are report lines of their own, with the step's facts as they are (`CheckArgs` declares them so). */
const STEPS_REPORTED_AS_IS: ReadonlySet<StepCode> = new Set(['entry-duplicate-name', 'env-list-suspicious', 'unresolved-variable', 'env-literal-reference'] satisfies (StepCode & CheckCode)[]);

function checkEndpoint(endpoint: EndpointResolution): ModelCheck[] {
  const base = { endpoint: endpoint.name, pointer: endpoint.pointer };
  if (endpoint.status === 'dropped' || endpoint.status === 'hidden') return [unavailableLine(endpoint)];
  const checks: ModelCheck[] = [endpointLine(endpoint)];
  for (const step of endpoint.steps) {
    if (STEPS_REPORTED_AS_IS.has(step.code)) checks.push({ ...base, code: step.code, status: 'warn', args: step.args, fix: step.fix } as ModelCheck);
    if (step.code === 'user-provided-defaults' && endpoint.kind === 'custom') checks.push({ ...base, code: 'user-provided-no-fetch', status: 'warn', args: step.args });
  }
  checks.push(...checkConfiguredModels(endpoint));
  return checks;
}

/** The one line of an endpoint LibreChat drops or hides: what stopped it, with that step's facts. */
function unavailableLine(endpoint: EndpointResolution): ModelCheck {
  const base = { endpoint: endpoint.name, pointer: endpoint.pointer, status: 'fail' as const };
  const stop = endpoint.steps.find((s) => s.outcome === 'stop');
  const fix = stop?.fix;
  if (stop?.code === 'entry-missing-field') return { ...base, code: 'entry-dropped', args: { ...stop.args, models: endpoint.configured.map((m) => m.id) }, fix };
  if (stop?.code === 'endpoint-not-enabled') return { ...base, code: 'endpoint-not-enabled', args: { ...stop.args, models: endpoint.configured.length }, fix };
  const allowList = stop?.code === 'endpoints-allow-list' || stop?.code === 'endpoints-allow-list-case' ? stop.args : { endpoint: endpoint.name, listed: false };
  return { ...base, code: 'endpoint-hidden', args: { ...allowList, models: endpoint.configured.length }, fix };
}

function endpointLine(endpoint: EndpointResolution): ModelCheck {
  const base = { endpoint: endpoint.name, pointer: endpoint.pointer };
  const origins = [...new Set(endpoint.models.map((m) => (m.origin.kind === 'fetched' ? `fetched:${m.origin.url}` : m.origin.kind === 'env-list' ? m.origin.variable : m.origin.kind === 'default-list' ? `default:${m.origin.list}` : m.origin.pointer)))];
  if (endpoint.status === 'fallback') {
    const problem = endpoint.steps.find((s) => s.code === 'fetch-failed' || s.code === 'fetch-empty');
    const cause = endpoint.steps.find((s) => s.code === 'fetch-chat-completions-url' || s.code === 'ollama-tags' || s.code === 'fetch-trailing-slash');
    const failure = problem?.code === 'fetch-failed' || problem?.code === 'fetch-empty' ? problem.args : {};
    return { ...base, code: 'endpoint-fallback', status: 'warn', args: { count: endpoint.models.length, origins, ...failure, cause: cause?.code ?? '' }, fix: cause?.fix };
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
    const args: SuggestionArgs & { candidates: number } = { suggestion: best?.id ?? '', kind: best?.kind ?? '', candidates: misses.length };
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
