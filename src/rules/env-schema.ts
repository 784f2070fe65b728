import { checkEnvSchema } from '../env/check-env-schema.js';
import type { Rule } from './types.js';
import { reportEnvKey } from './support.js';

export const envSchema: Rule = {
  id: 'env-schema',
  defaultSeverity: 'error',
  description: 'A .env value has the wrong format for what LibreChat expects (URIs, ports, hex keys...).',
  check(context) {
    return checkEnvSchema(context.env.values).map((issue) =>
      reportEnvKey(context.env, issue.key, { message: issue.message, ...(issue.hint ? { hint: issue.hint } : {}) }),
    );
  },
};
