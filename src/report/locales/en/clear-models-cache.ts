import type { ClearCacheWords } from '../../clear-models-cache/words.js';
import { plural } from './plural.js';

export const clearCache: ClearCacheWords = {
  warningLabel: 'warning: ',
  warnings: {
    'redis-ca-missing': (w) => `Redis CA certificate file not found: ${w.path} (LibreChat then connects without TLS, as does lc-doctor)`,
    'redis-ca-unreadable': (w) => `Failed to read Redis CA certificate file '${w.path}': ${w.error}`,
  },
  scanning: (redis) => `scanning ${redis} for model-cache keys...`,
  noRedis: 'Redis: not used (USE_REDIS is not true): every LibreChat cache is in process memory.',
  redis: (r) => `Redis: ${r.display} (${r.cluster ? 'cluster' : `standalone, db ${r.db}`}, ${r.prefix ? `prefix "${r.prefix.value}" from ${r.prefix.source}` : 'no key prefix'})`,
  family: {
    option: (labels, how) => `LibreChat: ${labels} (${how ?? 'from --librechat-version'})`,
    keys: (labels, alike) => `LibreChat: ${labels} (detected from the key names present${alike ? '; these versions spell the keys alike, pass --librechat-version for exact restart advice' : ''})`,
    unknown: 'LibreChat: version unknown (no model-cache keys found; pass --librechat-version for restart advice)',
  },
  ambiguous: (evidence) => `! model-cache keys of several LibreChat versions coexist (${evidence}), e.g. orphans left by an upgrade; all of them are in the plan`,
  more: (count) => `(+${count} more)`,
  keysHeading: (count) => `Model-cache keys (${count}):`,
  noKeys: 'No model-cache keys in Redis.',
  status: { planned: 'planned', deleted: 'deleted', kept: 'kept', reappeared: 'reappeared', unknown: 'unknown' },
  noExpiry: 'no expiry',
  details: (parts) => parts.join(', '),
  entry: (key, text) => `${key}: ${text}`,
  orphan: (labels) => `[orphan of ${labels}]`,
  moreLines: (count, noun) => `… and ${count} more ${noun}${count === 1 ? '' : 's'} (--format json lists every one)`,
  listsHeading: 'Cached model lists:',
  noEndpoints: 'no endpoints',
  fetched: (count) => `${plural(count, 'model')} fetched`,
  undecodable: 'value is not Keyv JSON of the expected shape',
  mongo: (m) =>
    m.keys.length === 0
      ? `MongoDB ${m.collection}: no model-config documents (bans and other documents are never touched).`
      : `MongoDB ${m.collection}: ${m.keys.length} model-config document(s): ${m.keys.join(', ')}; deleted ${m.deleted}.`,
  mongoUnreachable: (message) =>
    `warning: MongoDB not reached (${message}). LibreChat keeps no model cache in MongoDB, so the cache verdict above stands; only stray model documents an older tool may have left in 'logs' were not checked (--skip-mongo silences this).`,
  restart: {
    noRedis: 'Restart every LibreChat API process (each PM2/cluster worker, each replica): the model cache lives in process memory and only a restart clears it.',
    inMemory: (family, why) => `${family}: in process memory: ${why}. Restart every API process/replica for model or librechat.yaml changes.`,
    reason: (reason, family, defaults) =>
      ({
        'redis-off': 'USE_REDIS is not true',
        'forced-by-default': `FORCED_IN_MEMORY_CACHE_NAMESPACES is unset, which in ${family} means ${defaults}`,
        'forced-listed': 'FORCED_IN_MEMORY_CACHE_NAMESPACES lists it',
        'redis-on': 'USE_REDIS=true',
      })[reason],
    appConfig: (family) => `${family}: after a librechat.yaml change, APP_CONFIG:_BASE_ must be deleted before the restart (startup reads it instead of the YAML); this command deletes it.`,
  },
  result: {
    fault: (f) =>
      `Stopped by a fault (${f.phase}): deleted ${f.deleted}, not deleted ${f.notDeleted}${f.unknown > 0 ? `, unknown ${f.unknown} (sent, but Redis never answered; run --dry-run to see which are left)` : ''}.`,
    aborted: 'Aborted: nothing deleted.',
    dryRun: (count) => `Dry run: ${count} key(s) would be deleted; nothing was deleted.`,
    nothingStale: 'Nothing stale in Redis: nothing to delete.',
    restartOnly: 'Nothing to clear in Redis; a restart is needed.',
    deleted: (r) => `Deleted ${r.deleted} of ${r.planned} key(s)${r.reappeared > 0 ? `; ${r.reappeared} reappeared (LibreChat rewrote them)` : '; re-check: all gone'}.`,
  },
  question: (count) => `Delete ${count} key(s) listed above? [y/N] `,
};
