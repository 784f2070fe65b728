import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FAULT_NAMES, startMockProvider, type FaultName, type MockProvider } from '../../src/mock-provider/index.js';
import { collectProbeTargets, runProbes, type ProbeOptions, type ProbeResult } from '../../src/probe/index.js';
import { FAKE_KEY } from './helpers.js';

/** One server plays every fault, one model id per fault. */
let mock: MockProvider;
const faultModels = Object.fromEntries(FAULT_NAMES.map((f) => [`reasoner-${f}`, f])) as Record<string, FaultName>;

beforeAll(async () => {
  mock = await startMockProvider({ profile: 'deepseek', apiKey: FAKE_KEY, faults: faultModels, models: [...Object.keys(faultModels), 'deepseek-reasoner'], latencyMs: 30, trickleMs: 1 });
});
afterAll(() => mock.close());

const fast: ProbeOptions = { stallTimeoutMs: 300, timeoutMs: 5000, connectTimeoutMs: 2000 };

async function probeAt(baseURL: string, model: string, options: ProbeOptions = fast): Promise<ProbeResult> {
  const config = { endpoints: { custom: [{ name: 'Test', apiKey: '${TEST_KEY}', baseURL, models: { default: [model] } }] } };
  const [result] = await runProbes(collectProbeTargets(config, { TEST_KEY: FAKE_KEY }).targets, options);
  return result!;
}

const codes = (r: ProbeResult) => r.verdicts.map((v) => v.code);

describe('every mock fault is classified', () => {
  test.each([
    ['latency', { ok: true }],
    ['slow-trickle', { ok: true }],
    ['no-done', { ok: true }],
    ['stall', { ok: false, error: { kind: 'stall' } }],
    ['reset', { ok: false, error: { kind: 'reset' } }],
    ['malformed-chunk', { ok: false, error: { kind: 'malformed-chunk' } }],
    ['stream-error', { ok: false, error: { kind: 'stream-error', message: 'Upstream provider returned an error', code: '502' } }],
    ['401', { ok: false, status: 401, error: { kind: 'http', message: 'Incorrect API key provided.', code: 'invalid_api_key' } }],
    ['404', { ok: false, status: 404, error: { kind: 'http', message: 'Not Found' } }],
    ['429', { ok: false, status: 429, error: { kind: 'http', retryAfter: 7, code: 'rate_limit_exceeded' } }],
    ['500-html', { ok: false, status: 500, error: { kind: 'http', message: '500 Internal Server Error' } }],
  ])('%s', async (fault, want) => {
    expect(await probeAt(mock.url, `reasoner-${fault}`)).toMatchObject(want);
  });

  test('a trickled stream (events split across many reads) reads like a normal one', async () => {
    const trickled = await probeAt(mock.url, 'reasoner-slow-trickle');
    const normal = await probeAt(mock.url, 'deepseek-reasoner');
    expect(trickled.observation).toEqual(normal.observation);
  });

  test('verdicts name the fix', async () => {
    expect((await probeAt(mock.url, 'reasoner-401')).verdicts[0]).toMatchObject({ code: 'key-rejected', data: { variable: 'TEST_KEY', status: 401 } });
    expect((await probeAt(mock.url, 'reasoner-429')).verdicts[0]).toMatchObject({ code: 'rate-limited', data: { retryAfter: 7 } });
    expect(codes(await probeAt(mock.url, 'reasoner-500-html'))).toEqual(['server-error']);
    expect(codes(await probeAt(mock.url, 'reasoner-no-done'))).toContain('no-done');
    expect(codes(await probeAt(mock.url, 'reasoner-stall'))).toEqual(['stream-broken']);
    expect((await probeAt(mock.url, 'no-such-model')).verdicts[0]).toMatchObject({ code: 'model-not-found', data: { model: 'no-such-model' } });
  });

  test('a baseURL without /v1 gets a 404 and the corrected baseURL as fix', async () => {
    const origin = mock.url.replace(/\/v1$/, '');
    const result = await probeAt(origin, 'deepseek-reasoner');
    expect(result.verdicts[0]).toMatchObject({ code: 'base-url-missing-v1', fix: { baseURL: `${origin}/v1` } });
  });
});

describe('network failures', () => {
  test('connection refused', async () => {
    const closed = await startMockProvider();
    const url = closed.url;
    await closed.close();
    const result = await probeAt(url, 'x');
    expect(result).toMatchObject({ ok: false, error: { kind: 'refused' } });
    expect(codes(result)).toEqual(['unreachable']);
  });

  test('DNS failure', async () => {
    expect((await probeAt('http://lc-doctor-probe.invalid/v1', 'x')).error?.kind).toBe('dns');
  });

  test('a dead endpoint does not block the others', async () => {
    const config = {
      endpoints: {
        custom: [
          { name: 'Stalls', apiKey: FAKE_KEY, baseURL: mock.url, models: { default: ['reasoner-stall'] } },
          { name: 'Refused', apiKey: FAKE_KEY, baseURL: 'http://127.0.0.1:1/v1', models: { default: ['x'] } },
          { name: 'Healthy', apiKey: FAKE_KEY, baseURL: mock.url, models: { default: ['deepseek-reasoner'] } },
        ],
      },
    };
    const results = await runProbes(collectProbeTargets(config, {}).targets, { ...fast, concurrency: 2 });
    expect(results.map((r) => [r.endpoint, r.ok])).toEqual([
      ['Stalls', false],
      ['Refused', false],
      ['Healthy', true],
    ]);
  });
});

describe('TLS', () => {
  let server: Server | undefined;
  let url = '';
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lc-doctor-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    } catch {
      return;
    }
    server = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => res.end('{}'));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => server?.close());

  test('a self-signed certificate is a TLS failure, not a crash', async (context) => {
    if (!server) context.skip('openssl not available to make a certificate');
    const result = await probeAt(url, 'x');
    expect(result.error).toMatchObject({ kind: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(codes(result)).toEqual(['unreachable']);
  });
});

describe('redirects', () => {
  let redirector: Server;
  let target: MockProvider;
  let redirectTo = '';
  beforeAll(async () => {
    target = await startMockProvider({ apiKey: FAKE_KEY });
    redirector = createHttpServer((req, res) => {
      res.writeHead(307, { location: redirectTo.startsWith('/') ? redirectTo : `${redirectTo}/chat/completions` });
      res.end();
    });
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    redirector.close();
    await target.close();
  });
  const redirectorUrl = () => `http://127.0.0.1:${(redirector.address() as AddressInfo).port}/v1`;

  test('credentials never follow a redirect to another origin', async () => {
    redirectTo = target.url;
    const result = await probeAt(redirectorUrl(), 'deepseek-reasoner');
    expect(result.error).toMatchObject({ kind: 'redirect', status: 307, location: new URL(target.url).origin });
    expect(target.requests).toHaveLength(0);
  });
});
