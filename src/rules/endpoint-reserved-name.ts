import { encodePointer } from '../core/json-pointer.js';
import type { Rule, RuleReport } from './types.js';
import { listCustomEndpoints } from './support.js';

/**
 * Built-ins `getProviderConfig` (`packages/api/src/endpoints/config/providers.ts`) reaches through
 * its `providerConfigMap[name.toLowerCase()]` fallback: only all-lowercase keys can match, so
 * `Google`, `Anthropic` and `Bedrock` run the built-in initializer; `OpenAI` does not.
 */
const ROUTED_BY_LOWERCASE = new Set(['google', 'anthropic', 'bedrock']);

/** The schema rejects exact built-in names (case-sensitive); a case variant passes. */
export const endpointReservedName: Rule = {
  id: 'endpoint-reserved-name',
  defaultSeverity: 'warn',
  description: 'A custom endpoint named like a built-in endpoint in another case (Google, Anthropic, Bedrock are routed to the built-in).',
  check(context) {
    const reserved = context.target.facts.reservedEndpointNames;
    const reports: RuleReport[] = [];
    for (const { index, entry } of listCustomEndpoints(context.config?.value)) {
      if (typeof entry.name !== 'string') continue;
      const name = entry.name;
      const builtIn = reserved.find((r) => r !== name && r.toLowerCase() === name.toLowerCase());
      if (!builtIn) continue;
      const routed = ROUTED_BY_LOWERCASE.has(builtIn);
      reports.push({
        file: 'config',
        pointer: encodePointer(['endpoints', 'custom', index, 'name']),
        ...(routed ? {} : { severity: 'info' as const }),
        code: routed ? 'endpoint-reserved-name.routed' : 'endpoint-reserved-name.confusing',
        params: { name, builtIn },
      });
    }
    return reports;
  },
};
