import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { collectProbeTargets, runProbes } from '../../src/probe/index.js';
import { FAKE_KEY, FAKE_KEY_2 } from './helpers.js';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider({ profile: 'deepseek', apiKey: FAKE_KEY });
});
afterAll(() => mock.close());

describe('targets from librechat.yaml + .env', () => {
  const config = {
    endpoints: {
      custom: [
        { name: 'A', apiKey: '${A_KEY}', baseURL: 'https://${HOST}/v1/', models: { default: ['m1', { name: 'm2' }] }, headers: { 'X-Org': '${ORG}' } },
        { name: 'B', apiKey: 'user_provided', baseURL: 'https://b.example/v1', models: { default: ['m'] } },
        { name: 'C', apiKey: '${MISSING}', baseURL: 'https://c.example/v1', models: { default: ['m'] } },
        { name: 'D', apiKey: '${A_KEY}', baseURL: 'https://d.example/v1', models: { fetch: false } },
        { name: 'E', apikey: 'typo', baseURL: 'https://e.example/v1', models: { default: ['m'] } },
        { name: 'F', apiKey: '${A_KEY}', baseURL: 'https://f.example/v1', models: { default: ['m'] }, headers: { 'X-Team': '${EMPTY}' } },
        { name: 'G', apiKey: '${A_KEY}', baseURL: 'api.g.example/v1', models: { default: ['m'] } },
      ],
    },
  };
  const env = { A_KEY: FAKE_KEY, HOST: 'a.example', ORG: 'org-1', EMPTY: '' };

  test('resolves ${VAR} like LibreChat and reports what cannot be sent', () => {
    const { targets, skipped } = collectProbeTargets(config, env);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ name: 'A', baseURL: 'https://a.example/v1', apiKey: FAKE_KEY, apiKeyVariable: 'A_KEY', headers: { 'X-Org': 'org-1' }, models: ['m1', 'm2'] });
    expect(skipped.map((s) => [s.name, s.reason, s.field])).toEqual([
      ['B', 'user-provided', 'apiKey'],
      ['C', 'unresolved-variable', 'apiKey'],
      ['D', 'incomplete-entry', 'models'],
      ['E', 'incomplete-entry', 'apiKey'],
      ['F', 'unresolved-variable', 'headers.X-Team'],
      ['G', 'invalid-base-url', 'baseURL'],
    ]);
  });

  test('a key from --key-stdin unlocks user_provided and unresolved keys', () => {
    const { targets } = collectProbeTargets(config, env, { suppliedKey: FAKE_KEY_2, endpoints: ['B', 'C'] });
    expect(targets.map((t) => [t.name, t.apiKey])).toEqual([
      ['B', FAKE_KEY_2],
      ['C', FAKE_KEY_2],
    ]);
  });

  test('the built-in OpenAI endpoint when OPENAI_API_KEY / OPENAI_REVERSE_PROXY are set', () => {
    const { targets } = collectProbeTargets({}, { OPENAI_API_KEY: FAKE_KEY, OPENAI_REVERSE_PROXY: 'https://relay.example/v1', OPENAI_MODELS: 'gpt-4o, o3-mini' });
    expect(targets[0]).toMatchObject({ name: 'openAI', baseURL: 'https://relay.example/v1', models: ['gpt-4o', 'o3-mini'], fetchModels: false });
    expect(collectProbeTargets({}, { OPENAI_API_KEY: 'user_provided' }).skipped[0]).toMatchObject({ name: 'openAI', reason: 'user-provided' });
  });
});

describe('the request LibreChat would send', () => {
  test('stream + usage, headers, addParams merged and dropParams removed in both spellings', async () => {
    const entry = {
      name: 'Relay',
      apiKey: '${K}',
      baseURL: mock.url,
      models: { default: ['deepseek-flash'] },
      headers: { 'X-Title': 'LibreChat', 'X-User': '{{LIBRECHAT_USER_ID}}' },
      addParams: { enable_thinking: false, temperature: 0.6, top_p: 0.9, frequency_penalty: 0.1 },
      dropParams: ['temperature', 'topP', 'frequencyPenalty', 'user'],
    };
    const before = mock.requests.length;
    await runProbes(collectProbeTargets({ endpoints: { custom: [entry] } }, { K: FAKE_KEY }).targets);
    const sent = mock.requests[before]!;
    expect(sent).toMatchObject({ method: 'POST', path: '/v1/chat/completions' });
    expect(sent.headers).toMatchObject({ authorization: `Bearer ${FAKE_KEY}`, 'x-title': 'LibreChat', 'x-user': 'lc-doctor-probe' });
    expect(sent.body).toEqual({
      model: 'deepseek-flash',
      messages: [{ role: 'user', content: expect.any(String) }],
      stream: true,
      stream_options: { include_usage: true },
      enable_thinking: false,
    });
  });

  test('OpenRouter-detected endpoints get include_reasoning; directEndpoint uses the URL as is', async () => {
    const before = mock.requests.length;
    const custom = [
      { name: 'openrouter-team', apiKey: FAKE_KEY, baseURL: mock.url, models: { default: ['deepseek-flash'] } },
      { name: 'Direct', apiKey: FAKE_KEY, baseURL: `${mock.url}/chat/completions`, directEndpoint: true, models: { default: ['deepseek-flash'] } },
    ];
    const results = await runProbes(collectProbeTargets({ endpoints: { custom } }, {}).targets, { concurrency: 1 });
    expect(results.every((r) => r.ok)).toBe(true);
    expect(mock.requests[before]!.body).toMatchObject({ include_reasoning: true });
    expect(mock.requests[before + 1]).toMatchObject({ path: '/v1/chat/completions' });
    expect(mock.requests[before + 1]!.body).not.toHaveProperty('include_reasoning');
  });
});

describe('PROXY and NO_PROXY', () => {
  let proxy: Server;
  const seen: string[] = [];
  beforeAll(async () => {
    proxy = createServer((req, res) => {
      // absolute-form forwarding (no tunnel)
      seen.push(`GET-FORM ${req.url}`);
      const upstream = httpRequest(req.url!, { method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      req.pipe(upstream);
    });
    proxy.on('connect', (req, socket, head) => {
      seen.push(`CONNECT ${req.url}`);
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => proxy.close());

  const probeVia = async (environment: Record<string, string>) => {
    const targets = collectProbeTargets({ endpoints: { custom: [{ name: 'P', apiKey: FAKE_KEY, baseURL: mock.url, models: { default: ['deepseek-flash'] } }] } }, {}).targets;
    return (await runProbes(targets, { environment }))[0]!;
  };

  test('requests go through PROXY', async () => {
    seen.length = 0;
    const result = await probeVia({ PROXY: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` });
    expect(result.ok).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain(new URL(mock.url).port);
  });

  test('NO_PROXY bypasses it', async () => {
    seen.length = 0;
    const result = await probeVia({ PROXY: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, NO_PROXY: 'localhost,127.0.0.1' });
    expect(result.ok).toBe(true);
    expect(seen).toHaveLength(0);
  });
});
