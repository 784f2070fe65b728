import type { Rule, RuleReport } from './types.js';
import { reportEnvKey } from './support.js';

/**
 * The values shipped in LibreChat's `.env.example`, which its startup check (`checkVariables`
 * in `packages/api/src/app/checks.ts`) also compares against. They are public, so not secret.
 */
const EXAMPLE_VALUES: Record<string, { value: string; command: string }> = {
  CREDS_KEY: { value: 'f34be427ebb29de8d88c107a71546019685ed8b241d8f2ed00c3df97ad2566f0', command: 'openssl rand -hex 32' },
  CREDS_IV: { value: 'e2341419ec3dd3d19b13a1a87fafcbfb', command: 'openssl rand -hex 16' },
  JWT_SECRET: { value: '16f8c0ef4a5d391b26034086c628469d3f9f497f08163ab9b40137092f2909ef', command: 'openssl rand -hex 32' },
  JWT_REFRESH_SECRET: { value: 'eaa5191f2914e30b9387fd84e254e4ba6fc51b4654968a9b0803b456a54b8418', command: 'openssl rand -hex 32' },
};

export const envExampleSecret: Rule = {
  id: 'env-example-secret',
  defaultSeverity: 'error',
  description: "CREDS_KEY, CREDS_IV, JWT_SECRET or JWT_REFRESH_SECRET still has the public value from LibreChat's .env.example.",
  check(context) {
    const reports: RuleReport[] = [];
    // LibreChat's own .env.example ships these values; an example file may repeat them.
    if (context.envIsExample) return reports;
    for (const [key, { value, command }] of Object.entries(EXAMPLE_VALUES)) {
      if (context.environment[key]?.trim() !== value) continue;
      reports.push(
        reportEnvKey(context, key, { code: 'env-example-secret', params: { key, command } }),
      );
    }
    return reports;
  },
};
