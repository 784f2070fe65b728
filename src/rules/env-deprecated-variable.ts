import { compareVersions } from '../librechat/index.js';
import type { Rule, RuleContext, RuleReport } from './types.js';
import { isRecord, reportEnvKey } from './support.js';

interface Deprecation {
  key: string;
  message: string;
  hint: string;
  /** Only deprecated from this LibreChat line on (read by older lines). */
  since?: string;
  /** Only a problem together with `endpoints.azureOpenAI` in librechat.yaml. */
  withAzureConfig?: boolean;
}

const AZURE_HINT = 'configure Azure only under endpoints.azureOpenAI.groups and remove this variable';

/** `checkVariables` / `checkAzureVariables` (packages/api/src/app/checks.ts) and the v0.8 OpenAI initializer. */
const DEPRECATIONS: readonly Deprecation[] = [
  { key: 'OPENAI_SUMMARIZE', since: '0.8.0', message: 'OPENAI_SUMMARIZE is no longer read', hint: 'configure the top-level `summarization` block in librechat.yaml' },
  { key: 'OPENAI_SUMMARY_MODEL', since: '0.8.0', message: 'OPENAI_SUMMARY_MODEL is no longer read', hint: 'set `summarization.model` in librechat.yaml' },
  { key: 'OPENAI_FORCE_PROMPT', since: '0.8.0', message: 'OPENAI_FORCE_PROMPT is no longer read', hint: 'remove it: v0.8 always uses the chat API' },
  { key: 'DEBUG_OPENAI', since: '0.8.0', message: 'DEBUG_OPENAI is no longer read', hint: 'use DEBUG_LOGGING=true (and DEBUG_CONSOLE=true) instead' },
  { key: 'CHECK_BALANCE', message: 'CHECK_BALANCE is deprecated (LibreChat warns at startup)', hint: 'use `balance.enabled` in librechat.yaml' },
  { key: 'START_BALANCE', message: 'START_BALANCE is deprecated (LibreChat warns at startup)', hint: 'use `balance.startBalance` in librechat.yaml' },
  { key: 'GOOGLE_API_KEY', message: 'GOOGLE_API_KEY is deprecated (LibreChat warns at startup); it was for the Google Search tool', hint: 'use GOOGLE_SEARCH_API_KEY for search, GOOGLE_KEY for the Google endpoint' },
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
    message: `${key} conflicts with endpoints.azureOpenAI in librechat.yaml`,
    hint: AZURE_HINT,
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
      reports.push(reportEnvKey(context, deprecation.key, { message: deprecation.message, hint: deprecation.hint }));
    }
    return reports;
  },
};

const OPENROUTER_HINT = 'rename it (e.g. OPENROUTER_KEY) and reference it from a custom endpoint: apiKey: "${OPENROUTER_KEY}"';

/** What the judged line does with OPENROUTER_API_KEY (the registry's fact, shared with check-models). */
function openRouterApiKey(context: RuleContext): RuleReport[] {
  if (!context.environment.OPENROUTER_API_KEY) return [];
  const { line, librechatVersion } = context.target;
  if (line.openRouterApiKey === 'ignored') {
    return [reportEnvKey(context, 'OPENROUTER_API_KEY', { severity: 'info', message: `OPENROUTER_API_KEY is not read by LibreChat ${librechatVersion}: it does not add an OpenRouter endpoint`, hint: OPENROUTER_HINT })];
  }
  return [
    reportEnvKey(context, 'OPENROUTER_API_KEY', {
      message: `OPENROUTER_API_KEY sends the built-in OpenAI endpoint's chats to OpenRouter in LibreChat ${librechatVersion} (its model list still comes from OpenAI), not a separate OpenRouter endpoint`,
      hint: OPENROUTER_HINT,
    }),
  ];
}
