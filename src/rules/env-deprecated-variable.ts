import { compareVersions } from '../librechat/index.js';
import type { Rule, RuleContext, RuleReport } from './types.js';
import { isRecord, reportEnvKey } from './support.js';

interface Deprecation {
  key: string;
  /** How the catalog words it: `azure` is the shared Azure message, the others are per variable. */
  kind: 'no-longer-read' | 'startup-warning' | 'azure';
  /** Only deprecated from this LibreChat line on (read by older lines). */
  since?: string;
  /** Only a problem together with `endpoints.azureOpenAI` in librechat.yaml. */
  withAzureConfig?: boolean;
}


/** `checkVariables` / `checkAzureVariables` (packages/api/src/app/checks.ts) and the v0.8 OpenAI initializer. */
const DEPRECATIONS: readonly Deprecation[] = [
  { key: 'OPENAI_SUMMARIZE', since: '0.8.0', kind: 'no-longer-read' },
  { key: 'OPENAI_SUMMARY_MODEL', since: '0.8.0', kind: 'no-longer-read' },
  { key: 'OPENAI_FORCE_PROMPT', since: '0.8.0', kind: 'no-longer-read' },
  { key: 'DEBUG_OPENAI', since: '0.8.0', kind: 'no-longer-read' },
  { key: 'CHECK_BALANCE', kind: 'startup-warning' },
  { key: 'START_BALANCE', kind: 'startup-warning' },
  { key: 'GOOGLE_API_KEY', kind: 'startup-warning' },
  ...[
    'AZURE_OPENAI_DEFAULT_MODEL',
    'AZURE_OPENAI_MODELS',
    'AZURE_USE_MODEL_AS_DEPLOYMENT_NAME',
    'AZURE_API_KEY',
    'AZURE_OPENAI_API_INSTANCE_NAME',
    'AZURE_OPENAI_API_DEPLOYMENT_NAME',
    'AZURE_OPENAI_API_VERSION',
    'AZURE_OPENAI_API_COMPLETIONS_DEPLOYMENT_NAME',
    'AZURE_OPENAI_API_EMBEDDINGS_DEPLOYMENT_NAME',
    'PLUGINS_USE_AZURE',
  ].map((key) => ({
    key,
    withAzureConfig: true,
    kind: 'azure' as const,
  })),
];

export const envDeprecatedVariable: Rule = {
  id: 'env-deprecated-variable',
  defaultSeverity: 'warn',
  description: 'A deprecated or legacy variable is set (OPENROUTER_API_KEY, OPENAI_SUMMARIZE, CHECK_BALANCE, GOOGLE_API_KEY, Azure singles...).',
  check(context) {
    const hasAzureConfig = isRecord(context.config?.value) && isRecord(context.config.value.endpoints) && 'azureOpenAI' in context.config.value.endpoints;
    const reports: RuleReport[] = openRouterApiKey(context);
    for (const deprecation of DEPRECATIONS) {
      if (!context.environment[deprecation.key]) continue;
      if (deprecation.since && compareVersions(context.target.librechatVersion, deprecation.since) < 0) continue;
      if (deprecation.withAzureConfig && !hasAzureConfig) continue;
      reports.push(reportEnvKey(context, deprecation.key, { code: 'env-deprecated-variable', params: { key: deprecation.key, kind: deprecation.kind } }));
    }
    return reports;
  },
};

/** What the judged line does with OPENROUTER_API_KEY (the registry's fact, shared with check-models). */
function openRouterApiKey(context: RuleContext): RuleReport[] {
  if (!context.environment.OPENROUTER_API_KEY) return [];
  const { line, librechatVersion } = context.target;
  if (line.openRouterApiKey === 'ignored') {
    return [reportEnvKey(context, 'OPENROUTER_API_KEY', { severity: 'info', code: 'env-deprecated-variable.openrouter', params: { librechatVersion, read: false } })];
  }
  return [reportEnvKey(context, 'OPENROUTER_API_KEY', { code: 'env-deprecated-variable.openrouter', params: { librechatVersion, read: true } })];
}
