import { encodePointer } from '../core/json-pointer.js';
import type { Rule, RuleReport } from './types.js';
import { listCustomEndpoints } from './support.js';

/**
 * The schema rejects exact built-in names; a case variant passes, but the agents path looks up
 * `providerConfigMap[name.toLowerCase()]` and runs the built-in initializer, ignoring the entry.
 */
export const endpointReservedName: Rule = {
  id: 'endpoint-reserved-name',
  defaultSeverity: 'warn',
  description: 'A custom endpoint named like a built-in endpoint in another case (Google, OpenAI, Anthropic, Bedrock...).',
  check(context) {
    const reserved = context.target.facts.reservedEndpointNames;
    const reports: RuleReport[] = [];
    for (const { index, entry } of listCustomEndpoints(context.config?.value)) {
      if (typeof entry.name !== 'string') continue;
      const name = entry.name;
      const builtIn = reserved.find((r) => r !== name && r.toLowerCase() === name.toLowerCase());
      if (!builtIn) continue;
      reports.push({
        file: 'config',
        pointer: encodePointer(['endpoints', 'custom', index, 'name']),
        message: `custom endpoint name '${name}' is the built-in endpoint '${builtIn}' in another case: LibreChat can route it to the built-in ${builtIn} initializer, which ignores this entry's apiKey, baseURL and models`,
        hint: `rename it to something distinct, e.g. '${name} (custom)' or '${name}-compatible'`,
      });
    }
    return reports;
  },
};
