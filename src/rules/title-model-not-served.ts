import { encodePointer } from '../core/json-pointer.js';
import type { Rule, RuleReport } from './types.js';
import { isRecord, listCustomEndpoints, listModelNames } from './support.js';

/** `Constants.CURRENT_MODEL`: use the conversation's own model for titles. */
const CURRENT_MODEL = 'current_model';

export const titleModelNotServed: Rule = {
  id: 'title-model-not-served',
  defaultSeverity: 'info',
  description: "A custom endpoint's titleModel is not in its models.default while model fetch is off.",
  check(context) {
    const reports: RuleReport[] = [];
    for (const { index, entry } of listCustomEndpoints(context.config?.value)) {
      const { titleModel, titleConvo, models } = entry;
      if (titleConvo !== true || typeof titleModel !== 'string' || titleModel === CURRENT_MODEL) continue;
      if (!isRecord(models) || models.fetch === true) continue;
      const served = listModelNames(models.default);
      if (served.length === 0 || served.includes(titleModel)) continue;
      reports.push({
        file: 'config',
        pointer: encodePointer(['endpoints', 'custom', index, 'titleModel']),
        code: 'title-model-not-served',
        params: { titleModel, served, currentModel: CURRENT_MODEL },
      });
    }
    return reports;
  },
};
