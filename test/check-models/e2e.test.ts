import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { spawnCli } from '../helpers/run-cli.js';
import { startRedis, type RedisServer } from '../setup/redis-servers.js';
import { seedModelCache } from '../setup/seed-librechat.js';

/**
 * End to end: the built CLI against fixture deployments (test/fixtures/check-models/<case>),
 * a real mock provider on 127.0.0.1 and, for the cache case, a real redis-server seeded the way
 * LibreChat 0.7.7 writes it. `npm test` builds first; alone, run `npm run build` before.
 */

const KEY = 'sk-test-fake-e2e-siliconflow-000001';
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/check-models/${name}/`, import.meta.url));
let provider: MockProvider;

beforeAll(async () => {
  if (!existsSync(fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url)))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  provider = await startMockProvider({ profile: 'siliconflow', apiKey: KEY, models: ['deepseek-ai/DeepSeek-V3.2-Exp', 'Qwen/Qwen3-8B'] });
});
afterAll(async () => provider?.close());

function checkModels(name: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  return spawnCli(['check-models', ...args], { cwd: fixture(name), env: { MOCK_BASE_URL: provider.url, ...env } });
}

describe('check-models against fixture deployments', () => {
  it('a wrong-case model id: shown but not served, located in the YAML, near-miss as the fix (exit 1)', async () => {
    const run = await checkModels('typo');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("fail  siliconflow · deepseek-ai/DeepSeek-V3.2-exp  'deepseek-ai/DeepSeek-V3.2-exp' shows in the list but the provider does not serve it");
    expect(run.stdout).toContain("the provider has 'deepseek-ai/DeepSeek-V3.2-Exp' (differs only in case) (librechat.yaml:8:");
    expect(run.stdout).toContain('default: ["deepseek-ai/DeepSeek-V3.2-Exp", "Qwen/Qwen3-8B"]');
    const why = await checkModels('typo', ['--why', 'deepseek-ai/DeepSeek-V3.2-exp']);
    expect(why.code).toBe(1);
    expect(why.stdout).toMatch(/4\. ! 'deepseek-ai\/DeepSeek-V3\.2-exp' shows, but the provider's \/models does not have it/);
  });

  it('a clean deployment: every configured model shows (exit 0)', async () => {
    const run = await checkModels('clean');
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`ok    siliconflow  2 models from GET ${provider.url}/models`);
    expect(run.stdout).toContain('every configured model will show');
    expect(run.code).toBe(0);
  });

  it("OPENAI_MODELS replaces the list and LibreChat fetches nothing; --why reads the proxy's list and stops at that step", async () => {
    const requestsBefore = provider.requests.length;
    const run = await checkModels('openai-models', ['--why', 'gpt-4o'], { OPENAI_REVERSE_PROXY: provider.url });
    // One read-only look at the proxy's /models, the key LibreChat sends to it.
    expect(provider.requests.slice(requestsBefore).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/models']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('2. · OPENAI_MODELS is set: its 2 ids replace the default list');
    expect(run.stdout).toContain("'gpt-4o' is in no list, and the provider's /models does not have it either");
    expect(run.stdout).not.toContain('fix in .env');
  });

  it('OPENAI_API_KEY=user_provided: defaults, no fetch', async () => {
    const run = await checkModels('user-provided', ['--why', 'deepseek-ai/DeepSeek-V3.2-Exp']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('OPENAI_API_KEY is user_provided: no fetch, the openAI list is used');
  });

  it("a custom entry dropped for 'apikey' (exit 1)", async () => {
    const run = await checkModels('dropped');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("fail  siliconflow  dropped at load time: missing apiKey (found 'apikey': keys are case-sensitive)");
    expect(run.stdout).toContain('fix run: lc-doctor validate --fix');
    const why = await checkModels('dropped', ['--why', 'Qwen/Qwen3-8B']);
    expect(why.stdout).toContain('1. ✗ endpoints.custom[0] lacks apiKey: loadConfigModels drops the entry silently');
  });

  it('ENDPOINTS=openai hides the OpenAI endpoint (case-sensitive)', async () => {
    const run = await checkModels('endpoints-hidden', ['--why', 'gpt-4o']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("ENDPOINTS has 'openai', not 'openAI' (case-sensitive): hidden");
    expect(run.stdout).toContain('fix in .env: ENDPOINTS=openAI,agents,custom');
  });

  it('fetch: true against a baseURL ending in /chat/completions falls back to models.default (exit 0, warn)', async () => {
    const run = await checkModels('chat-completions');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`warn  siliconflow  model fetch failed (HTTP 404`);
    expect(run.stdout).toContain(`at ${provider.url}/chat/completions/models`);
    // The fix keeps the config's own \${VAR} form.
    expect(run.stdout).toContain('fix in librechat.yaml: baseURL: "${MOCK_BASE_URL}"');
  });

  it("an 'ollama' name: 0.7.7 asks /api/tags only and falls back; 0.8.8 then fetches /models", async () => {
    const older = await checkModels('ollama', ['--why', 'Qwen/Qwen3-8B', '--librechat-version', '0.7.7']);
    expect(older.stdout).toContain("the name starts with 'ollama': LibreChat asks");
    expect(older.stdout).toContain('this version does not try /models');
    expect(older.code).toBe(1);
    const newer = await checkModels('ollama', ['--why', 'Qwen/Qwen3-8B', '--librechat-version', '0.8.8']);
    expect(newer.stdout).toContain('then tries /models');
    expect(newer.stdout).toContain("'Qwen/Qwen3-8B' is in the list (fetched from");
    expect(newer.code).toBe(0);
  });

  it('a config LibreChat rejects is reported at file:line:col and only built-ins are resolved', async () => {
    const run = await checkModels('broken-config', ['--why', 'Qwen/Qwen3-8B']);
    expect(run.code).toBe(1);
    const report = await checkModels('broken-config');
    expect(report.stdout).toMatch(/fail {2}config {2}`version` must be a string.*LibreChat rejects the whole file.*\(librechat\.yaml:2:10\)/);
    expect(report.stdout).toContain("ok    openAI  ");
    expect(report.stdout).not.toContain('siliconflow');
  });

  it('--format json has schemaVersion and never a key; markdown is a job summary; a missing --config exits 2', async () => {
    const json = await checkModels('typo', ['--format', 'json']);
    const report = JSON.parse(json.stdout) as { schemaVersion: number; exitCode: number; endpoints: { models: { origin: unknown }[] }[] };
    expect(report.schemaVersion).toBe(1);
    expect(report.exitCode).toBe(1);
    expect(report.endpoints[0]!.models[0]!.origin).toEqual({ kind: 'yaml-list', pointer: '/endpoints/custom/0/models/default', index: 0 });
    expect(json.stdout).not.toContain(KEY);
    const markdown = await checkModels('typo', ['--format', 'markdown']);
    expect(markdown.stdout).toMatch(/^## lc-doctor check-models/);
    expect(markdown.stdout).toContain('| ❌ | siliconflow | deepseek-ai/DeepSeek-V3.2-exp |');
    const missing = await checkModels('typo', ['--config', 'nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml does not exist');
    const unknown = await checkModels('typo', ['--endpoint', 'SiliconFlow']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no endpoint named 'SiliconFlow'");
  });
});

describe('check-models and a real Redis', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
    await seedModelCache({ family: '0.7.7', uri: redis.uri() });
  });
  afterAll(async () => redis?.stop());

  it('reports the stale cached lists and changes nothing in Redis', async () => {
    const client = new Redis(redis.uri());
    const snapshot = async () => Promise.all((await client.keys('*')).sort().map(async (k) => [k, await client.get(k), await client.pttl(k)]));
    const before = await snapshot();
    const run = await checkModels('stale-cache', ['--librechat-version', '0.7.7'], { REDIS_URI: redis.uri() });
    expect(run.stdout).toContain('fail  openAI  stale: the cache holds 3 openAI models, the config gives 3 (missing: gpt-4.1)');
    expect(run.stdout).toContain('fail  groq  stale: the cache holds 1 groq models, the config gives 2 (missing: llama-3.1-8b-instant)');
    expect(run.stdout).toContain('fix run: lc-doctor clear-models-cache');
    expect(run.code).toBe(1);
    expect(await snapshot()).toEqual(before);
    const skipped = await checkModels('stale-cache', ['--librechat-version', '0.7.7', '--no-cache-check'], { REDIS_URI: redis.uri() });
    expect(skipped.stdout).not.toContain('stale');
    client.disconnect();
  });

  it('v0.8.8 keeps no aggregate list in Redis; without Redis a restart is what applies changes', async () => {
    const newer = await checkModels('stale-cache', ['--librechat-version', '0.8.8'], { REDIS_URI: redis.uri() });
    expect(newer.stdout).toContain('ok    cache  no model list cached in Redis for this version');
    const memory = await checkModels('stale-cache', ['--librechat-version', '0.7.7'], { USE_REDIS: 'false' });
    expect(memory.stdout).toContain("ok    cache  model lists are cached in LibreChat's process memory: a restart (every replica) applies changes");
  });
});
