import type { Rule, RuleReport } from './types.js';
import { isRecord } from './support.js';

/**
 * LibreChat checks `endpoints.azureOpenAI.groups` after the schema passes (`validateAzureGroups`
 * in librechat-data-provider, called by the app service's Azure setup) and throws
 * "Invalid Azure OpenAI configuration" on the first problem, so it does not start. The schema
 * cannot see these: they compare groups with each other and a model with its group.
 */
export const azureGroupInvalid: Rule = {
  id: 'azure-group-invalid',
  defaultSeverity: 'error',
  description: 'Azure OpenAI groups LibreChat refuses at startup: duplicate names, missing instanceName/baseURL, models without deployment or version.',
  check(context) {
    if (!context.target.line.startupChecks.includes('azure-groups')) return [];
    const value = context.config?.value;
    const azure = isRecord(value) && isRecord(value.endpoints) ? value.endpoints.azureOpenAI : undefined;
    const groups = isRecord(azure) && Array.isArray(azure.groups) ? azure.groups : [];
    const seenGroups = new Set<string>();
    const seenModels = new Set<string>();
    return groups.flatMap((group, index) => (isRecord(group) ? checkGroup(group, `/endpoints/azureOpenAI/groups/${index}`, seenGroups, seenModels) : []));
  },
};

function checkGroup(group: Record<string, unknown>, pointer: string, seenGroups: Set<string>, seenModels: Set<string>): RuleReport[] {
  const name = String(group.group ?? '');
  const serverless = group.serverless === true;
  const reports: RuleReport[] = [];
  const refuse = (at: string, problem: string, hint: string): void => {
    reports.push({ file: 'config', pointer: at, message: `Azure group "${name}" ${problem}: LibreChat refuses to start ("Invalid Azure OpenAI configuration")`, hint });
  };
  if (seenGroups.has(name)) refuse(`${pointer}/group`, 'is defined twice', 'give every group a unique `group` name');
  seenGroups.add(name);
  if (serverless && !group.baseURL) refuse(pointer, 'is serverless but has no baseURL', 'add the serverless deployment URL as `baseURL`');
  if (!serverless && !group.instanceName) refuse(pointer, 'has no instanceName', 'add `instanceName` (the name before .openai.azure.com), or set `serverless: true` with a baseURL');
  const models = isRecord(group.models) ? group.models : {};
  for (const [model, settings] of Object.entries(models)) {
    const at = `${pointer}/models/${model.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (seenModels.has(model)) refuse(at, `repeats model "${model}" (model names must be unique across groups)`, 'keep each model name in one group only');
    seenModels.add(model);
    if (!serverless && !hasDeployment(group, settings)) {
      refuse(at, `gives model "${model}" no deploymentName or version`, 'set `deploymentName` and `version` on the model, or on the group for every model');
    }
  }
  return reports;
}

/** A model needs a deployment name and an API version, its own or its group's. */
function hasDeployment(group: Record<string, unknown>, settings: unknown): boolean {
  const own = isRecord(settings) ? settings : {};
  return Boolean(own.deploymentName || group.deploymentName) && Boolean(own.version || group.version);
}
