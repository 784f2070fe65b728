import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROFILES, startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { knownModels, presets, requirePreset } from '../../src/providers/index.js';

const KEY = 'sk-test-fake-mockprovider0001';
let deepseek: MockProvider;
let modelscope: MockProvider;
let dashscope: MockProvider;

beforeAll(async () => {
  deepseek = await startMockProvider({ profile: 'deepseek', apiKey: KEY });
  modelscope = await startMockProvider({ profile: 'modelscope', apiKey: KEY });
  dashscope = await startMockProvider({ profile: 'dashscope', apiKey: KEY });
});
afterAll(async () => {
  await Promise.all([deepseek.close(), modelscope.close(), dashscope.close()]);
});

const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
const chat = (base: string, body: object, headers: Record<string, string> = auth) => fetch(`${base}/chat/completions`, { method: 'POST', headers, body: JSON.stringify(body) });

describe('mock provider HTTP surface', () => {
  test('GET /v1/models lists the profile models; the bearer key is checked', async () => {
    const listed = await fetch(`${deepseek.url}/models`, { headers: auth });
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { data: { id: string }[] }).data.map((m) => m.id)).toEqual(knownModels(requirePreset('deepseek')));
    expect((await fetch(`${deepseek.url}/models`)).status).toBe(401);
    expect((await chat(deepseek.url, { model: 'deepseek-flash', messages: [] }, { authorization: 'Bearer wrong' })).status).toBe(401);
  });

  test('ModelScope answers /models without a key, like the real one', async () => {
    expect((await fetch(`${modelscope.url}/models`)).status).toBe(200);
  });

  test('non-streaming answers carry message.reasoning_content and usage', async () => {
    const response = await chat(deepseek.url, { model: 'deepseek-flash', messages: [{ role: 'user', content: 'hi' }] });
    const body = (await response.json()) as { choices: { message: Record<string, string> }[]; usage: Record<string, unknown> };
    expect(body.choices[0]!.message).toMatchObject({ role: 'assistant', content: '17 + 25 = 42', reasoning_content: expect.any(String) });
    expect(body.usage).toMatchObject({ completion_tokens_details: { reasoning_tokens: 12 } });
  });

  test('DashScope: 400 for thinking on a non-streaming call, fine without thinking', async () => {
    const thinking = await chat(dashscope.url, { model: 'qwen-plus', messages: [], enable_thinking: true });
    expect(thinking.status).toBe(400);
    expect(JSON.stringify(await thinking.json())).toContain('enable_thinking must be set to false for non-streaming calls');
    expect((await chat(dashscope.url, { model: 'qwen-plus', messages: [] })).status).toBe(200);
  });

  test('streams end with usage and [DONE]; unknown models get 404', async () => {
    const text = await (await chat(dashscope.url, { model: 'qwen-plus', messages: [], stream: true, stream_options: { include_usage: true }, enable_thinking: true })).text();
    expect(text).toContain('"reasoning_content":"Units');
    expect(text).toMatch(/"choices":\[\],"usage":\{/);
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect((await chat(deepseek.url, { model: 'nope', messages: [] })).status).toBe(404);
  });
});

const cli = new URL('../../bin/lc-doctor.js', import.meta.url).pathname;
const built = existsSync(new URL('../../dist/cli/main.js', import.meta.url));

describe.skipIf(!built)(`lc-doctor mock-provider as a process${built ? '' : ' (dist/ missing: run npm run build)'}`, () => {
  test('prints its URL, serves, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [cli, 'mock-provider', '--port', '0', '--profile', 'openrouter', '--api-key', KEY], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const match = /listening on (http:\/\/\S+\/v1)/.exec(out);
        if (match && out.includes('press Ctrl+C to stop')) resolve(match[1]!);
      });
      child.on('exit', () => reject(new Error(`exited early: ${out}`)));
    });
    expect(out).not.toContain(KEY);
    // The entry to paste points where the server listens (not at a host a loopback bind cannot serve).
    expect(out).toContain(`baseURL: "${url}"`);
    expect(out).toContain('LibreChat in Docker cannot reach 127.0.0.1 here: restart with --host 0.0.0.0');
    const stream = await (await chat(url, { model: 'deepseek/deepseek-r1', messages: [], stream: true })).text();
    expect(stream).toContain(': OPENROUTER PROCESSING\r\n\r\n');
    expect(stream).toContain('"reasoning_details":[{"type":"reasoning.text"');
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('the librechat.yaml entry it prints', () => {
  test('a non-loopback bind is meant for a LibreChat container: host.docker.internal, no Docker note', async () => {
    const { describeLibreChatSetup } = await import('../../src/report/mock-provider/index.js');
    const { PROFILES } = await import('../../src/mock-provider/profiles.js');
    const text = describeLibreChatSetup(PROFILES.dashscope, { host: '0.0.0.0', apiKey: KEY }, '8765');
    expect(text).toContain('baseURL: "http://host.docker.internal:8765/v1"');
    expect(text).toContain('addParams:\n      enable_thinking: true');
    expect(text).toContain('.env: MOCK_PROVIDER_KEY= followed by the --api-key value');
    expect(text).not.toContain('cannot reach');
    expect(text).not.toContain(KEY);
  });
});

describe('profiles play their provider preset', () => {
  test('each provider profile serves exactly its preset\'s models (one list, kept in src/providers)', () => {
    const backed = Object.values(PROFILES).filter((p) => p.preset !== undefined);
    expect(backed.map((p) => p.name).sort()).toEqual(['coreshub', 'dashscope', 'deepseek', 'modelscope', 'modelverse', 'openrouter', 'siliconflow']);
    for (const profile of backed) expect(profile.models).toEqual(knownModels(presets.find((p) => p.id === profile.name)!));
  });

  test('every model a preset writes by default answers on its profile (CoresHub QwQ-32B included)', async () => {
    const coreshub = await startMockProvider({ profile: 'coreshub', apiKey: KEY });
    try {
      for (const model of requirePreset('coreshub').defaultModels) {
        expect((await chat(coreshub.url, { model, stream: false, messages: [{ role: 'user', content: 'hi' }] })).status).toBe(200);
      }
    } finally {
      await coreshub.close();
    }
  });

  test('ModelScope: DeepSeek-V3.2-Exp thinks with enable_thinking only, and 400s it outside a stream', async () => {
    const ask = (extra: object) => chat(modelscope.url, { model: 'deepseek-ai/DeepSeek-V3.2-Exp', messages: [{ role: 'user', content: 'hi' }], ...extra });
    const plain = (await (await ask({ stream: false })).json()) as { choices: [{ message: Record<string, unknown> }] };
    expect(plain.choices[0].message.reasoning_content ?? '').toBe('');
    const thinking = (await (await ask({ stream: true, enable_thinking: true })).text());
    expect(thinking).toMatch(/"reasoning_content":"[^"]+"/);
    const rejected = await ask({ stream: false, enable_thinking: true });
    expect(rejected.status).toBe(400);
    expect(await rejected.text()).toContain('enable thinking can not be support when `stream=False`');
  });

  test('ModelScope: the switch on a model without one is a 400, as the real API answers', async () => {
    const response = await chat(modelscope.url, { model: 'Qwen/Qwen3-235B-A22B-Instruct-2507', stream: true, enable_thinking: true, messages: [{ role: 'user', content: 'hi' }] });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('does not support parameter `enable_thinking`');
  });

  test('Bailian: open-source Qwen3 thinks by default, so a non-streaming call needs enable_thinking: false', async () => {
    const ask = (extra: object) => chat(dashscope.url, { model: 'qwen3-32b', stream: false, messages: [{ role: 'user', content: 'hi' }], ...extra });
    expect((await ask({})).status).toBe(400);
    expect((await ask({ enable_thinking: false })).status).toBe(200);
  });

  test('--models replaces the served list: /models lists them, other ids 404', async () => {
    const custom = await startMockProvider({ profile: 'dashscope', apiKey: KEY, models: ['qwen-plus', 'my-model'] });
    try {
      const listed = (await (await fetch(`${custom.url}/models`, { headers: auth })).json()) as { data: { id: string }[] };
      expect(listed.data.map((m) => m.id)).toEqual(['qwen-plus', 'my-model']);
      expect((await chat(custom.url, { model: 'qwen-max', stream: false, messages: [] })).status).toBe(404);
    } finally {
      await custom.close();
    }
  });
});
