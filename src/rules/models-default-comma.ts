import { encodePointer } from '../core/json-pointer.js';
import type { Rule, RuleReport } from './types.js';
import { splitSequenceItemEdit } from '../config/yaml-edits.js';
import { asFix, isRecord, listCustomEndpoints } from './support.js';

export const modelsDefaultComma: Rule = {
  id: 'models-default-comma',
  defaultSeverity: 'warn',
  description: 'A models.default item contains a comma: LibreChat treats "a,b" as one model name.',
  check(context) {
    const reports: RuleReport[] = [];
    for (const { index, entry } of listCustomEndpoints(context.config?.value)) {
      const list = isRecord(entry.models) ? entry.models.default : undefined;
      if (!Array.isArray(list)) continue;
      list.forEach((item: unknown, position) => {
        const name = typeof item === 'string' ? item : isRecord(item) && typeof item.name === 'string' ? item.name : undefined;
        if (name === undefined || !name.includes(',')) return;
        const parts = name.split(',').map((p) => p.trim()).filter(Boolean);
        const path = ['endpoints', 'custom', index, 'models', 'default', position, ...(typeof item === 'string' ? [] : ['name'])];
        reports.push({
          file: 'config',
          pointer: encodePointer(path),
          code: 'models-default-comma',
          params: { name, parts },
          ...(typeof item === 'string' ? asFix(splitSequenceItemEdit(context.config!, encodePointer(path), parts)) : { noFix: 'model-object' as const }),
        });
      });
    }
    return reports;
  },
};
