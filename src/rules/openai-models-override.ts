import type { Rule } from './types.js';
import { reportEnvKey, splitAndTrim } from './support.js';

/** `getOpenAIModels`: `if (process.env.OPENAI_MODELS) return splitAndTrim(...)` before any fetch. */
export const openaiModelsOverride: Rule = {
  id: 'openai-models-override',
  defaultSeverity: 'info',
  description: "OPENAI_MODELS replaces OpenAI's default model list and turns off fetching new models.",
  check(context) {
    const value = context.environment.OPENAI_MODELS;
    if (!value) return [];
    const count = splitAndTrim(value).length;
    return [
      reportEnvKey(context, 'OPENAI_MODELS', {
        code: 'openai-models-override',
        params: { count },
      }),
    ];
  },
};
