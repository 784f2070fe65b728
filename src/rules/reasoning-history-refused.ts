import type { LoadedYaml } from '../config/load-yaml.js';
import { replaceBooleanEdit, type YamlEdit } from '../config/yaml-edits.js';
import { interpolate } from '../env/interpolate.js';
import type { LibreChatLine } from '../librechat/index.js';
import { reasoningReplayRefusedBy, type ProviderPreset, type ReplayOption } from '../providers/index.js';
import type { Rule } from './types.js';
import { asFix, isRecord, listCustomEndpoints, listModelNames } from './support.js';

/** A custom endpoint that sends reasoning back to a provider that answers 400 to it. */
export interface ReasoningReplayRefusal {
  endpoint: string;
  /** Pointer of the widest option set to `true` (the first of `options`). */
  pointer: string;
  /** Every option written as `true`, the widest first: the fix turns them all off. */
  options: [ReplayOption, ...ReplayOption[]];
  preset: ProviderPreset;
  /** The edit that turns the replay off (both options that send reasoning back, where written as `true`). */
  fix: YamlEdit;
}

/**
 * The one place validate and check-models (and so doctor) decide this, from the preset's fact
 * (`rejectsReplayedReasoning`, the same fact the mock provider plays for `probe --turns 2`) and the
 * line's `reasoningHistoryOption`. The provider is found as everywhere else: by the resolved
 * baseURL's host, else the endpoint's name, else its models.
 */
export function findReasoningReplayRefusals(loaded: LoadedYaml | undefined, environment: Record<string, string>, line: LibreChatLine): ReasoningReplayRefusal[] {
  const refusals: ReasoningReplayRefusal[] = [];
  for (const { pointer, entry } of listCustomEndpoints(loaded?.value)) {
    const models = isRecord(entry.models) ? listModelNames(entry.models.default) : [];
    const replaying = {
      name: typeof entry.name === 'string' ? entry.name : '',
      baseURL: typeof entry.baseURL === 'string' ? interpolate(entry.baseURL, environment).value : '',
      models,
      customParams: entry.customParams,
    };
    const refused = reasoningReplayRefusedBy(replaying, line);
    if (!refused || !loaded) continue;
    const { preset, options } = refused;
    refusals.push({ endpoint: replaying.name, pointer: `${pointer}/customParams/${options[0]}`, options, preset, fix: replayOffEdit(loaded, `${pointer}/customParams`, options) });
  }
  return refusals;
}

function replayOffEdit(loaded: LoadedYaml, pointer: string, options: ReplayOption[]): YamlEdit {
  const edits = [];
  for (const key of options) {
    const edit = replaceBooleanEdit(loaded, `${pointer}/${key}`, false);
    if ('noFix' in edit) return edit;
    edits.push(...edit.edits);
  }
  return { edits };
}

export const reasoningHistoryRefused: Rule = {
  id: 'reasoning-history-refused',
  defaultSeverity: 'warn',
  description: 'includeReasoningHistory or includeReasoningContent sends reasoning back to a provider that answers 400 to it: later messages, or an agent\'s steps after a tool call, fail.',
  check(context) {
    return findReasoningReplayRefusals(context.config, context.environment, context.target.line).map((refusal) => ({
      file: 'config' as const,
      pointer: refusal.pointer,
      target: 'value' as const,
      code: 'reasoning-history-refused' as const,
      params: { endpoint: refusal.endpoint, provider: refusal.preset.label, option: refusal.options[0] },
      ...asFix(refusal.fix),
    }));
  },
};
