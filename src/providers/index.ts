import { UsageError } from '../core/errors.js';
import { lookUpVersion, newestLine, type LibreChatLine } from '../librechat/index.js';
import { chinaPresets } from './presets-cn.js';
import { globalPresets } from './presets-global.js';
import type { ProviderPreset } from './types.js';

export type { ProviderPreset, ProviderNote, ReasoningKey, JsonValue, ThinkingSwitch, ModelsEndpoint, ModelCatalog } from './types.js';

/** Every preset, in the order `lc-doctor providers` lists them. */
export const presets: readonly ProviderPreset[] = [...chinaPresets, ...globalPresets];

/** Looks a preset up by id or alias, case-insensitively. */
export function findPreset(idOrAlias: string): ProviderPreset | undefined {
  const wanted = idOrAlias.trim().toLowerCase();
  return presets.find((p) => p.id === wanted || p.aliases.includes(wanted));
}

export function requirePreset(idOrAlias: string): ProviderPreset {
  const found = findPreset(idOrAlias);
  if (found) return found;
  throw new UsageError({ code: 'provider.unknown', params: { input: idOrAlias, known: presets.map((p) => p.id) } });
}

/** The base URL for a region (the preset's default when none is named). */
export function resolveBaseUrl(preset: ProviderPreset, region: string | undefined): { region: string; baseURL: string } {
  const chosen = (region ?? preset.defaultRegion).toLowerCase();
  const baseURL = preset.regions[chosen];
  if (baseURL === undefined) {
    const known = Object.keys(preset.regions);
    throw new UsageError({ code: 'provider.unknown-region', params: { preset: preset.id, region: String(region), known } });
  }
  return { region: chosen, baseURL };
}

/** Every model id the preset knows. */
export function knownModels(preset: ProviderPreset): string[] {
  return [...preset.models.reasoning, ...preset.models.hybrid, ...preset.models.plain];
}

/** True when the model always thinks (it should never be a title model). */
export function isReasoningModel(preset: ProviderPreset, model: string): boolean {
  return preset.models.reasoning.includes(model);
}

/**
 * How a model of the preset thinks: `always`; `when-asked` (a hybrid that needs the switch's `on`);
 * `unless-off` (a hybrid that thinks until `off` is sent); `never`; `unknown` (not in the preset).
 */
export type ThinkingMode = 'always' | 'when-asked' | 'unless-off' | 'never' | 'unknown';

export function thinkingMode(preset: ProviderPreset, model: string): ThinkingMode {
  if (preset.models.reasoning.includes(model)) return 'always';
  if (preset.models.plain.includes(model)) return 'never';
  if (!preset.models.hybrid.includes(model)) return 'unknown';
  const thinking = preset.thinking;
  if (thinking?.neededByDefault && !(thinking.thinkByDefault ?? []).includes(model)) return 'when-asked';
  return 'unless-off';
}

/** True when one of the models shows reasoning only if the endpoint sends the thinking switch. */
export function needsThinkingSwitch(preset: ProviderPreset, models: readonly string[]): boolean {
  return preset.thinking !== undefined && models.some((model) => thinkingMode(preset, model) === 'when-asked');
}

/** The preset whose host serves this base URL (by host name), if any. */
export function findPresetByBaseUrl(baseURL: string): ProviderPreset | undefined {
  let host: string;
  try {
    host = new URL(baseURL).host.toLowerCase();
  } catch {
    return undefined;
  }
  return presets.find((preset) => Object.values(preset.regions).some((url) => new URL(url).host.toLowerCase() === host));
}

/**
 * Snake_case body names that LibreChat 0.8+ renames in the request config it builds (and
 * matches `dropParams` against); 0.7 matched the request body names.
 */
const CAMEL_CASE_PARAMS: Readonly<Record<string, string>> = {
  top_p: 'topP',
  frequency_penalty: 'frequencyPenalty',
  presence_penalty: 'presencePenalty',
  max_tokens: 'maxTokens',
};

/**
 * `dropParams` spellings for a LibreChat line: 0.7 gets body names only; 0.8+ gets both,
 * because the agents path matches the camelCase names and the UI maps the snake_case ones.
 */
export function dropParamSpellings(params: readonly string[], librechatVersion: string): string[] {
  const modern = (lookUpVersion(librechatVersion)?.line ?? newestLine()).dropParamsCamelCase;
  const out: string[] = [];
  for (const param of params) {
    out.push(param);
    const camel = CAMEL_CASE_PARAMS[param];
    if (modern && camel !== undefined) out.push(camel);
  }
  return out;
}

/**
 * The preset an endpoint talks to: by host, else by an endpoint name that is a preset id or alias,
 * else the one preset whose catalogue holds every configured model (a proxy or a local mock).
 */
export function identifyPreset(endpoint: { baseURL: string; name: string; models: readonly string[] }): ProviderPreset | undefined {
  const byHost = findPresetByBaseUrl(endpoint.baseURL) ?? findPreset(endpoint.name);
  if (byHost || endpoint.models.length === 0) return byHost;
  const holding = presets.filter((preset) => endpoint.models.every((model) => knownModels(preset).includes(model)));
  return holding.length === 1 ? holding[0] : undefined;
}

/**
 * The `customParams` that stop LibreChat sending reasoning back (PR #13921): `includeReasoningHistory`
 * rebuilds `reasoning_content` on every earlier assistant turn and implies `includeReasoningContent`,
 * which replays it between tool calls.
 */
export const REASONING_REPLAY_OFF = { includeReasoningHistory: false, includeReasoningContent: false } as const;

/** What decides whether LibreChat sends an endpoint's reasoning back, and to whom. */
export interface ReplayingEndpoint {
  name: string;
  /** The base URL with `${VAR}` resolved (or as written when it cannot be). */
  baseURL: string;
  models: readonly string[];
  customParams: unknown;
}

/** An option that sends reasoning back: across user turns (history), or between an agent's tool calls (content). */
export type ReplayOption = keyof typeof REASONING_REPLAY_OFF;

/** The options written as `true`, in REASONING_REPLAY_OFF's order: history first, as it implies content. */
function replayingOptions(customParams: unknown): ReplayOption[] {
  if (typeof customParams !== 'object' || customParams === null) return [];
  return (Object.keys(REASONING_REPLAY_OFF) as ReplayOption[]).filter((key) => (customParams as Record<string, unknown>)[key] === true);
}

/**
 * The provider that answers 400 to the reasoning this endpoint sends back, if any, and the options
 * that send it (the widest first): on a line with these options, one of them `true`, and a provider
 * the presets say refuses `reasoning_content` in input messages. With `includeReasoningHistory`
 * every second message of a chat fails; with `includeReasoningContent` alone, an agent's step after
 * a tool call.
 */
export function reasoningReplayRefusedBy(endpoint: ReplayingEndpoint, line: LibreChatLine): { preset: ProviderPreset; options: [ReplayOption, ...ReplayOption[]] } | undefined {
  if (!line.reasoning.reasoningHistoryOption) return undefined;
  const [widest, ...rest] = replayingOptions(endpoint.customParams);
  const preset = widest && identifyPreset(endpoint);
  return widest && preset?.rejectsReplayedReasoning === true ? { preset, options: [widest, ...rest] } : undefined;
}
