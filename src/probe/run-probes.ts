import { performance } from 'node:perf_hooks';
import { lookUpVersion } from '../librechat/index.js';
import type { HttpLimits } from './http.js';
import { DEFAULT_LIBRECHAT_VERSION, reasoningRulesFor } from './librechat-display.js';
import { suggestModelIds } from './near-miss.js';
import { getModelList } from './model-list.js';
import { probeModel, type ModelProbeSettings } from './probe-model.js';
import { buildModelsRequest, modelsUrl } from './request.js';
import type { ModelListResult, ProbeOptions, ProbeProgressEvent, ProbeResult, ProbeTarget } from './types.js';

/** Defaults for every {@link ProbeOptions} field. */
export const PROBE_DEFAULTS = {
  concurrency: 4,
  timeoutMs: 60_000,
  connectTimeoutMs: 10_000,
  stallTimeoutMs: 30_000,
  prompt: 'What is 17 + 25? Think it through, then answer with the number.',
  followUp: 'Now add 1 to it. Answer with the number only.',
} as const;

/**
 * Probes each target's models with at most `concurrency` requests in flight. Every request has
 * its own timeouts, so a dead endpoint only ever costs its own slot.
 */
export async function runProbes(targets: ProbeTarget[], options: ProbeOptions = {}, onProgress?: (event: ProbeProgressEvent) => void): Promise<ProbeResult[]> {
  const settings = settingsFrom(options);
  const jobs: { target: ProbeTarget; model: string }[] = [];
  const requested = options.models ?? [];
  const listedSomewhere = requested.some((model) => targets.some((target) => target.models.includes(model)));
  const chosen = await Promise.all(targets.map((target) => chooseModels(target, options, listedSomewhere)));
  targets.forEach((target, i) => chosen[i]!.forEach((model) => jobs.push({ target, model })));
  return mapWithConcurrency(jobs, options.concurrency ?? PROBE_DEFAULTS.concurrency, async ({ target, model }) => {
    onProgress?.({ type: 'start', endpoint: target.name, model });
    const started = performance.now();
    const result = await probeModel(target, model, settings).catch((error: unknown) => unexpectedFailure(target, model, settings, error));
    onProgress?.({ type: 'done', endpoint: target.name, model, ok: result.ok, ms: performance.now() - started });
    return result;
  });
}

/** `titleEndpoint` exists on the line (v0.7.9+); an unknown line is taken as not having it. */
function lineHasTitleEndpoint(version: string): boolean {
  return lookUpVersion(version)?.line.title.titleEndpoint ?? false;
}

/** A bug in one probe must not sink the others: it becomes that probe's failure. */
function unexpectedFailure(target: ProbeTarget, model: string, settings: ModelProbeSettings, error: unknown): ProbeResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    endpoint: target.name,
    source: target.source,
    model,
    url: target.baseURL,
    ok: false,
    error: { kind: 'network', message },
    timings: { total: 0 },
    display: 'no-reasoning',
    librechatVersion: settings.rules.version,
    verdicts: [{ code: 'stream-broken', severity: 'error', data: { kind: 'network', message } }],
  };
}

function settingsFrom(options: ProbeOptions): ModelProbeSettings {
  const version = options.librechatVersion ?? DEFAULT_LIBRECHAT_VERSION;
  return {
    supportsTitleEndpoint: lineHasTitleEndpoint(version),
    limits: limitsFrom(options),
    environment: options.environment ?? {},
    rules: reasoningRulesFor(options.librechatVersion ?? DEFAULT_LIBRECHAT_VERSION),
    prompt: options.prompt ?? PROBE_DEFAULTS.prompt,
    followUp: PROBE_DEFAULTS.followUp,
    ...(options.maxTokens !== undefined ? { maxTokens: options.maxTokens } : {}),
    turns: options.turns ?? 1,
  };
}

function limitsFrom(options: ProbeOptions): HttpLimits {
  return {
    timeoutMs: options.timeoutMs ?? PROBE_DEFAULTS.timeoutMs,
    connectTimeoutMs: options.connectTimeoutMs ?? PROBE_DEFAULTS.connectTimeoutMs,
    stallTimeoutMs: options.stallTimeoutMs ?? PROBE_DEFAULTS.stallTimeoutMs,
  };
}

/**
 * `--model` ids the endpoint lists; when no selected endpoint lists any of them (a model not yet
 * in the config, or a fetch-only endpoint), every endpoint gets them as asked. `--all-models`:
 * every configured id; otherwise the first configured id, or the first id `/models` returns for
 * fetch-only endpoints.
 */
async function chooseModels(target: ProbeTarget, options: ProbeOptions, listedSomewhere: boolean): Promise<string[]> {
  const requested = options.models ?? [];
  if (requested.length > 0) {
    const listed = requested.filter((m) => target.models.includes(m));
    return listed.length > 0 || listedSomewhere ? listed : requested;
  }
  if (options.allModels && target.models.length > 0) return target.models;
  if (target.models[0]) return [target.models[0]];
  const listing = await listModels(target, options);
  return listing.ids[0] ? [listing.ids[0]] : [];
}

/** `GET {baseURL}/models`: status, ids, configured ids missing from the answer (with near misses). */
export async function listModels(target: ProbeTarget, options: ProbeOptions = {}): Promise<ModelListResult> {
  const answer = await getModelList(buildModelsRequest(target), 'openai', limitsFrom(options), options.environment ?? {});
  const base = { endpoint: target.name, url: modelsUrl(target), ...(answer.status !== undefined ? { status: answer.status } : {}) };
  if (!answer.ok) return { ...base, ok: false, ids: [], missing: [], error: answer.error };
  const missing = target.models.filter((id) => !answer.ids.includes(id)).map((id) => ({ id, suggestions: suggestModelIds(id, answer.ids) }));
  return { ...base, ok: true, ids: answer.ids, missing };
}

/** Runs `work` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapWithConcurrency<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
