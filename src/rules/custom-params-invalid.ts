import { checkSettingDefinitions, fillDefinition, type SettingCheck, type StartupCheckId } from '../librechat/index.js';
import type { LibreChatFacts } from '../schema/targets.js';
import type { Rule, RuleReport } from './types.js';
import { isRecord, listCustomEndpoints } from './support.js';

/**
 * LibreChat's loader checks `customParams` after the schema passes (`parseCustomParams` in
 * api/server/services/Config/loadCustomConfig.js, v0.7.9 to v0.8.8-rc1): an unknown
 * `defaultParamsEndpoint`, or a `paramDefinitions` key that endpoint's paramSettings lack, throws,
 * and LibreChat does not start; so does a definition that, filled from that setting, fails
 * `validateSettingDefinitions` (a default outside its range or options, a dropdown with one
 * option...). The schema accepts all of these, so only this rule sees them.
 */
export const customParamsInvalid: Rule = {
  id: 'custom-params-invalid',
  defaultSeverity: 'error',
  description: 'customParams that LibreChat refuses at startup: unknown defaultParamsEndpoint or paramDefinitions key, or a definition validateSettingDefinitions rejects.',
  check(context) {
    const { facts, line } = context.target;
    // Lines without the check, or whose data provider has no paramSettings to reproduce it with.
    if (!line.startupChecks.includes('custom-params-endpoint') || facts.paramEndpoints.length === 0) return [];
    const reports: RuleReport[] = [];
    for (const { pointer, entry } of listCustomEndpoints(context.config?.value)) {
      if (!isRecord(entry.customParams)) continue;
      reports.push(...checkEntry(entry, `${pointer}/customParams`, facts, line.startupChecks));
    }
    return reports;
  },
};

function checkEntry(entry: Record<string, unknown>, pointer: string, facts: LibreChatFacts, checks: readonly StartupCheckId[]): RuleReport[] {
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
  if (!checks.includes('custom-params-keys')) return [];
  const allowed = new Set(facts.paramKeys[paramEndpoint] ?? []);
  const definitions = Array.isArray(customParams.paramDefinitions) ? customParams.paramDefinitions : [];
  const unknownKeys = definitions.flatMap((definition, index) => {
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
  // The loader throws at the first unknown key, before it fills and judges the definitions.
  if (unknownKeys.length > 0 || !checks.includes('custom-params-definitions')) return unknownKeys;
  return checkDefinitions(definitions, `${pointer}/paramDefinitions`, name, facts.paramDefaults[paramEndpoint] ?? {}, facts.settingChecks);
}

/** validateSettingDefinitions over the definitions as the loader fills them; each problem at the field the admin wrote, else at the item. */
function checkDefinitions(definitions: unknown[], pointer: string, endpoint: string, defaults: Record<string, Record<string, unknown>>, settingChecks: readonly SettingCheck[]): RuleReport[] {
  const written = definitions.map((definition) => (isRecord(definition) ? definition : {}));
  const filled = written.map((definition) => fillDefinition(defaults[String(definition.key)], definition));
  return checkSettingDefinitions(filled, settingChecks).map((found) => ({
    file: 'config' as const,
    pointer: found.field in written[found.index]! ? `${pointer}/${found.index}/${found.field}` : `${pointer}/${found.index}/key`,
    target: 'value' as const,
    code: 'custom-params-invalid.definition' as const,
    params: { endpoint, key: found.key, problem: found.problem, field: found.field, ...(found.detail === undefined ? {} : { detail: found.detail }), ...definitionFacts(filled[found.index]!) },
  }));
}

/** What the sentence names: the filled values the check compared (strings, so every language prints them alike). */
function definitionFacts(setting: Record<string, unknown>): { value?: string; options?: string[]; range?: string } {
  const range = isRecord(setting.range) ? setting.range : undefined;
  return {
    ...(setting.default === undefined ? {} : { value: JSON.stringify(setting.default) }),
    ...(Array.isArray(setting.options) ? { options: setting.options.map(String) } : {}),
    ...(range ? { range: `[${String(range.min)}, ${String(range.max)}]${range.positiveMin == null ? '' : `, positiveMin ${String(range.positiveMin)}`}` } : {}),
  };
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
