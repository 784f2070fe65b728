import { describe, expect, it } from 'vitest';
import { compareCache, modelQueriesIds } from '../../src/models/cache-compare.js';
import { describeCheck } from '../../src/report/check-models/messages.js';
import { explainModel } from '../../src/models/why.js';
import { providerTable, resolveWith, targetFacts } from './helpers.js';

const KEY = 'sk-test-fake-openai-000000000000';

describe('cache comparison', () => {
  it('a cached MODELS_CONFIG with the old default list is stale against OPENAI_MODELS', async () => {
    const resolution = await resolveWith(undefined, { OPENAI_API_KEY: KEY, OPENAI_MODELS: 'gpt-4o,o3,gpt-4.1' }, providerTable({}));
    const defaults = targetFacts('0.8.8').facts.defaultModels.openAI!;
    const [check] = compareCache(resolution, { location: 'redis', modelLists: [{ key: 'CONFIG_STORE:MODELS_CONFIG', endpoints: { openAI: defaults } }], modelQueries: [] });
    expect(check).toMatchObject({ code: 'cache-stale', status: 'fail', endpoint: 'openAI', fix: { kind: 'command', text: 'lc-doctor clear-models-cache' } });
    expect(describeCheck(check!)).toMatch(new RegExp(`^stale: the cache holds ${defaults.length} openAI models, the config gives 3`));
    // --why follows the cache too: LibreChat serves the cached list, so o3 (not a default) waits for a clear.
    const view = { location: 'redis' as const, modelLists: [{ key: 'CONFIG_STORE:MODELS_CONFIG', endpoints: { openAI: defaults } }], modelQueries: [] };
    const clear = { kind: 'command' as const, text: 'lc-doctor clear-models-cache' };
    const why = explainModel(resolution, 'o3', { view, clear });
    expect(why).toMatchObject({ verdict: 'not-shown', fix: clear });
    expect(why.steps.at(-1)).toMatchObject({ code: 'model-cache-stale', outcome: 'stop', args: { entry: 'MODELS_CONFIG', absent: false } });
    expect(explainModel(resolution, 'gpt-4o', { view, clear }).verdict).toBe('shown');
  });

  it('a cached list equal to the resolved one is fresh; no Redis means a restart applies changes', async () => {
    const resolution = await resolveWith(undefined, { OPENAI_API_KEY: KEY, OPENAI_MODELS: 'gpt-4o' }, providerTable({}));
    expect(compareCache(resolution, { location: 'redis', modelLists: [{ key: 'k', endpoints: { openAI: ['gpt-4o'] } }], modelQueries: [] })).toEqual([
      { code: 'cache-fresh', status: 'ok', args: { lists: 1, queries: 0 } },
    ]);
    expect(compareCache(resolution, { location: 'memory', modelLists: [], modelQueries: [] })[0]).toMatchObject({ code: 'cache-in-memory', status: 'ok' });
  });

  it('matches MODEL_QUERIES by base URL (to 0.8.4) and by the 0.8.5+ digest, never by the key itself', async () => {
    const env = { OPENAI_API_KEY: KEY, OPENAI_REVERSE_PROXY: 'http://127.0.0.1:4000/v1' };
    const resolution = await resolveWith(undefined, env, providerTable({ 'http://127.0.0.1:4000/v1/models': ['a', 'b'] }));
    const [, digest] = modelQueriesIds('http://127.0.0.1:4000/v1', KEY);
    expect(digest).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(resolution)).not.toContain(KEY);
    for (const key of [`MODEL_QUERIES:${digest}`, 'sets:namespace:keyv:keyv:http://127.0.0.1:4000/v1']) {
      const [check] = compareCache(resolution, { location: 'redis', modelLists: [], modelQueries: [{ key, models: ['a'] }] });
      expect(check).toMatchObject({ code: 'cache-stale', endpoint: 'openAI', args: { entry: 'MODEL_QUERIES', cached: 1, resolved: 2, missing: ['b'] } });
      expect(check!.args).not.toHaveProperty('expiresIn');
    }
  });

  it('a MODEL_QUERIES entry with a TTL says when it expires by itself; one past it is no cache at all (Keyv reads nothing)', async () => {
    const env = { OPENAI_API_KEY: KEY, OPENAI_REVERSE_PROXY: 'http://127.0.0.1:4000/v1' };
    const resolution = await resolveWith(undefined, env, providerTable({ 'http://127.0.0.1:4000/v1/models': ['a', 'b'] }));
    const [, digest] = modelQueriesIds('http://127.0.0.1:4000/v1', KEY);
    const view = (expiresAt: number) => ({ location: 'redis' as const, modelLists: [], modelQueries: [{ key: `MODEL_QUERIES:${digest}`, models: ['a'], expiresAt }] });
    const now = 1_000_000;
    expect(compareCache(resolution, view(now + 90_500), undefined, now)[0]!.args).toMatchObject({ expiresIn: 91 });
    expect(compareCache(resolution, view(now - 1), undefined, now)).toEqual([{ code: 'cache-fresh', status: 'ok', args: { lists: 0, queries: 1 } }]);
  });
});
