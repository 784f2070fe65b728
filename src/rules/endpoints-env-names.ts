import type { Rule, RuleReport } from './types.js';
import { reportEnvKey } from './support.js';

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
        reportEnvKey(context, 'ENDPOINTS', {
          message: sameCase
            ? `ENDPOINTS entry '${name}' is in the wrong case: LibreChat matches '${sameCase}' exactly, so this endpoint is hidden`
            : `ENDPOINTS entry '${name}' is not an endpoint of LibreChat ${context.target.librechatVersion}: it is ignored`,
          hint: sameCase
            ? `write '${sameCase}'`
            : `valid names: ${known.join(', ')}; custom endpoints are all placed by the single name 'custom'`,
        }),
      );
    }
    return reports;
  },
};
