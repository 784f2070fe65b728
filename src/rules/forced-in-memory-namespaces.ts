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
          message: `LibreChat ${context.target.librechatVersion} does not read ${KEY} (added in July 2025, PR #8586): every cache namespace follows USE_REDIS`,
          hint: 'upgrade LibreChat to use it, or remove the variable',
        }),
      ];
    }
    const valid = Object.values(context.target.facts.cacheKeys);
    const reports: RuleReport[] = [];
    for (const name of new Set(value.split(',').map((item) => item.trim()))) {
      if (valid.includes(name)) continue;
      reports.push(
        reportEnvKey(context, KEY, {
          message: `${KEY} contains ${name === '' ? 'an empty item' : `'${name}'`}, which is not a cache namespace of LibreChat ${context.target.librechatVersion}: startup fails with "Invalid cache keys"`,
          hint: hintFor(name, valid),
        }),
      );
    }
    return reports;
  },
};

function hintFor(name: string, valid: string[]): string {
  if (name === '') return 'remove the extra comma: LibreChat does not drop empty items here';
  const sameCase = valid.find((v) => v.toLowerCase() === name.toLowerCase());
  if (sameCase) return `did you mean '${sameCase}'? names are case-sensitive`;
  if (name === 'STATIC_CONFIG') return "STATIC_CONFIG (once suggested by the docs) does not exist; for a stale config use 'CONFIG_STORE,APP_CONFIG'";
  return `valid namespaces: ${valid.join(', ')}`;
}
