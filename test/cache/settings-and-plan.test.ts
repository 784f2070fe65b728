import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCacheSettings } from '../../src/cache/connection.js';
import { attributeKeys, decideFamilies, keepTrustedKeys } from '../../src/cache/detect.js';
import { FAMILIES, familyForVersion } from '../../src/cache/families.js';
import { buildAllTargets, buildFamilyTargets, escapeGlob, mergeTargets } from '../../src/cache/targets.js';
import { HandledError, UsageError } from '../../src/core/errors.js';

const redisEnv = (extra: Record<string, string> = {}) => ({ USE_REDIS: 'true', REDIS_URI: 'redis://127.0.0.1:6379', ...extra });

describe('resolveCacheSettings follows LibreChat cacheConfig/redisClients', () => {
  it('USE_REDIS is true only for "true" (isEnabled), and requires REDIS_URI', () => {
    expect(resolveCacheSettings({ USE_REDIS: '1', REDIS_URI: 'redis://x' }).useRedis).toBe(false);
    expect(resolveCacheSettings({ USE_REDIS: ' TRUE ', REDIS_URI: 'redis://x' }).useRedis).toBe(true);
    expect(() => resolveCacheSettings({ USE_REDIS: 'true' })).toThrow(expect.objectContaining({ problem: { code: 'redis.uri-missing', params: {} } }));
  });

  it('a comma list or USE_REDIS_CLUSTER means cluster; nodes default to port 6379', () => {
    const s = resolveCacheSettings(redisEnv({ REDIS_URI: 'redis://a:7001,redis://b' }));
    expect(s.redis?.cluster).toBe(true);
    expect(s.redis?.nodes).toEqual([{ host: 'a', port: 7001 }, { host: 'b', port: 6379 }]);
    expect(resolveCacheSettings(redisEnv({ USE_REDIS_CLUSTER: 'true' })).redis?.cluster).toBe(true);
  });

  it('REDIS_USERNAME/REDIS_PASSWORD apply only when the first URI has no credentials; passwords are masked', () => {
    const fromEnv = resolveCacheSettings(redisEnv({ REDIS_USERNAME: 'lc', REDIS_PASSWORD: 'env-password-1' }));
    expect(fromEnv.redis).toMatchObject({ username: 'lc', password: 'env-password-1' });
    const inUri = resolveCacheSettings(redisEnv({ REDIS_URI: 'redis://me:uri%40pass-123@h:1/2', REDIS_PASSWORD: 'env-password-1' }));
    expect(inUri.redis).toMatchObject({ username: 'me', password: 'uri@pass-123', db: 2 });
    expect(inUri.redis?.display).not.toContain('pass-123');
    expect(inUri.secrets).toContain('uri@pass-123');
  });

  it('rediss:// or a readable REDIS_CA enables TLS; a missing CA file warns and continues without TLS', () => {
    expect(resolveCacheSettings(redisEnv({ REDIS_URI: 'rediss://h:6380' })).redis?.tls).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'lc-ca-'));
    writeFileSync(join(dir, 'ca.pem'), '-----BEGIN CERTIFICATE-----\nfake\n-----END CERTIFICATE-----\n');
    expect(resolveCacheSettings(redisEnv({ REDIS_CA: join(dir, 'ca.pem') })).redis).toMatchObject({ tls: true, ca: expect.stringContaining('BEGIN') });
    const missing = resolveCacheSettings(redisEnv({ REDIS_CA: join(dir, 'nope.pem') }));
    expect(missing.redis?.tls).toBe(false);
    expect(missing.warnings[0]).toContain('not found');
  });

  it('prefix = env[REDIS_KEY_PREFIX_VAR] || REDIS_KEY_PREFIX; both set is an error', () => {
    expect(resolveCacheSettings(redisEnv({ REDIS_KEY_PREFIX_VAR: 'K_REVISION', K_REVISION: 'rev-7' }))).toMatchObject({ keyPrefix: 'rev-7', keyPrefixSource: 'REDIS_KEY_PREFIX_VAR=K_REVISION' });
    expect(resolveCacheSettings(redisEnv({ REDIS_KEY_PREFIX_VAR: 'K_REVISION' })).keyPrefix).toBe('');
    expect(() => resolveCacheSettings(redisEnv({ REDIS_KEY_PREFIX_VAR: 'K', REDIS_KEY_PREFIX: 'p' }))).toThrow(HandledError);
  });

  it('FORCED_IN_MEMORY_CACHE_NAMESPACES: unset differs from empty', () => {
    expect(resolveCacheSettings(redisEnv()).forcedInMemory).toBeUndefined();
    expect(resolveCacheSettings(redisEnv({ FORCED_IN_MEMORY_CACHE_NAMESPACES: '' })).forcedInMemory).toEqual([]);
    expect(resolveCacheSettings(redisEnv({ FORCED_IN_MEMORY_CACHE_NAMESPACES: ' CONFIG_STORE , APP_CONFIG' })).forcedInMemory).toEqual(['CONFIG_STORE', 'APP_CONFIG']);
  });

  it('--redis-uri implies Redis; --mongo-uri overrides MONGO_URI', () => {
    const s = resolveCacheSettings({ MONGO_URI: 'mongodb://a/LibreChat' }, { redisUri: 'redis://h', mongoUri: 'mongodb://b/x' });
    expect(s.useRedis).toBe(true);
    expect(s.mongoUri).toBe('mongodb://b/x');
  });
});

describe('familyForVersion', () => {
  it.each([
    ['0.7.5', '0.7.5-0.7.6'],
    ['v0.7.6', '0.7.5-0.7.6'],
    ['0.7.7', '0.7.7'],
    ['0.7.8', '0.7.8'],
    ['0.7.9-rc1', '0.7.8'],
    ['0.7.9', '0.7.9'],
    ['0.8.0-rc3', '0.8.0-0.8.2'],
    ['0.8.2', '0.8.0-0.8.2'],
    ['0.8.3', '0.8.3-0.8.4'],
    ['0.8.4', '0.8.3-0.8.4'],
    ['0.8.5-rc1', '0.8.5+'],
    ['0.8.8', '0.8.5+'],
  ])('%s -> %s', (version, family) => expect(familyForVersion(version).id).toBe(family));

  it('rejects nonsense and versions before v0.7.5', () => {
    expect(() => familyForVersion('latest')).toThrow(UsageError);
    expect(() => familyForVersion('0.7.4')).toThrow(UsageError);
  });
});

describe('per-family key plans', () => {
  const keysOf = (id: keyof typeof FAMILIES, env: Record<string, string> = {}) => buildFamilyTargets(FAMILIES[id], resolveCacheSettings(redisEnv(env)));

  it('v0.7.5-0.7.6: shared keyv namespace, no prefix support, MODEL_QUERIES only as base URLs', () => {
    const t = keysOf('0.7.5-0.7.6', { REDIS_KEY_PREFIX: 'tenantA' });
    expect(t.exact.map((e) => e.key)).toContain('sets:namespace:keyv:keyv:modelsConfig');
    expect(t.scans.map((s) => s.match)).toEqual(['sets:namespace:keyv:keyv:http*']);
  });

  it('v0.7.7: REDIS_KEY_PREFIX prepended raw (ioredis keyPrefix), but not in cluster mode', () => {
    expect(keysOf('0.7.7', { REDIS_KEY_PREFIX: 'tenantA' }).exact[0]!.key).toBe('tenantAsets:namespace:keyv:keyv:modelsConfig');
    expect(keysOf('0.7.7', { REDIS_KEY_PREFIX: 'tenantA', USE_REDIS_CLUSTER: 'true' }).exact[0]!.key).toBe('sets:namespace:keyv:keyv:modelsConfig');
  });

  it('v0.7.8 ignores the prefix; v0.7.9 uses <P>::configStore:…', () => {
    expect(keysOf('0.7.8', { REDIS_KEY_PREFIX: 'p' }).exact[0]!.key).toBe('keyv::keyv:modelsConfig');
    expect(keysOf('0.7.9', { REDIS_KEY_PREFIX: 'p' }).exact.map((e) => e.key)).toEqual([
      'p::configStore:modelsConfig',
      'p::configStore:endpointsConfig',
      'p::configStore:startupConfig',
      'p::configStore:customConfig',
    ]);
  });

  it('v0.8.0-0.8.2 keeps everything in Redis; v0.8.3+ defaults CONFIG_STORE and APP_CONFIG to memory', () => {
    expect(keysOf('0.8.0-0.8.2').exact.map((e) => e.key)).toEqual(['CONFIG_STORE:MODELS_CONFIG', 'CONFIG_STORE:ENDPOINT_CONFIG', 'CONFIG_STORE:STARTUP_CONFIG', 'APP_CONFIG:_BASE_']);
    expect(keysOf('0.8.3-0.8.4').exact).toEqual([]);
    expect(keysOf('0.8.3-0.8.4', { FORCED_IN_MEMORY_CACHE_NAMESPACES: '' }).exact).toHaveLength(4);
    expect(keysOf('0.8.5+', { FORCED_IN_MEMORY_CACHE_NAMESPACES: '' }).exact.map((e) => e.key)).toEqual(['APP_CONFIG:_BASE_']);
  });

  it('escapes glob metacharacters of the prefix in SCAN MATCH', () => {
    expect(escapeGlob('t[1]*?\\')).toBe('t\\[1\\]\\*\\?\\\\');
    expect(keysOf('0.8.5+', { REDIS_KEY_PREFIX: 'a*b' }).scans.map((s) => s.match)).toEqual(['a\\*b::MODEL_QUERIES:*']);
  });

  it('TOKEN_CONFIG only with includeTokenConfig, and never for the shared namespace', () => {
    const settings = resolveCacheSettings(redisEnv());
    expect(buildFamilyTargets(FAMILIES['0.8.0-0.8.2'], settings, { includeTokenConfig: true }).scans.map((s) => s.match)).toContain('TOKEN_CONFIG:*');
    expect(buildFamilyTargets(FAMILIES['0.7.8'], settings, { includeTokenConfig: true }).scans.map((s) => s.match)).toEqual(['keyv::keyv:http*']);
  });
});

describe('family detection from the keys present', () => {
  const settings = resolveCacheSettings(redisEnv());
  const all = mergeTargets(buildAllTargets(settings));
  const scanOf = (match: string) => all.scans.find((s) => s.match === match)!;
  const detect = (existing: string[], scanned: Record<string, string[]> = {}, chosen?: keyof typeof FAMILIES) => {
    const found = attributeKeys(all.exact, new Set(existing), Object.entries(scanned).map(([m, keys]) => ({ target: scanOf(m), keys })));
    return { found: keepTrustedKeys(found, chosen), decision: decideFamilies(chosen, keepTrustedKeys(found, chosen)) };
  };

  it('v0.8.5+ hashed MODEL_QUERIES keys are told apart from base-URL keys', () => {
    expect(detect([], { 'MODEL_QUERIES:*': ['MODEL_QUERIES:fb80e3a8656953472033a06703b50912'] }).decision.families).toEqual(['0.8.5+']);
    expect(detect([], { 'MODEL_QUERIES:*': ['MODEL_QUERIES:https://api.openai.com/v1'] }).decision.families).toEqual(['0.8.0-0.8.2', '0.8.3-0.8.4']);
  });

  it('keys of two spellings coexisting are ambiguous and both kept in the plan', () => {
    const { decision, found } = detect(['configStore:modelsConfig', 'CONFIG_STORE:MODELS_CONFIG']);
    expect(decision).toMatchObject({ decidedBy: 'keys', ambiguous: true });
    expect(found).toHaveLength(2);
  });

  it('shared-namespace URL keys count only when that family is chosen or its exact keys exist', () => {
    expect(detect([], { 'keyv::keyv:http*': ['keyv::keyv:https://x'] }).found).toEqual([]);
    expect(detect(['keyv::keyv:modelsConfig'], { 'keyv::keyv:http*': ['keyv::keyv:https://x'] }).found).toHaveLength(2);
    expect(detect([], { 'keyv::keyv:http*': ['keyv::keyv:https://x'] }, '0.7.8').found).toHaveLength(1);
  });

  it('nothing found and no option: undecided', () => {
    expect(detect([]).decision).toMatchObject({ decidedBy: 'none', families: [] });
  });
});


describe('family key names agree with the real librechat-data-provider CacheKeys', () => {
  const require = createRequire(import.meta.url);
  const cases = [
    ['ldp-0.7.6998', '0.7.9'],
    ['ldp-0.8.501', '0.8.0-0.8.2'],
    ['ldp-0.8.524', '0.8.5+'],
  ] as const;
  it.each(cases)('%s matches family %s', (pkg, id) => {
    const keys = (require(pkg) as { CacheKeys: Record<string, string> }).CacheKeys;
    const n = FAMILIES[id].names;
    expect([n.configStore, n.modelsConfig, n.endpointsConfig, n.startupConfig, n.modelQueries, n.tokenConfig, n.customConfig, n.appConfig]).toEqual([
      keys.CONFIG_STORE,
      keys.MODELS_CONFIG,
      keys.ENDPOINT_CONFIG,
      keys.STARTUP_CONFIG,
      keys.MODEL_QUERIES,
      keys.TOKEN_CONFIG,
      keys.CUSTOM_CONFIG,
      keys.APP_CONFIG,
    ]);
  });
});
