import { encodePointer } from '../core/json-pointer.js';
import { interpolate, NEVER_EXPANDED_VARIABLES } from '../env/interpolate.js';
import { describePath, isEnumField, isInterpolatedField, isNeverInterpolatedField } from './fields.js';
import type { Rule, RuleReport } from './types.js';
import { collectStrings } from './support.js';

export const envNotInterpolated: Rule = {
  id: 'env-not-interpolated',
  defaultSeverity: 'warn',
  description: 'A ${VAR} where LibreChat never expands it: enum fields, names, model ids, or a protected secret.',
  check(context) {
    const reports: RuleReport[] = [];
    for (const { path, value } of collectStrings(context.config?.value)) {
      const { references } = interpolate(value, {});
      const first = references[0];
      if (first === undefined) continue;
      const pointer = encodePointer(path);
      if (isEnumField(path)) {
        reports.push({
          file: 'config',
          pointer,
          severity: 'error',
          code: 'env-not-interpolated.enum',
          params: { path: describePath(path), variable: first },
        });
        continue;
      }
      if (isNeverInterpolatedField(path)) {
        reports.push({
          file: 'config',
          pointer,
          code: 'env-not-interpolated.literal',
          params: { path: describePath(path), variable: first },
        });
        continue;
      }
      if (!isInterpolatedField(path)) continue;
      for (const name of references.filter((n) => NEVER_EXPANDED_VARIABLES.has(n))) {
        reports.push({
          file: 'config',
          pointer,
          code: 'env-not-interpolated.protected',
          params: { path: describePath(path), variable: name },
        });
      }
    }
    return reports;
  },
};
