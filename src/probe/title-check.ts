import { identifyPreset, thinkingMode, type ProviderPreset } from '../providers/index.js';
import { failureTextOf } from './probe-errors.js';
import { buildChatRequest, type ChatMessage } from './request.js';
import { performChatRequest, type RequestContext, type RequestOutcome } from './stream-request.js';
import type { ProbeTarget, Verdict } from './types.js';

/**
 * LibreChat's title request, replayed: not streamed, for `titleModel` (or the conversation's
 * model), built from the settings of `titleEndpoint` when it names another entry, and carrying
 * that entry's addParams (LibreChat turns them into model kwargs, which the title options keep).
 * A failure or a thinking answer becomes a verdict whose fix was itself tried the same way, so
 * what is printed is a setup that answered.
 */
export interface TitleCheckContext extends RequestContext {
  /** The targeted line has `titleEndpoint` (v0.7.9+). */
  supportsTitleEndpoint: boolean;
}

const TITLE_PROMPT: ChatMessage = { role: 'user', content: 'Write a concise title (max 5 words) for a conversation that starts: "What is 17 + 25?"' };
const CURRENT_MODEL = 'current_model';
/** Candidate title models tried before falling back to `titleConvo: false`. */
const MAX_CANDIDATES = 3;

export async function checkTitleCall(target: ProbeTarget, model: string, context: TitleCheckContext): Promise<Verdict[]> {
  if (target.titleConvo !== true) return [];
  const serving = target.titleTarget ?? target;
  const titleModel = target.titleModel && target.titleModel !== CURRENT_MODEL ? target.titleModel : model;
  const outcome = await askTitle(serving, titleModel, serving.addParams, context);
  if (outcome.error) {
    const data = { ...failureTextOf(outcome.error), titleModel, ...(outcome.error.status ? { status: outcome.error.status } : {}) };
    return [{ code: 'non-stream-thinking-rejected', severity: 'warn', data, ...(await findTitleFix(target, serving, titleModel, context)) }];
  }
  if (outcome.observation && outcome.observation.channel !== 'none') {
    return [{ code: 'title-model-thinks', severity: 'warn', data: { titleModel }, ...(await findTitleFix(target, serving, titleModel, context)) }];
  }
  return [];
}

function askTitle(serving: ProbeTarget, model: string, addParams: Record<string, unknown>, context: RequestContext): Promise<RequestOutcome> {
  return performChatRequest(buildChatRequest({ ...serving, addParams }, model, [TITLE_PROMPT], { stream: false }), context);
}

const answersPlainly = (outcome: RequestOutcome) => outcome.error === undefined && outcome.observation?.channel === 'none';

type TitleFix = Pick<Verdict, 'fix' | 'addEntry'>;

/**
 * A title setup that answered without thinking: another title model on the same settings, else
 * a `-titles` entry without the thinking switch (and with its "off" for a hybrid model), else
 * `titleConvo: false`, which always works.
 */
async function findTitleFix(target: ProbeTarget, serving: ProbeTarget, failing: string, context: TitleCheckContext): Promise<TitleFix> {
  const preset = identifyPreset(serving);
  const canAddEntry = context.supportsTitleEndpoint && copyableKey(target) !== undefined;
  for (const candidate of titleCandidates(preset, serving, failing)) {
    const same = candidate === failing ? undefined : await askTitle(serving, candidate, serving.addParams, context);
    if (same && answersPlainly(same)) return { fix: { titleModel: candidate } };
    if (!canAddEntry) continue;
    const params = paramsWithoutThinking(serving.addParams, preset, candidate);
    if (answersPlainly(await askTitle(serving, candidate, params, context))) return titleEntryFix(target, candidate, params);
  }
  return { fix: { titleConvo: false } };
}

/** The preset's title model first, then its plain models, then the endpoint's own. */
function titleCandidates(preset: ProviderPreset | undefined, serving: ProbeTarget, failing: string): string[] {
  const ids = [...(preset ? [preset.titleModel, ...preset.models.plain] : []), failing, ...serving.models];
  const usable = ids.filter((id, i) => id !== '' && ids.indexOf(id) === i && (!preset || thinkingMode(preset, id) !== 'always'));
  return usable.slice(0, MAX_CANDIDATES);
}

/** addParams without any thinking switch; a hybrid title model gets the switch's "off". */
function paramsWithoutThinking(addParams: Record<string, unknown>, preset: ProviderPreset | undefined, model: string): Record<string, unknown> {
  const switchKeys = new Set([...Object.keys(preset?.thinking?.on ?? {}), ...Object.keys(preset?.thinking?.off ?? {}), 'enable_thinking', 'thinking', 'chat_template_kwargs']);
  const kept = Object.fromEntries(Object.entries(addParams).filter(([key]) => !switchKeys.has(key)));
  const mode = preset ? thinkingMode(preset, model) : 'unknown';
  const off = mode === 'when-asked' || mode === 'unless-off' ? preset?.thinking?.off : undefined;
  return { ...kept, ...(off ?? {}) };
}

function titleEntryFix(target: ProbeTarget, model: string, params: Record<string, unknown>): TitleFix {
  const name = `${target.name}-titles`;
  const entry: Record<string, unknown> = {
    name,
    apiKey: copyableKey(target),
    baseURL: target.raw?.baseURL ?? target.baseURL,
    models: { default: [model], fetch: false },
    titleConvo: true,
    titleModel: model,
  };
  if (target.raw?.headers) entry.headers = target.raw.headers;
  if (Object.keys(params).length > 0) entry.addParams = params;
  if (target.dropParams.length > 0) entry.dropParams = target.dropParams;
  return { fix: { titleEndpoint: name, titleModel: model }, addEntry: entry };
}

/** The key as the new entry may spell it: a `${VAR}` reference, or a short placeholder (`ollama`); never a secret. */
function copyableKey(target: ProbeTarget): string | undefined {
  if (target.apiKeyVariable) return `\${${target.apiKeyVariable}}`;
  return target.apiKey.length < 12 ? target.apiKey : undefined;
}
