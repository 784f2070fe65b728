import type { Rule } from './types.js';
import { isEnabled, reportEnvKey } from './support.js';

/** `packages/api/src/cache/cacheConfig.ts` throws at import time. */
export const redisUriMissing: Rule = {
  id: 'redis-uri-missing',
  defaultSeverity: 'error',
  description: 'USE_REDIS=true without REDIS_URI: LibreChat throws at startup.',
  check(context) {
    const { USE_REDIS, REDIS_URI } = context.environment;
    if (!isEnabled(USE_REDIS) || REDIS_URI) return [];
    return [
      reportEnvKey(context, 'USE_REDIS', {
        code: 'redis-uri-missing',
        params: {},
      }),
    ];
  },
};
