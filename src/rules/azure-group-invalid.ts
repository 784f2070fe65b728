import type { AzureGroupProblem } from '../validate/findings.js';
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
  const refuse = (at: string, problem: AzureGroupProblem, model?: string): void => {
    reports.push({ file: 'config', pointer: at, code: 'azure-group-invalid', params: { group: name, problem, ...(model !== undefined ? { model } : {}) } });
  };
  if (seenGroups.has(name)) refuse(`${pointer}/group`, 'duplicate-group');
  seenGroups.add(name);
  if (serverless && !group.baseURL) refuse(pointer, 'serverless-without-base-url');
  if (!serverless && !group.instanceName) refuse(pointer, 'no-instance-name');
  const models = isRecord(group.models) ? group.models : {};
  for (const [model, settings] of Object.entries(models)) {
    const at = `${pointer}/models/${model.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (seenModels.has(model)) refuse(at, 'duplicate-model', model);
    seenModels.add(model);
    if (!serverless && !hasDeployment(group, settings)) {
      refuse(at, 'model-without-deployment', model);
    }
  }
  return reports;
}

/** A model needs a deployment name and an API version, its own or its group's. */
function hasDeployment(group: Record<string, unknown>, settings: unknown): boolean {
  const own = isRecord(settings) ? settings : {};
  return Boolean(own.deploymentName || group.deploymentName) && Boolean(own.version || group.version);
}
