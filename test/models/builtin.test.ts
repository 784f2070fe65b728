import { describe, expect, it } from 'vitest';
import { checkResolution } from '../../src/models/checks.js';
import { explainModel } from '../../src/models/why.js';
import { providerTable, resolveWith, targetFacts } from './helpers.js';

const KEY = 'sk-test-fake-openai-000000000000';

describe('built-in OpenAI endpoint', () => {
  it('OPENAI_MODELS replaces the default list and disables fetching', async () => {
    const port = providerTable({ 'https://api.openai.com/v1/models': ['gpt-4.1', 'gpt-4o'] });
    const env = { OPENAI_API_KEY: KEY, OPENAI_MODELS: 'gpt-4o, o3 ,,' };
    const resolution = await resolveWith(undefined, env, port);
    const openAI = resolution.endpoints.find((e) => e.name === 'openAI')!;
    expect(openAI.models).toEqual([
      { id: 'gpt-4o', origin: { kind: 'env-list', variable: 'OPENAI_MODELS' } },
      { id: 'o3', origin: { kind: 'env-list', variable: 'OPENAI_MODELS' } },
    ]);
    expect(port.requests).toHaveLength(0);

    const defaultId = targetFacts('0.8.8').facts.defaultModels.openAI!.find((id) => id !== 'gpt-4o' && id !== 'o3')!;
    const why = explainModel(resolution, defaultId);
    expect(why.verdict).toBe('not-shown');
    expect(why.steps.map((s) => s.code)).toContain('env-list-replaces');
    expect(why.steps.at(-1)).toMatchObject({ code: 'model-not-listed', outcome: 'stop' });
    expect(why.fix).toEqual({ kind: 'env', text: `OPENAI_MODELS=gpt-4o,o3,${defaultId}` });
  });

  it('OPENAI_API_KEY=user_provided shows the version default list and never fetches', async () => {
    const port = providerTable({});
    for (const version of ['0.8.8', '0.7.7']) {
      const resolution = await resolveWith(undefined, { OPENAI_API_KEY: 'user_provided' }, port, version);
      const openAI = resolution.endpoints.find((e) => e.name === 'openAI')!;
      expect(openAI.models.map((m) => m.id)).toEqual(targetFacts(version).facts.defaultModels.openAI);
      expect(openAI.steps.map((s) => s.code)).toContain('user-provided-defaults');
      const why = explainModel(resolution, 'gpt-9-not-a-default');
      expect(why.verdict).toBe('not-shown');
      expect(why.steps.map((s) => s.code)).toEqual(['endpoint-enabled', 'user-provided-defaults', 'model-not-listed']);
    }
    expect(port.requests).toHaveLength(0);
  });

  it('filters api.openai.com with the version regex: 0.7.7 drops a bare o1 (#6236), 0.8.8 keeps it', async () => {
    const served = ['o1', 'o1-2024-12-17', 'gpt-4o-realtime-preview', 'gpt-3.5-turbo-instruct', 'gpt-4o', 'whisper-1'];
    const port = providerTable({ 'https://api.openai.com/v1/models': served });
    const newer = (await resolveWith(undefined, { OPENAI_API_KEY: KEY }, port, '0.8.8')).endpoints[0]!;
    const older = (await resolveWith(undefined, { OPENAI_API_KEY: KEY }, port, '0.7.7')).endpoints[0]!;
    expect(newer.models.map((m) => m.id)).toEqual(['o1', 'o1-2024-12-17', 'gpt-4o', 'gpt-3.5-turbo-instruct']);
    expect(older.models.map((m) => m.id)).toEqual(['o1-2024-12-17', 'gpt-4o', 'gpt-3.5-turbo-instruct']);
    expect(explainModel({ ...(await resolveWith(undefined, { OPENAI_API_KEY: KEY }, port, '0.7.7')) }, 'o1').steps.map((s) => s.code)).toContain('openai-filter');
    expect(port.requests[0]!.headers).toEqual({ Authorization: `Bearer ${KEY}` });
  });

  it('keeps a bare o1 from v0.7.8 (#6235) and, on v0.7.5-v0.7.6, only o1- among the o-series', async () => {
    const served = ['o1', 'o3-mini', 'o1-2024-12-17', 'gpt-4o'];
    const port = providerTable({ 'https://api.openai.com/v1/models': served });
    const ids = async (version: string) => (await resolveWith(undefined, { OPENAI_API_KEY: KEY }, port, version)).endpoints[0]!.models.map((m) => m.id);
    expect(await ids('0.7.6')).toEqual(['o1-2024-12-17', 'gpt-4o']);
    expect(await ids('0.7.7')).toEqual(['o3-mini', 'o1-2024-12-17', 'gpt-4o']);
    expect(await ids('0.7.8')).toEqual(served);
  });

  it('OPENROUTER_API_KEY takes the OpenAI list to openrouter.ai up to v0.7.7-rc1, over a proxy and a user_provided key', async () => {
    const routerKey = 'sk-or-test-fake-0000000000';
    const port = providerTable({ 'https://openrouter.ai/api/v1/models': ['openai/gpt-4o', 'deepseek/deepseek-r1'], 'http://127.0.0.1:4000/v1/models': ['proxy-model'] });
    for (const OPENAI_API_KEY of [KEY, 'user_provided']) {
      const env = { OPENAI_API_KEY, OPENROUTER_API_KEY: routerKey, OPENAI_REVERSE_PROXY: 'http://127.0.0.1:4000/v1' };
      const taken = (await resolveWith(undefined, env, port, '0.7.7-rc1')).endpoints[0]!;
      expect(taken.models.map((m) => m.id)).toEqual(['openai/gpt-4o', 'deepseek/deepseek-r1']);
      expect(port.requests.at(-1)).toMatchObject({ url: 'https://openrouter.ai/api/v1/models', headers: { Authorization: `Bearer ${routerKey}` } });
    }
    const requests = port.requests.length;
    const final = (await resolveWith(undefined, { OPENAI_API_KEY: KEY, OPENROUTER_API_KEY: routerKey, OPENAI_REVERSE_PROXY: 'http://127.0.0.1:4000/v1' }, port, '0.7.7')).endpoints[0]!;
    expect(final.models.map((m) => m.id)).toEqual(['proxy-model']);
    expect(port.requests.slice(requests).map((r) => r.url)).toEqual(['http://127.0.0.1:4000/v1/models']);
  });

  it('a reverse proxy is fetched unfiltered from its /v1 root; a failed fetch falls back to the defaults', async () => {
    const port = providerTable({ 'http://127.0.0.1:4000/v1/models': ['my-model', 'whisper-1'] });
    const env = { OPENAI_API_KEY: KEY, OPENAI_REVERSE_PROXY: 'http://127.0.0.1:4000/v1/chat/completions' };
    const openAI = (await resolveWith(undefined, env, port)).endpoints[0]!;
    expect(openAI.models.map((m) => m.id)).toEqual(['my-model', 'whisper-1']);
    expect(openAI.models[0]!.origin).toEqual({ kind: 'fetched', url: 'http://127.0.0.1:4000/v1/models' });

    const down = (await resolveWith(undefined, { OPENAI_API_KEY: KEY, OPENAI_REVERSE_PROXY: 'http://127.0.0.1:4001/v1' }, providerTable({}))).endpoints[0]!;
    expect(down.status).toBe('fallback');
    expect(down.models.map((m) => m.id)).toEqual(targetFacts('0.8.8').facts.defaultModels.openAI);
    expect(checkResolution({ librechatVersion: 'v0.8.8', endpoints: [down], enabledEndpoints: [] }, {})[0]).toMatchObject({ code: 'endpoint-fallback', status: 'warn' });
  });
});

describe('ENDPOINTS', () => {
  it('hides a built-in endpoint it does not list, with the case-sensitive near-miss as the fix', async () => {
    const env = { OPENAI_API_KEY: KEY, OPENAI_MODELS: 'gpt-4o', ENDPOINTS: 'openai,custom' };
    const resolution = await resolveWith(undefined, env, providerTable({}));
    const openAI = resolution.endpoints[0]!;
    expect(openAI.status).toBe('hidden');
    expect(openAI.models).toEqual([]);
    const [check] = checkResolution(resolution, env);
    expect(check).toMatchObject({ code: 'endpoint-hidden', status: 'fail', fix: { kind: 'env', text: 'ENDPOINTS=openAI,custom' } });
    const why = explainModel(resolution, 'gpt-4o');
    expect(why.verdict).toBe('not-shown');
    expect(why.steps.at(-1)).toMatchObject({ code: 'endpoints-allow-list-case', outcome: 'stop' });
  });

  it('never hides custom endpoints', async () => {
    const config = { endpoints: { custom: [{ name: 'groq', apiKey: 'gsk-test-fake', baseURL: 'http://127.0.0.1:9/v1', models: { default: ['llama-3.3-70b'] } }] } };
    const resolution = await resolveWith(config, { ENDPOINTS: 'google' }, providerTable({}));
    expect(resolution.endpoints[0]).toMatchObject({ name: 'groq', status: 'shown' });
    expect(explainModel(resolution, 'llama-3.3-70b').verdict).toBe('shown');
  });

  it('reports *_MODELS set for an endpoint whose key is missing', async () => {
    const resolution = await resolveWith(undefined, { ANTHROPIC_MODELS: 'claude-x' }, providerTable({}));
    expect(checkResolution(resolution, {})[0]).toMatchObject({ code: 'endpoint-not-enabled', status: 'fail', endpoint: 'anthropic' });
  });
});
