import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { azureGroupInvalid } from '../../src/rules/azure-group-invalid.js';
import { customParamsInvalid } from '../../src/rules/custom-params-invalid.js';
import { lint } from '../helpers/rule-context.js';

/**
 * The checks LibreChat runs after `configSchema` passes, judged by the real librechat-data-provider
 * of each line: its `validateAzureGroups`, and its `paramSettings`/`agentParamSettings` tables as
 * the loader's `parseCustomParams` reads them. Every case also passes that package's schema, so
 * the rule is the only thing that can see the refusal.
 */
const require = createRequire(import.meta.url);
interface DataProvider {
  configSchema: { strict(): { safeParse(value: unknown): { success: boolean } } };
  validateAzureGroups(groups: unknown): { isValid: boolean };
  paramSettings?: Record<string, { key: string }[] | undefined>;
  agentParamSettings?: Record<string, { key: string }[] | undefined>;
}
const LINES: [version: string, alias: string][] = [
  ['0.8.8', 'ldp-0.8.524'],
  ['0.8.5', 'ldp-0.8.501'],
  ['0.7.7', 'ldp-0.7.6998'],
];

function configWith(endpoints: Record<string, unknown>): Record<string, unknown> {
  return { version: '1.2.1', endpoints };
}

function findings(version: string, config: Record<string, unknown>, rule: typeof azureGroupInvalid) {
  return lint({ yaml: stringify(config), version }, [rule]);
}

/** What LibreChat's loader does with one entry's customParams, from the package's own tables. */
function loaderRefuses(pkg: DataProvider, entry: { name: string; baseURL: string; customParams: Record<string, unknown> }): boolean {
  const settings = { ...pkg.paramSettings };
  const agentSettings = { ...pkg.agentParamSettings };
  const valid = new Set([...Object.keys(settings), ...Object.keys(agentSettings)]);
  let endpoint = (entry.customParams.defaultParamsEndpoint as string | undefined) ?? 'custom';
  const isOpenRouter = `${entry.name} ${entry.baseURL}`.toLowerCase().includes('openrouter');
  if (isOpenRouter && (endpoint === 'custom' || endpoint === 'openrouter') && valid.has('openrouter')) endpoint = 'openrouter';
  if (!valid.has(endpoint)) return true;
  const keys = new Set([...(settings[endpoint] ?? []), ...(agentSettings[endpoint] ?? [])].map((p) => p.key));
  const definitions = (entry.customParams.paramDefinitions as { key: string }[] | undefined) ?? [];
  return definitions.some((d) => !keys.has(d.key));
}

const customParamCases: { title: string; name?: string; customParams: Record<string, unknown> }[] = [
  { title: 'known endpoint, known keys', customParams: { defaultParamsEndpoint: 'anthropic', paramDefinitions: [{ key: 'temperature' }, { key: 'thinkingBudget' }] } },
  { title: 'default endpoint (custom) with an OpenAI key', customParams: { paramDefinitions: [{ key: 'reasoning_effort' }] } },
  { title: 'unknown defaultParamsEndpoint', customParams: { defaultParamsEndpoint: 'claude' } },
  { title: 'defaultParamsEndpoint in the wrong case', customParams: { defaultParamsEndpoint: 'Anthropic' } },
  { title: 'a key of another endpoint', customParams: { defaultParamsEndpoint: 'anthropic', paramDefinitions: [{ key: 'reasoning_effort' }] } },
  { title: 'a snake_case key where camelCase is expected', customParams: { defaultParamsEndpoint: 'google', paramDefinitions: [{ key: 'max_output_tokens' }] } },
  { title: 'OpenRouter endpoint: promptCache from the openrouter set', name: 'OpenRouter', customParams: { paramDefinitions: [{ key: 'promptCache' }] } },
  { title: 'plain custom endpoint: promptCache is not a custom key', customParams: { paramDefinitions: [{ key: 'promptCache' }] } },
  { title: 'OpenRouter endpoint keeping the anthropic set', name: 'OpenRouter', customParams: { defaultParamsEndpoint: 'anthropic', paramDefinitions: [{ key: 'thinking' }] } },
];

describe.each(LINES.filter(([, alias]) => (require(alias) as DataProvider).paramSettings))('customParams after the schema, LibreChat %s (%s)', (version, alias) => {
  const pkg = require(alias) as DataProvider;
  it.each(customParamCases)('$title', ({ name = 'Relay', customParams }) => {
    const entry = { name, apiKey: '${RELAY_KEY}', baseURL: 'https://relay.example/v1', models: { default: ['m'] }, customParams };
    const config = configWith({ custom: [entry] });
    expect(pkg.configSchema.strict().safeParse(config).success).toBe(true);
    const reports = findings(version, config, customParamsInvalid);
    expect(reports.length > 0).toBe(loaderRefuses(pkg, entry));
    for (const report of reports) expect(report).toMatchObject({ severity: 'error', message: expect.stringMatching(/refuses to start/) });
  });
});

const group = (over: Record<string, unknown>) => ({ group: 'eastus', apiKey: '${AZURE_KEY}', instanceName: 'my-eastus', version: '2024-10-21', deploymentName: 'gpt-4o-prod', models: { 'gpt-4o': true }, ...over });
const azureCases: { title: string; groups: Record<string, unknown>[] }[] = [
  { title: 'a valid group', groups: [group({})] },
  { title: 'model true without a group deploymentName', groups: [group({ deploymentName: undefined })] },
  { title: 'model with its own deploymentName, group has none', groups: [group({ deploymentName: undefined, models: { 'gpt-4o': { deploymentName: 'd' } } })] },
  { title: 'no version anywhere', groups: [group({ version: undefined, models: { 'gpt-4o': { deploymentName: 'd' } } })] },
  { title: 'duplicate group names', groups: [group({}), group({ models: { 'gpt-4o-mini': true } })] },
  { title: 'the same model in two groups', groups: [group({}), group({ group: 'westus' })] },
  { title: 'no instanceName', groups: [group({ instanceName: undefined })] },
  { title: 'serverless without baseURL', groups: [group({ instanceName: undefined, serverless: true })] },
  { title: 'serverless with baseURL, models need no deployment', groups: [group({ instanceName: undefined, deploymentName: undefined, serverless: true, baseURL: 'https://x.inference.ai.azure.com/v1' })] },
];

describe.each(LINES)('Azure groups after the schema, LibreChat %s (%s)', (version, alias) => {
  const pkg = require(alias) as DataProvider;
  it.each(azureCases)('$title', ({ groups }) => {
    const clean = JSON.parse(JSON.stringify(groups)) as Record<string, unknown>[];
    const config = configWith({ azureOpenAI: { groups: clean } });
    expect(pkg.configSchema.strict().safeParse(config).success).toBe(true);
    const reports = findings(version, config, azureGroupInvalid);
    expect(reports.length > 0).toBe(!pkg.validateAzureGroups(clean).isValid);
  });
});

it('points at the model that lacks a deployment, with line and column', () => {
  const yaml = stringify(configWith({ azureOpenAI: { groups: [group({ deploymentName: undefined })] } }));
  const [report] = lint({ yaml, version: '0.8.8' }, [azureGroupInvalid]);
  expect(report).toMatchObject({ ruleId: 'azure-group-invalid', pointer: '/endpoints/azureOpenAI/groups/0/models/gpt-4o', message: expect.stringContaining('"gpt-4o"') });
  expect(report?.range?.line).toBeGreaterThan(1);
});
