import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { flushRedis, startRedis, type RedisServer } from '../setup/redis-servers.js';
import { AGGREGATE_LIST_FAMILIES, seedFetchedModels, seedModelCache } from '../setup/seed-librechat.js';

/**
 * `check-models --why <model>` reads LibreChat's model cache like plain check-models: a cached list
 * without the model means it does not show until the cache is cleared (exit 1, the clear command
 * as the fix), and both commands say so on the same deployment. Real redis-server, seeded with
 * each family's own keyv code.
 */
const staleCache = fileURLToPath(new URL('../fixtures/check-models/stale-cache/', import.meta.url));
let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => redis?.stop());
beforeEach(async () => {
  await flushRedis(redis);
});

const env = () => ({ REDIS_URI: redis.uri(), FORCED_IN_MEMORY_CACHE_NAMESPACES: '', MOCK_BASE_URL: 'http://127.0.0.1:9' });
const fixOf = (stdout: string) => stdout.split('\n').find((line) => line.includes('fix run: '))?.split('fix run: ')[1];

describe('--why includes the cache step', () => {
  it.each(AGGREGATE_LIST_FAMILIES)('family %s (LibreChat %s): a stale aggregate list keeps the model out until cleared', async (family, version) => {
    await seedModelCache({ family, uri: redis.uri(), forcedInMemory: [] });
    const run = (args: string[]) => runCli(['check-models', '--librechat-version', version, ...args], { cwd: staleCache, env: env() });

    const why = await run(['--why', 'llama-3.1-8b-instant']);
    expect(why.stdout).toContain('does not show');
    expect(why.stdout).toMatch(/is an older list without 'llama-3.1-8b-instant': it serves that list, so the model does not show until the cache is cleared/);
    expect(fixOf(why.stdout)).toBe(`lc-doctor clear-models-cache --librechat-version ${version}`);
    expect(why.code).toBe(1);
    // Plain check-models on the same deployment: the same stale list, the same command.
    const plain = await run([]);
    expect(plain.stdout).toContain('fail  groq  stale: the cache holds 1 groq models, the config gives 2 (missing: llama-3.1-8b-instant)');
    expect(fixOf(plain.stdout)).toBe(fixOf(why.stdout));
    expect(plain.code).toBe(1);
    // The model the cached list has shows.
    expect((await run(['--why', 'llama-3.3-70b'])).code).toBe(0);
  });

  it('pasting the clear command makes the model show', async () => {
    await seedModelCache({ family: '0.7.7', uri: redis.uri(), forcedInMemory: [] });
    const why = await runCli(['check-models', '--librechat-version', '0.7.7', '--why', 'llama-3.1-8b-instant'], { cwd: staleCache, env: env() });
    const command = fixOf(why.stdout)!.split(' ').slice(1);
    // On a terminal it asks first; --yes is the answer a script gives.
    const clear = await runCli([...command, '--yes'], { cwd: staleCache, env: env() });
    expect(clear.code).toBe(0);
    const after = await runCli(['check-models', '--librechat-version', '0.7.7', '--why', 'llama-3.1-8b-instant'], { cwd: staleCache, env: env() });
    expect(after.stdout).toContain("'llama-3.1-8b-instant' is in the list");
    expect(after.code).toBe(0);
  });

  describe('0.8.5+: a fetched list cached in MODEL_QUERIES', () => {
    const KEY = 'sk-test-fake-why-cache-0000000001';
    let provider: MockProvider;
    let folder: Awaited<ReturnType<typeof makeTempDir>>;
    beforeAll(async () => {
      provider = await startMockProvider({ profile: 'deepseek', apiKey: KEY, models: ['relay-old', 'relay-new'] });
      folder = await makeTempDir('lc-doctor-why-cache-');
      await folder.write('.env', `USE_REDIS=true\nRELAY_KEY=${KEY}\n`);
      await folder.write('librechat.yaml', `version: "1.3.0"\nendpoints:\n  custom:\n    - name: "relay"\n      apiKey: "\${RELAY_KEY}"\n      baseURL: "${provider.url}"\n      models:\n        default: ["relay-old"]\n        fetch: true\n`);
    });
    afterAll(async () => {
      await provider?.close();
      await folder?.remove();
    });

    it('the cached fetch lacks the model: --why and plain check-models both fail with the clear command', async () => {
      await seedFetchedModels({ uri: redis.uri(), baseURL: provider.url, apiKey: KEY, models: ['relay-old'] });
      const run = (args: string[]) => runCli(['check-models', '--librechat-version', '0.8.8', ...args], { cwd: folder.path, env: { REDIS_URI: redis.uri() } });
      const why = await run(['--why', 'relay-new']);
      // LibreChat keeps a fetch for two minutes: the model shows when the entry expires, or at once after a clear.
      expect(why.stdout).toMatch(/LibreChat's cached MODEL_QUERIES \(\S+\) is an older list without 'relay-new': it serves that list, so the model does not show until the entry expires \(in (\d+) s\) or the cache is cleared/);
      expect(Number(/expires \(in (\d+) s\)/.exec(why.stdout)![1])).toBeGreaterThan(60);
      expect(Number(/expires \(in (\d+) s\)/.exec(why.stdout)![1])).toBeLessThanOrEqual(120);
      expect(why.code).toBe(1);
      const plain = await run([]);
      expect(plain.stdout).toMatch(/fail {2}relay {2}stale: the cache holds 1 relay models, the config gives 2 \(missing: relay-new\); LibreChat drops this entry by itself in \d+ s/);
      expect(fixOf(plain.stdout)).toBe(fixOf(why.stdout));
      expect(plain.code).toBe(1);
      expect(why.stdout).not.toContain(KEY);
      const chinese = await run(['--why', 'relay-new', '--lang', 'zh-CN']);
      expect(chinese.stdout).toMatch(/是旧列表，里面没有 'relay-new'：LibreChat 用的是这份列表，要等这条缓存过期（\d+ 秒后）或者清除缓存，这个模型才会显示/);
    });
  });
});
