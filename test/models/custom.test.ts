import { describe, expect, it } from 'vitest';
import { checkResolution } from '../../src/models/checks.js';
import { explainModel } from '../../src/models/why.js';
import { fixText } from '../../src/report/check-models/messages.js';
import { useLanguage } from '../../src/report/i18n/index.js';
import { customEntry, providerTable, resolveWith } from './helpers.js';

const env = { PROVIDER_KEY: 'sk-test-fake-provider-0000000001' };
const configOf = (...entries: Record<string, unknown>[]) => ({ version: '1.3.17', endpoints: { custom: entries } });

describe('custom endpoints', () => {
  it('drops an entry with a missing field and names the case typo (apikey) as the fix', async () => {
    const entry = customEntry({ apiKey: undefined, apikey: '${PROVIDER_KEY}', models: { default: ['model-a'] } });
    const resolution = await resolveWith(configOf(entry), env, providerTable({}));
    const [endpoint] = resolution.endpoints;
    expect(endpoint).toMatchObject({ status: 'dropped', models: [], pointer: '/endpoints/custom/0' });
    expect(checkResolution(resolution, env)[0]).toMatchObject({ code: 'entry-dropped', status: 'fail', args: { missing: ['apiKey'], typos: ['apikey'] } });
    const why = explainModel(resolution, 'model-a');
    expect(why.verdict).toBe('not-shown');
    expect(why.steps).toEqual([expect.objectContaining({ code: 'entry-missing-field', outcome: 'stop' })]);
    expect(why.fix).toEqual({ kind: 'command', text: 'lc-doctor validate --fix' });
  });

  it('fetch: true with a baseURL ending in /chat/completions fails and falls back to models.default', async () => {
    const entry = customEntry({ baseURL: 'http://127.0.0.1:9/v1/chat/completions', models: { default: ['model-a'], fetch: true } });
    const port = providerTable({ 'http://127.0.0.1:9/v1/models': ['model-a', 'model-b'], 'http://127.0.0.1:9/v1/chat/completions/models': { status: 404 } });
    const resolution = await resolveWith(configOf(entry), env, port);
    const [endpoint] = resolution.endpoints;
    expect(port.requests.map((r) => r.url)).toEqual(['http://127.0.0.1:9/v1/chat/completions/models']);
    expect(endpoint!.status).toBe('fallback');
    expect(endpoint!.models).toEqual([{ id: 'model-a', origin: { kind: 'yaml-list', pointer: '/endpoints/custom/0/models/default', index: 0 } }]);
    const [check] = checkResolution(resolution, env);
    expect(check).toMatchObject({ code: 'endpoint-fallback', status: 'warn', args: { cause: 'fetch-chat-completions-url', status: 404 }, fix: { kind: 'yaml', text: 'baseURL: "http://127.0.0.1:9/v1"' } });
    // model-b exists at the provider but LibreChat never saw the list.
    const why = explainModel(resolution, 'model-b');
    expect(why.steps.map((s) => s.code)).toEqual(['custom-always-shown', 'fetch-chat-completions-url', 'fetch-url', 'fetch-failed', 'fallback-defaults', 'model-not-listed']);
  });

  it('fetched ids replace models.default: a configured id the provider spells differently drops out', async () => {
    const entry = customEntry({ models: { default: ['deepseek-ai/DeepSeek-V3.2-exp'], fetch: true } });
    const port = providerTable({ 'http://127.0.0.1:9/v1/models': ['deepseek-ai/DeepSeek-V3.2-Exp', 'Qwen/Qwen3-8B'] });
    const resolution = await resolveWith(configOf(entry), env, port);
    expect(port.requests[0]!.headers).toEqual({ Authorization: `Bearer ${env.PROVIDER_KEY}` });
    expect(checkResolution(resolution, env)).toContainEqual(
      expect.objectContaining({ code: 'model-replaced-by-fetch', status: 'fail', model: 'deepseek-ai/DeepSeek-V3.2-exp', args: expect.objectContaining({ suggestion: 'deepseek-ai/DeepSeek-V3.2-Exp', kind: 'case' }) }),
    );
    const why = explainModel(resolution, 'deepseek-ai/DeepSeek-V3.2-exp');
    expect(why.verdict).toBe('not-shown');
    expect(why.steps.at(-1)).toMatchObject({ code: 'model-replaced-by-fetch', outcome: 'stop' });
    expect(why.fix?.text).toBe('models:\n  default: ["deepseek-ai/DeepSeek-V3.2-Exp"]');
  });

  it('fetch: false with a wrong-case id: it shows, but the provider does not serve it', async () => {
    const entry = customEntry({ models: { default: ['Qwen/qwen3-8b', 'model-a'] } });
    const port = providerTable({ 'http://127.0.0.1:9/v1/models': ['Qwen/Qwen3-8B', 'model-a', 'model-c'] });
    const resolution = await resolveWith(configOf(entry), env, port);
    expect(resolution.endpoints[0]!.models.map((m) => m.id)).toEqual(['Qwen/qwen3-8b', 'model-a']);
    expect(checkResolution(resolution, env)).toContainEqual(expect.objectContaining({ code: 'model-not-at-provider', model: 'Qwen/qwen3-8b', status: 'fail' }));
    const why = explainModel(resolution, 'Qwen/qwen3-8b');
    expect(why.verdict).toBe('shown-not-served');
    expect(why.steps.at(-1)).toMatchObject({ code: 'model-not-at-provider', args: { suggestion: 'Qwen/Qwen3-8B', kind: 'case' } });
    // A model the provider has but the config does not list.
    const missing = explainModel(resolution, 'model-c');
    expect(missing.steps.at(-1)).toMatchObject({ code: 'model-only-at-provider', outcome: 'stop' });
    expect(missing.fix?.text).toBe('models:\n  default: ["Qwen/qwen3-8b", "model-a", "model-c"]');
  });

  it("a name starting with 'ollama' asks /api/tags first; 0.8.x then tries /models, 0.7.7 falls back to models.default", async () => {
    const entry = customEntry({ name: 'Ollama-gateway', baseURL: 'http://127.0.0.1:9/v1', models: { default: ['llama3'], fetch: true } });
    const port = providerTable({ 'http://127.0.0.1:9/api/tags': { status: 404 }, 'http://127.0.0.1:9/v1/models': ['llama3.1:8b'] });
    const newer = await resolveWith(configOf(entry), env, port, '0.8.8');
    expect(newer.endpoints[0]!.models.map((m) => m.id)).toEqual(['llama3.1:8b']);
    expect(port.requests.map((r) => [r.url, r.shape])).toEqual([
      ['http://127.0.0.1:9/api/tags', 'ollama'],
      ['http://127.0.0.1:9/v1/models', 'openai'],
    ]);
    const older = await resolveWith(configOf(entry), env, port, '0.7.7');
    expect(older.endpoints[0]).toMatchObject({ status: 'fallback' });
    expect(older.endpoints[0]!.models.map((m) => m.id)).toEqual(['llama3']);
    const why = explainModel(older, 'llama3.1:8b');
    expect(why.steps.map((s) => s.code)).toContain('ollama-tags');
    expect(why.steps.find((s) => s.code === 'ollama-tags')).toMatchObject({ outcome: 'warn', args: { fallsBack: false } });
  });

  it("the printed fixes' YAML comments are in the admin's language: fetch: false keeps models.default; a name without 'ollama' skips /api/tags", async () => {
    const kept = customEntry({ models: { default: ['my-finetune'], fetch: true } });
    const fetched = await resolveWith(configOf(kept), env, providerTable({ 'http://127.0.0.1:9/v1/models': ['Qwen/Qwen3-8B'] }));
    const keepFix = explainModel(fetched, 'my-finetune').fix!;
    const ollama = customEntry({ name: 'ollama-local', baseURL: 'http://127.0.0.1:9/v1', models: { default: ['llama3'], fetch: true } });
    const tags = await resolveWith(configOf(ollama), env, providerTable({ 'http://127.0.0.1:9/api/tags': { status: 404 } }), '0.7.7');
    const renameFix = explainModel(tags, 'llama3.1:8b').steps.find((s) => s.code === 'ollama-tags')!.fix!;
    expect([fixText(keepFix), fixText(renameFix)]).toEqual(['models:\n  fetch: false   # keep models.default as written', 'name: "local"   # a name not starting with "ollama" fetches /models only']);
    await useLanguage('zh-CN');
    try {
      expect([fixText(keepFix), fixText(renameFix)]).toEqual(['models:\n  fetch: false   # 按原样保留 models.default', 'name: "local"   # 名字不以 "ollama" 开头时，只请求 /models']);
    } finally {
      await useLanguage('en');
    }
  });

  it('user_provided with fetch: never fetched up to 0.8.4, fetched per user from 0.8.5', async () => {
    const entry = customEntry({ apiKey: 'user_provided', models: { default: ['model-a'], fetch: true } });
    const port = providerTable({});
    const older = await resolveWith(configOf(entry), env, port, '0.7.7');
    const newer = await resolveWith(configOf(entry), env, port, '0.8.8');
    expect(port.requests).toHaveLength(0);
    expect(older.endpoints[0]!.steps.map((s) => s.code)).toContain('user-provided-defaults');
    expect(checkResolution(older, env)).toContainEqual(expect.objectContaining({ code: 'user-provided-no-fetch', status: 'warn' }));
    expect(newer.endpoints[0]!.steps.map((s) => s.code)).toContain('user-provided-fetch-later');
    expect(explainModel(older, 'model-b').steps.map((s) => s.code)).toEqual(['custom-always-shown', 'user-provided-defaults', 'model-not-listed']);
  });

  it('a trailing slash: 0.8.1+ strips it, 0.7.7 and 0.8.0 ask //models', async () => {
    const entry = customEntry({ baseURL: 'http://127.0.0.1:9/v1/', models: { default: ['model-a'], fetch: true } });
    const port = providerTable({ 'http://127.0.0.1:9/v1/models': ['model-a'] });
    expect((await resolveWith(configOf(entry), env, port, '0.8.8')).endpoints[0]!.status).toBe('shown');
    expect((await resolveWith(configOf(entry), env, port, '0.8.1')).endpoints[0]!.status).toBe('shown');
    for (const version of ['0.7.7', '0.8.0']) {
      const older = await resolveWith(configOf(entry), env, port, version);
      expect(port.requests.at(-1)!.url, version).toBe('http://127.0.0.1:9/v1//models');
      expect(older.endpoints[0]!.steps.map((s) => s.code), version).toContain('fetch-trailing-slash');
    }
  });

  it("the entry's headers go with the /models fetch from 0.8.1 (ModelService's fetchModels), not on 0.8.0", async () => {
    const entry = customEntry({ headers: { 'X-Team': 'blue' }, models: { default: ['model-a'], fetch: true } });
    const port = providerTable({ 'http://127.0.0.1:9/v1/models': ['model-a'] });
    await resolveWith(configOf(entry), env, port, '0.8.1');
    expect(port.requests.at(-1)!.headers).toMatchObject({ 'X-Team': 'blue' });
    await resolveWith(configOf(entry), env, port, '0.8.0');
    expect(port.requests.at(-1)!.headers).not.toHaveProperty('X-Team');
  });
});
