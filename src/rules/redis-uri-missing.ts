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
        message: 'USE_REDIS is true but REDIS_URI is not set: LibreChat stops at startup with "USE_REDIS is enabled but REDIS_URI is not set."',
        hint: 'set REDIS_URI=redis://host:6379, or USE_REDIS=false',
      }),
    ];
  },
};
