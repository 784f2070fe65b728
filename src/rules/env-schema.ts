import { checkEnvSchema } from '../env/check-env-schema.js';
import type { Rule } from './types.js';
import { reportEnvLine } from './support.js';

export const envSchema: Rule = {
  id: 'env-schema',
  defaultSeverity: 'error',
  description: 'A .env value has the wrong format for what LibreChat expects (URIs, ports, hex keys...).',
  // The schema describes the .env file, so its own values are checked, line by line.
  check(context) {
    return checkEnvSchema(checkedValues(context.env.values, context.envIsExample === true)).map((issue) =>
      reportEnvLine(context.env, issue.key, { code: 'env-schema', params: issue }),
    );
  },
};

/** An example file's empty values are placeholders, not settings: only filled-in values are checked. */
function checkedValues(values: Record<string, string>, example: boolean): Record<string, string> {
  return example ? Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '')) : values;
}
