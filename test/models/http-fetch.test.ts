import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchModelListOverHttp } from '../../src/models/http-fetch.js';

/** A real loopback server answering the shapes providers send; only LibreChat's shape counts. */
let server: Server;
let base: string;
const seen: Record<string, string | undefined>[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url, authorization: req.headers.authorization });
    const bodies: Record<string, [number, unknown]> = {
      '/ok/models': [200, { object: 'list', data: [{ id: 'a' }, { id: 'b' }, { name: 'no-id' }] }],
      '/bare/models': [200, [{ id: 'a' }]],
      '/denied/models': [401, { error: { message: 'Incorrect API key provided', code: 'invalid_api_key' } }],
      '/api/tags': [200, { models: [{ name: 'llama3.1:8b' }] }],
    };
    const [status, body] = bodies[req.url ?? ''] ?? [404, { detail: 'Not Found' }];
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const request = (path: string, shape: 'openai' | 'ollama' = 'openai') => ({ url: `${base}${path}`, headers: { Authorization: 'Bearer sk-test-fake-http-0001' }, shape, timeoutMs: 5000, proxy: {} });

describe('fetchModelListOverHttp', () => {
  it('accepts {data:[{id}]} only, sends the headers, and keeps string ids', async () => {
    expect(await fetchModelListOverHttp(request('/ok/models'))).toEqual({ ok: true, url: `${base}/ok/models`, status: 200, ids: ['a', 'b'] });
    expect(seen.at(-1)).toEqual({ path: '/ok/models', authorization: 'Bearer sk-test-fake-http-0001' });
    expect(await fetchModelListOverHttp(request('/bare/models'))).toMatchObject({ ok: false, reason: 'shape', status: 200 });
    expect(await fetchModelListOverHttp(request('/api/tags', 'ollama'))).toMatchObject({ ok: true, ids: ['llama3.1:8b'] });
  });

  it("reports HTTP errors with the provider's own message, and refused connections", async () => {
    expect(await fetchModelListOverHttp(request('/denied/models'))).toMatchObject({ ok: false, reason: 'http', status: 401, message: 'Incorrect API key provided' });
    expect(await fetchModelListOverHttp(request('/v1/chat/completions/models'))).toMatchObject({ ok: false, reason: 'http', status: 404 });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await fetchModelListOverHttp({ ...request(''), url: `http://127.0.0.1:${port}/v1/models` })).toMatchObject({ ok: false, reason: 'network', detail: { code: 'refused' } });
  });
});
