import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FamilyId } from '../../src/cache/families.js';
import { inspectModelCache, resolveCacheSettings } from '../../src/cache/index.js';
import { startRedis, type RedisServer } from '../setup/redis-servers.js';
import { runCli } from '../setup/run-cli.js';
import { TRAP_KEYS, seedModelCache, seedNeighbours, seedUnrelated } from '../setup/seed-librechat.js';
import { diffSnapshots, listKeys, snapshotRedis } from '../setup/snapshot.js';

let server: RedisServer;
const clients: Redis[] = [];

beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  for (const c of clients) c.disconnect();
  await server?.stop();
});

function client(db: number): Redis {
  const c = new Redis(server.uri(db));
  clients.push(c);
  return c;
}

interface Scenario {
  family: FamilyId;
  db: number;
  env: string;
  prefix?: string;
  version?: string;
  forcedInMemory?: string[];
  filler: number;
  traps?: string[];
  exit: number;
  /** How the family is expected to be decided. */
  decidedBy: 'option' | 'keys';
}

const scenarios: Scenario[] = [
  { family: '0.7.5-0.7.6', db: 1, env: '', filler: 100_000, exit: 0, decidedBy: 'keys', traps: ['keyv::keyv:https://api.openai.com/v1'] },
  { family: '0.7.7', db: 2, env: 'REDIS_KEY_PREFIX=tenantA\n', prefix: 'tenantA', version: '0.7.7', filler: 2000, exit: 0, decidedBy: 'option' },
  { family: '0.7.8', db: 3, env: '', filler: 2000, exit: 0, decidedBy: 'keys', traps: ['sets:namespace:keyv:keyv:https://other.example'] },
  {
    family: '0.7.9',
    db: 4,
    env: 'REDIS_KEY_PREFIX_VAR=K_REVISION\nK_REVISION=tenantA\nREDIS_CLUSTER_SAFE_DELETE=true\n',
    prefix: 'tenantA',
    filler: 2000,
    exit: 0,
    decidedBy: 'keys',
  },
  { family: '0.8.0-0.8.2', db: 5, env: '', version: '0.8.1', filler: 2000, exit: 0, decidedBy: 'option' },
  // v0.8.3+: CONFIG_STORE and APP_CONFIG stay in process memory by default: only MODEL_QUERIES is in Redis.
  { family: '0.8.3-0.8.4', db: 6, env: '', version: '0.8.4', filler: 2000, exit: 1, decidedBy: 'option' },
  {
    family: '0.8.5+',
    db: 7,
    env: 'REDIS_KEY_PREFIX=t[1]*\nFORCED_IN_MEMORY_CACHE_NAMESPACES=\n',
    prefix: 't[1]*',
    forcedInMemory: [],
    version: '0.8.6',
    filler: 100_000,
    exit: 0,
    decidedBy: 'option',
    // An unescaped `t[1]*::MODEL_QUERIES:*` would match these.
    traps: ['t1x::MODEL_QUERIES:fb80e3a8656953472033a06703b50912', 't1::APP_CONFIG:_BASE_'],
  },
];

describe('clear-models-cache on a real redis-server, seeded with the real keyv/@keyv/redis per family', () => {
  for (const s of scenarios) {
    it(`v${s.family}${s.prefix ? ` with prefix ${s.prefix}` : ''}: deletes exactly the model keys, everything else byte-identical`, async () => {
      const raw = client(s.db);
      const seed = { family: s.family, uri: server.uri(s.db), prefix: s.prefix ?? '', forcedInMemory: s.forcedInMemory };
      await seedNeighbours(seed, raw);
      await seedUnrelated(raw, s.filler, [...TRAP_KEYS, ...(s.traps ?? [])]);
      const before = await snapshotRedis(raw);
      await seedModelCache(seed);
      const modelKeys = (await listKeys(raw)).filter((k) => !before.has(k));
      expect(modelKeys.length).toBeGreaterThan(0);

      const env = `USE_REDIS=true\nREDIS_URI=${server.uri(s.db)}\n${s.env}`;
      const versionArgs = s.version ? ['--librechat-version', s.version] : [];
      const dry = await runCli(['clear-models-cache', '--dry-run', '--format', 'json', ...versionArgs], env);
      expect(dry.stderr).toBe('');
      const plan = JSON.parse(dry.stdout);
      expect(plan.schemaVersion).toBe(2);
      expect(plan.keys.map((k: { key: string }) => k.key).sort()).toEqual(modelKeys);
      expect(plan.family.decidedBy).toBe(s.decidedBy);
      expect(plan.family.families).toContain(s.family);
      expect(await raw.exists(...modelKeys)).toBe(modelKeys.length);
      expect(dry.code).toBe(s.exit);

      const run = await runCli(['clear-models-cache', '--yes', '--format', 'json', ...versionArgs], env);
      const report = JSON.parse(run.stdout);
      expect(report.deleted.sort()).toEqual(modelKeys);
      expect(report.kept).toEqual([]);
      expect(run.code).toBe(s.exit);
      expect(diffSnapshots(before, await snapshotRedis(raw))).toEqual({ added: [], removed: [], changed: [] });
    });
  }

  it('reports keys of two families side by side (orphans after an upgrade) and deletes both', async () => {
    const raw = client(8);
    await seedModelCache({ family: '0.7.9', uri: server.uri(8) });
    await seedModelCache({ family: '0.8.0-0.8.2', uri: server.uri(8) });
    await raw.set('violations:logins:127.0.0.1', '{"value":1}');
    const run = await runCli(['clear-models-cache', '--yes', '--format', 'json'], `USE_REDIS=true\nREDIS_URI=${server.uri(8)}\n`);
    const report = JSON.parse(run.stdout);
    expect(report.family.ambiguous).toBe(true);
    expect(report.family.families).toEqual(expect.arrayContaining(['0.7.9', '0.8.0-0.8.2']));
    expect(report.deleted).toEqual(expect.arrayContaining(['configStore:modelsConfig', 'CONFIG_STORE:MODELS_CONFIG', 'APP_CONFIG:_BASE_']));
    expect(await raw.keys('*')).toEqual(['violations:logins:127.0.0.1']);
  });

  it('deletes TOKEN_CONFIG only with --include-token-config', async () => {
    const raw = client(9);
    const seed = { family: '0.8.0-0.8.2' as const, uri: server.uri(9) };
    await seedNeighbours(seed, raw);
    await seedModelCache(seed);
    const env = `USE_REDIS=true\nREDIS_URI=${server.uri(9)}\n`;
    await runCli(['clear-models-cache', '--yes', '--librechat-version', '0.8.2'], env);
    expect(await raw.exists('TOKEN_CONFIG:OpenRouter')).toBe(1);
    const run = await runCli(['clear-models-cache', '--yes', '--include-token-config', '--librechat-version', '0.8.2'], env);
    expect(run.stdout).toContain('TOKEN_CONFIG:OpenRouter');
    expect(await raw.exists('TOKEN_CONFIG:OpenRouter')).toBe(0);
    expect(await raw.exists('::OPENID_SESSION:sid-abc', 'violations:logins:127.0.0.1', 'ROLES:USER', 'login_limiter:127.0.0.1')).toBe(4);
  });

  it('prints every planned key with TTL and size in the stylish dry run', async () => {
    const raw = client(10);
    await seedModelCache({ family: '0.8.5+', uri: server.uri(10) });
    const run = await runCli(['clear-models-cache', '--dry-run', '--librechat-version', '0.8.5'], `USE_REDIS=true\nREDIS_URI=${server.uri(10)}\n`);
    expect(run.stdout).toMatch(/MODEL_QUERIES:fb80e3a8656953472033a06703b50912 {2}model-queries, ttl \d+ s, \d+ B {2}planned/);
    expect(run.stdout).toContain('3 models fetched');
    expect(run.stdout).toContain('Restart every API process/replica');
    expect(run.code).toBe(1);
    expect(await raw.exists('MODEL_QUERIES:fb80e3a8656953472033a06703b50912')).toBe(1);
  });

  it('inspectModelCache (the read-only API check-models uses) decodes the cached model lists', async () => {
    await seedModelCache({ family: '0.7.9', uri: server.uri(11), prefix: 'tenantA' });
    const settings = resolveCacheSettings({ USE_REDIS: 'true', REDIS_URI: server.uri(11), REDIS_KEY_PREFIX: 'tenantA' });
    const inspection = await inspectModelCache(settings);
    expect(inspection.location).toBe('redis');
    expect(inspection.family).toMatchObject({ decidedBy: 'keys', families: ['0.7.9'] });
    expect(inspection.modelLists).toEqual([{ key: 'tenantA::configStore:modelsConfig', families: ['0.7.9'], endpoints: { openAI: ['gpt-4o', 'gpt-4o-mini', 'o3'], groq: ['llama-3.3-70b'] } }]);
    expect(inspection.modelQueries.map((q) => [q.key, q.models.length])).toEqual([['tenantA::modelQueries:https://api.openai.com/v1', 3]]);
    expect(await client(11).dbsize()).toBe(inspection.keys.length);
  });

  it('the built CLI (bin/lc-doctor.js) prints the plan and exits with the documented code', async () => {
    await seedModelCache({ family: '0.7.9', uri: server.uri(12), prefix: 'tenantA' });
    const bin = new URL('../../bin/lc-doctor.js', import.meta.url).pathname;
    expect(existsSync(new URL('../../dist/cli/main.js', import.meta.url).pathname), 'run npm run build first (npm test does)').toBe(true);
    const result = spawnSync(process.execPath, [bin, 'clear-models-cache', '--dry-run', '--redis-uri', server.uri(12), '--skip-mongo', '--librechat-version', '0.7.9'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', REDIS_KEY_PREFIX: 'tenantA' },
    });
    expect(result.stdout).toContain('tenantA::configStore:modelsConfig  models-config, no expiry');
    expect(result.stdout).toContain('Dry run: 5 key(s) would be deleted; nothing was deleted.');
    expect(result.status).toBe(0);
  });
});
