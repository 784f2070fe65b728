import { encodePointer } from '../core/json-pointer.js';
import type { Rule, RuleReport } from './types.js';
import { listCustomEndpoints, listMissingEndpointFields } from './support.js';

/** LibreChat keys endpoints by name; only `ollama` is normalised (`normalizeEndpointName`). */
function normalizeName(name: string): string {
  return name.toLowerCase() === 'ollama' ? 'ollama' : name;
}

export const endpointDuplicateName: Rule = {
  id: 'endpoint-duplicate-name',
  defaultSeverity: 'warn',
  description: 'Two custom endpoints share a name, or names that differ only in case.',
  check(context) {
    const reports: RuleReport[] = [];
    const seen = new Map<string, { name: string; index: number }>();
    for (const { index, entry } of listCustomEndpoints(context.config?.value)) {
      // A dropped entry (endpoint-dropped) never reaches the name maps, so it cannot collide.
      if (typeof entry.name !== 'string' || listMissingEndpointFields(entry).length > 0) continue;
      const name = normalizeName(entry.name);
      const earlier = seen.get(name.toLowerCase());
      if (!earlier) {
        seen.set(name.toLowerCase(), { name, index });
        continue;
      }
      const exact = earlier.name === name;
      reports.push({
        file: 'config',
        pointer: encodePointer(['endpoints', 'custom', index, 'name']),
        code: exact ? 'endpoint-duplicate-name.same' : 'endpoint-duplicate-name.case',
        params: { name: entry.name, earlierName: earlier.name, earlierIndex: earlier.index },
      });
    }
    return reports;
  },
};
