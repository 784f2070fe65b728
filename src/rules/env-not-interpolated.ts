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
      if (references.length === 0) continue;
      const pointer = encodePointer(path);
      if (isEnumField(path)) {
        reports.push({
          file: 'config',
          pointer,
          severity: 'error',
          message: `${describePath(path)} is validated before any expansion: LibreChat never expands \${${references[0]}} here, so the value is not one of the allowed ones and the file is rejected (issue #9561)`,
          hint: 'write the value itself here; variables only work in keys, URLs and headers',
        });
        continue;
      }
      if (isNeverInterpolatedField(path)) {
        reports.push({
          file: 'config',
          pointer,
          message: `${describePath(path)} is used as written: LibreChat never expands \${${references[0]}} here and sends the literal text`,
          hint: 'write the value itself here; variables only work in keys, URLs and headers',
        });
        continue;
      }
      if (!isInterpolatedField(path)) continue;
      for (const name of references.filter((n) => NEVER_EXPANDED_VARIABLES.has(n))) {
        reports.push({
          file: 'config',
          pointer,
          message: `\${${name}} in ${describePath(path)} is never expanded: LibreChat refuses to put ${name} into YAML values and sends the literal text`,
          hint: `use a separate variable for this field; ${name} protects LibreChat's own data and must not leave the server`,
        });
      }
    }
    return reports;
  },
};
