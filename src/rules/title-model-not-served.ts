import { encodePointer } from '../core/json-pointer.js';
import { findPresetByBaseUrl, knownModels } from '../providers/index.js';
import type { Rule, RuleReport } from './types.js';
import { isRecord, listCustomEndpoints, listModelNames } from './support.js';

/** `Constants.CURRENT_MODEL`: use the conversation's own model for titles. */
const CURRENT_MODEL = 'current_model';

type Entry = Record<string, unknown>;

export const titleModelNotServed: Rule = {
  id: 'title-model-not-served',
  defaultSeverity: 'info',
  description: "A custom endpoint's titleModel is not in the models of the endpoint that serves titles while model fetch is off.",
  check(context) {
    const reports: RuleReport[] = [];
    const endpoints = listCustomEndpoints(context.config?.value);
    for (const { index, entry } of endpoints) {
      const { titleModel, titleConvo } = entry;
      if (titleConvo !== true || typeof titleModel !== 'string' || titleModel === CURRENT_MODEL) continue;
      // LibreChat builds the title request from `titleEndpoint`'s settings when it names another entry.
      const serving = endpoints.find((e) => typeof entry.titleEndpoint === 'string' && e.entry.name === entry.titleEndpoint)?.entry ?? entry;
      const served = servedList(serving);
      if (served === undefined || served.includes(titleModel) || providerServes(serving, titleModel)) continue;
      reports.push({
        file: 'config',
        pointer: encodePointer(['endpoints', 'custom', index, 'titleModel']),
        code: 'title-model-not-served',
        params: { titleModel, served, currentModel: CURRENT_MODEL, ...(serving === entry ? {} : { servingEndpoint: String(serving.name) }) },
      });
    }
    return reports;
  },
};

/** The fixed model list, or undefined when the list is fetched (or empty) and nothing can be said. */
function servedList(entry: Entry): string[] | undefined {
  const models = entry.models;
  if (!isRecord(models) || models.fetch === true) return undefined;
  const served = listModelNames(models.default);
  return served.length === 0 ? undefined : served;
}

/** A model lc-doctor's provider preset for this host lists is served, listed in the entry or not. */
function providerServes(entry: Entry, model: string): boolean {
  const preset = typeof entry.baseURL === 'string' ? findPresetByBaseUrl(entry.baseURL) : undefined;
  return preset !== undefined && knownModels(preset).includes(model);
}
