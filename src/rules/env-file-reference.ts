import type { DeploymentRuntime } from '../config/runtime.js';
import type { ValidateFinding } from '../validate/findings.js';
import type { Rule, RuleContext, RuleReport } from './types.js';
import { reportEnvLine } from './support.js';

const BRACED_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:[:?+-][^}]*)?\}/g;

/**
 * `KEY=${OTHER}` inside .env (method one's `OPENAI_API_KEY=${MODELSCOPE_API_KEY}`). LibreChat reads
 * .env with the `dotenv` package, which never substitutes, so under `npm run backend` (and under
 * Compose when .env is only mounted at /app/.env) LibreChat gets the literal text. Compose's
 * `env_file:` does substitute: there it works, unless OTHER is set nowhere (Compose puts "").
 */
export const envFileReference: Rule = {
  id: 'env-file-reference',
  defaultSeverity: 'error',
  description: 'A ${VAR} inside .env: expanded by Docker Compose env_file, never by LibreChat\'s own dotenv (npm run backend).',
  check(context) {
    const reports: RuleReport[] = [];
    for (const [key, value] of Object.entries(context.env.values)) {
      const names = [...value.matchAll(BRACED_REFERENCE)].map((m) => m[1]!);
      if (names.length === 0) continue;
      const report = judge(context, key, value, names);
      if (report) reports.push(reportEnvLine(context.env, key, report));
    }
    return reports;
  },
};

type Finding = Extract<ValidateFinding, { code: `env-file-reference.${string}` }>;

function judge(context: RuleContext, key: string, value: string, names: string[]): Finding | undefined {
  const runtime = context.runtime ?? { kind: 'node', reason: 'no-compose-file' };
  const compose = runtime.compose;
  if (!compose) return literalUnderNode(key, value, names, runtime);
  const entry = compose.service.environment[key];
  const readsEnvFile = compose.service.envFiles.some((f) => f.replace(/^\.\//, '') === '.env');
  if (entry?.origin === 'env_file' || (context.envIsExample && readsEnvFile)) {
    if (!entry || entry.missing.length === 0) return undefined;
    return { code: 'env-file-reference.unset', params: { key, value, missing: entry.missing } };
  }
  if (entry?.origin === 'environment') return undefined;
  return { code: 'env-file-reference.mounted', params: { key, value, service: compose.service.name, composeFiles: compose.project.files } };
}

function literalUnderNode(key: string, value: string, names: string[], runtime: DeploymentRuntime): Finding {
  return { code: 'env-file-reference.node', params: { key, value, variable: names[0]!, option: runtime.reason === 'option' } };
}
