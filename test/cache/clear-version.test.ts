import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { flushRedis, startRedis, type RedisServer } from '../setup/redis-servers.js';
import { seedModelCache } from '../setup/seed-librechat.js';

/**
 * clear-models-cache reads the LibreChat version from the deployment in every command's order
 * (--librechat-version, compose image tag, checkout package.json, config `version:`), says how it
 * decided in the same words as check-models, and falls back to the cache's key names only when the
 * deployment names no version. Real redis-server, seeded with LibreChat 0.7.9's own keyv code.
 */
let redis: RedisServer;
let folder: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => redis?.stop());
beforeEach(async () => {
  await flushRedis(redis);
  await seedModelCache({ family: '0.7.9', uri: redis.uri() });
  folder = await makeTempDir('lc-doctor-clear-version-');
  await folder.write('.env', `USE_REDIS=true\nREDIS_URI=${redis.uri()}\nOPENAI_API_KEY=user_provided\n`);
});
afterEach(async () => folder.remove());

const compose = (tag: string) => `services:\n  api:\n    image: ghcr.io/danny-avila/librechat:${tag}\n    env_file:\n      - .env\n`;
const run = (command: string, args: string[] = []) => runCli([command, '--runtime', 'node', ...args], { cwd: folder.path });
const plan = async (args: string[] = []) => JSON.parse((await run('clear-models-cache', ['--dry-run', '--json', '--skip-mongo', ...args])).stdout) as {
  family: { decidedBy: string; families: string[] };
  versionChoice: { reason: string } | null;
  keys: { key: string; orphan: boolean }[];
};

describe('clear-models-cache decides the LibreChat version like every other command', () => {
  it('the compose image tag wins over the key names; keys of another version are orphans; the words match check-models', async () => {
    await folder.write('docker-compose.yml', compose('v0.8.1'));
    const json = await plan();
    expect(json.versionChoice).toMatchObject({ reason: 'compose-image' });
    expect(json.family).toMatchObject({ decidedBy: 'option', families: ['0.8.0-0.8.2'] });
    expect(json.keys.length).toBeGreaterThan(0);
    expect(json.keys.every((k) => k.orphan)).toBe(true);

    const decided = '(from the image ghcr.io/danny-avila/librechat:v0.8.1 in docker-compose.yml)';
    const clear = await run('clear-models-cache', ['--dry-run', '--skip-mongo']);
    expect(clear.stdout).toContain(`LibreChat: v0.8.0-v0.8.2 ${decided}`);
    const models = await run('check-models', ['--no-cache-check']);
    expect(models.stdout).toContain(`LibreChat 0.8.1 ${decided}`);
  });

  it("a LibreChat checkout's package.json, then the config's version:", async () => {
    await folder.write('package.json', JSON.stringify({ name: 'LibreChat', version: 'v0.7.8' }));
    expect((await run('clear-models-cache', ['--dry-run', '--skip-mongo'])).stdout).toContain("LibreChat: v0.7.8 (from the LibreChat checkout's package.json (v0.7.8))");
    await folder.write('package.json', '{}');
    await folder.write('librechat.yaml', 'version: "1.3.0"\n');
    const json = await plan();
    expect(json.versionChoice).toMatchObject({ reason: 'config-version' });
    expect(json.family.decidedBy).toBe('option');
  });

  it('--librechat-version first, in the same words as the other commands', async () => {
    await folder.write('docker-compose.yml', compose('v0.8.1'));
    const clear = await run('clear-models-cache', ['--dry-run', '--skip-mongo', '--librechat-version', '0.7.9']);
    expect(clear.stdout).toContain('LibreChat: v0.7.9 (chosen with --librechat-version)');
  });

  it('nothing in the deployment names a version (or the tag is latest): the key names decide, as before', async () => {
    const json = await plan();
    expect(json).toMatchObject({ versionChoice: null, family: { decidedBy: 'keys', families: ['0.7.9'] } });
    await folder.write('docker-compose.yml', compose('latest'));
    expect((await plan()).family).toMatchObject({ decidedBy: 'keys', families: ['0.7.9'] });
  });
});
