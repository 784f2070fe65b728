import type { Rule } from './types.js';
import { reportEnvKey } from './support.js';

/** `cacheConfig.ts`: "Only either REDIS_KEY_PREFIX_VAR or REDIS_KEY_PREFIX can be set." */
export const redisPrefixConflict: Rule = {
  id: 'redis-prefix-conflict',
  defaultSeverity: 'error',
  description: 'REDIS_KEY_PREFIX and REDIS_KEY_PREFIX_VAR are both set: LibreChat throws at startup.',
  check(context) {
    const { REDIS_KEY_PREFIX, REDIS_KEY_PREFIX_VAR } = context.environment;
    if (!REDIS_KEY_PREFIX || !REDIS_KEY_PREFIX_VAR) return [];
    return [
      reportEnvKey(context, 'REDIS_KEY_PREFIX_VAR', {
        code: 'redis-prefix-conflict',
        params: { prefixVariable: REDIS_KEY_PREFIX_VAR },
      }),
    ];
  },
};
