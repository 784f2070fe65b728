import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startRedis, type RedisServer } from '../setup/redis-servers.js';
import { runCli } from '../setup/run-cli.js';
import { seedModelCache, seedNeighbours } from '../setup/seed-librechat.js';

const PASSWORD = 'correct-horse-battery-staple';
let secured: RedisServer;
let replica: ChildProcess | undefined;

beforeAll(async () => {
  secured = await startRedis({ password: PASSWORD });
});
afterAll(async () => {
  replica?.kill('SIGKILL');
  await secured?.stop();
});

describe('clear-models-cache faults: one clear line, exit 2, nothing half-reported', () => {
  it('a dead port fails within seconds with the masked URI and a hint', async () => {
    const port = await freePort();
    const run = await runCli(['clear-models-cache', '--yes'], `USE_REDIS=true\nREDIS_URI=redis://:sup3r-secret-pass@127.0.0.1:${port}\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^lc-doctor: cannot connect to Redis at redis:\/\/:\S+@127\.0\.0\.1:\d+/);
    expect(run.stderr).toContain('hint:');
    expect(run.stderr).not.toContain('sup3r-secret-pass');
  });

  it('a wrong password names the credential problem and never prints the password', async () => {
    const uri = secured.uri().replace(encodeURIComponent(PASSWORD), 'wrong-password-123');
    const run = await runCli(['clear-models-cache', '--yes', '--format', 'json'], `USE_REDIS=true\nREDIS_URI=${uri}\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rejected the credentials');
    expect(run.stderr + run.stdout).not.toContain('wrong-password-123');
  });

  it('shows no part of a password: not the 7 + 4 characters an API key mask keeps', async () => {
    const wrong = 'Wr0ngPassw0rd!x';
    const uri = secured.uri().replace(encodeURIComponent(PASSWORD), encodeURIComponent(wrong));
    const failed = await runCli(['clear-models-cache', '--yes'], `USE_REDIS=true\nREDIS_URI=${uri}\n`);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('redis://:****@127.0.0.1');
    const dryRun = await runCli(['clear-models-cache', '--dry-run', '--format', 'json'], `USE_REDIS=true\nREDIS_URI=${secured.uri()}\n`);
    expect(JSON.parse(dryRun.stdout).redis.uri).toMatch(/^redis:\/\/:\*\*\*\*@127\.0\.0\.1:\d+(\/\d+)?$/);
    for (const output of [failed.stderr + failed.stdout, dryRun.stdout + dryRun.stderr]) {
      expect(output).not.toContain('Wr0ngPa');
      expect(output).not.toContain(PASSWORD.slice(0, 7));
      expect(output).not.toContain(PASSWORD.slice(-4));
    }
  });

  it('REDIS_PASSWORD is used when the URI has none (as LibreChat does)', async () => {
    const raw = new Redis(secured.uri(1));
    await seedModelCache({ family: '0.8.0-0.8.2', uri: secured.uri(1) });
    const uri = `redis://127.0.0.1:${secured.port}/1`;
    const run = await runCli(['clear-models-cache', '--yes', '--librechat-version', '0.8.0'], `USE_REDIS=true\nREDIS_URI=${uri}\nREDIS_PASSWORD=${PASSWORD}\n`);
    expect(run.code).toBe(0);
    expect(await raw.dbsize()).toBe(0);
    raw.disconnect();
  });

  it('refuses to delete without --yes when stdin is not a terminal, before connecting', async () => {
    const run = await runCli(['clear-models-cache'], `USE_REDIS=true\nREDIS_URI=redis://127.0.0.1:1\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--yes');
  });

  it('without Redis, says the cache is in process memory and exits 1 (restart needed)', async () => {
    const run = await runCli(['clear-models-cache', '--yes'], 'USE_REDIS=false\n');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Restart every LibreChat API process');
  });

  it('refuses REDIS_KEY_PREFIX together with REDIS_KEY_PREFIX_VAR, like LibreChat', async () => {
    const run = await runCli(['clear-models-cache', '--dry-run'], 'USE_REDIS=true\nREDIS_URI=redis://127.0.0.1:1\nREDIS_KEY_PREFIX=a\nREDIS_KEY_PREFIX_VAR=B\n');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Only either REDIS_KEY_PREFIX_VAR or REDIS_KEY_PREFIX');
  });

  it('a read-only replica: the plan is read, deletion fails, the report lists every key as not deleted', async () => {
    const primaryUri = secured.uri(2);
    const raw = new Redis(primaryUri);
    const seed = { family: '0.8.0-0.8.2' as const, uri: primaryUri };
    await seedNeighbours(seed, raw);
    await seedModelCache(seed);
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'lc-doctor-replica-'));
    replica = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir, '--replicaof', '127.0.0.1', String(secured.port), '--masterauth', PASSWORD, '--requirepass', PASSWORD], { stdio: 'ignore' });
    const replicaUri = `redis://:${PASSWORD}@127.0.0.1:${port}/2`;
    const probe = new Redis(replicaUri, { retryStrategy: (n) => (n > 50 ? null : 100) });
    probe.on('error', () => undefined);
    await expect.poll(async () => (await probe.info('replication')).includes('master_link_status:up'), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => probe.dbsize(), { timeout: 10_000 }).toBe(await raw.dbsize());
    probe.disconnect();

    const run = await runCli(['clear-models-cache', '--yes', '--format', 'json', '--librechat-version', '0.8.1'], `USE_REDIS=true\nREDIS_URI=${replicaUri}\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/READONLY/);
    const report = JSON.parse(run.stdout);
    expect(report.fault.phase).toBe('redis-delete');
    expect(report.deleted).toEqual([]);
    expect(report.kept.sort()).toEqual(['APP_CONFIG:_BASE_', 'CONFIG_STORE:ENDPOINT_CONFIG', 'CONFIG_STORE:MODELS_CONFIG', 'CONFIG_STORE:STARTUP_CONFIG', 'MODEL_QUERIES:https://api.openai.com/v1']);
    expect(await raw.exists('CONFIG_STORE:MODELS_CONFIG')).toBe(1);
    raw.disconnect();
  });
});
