import type { Rule, RuleReport } from './types.js';
import { reportEnvKey } from './support.js';

/** `orderEndpointsConfig` keeps every custom endpoint whatever ENDPOINTS says; 'custom' there only orders them. */
const CUSTOM_ENDPOINTS = 'custom';

/** `getEnabledEndpoints`: split on commas, trim, exact (case-sensitive) names. */
export const endpointsEnvNames: Rule = {
  id: 'endpoints-env-names',
  defaultSeverity: 'warn',
  description: 'ENDPOINTS lists a name in the wrong case, or one LibreChat does not know (stale or custom endpoint names).',
  check(context) {
    const value = context.environment.ENDPOINTS;
    if (!value) return [];
    const known = context.target.facts.reservedEndpointNames;
    const reports: RuleReport[] = [];
    const names = value.split(',').map((item) => item.trim()).filter(Boolean);
    for (const name of new Set(names)) {
      if (known.includes(name)) continue;
      const sameCase = known.find((k) => k.toLowerCase() === name.toLowerCase());
      reports.push(
        reportEnvKey(
          context,
          'ENDPOINTS',
          sameCase === CUSTOM_ENDPOINTS
            ? { code: 'endpoints-env-names.custom-case', params: { name } }
            : sameCase
            ? { code: 'endpoints-env-names.case', params: { name, correct: sameCase } }
            : { code: 'endpoints-env-names.unknown', params: { name, librechatVersion: context.target.librechatVersion, known } },
        ),
      );
    }
    return reports;
  },
};
