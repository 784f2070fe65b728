import { encodePointer } from '../core/json-pointer.js';
import { interpolate, NEVER_EXPANDED_VARIABLES } from '../env/interpolate.js';
import { describePath, isInterpolatedField, isUserSuppliedWhenUnset } from './fields.js';
import type { Rule, RuleReport } from './types.js';
import { collectStrings } from './support.js';

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * An unset or empty `${VAR}` stays literal: custom endpoints then fail with "Missing API Key",
 * model fetch sends `Bearer ${VAR}`. In `webSearch` an unset variable means per-user keys.
 */
export const envUndefinedVariable: Rule = {
  id: 'env-undefined-variable',
  defaultSeverity: 'error',
  description: 'A ${VAR} in a field LibreChat interpolates is not set (or empty) in .env or the process environment.',
  check(context) {
    const reports: RuleReport[] = [];
    for (const { path, value } of collectStrings(context.config?.value)) {
      if (!isInterpolatedField(path)) continue;
      const { references } = interpolate(value, context.environment);
      for (const name of new Set(references)) {
        if (!VARIABLE_NAME.test(name) || NEVER_EXPANDED_VARIABLES.has(name)) continue;
        const current = context.environment[name];
        // An example file names the variable; its value is left empty on purpose.
        if (current || (context.envIsExample && current !== undefined)) continue;
        const userSupplied = isUserSuppliedWhenUnset(path);
        reports.push({
          file: 'config',
          pointer: encodePointer(path),
          ...(userSupplied ? { severity: 'info' as const } : {}),
          code: userSupplied ? 'env-undefined-variable.user-supplied' : 'env-undefined-variable',
          params: {
            variable: name,
            path: describePath(path),
            empty: current !== undefined,
            envFile: context.env.file,
            ...(context.envIsExample === true ? { example: true } : {}),
          },
        });
      }
    }
    return reports;
  },
};
