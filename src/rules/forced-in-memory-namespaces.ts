import { compareVersions } from '../librechat/index.js';
import type { Rule, RuleReport } from './types.js';
import { reportEnvKey } from './support.js';

const KEY = 'FORCED_IN_MEMORY_CACHE_NAMESPACES';

/**
 * `cacheConfig.ts` splits on commas and trims, without dropping empty items, then throws on any
 * value outside `CacheKeys` ("Invalid cache keys in FORCED_IN_MEMORY_CACHE_NAMESPACES").
 */
export const forcedInMemoryNamespaces: Rule = {
  id: 'forced-in-memory-namespaces',
  defaultSeverity: 'error',
  description: 'FORCED_IN_MEMORY_CACHE_NAMESPACES has a value that is not a CacheKeys value: LibreChat throws at startup.',
  check(context) {
    const value = context.environment[KEY];
    if (!value) return [];
    if (compareVersions(context.target.librechatVersion, '0.8.0') < 0) {
      return [
        reportEnvKey(context, KEY, {
          severity: 'info',
          code: 'forced-in-memory-namespaces.unsupported',
          params: { librechatVersion: context.target.librechatVersion },
        }),
      ];
    }
    const valid = Object.values(context.target.facts.cacheKeys);
    const reports: RuleReport[] = [];
    for (const name of new Set(value.split(',').map((item) => item.trim()))) {
      if (valid.includes(name)) continue;
      reports.push(
        reportEnvKey(context, KEY, { code: 'forced-in-memory-namespaces', params: { name, librechatVersion: context.target.librechatVersion, valid, ...(caseVariant(name, valid) ? { correct: caseVariant(name, valid) } : {}) } }),
      );
    }
    return reports;
  },
};

/** The namespace `name` spells in another case (names are case-sensitive). */
function caseVariant(name: string, valid: string[]): string | undefined {
  return name === '' ? undefined : valid.find((v) => v.toLowerCase() === name.toLowerCase());
}
