import { thinkingMode, type JsonValue, type ProviderPreset } from '../providers/index.js';
import type { Notice } from './build-entry.js';
import type { EndpointTarget } from './endpoint-target.js';
import type { EntryValue } from './yaml-entry.js';

/**
 * Titles for an endpoint whose addParams turn thinking on, at a provider that rejects thinking
 * on non-streaming calls (Bailian, ModelScope). LibreChat's title call is non-streaming and
 * carries the endpoint's addParams (they become the client's modelKwargs, which the title
 * options keep), so with the thinking switch on every title is a 400. `titleEndpoint` makes
 * LibreChat build the title request from another entry's settings: a second entry with the same
 * host and key, the title model, and no thinking switch (or the switch's `off` for a hybrid
 * title model, as Bailian asks of non-streaming calls). Lines without `titleEndpoint` (v0.7.5-v0.7.8)
 * get `titleConvo: false` instead.
 */
export interface TitleSetup {
  /** Fields set on the main entry. */
  main: EntryValue;
  /** The second entry, when the line has `titleEndpoint`. */
  titleEntry?: EntryValue;
}

/** The name of the entry that serves titles for `name`. */
export function titleEntryName(name: string): string {
  return `${name}-titles`;
}

/** True when the entry's addParams will make the provider reject LibreChat's title calls. */
export function titlesNeedOwnEntry(preset: ProviderPreset, addParams: Record<string, JsonValue> | undefined): boolean {
  const thinking = preset.thinking;
  if (!thinking?.rejectedWithoutStreaming || !addParams) return false;
  return Object.entries(thinking.on).every(([key, value]) => JSON.stringify(addParams[key]) === JSON.stringify(value));
}

export function buildTitleSetup(preset: ProviderPreset, main: EntryValue, target: EndpointTarget, notices: Notice[]): TitleSetup {
  const titleModel = String(main.titleModel);
  if (!target.titleEndpoint) {
    notices.push({
      code: 'titles-off',
      message: `LibreChat ${target.librechatVersion} sends addParams with every title request and has no titleEndpoint, and ${preset.label} rejects thinking outside a stream: titles are turned off (titleConvo: false)`,
    });
    return { main: { titleConvo: false } };
  }
  const name = titleEntryName(String(main.name));
  const titleEntry: EntryValue = {
    name,
    apiKey: main.apiKey,
    baseURL: main.baseURL,
    models: { default: [titleModel], fetch: false },
    titleConvo: true,
    titleModel,
    modelDisplayLabel: `${String(main.modelDisplayLabel)} (titles)`,
  };
  const mode = thinkingMode(preset, titleModel);
  // A hybrid title model is told not to think; a plain one gets no switch (some providers 400 on it).
  if ((mode === 'when-asked' || mode === 'unless-off') && preset.thinking?.off) titleEntry.addParams = { ...preset.thinking.off };
  if (main.dropParams !== undefined) titleEntry.dropParams = main.dropParams;
  notices.push({
    code: 'titles-own-entry',
    message: `${preset.label} rejects thinking on non-streaming calls, and LibreChat's title request is one that carries addParams: titles go through "${name}" (titleEndpoint), which asks ${titleModel} without the thinking switch`,
  });
  return { main: { titleEndpoint: name }, titleEntry };
}
