import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTlsRedis, type TlsRedisServer } from '../setup/redis-servers.js';
import { runCli } from '../setup/run-cli.js';

let server: TlsRedisServer;

beforeAll(async () => {
  server = await startTlsRedis();
});
afterAll(async () => {
  await server?.stop();
});

describe('clear-models-cache over TLS (rediss:// and REDIS_CA, as LibreChat)', () => {
  it('an untrusted server certificate is a TLS failure: exit 2, one line naming REDIS_CA', async () => {
    const run = await runCli(['clear-models-cache', '--yes'], `USE_REDIS=true\nREDIS_URI=${server.uri()}\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^lc-doctor: TLS to Redis at rediss:\/\/127\.0\.0\.1:\d+\/0 failed: .*certificate/m);
    expect(run.stderr).toContain('REDIS_CA');
  });

  it('with REDIS_CA the model keys are cleared and the session stays', async () => {
    const raw = new Redis(server.uri(), { tls: { ca: readFileSync(server.caFile, 'utf8') } });
    await raw.set('CONFIG_STORE:MODELS_CONFIG', '{"value":{"openAI":["gpt-4o"]}}');
    await raw.set('::OPENID_SESSION:sid-1', '{"cookie":{}}');
    const run = await runCli(['clear-models-cache', '--yes', '--format', 'json'], `USE_REDIS=true\nREDIS_URI=${server.uri()}\nREDIS_CA=${server.caFile}\n`);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).deleted).toEqual(['CONFIG_STORE:MODELS_CONFIG']);
    expect(await raw.keys('*')).toEqual(['::OPENID_SESSION:sid-1']);
    raw.disconnect();
  });
});
