import { encodePointer } from '../core/json-pointer.js';
import type { Rule, RuleReport } from './types.js';
import { isRecord, splitAndTrim } from './support.js';

const CURRENT_MODEL = 'current_model';
const OPENAI = 'openAI';

interface ModelReference {
  model: string;
  pointer: string;
  where: string;
}

/** With OPENAI_MODELS set, a model outside it is not offered by the OpenAI endpoint. */
export const openaiModelsMissing: Rule = {
  id: 'openai-models-missing',
  defaultSeverity: 'warn',
  description: 'A model named in librechat.yaml for the openAI endpoint (titleModel, a modelSpec preset) is missing from OPENAI_MODELS.',
  check(context) {
    const value = context.environment.OPENAI_MODELS;
    if (!value) return [];
    const listed = new Set(splitAndTrim(value));
    const reports: RuleReport[] = [];
    for (const ref of listOpenAIModelReferences(context.config?.value)) {
      if (listed.has(ref.model)) continue;
      reports.push({
        file: 'config',
        pointer: ref.pointer,
        code: 'openai-models-missing',
        params: { where: ref.where, model: ref.model, envFile: context.env.file },
      });
    }
    return reports;
  },
};

function listOpenAIModelReferences(config: unknown): ModelReference[] {
  if (!isRecord(config)) return [];
  const refs: ModelReference[] = [];
  const openAI = isRecord(config.endpoints) ? config.endpoints[OPENAI] : undefined;
  if (isRecord(openAI) && typeof openAI.titleModel === 'string' && openAI.titleModel !== CURRENT_MODEL) {
    refs.push({ model: openAI.titleModel, pointer: '/endpoints/openAI/titleModel', where: 'endpoints.openAI.titleModel' });
  }
  const list = isRecord(config.modelSpecs) ? config.modelSpecs.list : undefined;
  if (!Array.isArray(list)) return refs;
  list.forEach((spec: unknown, index) => {
    const preset = isRecord(spec) ? spec.preset : undefined;
    if (!isRecord(preset) || preset.endpoint !== OPENAI || typeof preset.model !== 'string') return;
    const name = isRecord(spec) && typeof spec.name === 'string' ? ` '${spec.name}'` : '';
    refs.push({ model: preset.model, pointer: encodePointer(['modelSpecs', 'list', index, 'preset', 'model']), where: `modelSpec${name}` });
  });
  return refs;
}
