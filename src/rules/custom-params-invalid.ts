import type { LibreChatFacts } from '../schema/targets.js';
import type { Rule, RuleReport } from './types.js';
import { isRecord, listCustomEndpoints } from './support.js';

/**
 * LibreChat's loader checks `customParams` after the schema passes (`parseCustomParams` in
 * api/server/services/Config/loadCustomConfig.js, v0.7.9 to v0.8.8-rc1): an unknown
 * `defaultParamsEndpoint`, or a `paramDefinitions` key that endpoint's paramSettings lack, throws,
 * and LibreChat does not start. The schema accepts any string for both, so only this rule sees it.
 */
export const customParamsInvalid: Rule = {
  id: 'custom-params-invalid',
  defaultSeverity: 'error',
  description: 'customParams that LibreChat refuses at startup: unknown defaultParamsEndpoint or paramDefinitions key.',
  check(context) {
    const { facts, line } = context.target;
    // Lines without the check, or whose data provider has no paramSettings to reproduce it with.
    if (!line.startupChecks.includes('custom-params-endpoint') || facts.paramEndpoints.length === 0) return [];
    const checksKeys = line.startupChecks.includes('custom-params-keys');
    const reports: RuleReport[] = [];
    for (const { pointer, entry } of listCustomEndpoints(context.config?.value)) {
      if (!isRecord(entry.customParams)) continue;
      reports.push(...checkEntry(entry, `${pointer}/customParams`, facts, checksKeys));
    }
    return reports;
  },
};

function checkEntry(entry: Record<string, unknown>, pointer: string, facts: LibreChatFacts, checksKeys: boolean): RuleReport[] {
  const customParams = entry.customParams as Record<string, unknown>;
  const name = typeof entry.name === 'string' ? entry.name : '';
  const paramEndpoint = effectiveParamsEndpoint(entry, customParams, facts);
  if (!facts.paramEndpoints.includes(paramEndpoint)) {
    return [
      {
        file: 'config',
        pointer: `${pointer}/defaultParamsEndpoint`,
        target: 'value',
        code: 'custom-params-invalid.endpoint',
        params: { endpoint: name, paramEndpoint, allowed: facts.paramEndpoints },
      },
    ];
  }
  if (!checksKeys) return [];
  const allowed = new Set(facts.paramKeys[paramEndpoint] ?? []);
  const definitions = Array.isArray(customParams.paramDefinitions) ? customParams.paramDefinitions : [];
  return definitions.flatMap((definition, index) => {
    const key = isRecord(definition) ? definition.key : undefined;
    if (typeof key !== 'string' || allowed.has(key)) return [];
    return [
      {
        file: 'config' as const,
        pointer: `${pointer}/paramDefinitions/${index}/key`,
        target: 'value' as const,
        code: 'custom-params-invalid.key' as const,
        params: { endpoint: name, paramEndpoint, key, allowed: [...allowed] },
      },
    ];
  });
}

/**
 * The loader first gives OpenRouter endpoints (name or baseURL containing "openrouter") the
 * `openrouter` parameter set, unless another `defaultParamsEndpoint` was chosen (`addOpenRouterDefaults`,
 * v0.8.6+; the v0.8.5 schema that judges older lines has no `openrouter` set, so it never applies there).
 */
function effectiveParamsEndpoint(entry: Record<string, unknown>, customParams: Record<string, unknown>, facts: LibreChatFacts): string {
  const chosen = typeof customParams.defaultParamsEndpoint === 'string' ? customParams.defaultParamsEndpoint : 'custom';
  const mentionsOpenRouter = [entry.name, entry.baseURL].some((value) => typeof value === 'string' && value.toLowerCase().includes('openrouter'));
  const takesDefaults = chosen === 'custom' || chosen === 'openrouter';
  return mentionsOpenRouter && takesDefaults && facts.paramEndpoints.includes('openrouter') ? 'openrouter' : chosen;
}
