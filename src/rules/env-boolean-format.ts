import { listEnabledFlags } from '../env/check-env-schema.js';
import type { Rule, RuleReport } from './types.js';
import { replaceEnvValueEdit } from '../env/env-edits.js';
import { asFix, reportEnvKey } from './support.js';

/** Values people mean as "on" that `isEnabled` reads as false. */
const TRUTHY_LOOKING = /^(1|yes|y|on|enable|enabled)$/i;

export const envBooleanFormat: Rule = {
  id: 'env-boolean-format',
  defaultSeverity: 'warn',
  description: 'A boolean .env variable written as 1/yes/on: LibreChat reads it with isEnabled, so it means false.',
  check(context) {
    const reports: RuleReport[] = [];
    for (const key of listEnabledFlags()) {
      const value = context.environment[key];
      if (value === undefined || !TRUTHY_LOOKING.test(value.trim())) continue;
      const report = reportEnvKey(context, key, { code: 'env-boolean-format', params: { key, value: value.trim() } });
      // A value from the process environment is not in the file: there is nothing here to edit.
      const fix = report.range ? asFix(replaceEnvValueEdit(context.env, key, 'true')) : { noFix: 'value-from-environment' as const };
      reports.push({ ...report, ...fix });
    }
    return reports;
  },
};
