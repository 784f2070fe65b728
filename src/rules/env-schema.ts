import { checkEnvSchema } from '../env/check-env-schema.js';
import type { Rule } from './types.js';
import { reportEnvLine } from './support.js';

export const envSchema: Rule = {
  id: 'env-schema',
  defaultSeverity: 'error',
  description: 'A .env value has the wrong format for what LibreChat expects (URIs, ports, hex keys...).',
  // The schema describes the .env file, so its own values are checked, line by line.
  check(context) {
    return checkEnvSchema(context.env.values).map((issue) =>
      reportEnvLine(context.env, issue.key, { code: 'env-schema', params: issue }),
    );
  },
};
