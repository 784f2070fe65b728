import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearModelsCache } from '../../src/cache/clear.js';
import { resolveCacheSettings } from '../../src/cache/connection.js';
import { findEnglishSentences } from '../helpers/english-sentences.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { startRedis, type RedisServer } from '../setup/redis-servers.js';

const layouts = resolve(import.meta.dirname, '../fixtures/compose');
let server: RedisServer;
let dir: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  server = await startRedis();
  dir = await makeTempDir();
});
afterAll(async () => {
  await server.stop();
  await dir.remove();
});

describe('clear-models-cache and MongoDB', () => {
  it('an unreachable MONGO_URI is a warning with the reason, not a failure: LibreChat keeps no model cache there', async () => {
    const report = await clearModelsCache(resolveCacheSettings({ MONGO_URI: 'mongodb://127.0.0.1:1/LibreChat' }), { dryRun: true });
    // The driver's own reason: the report's sentence already says MongoDB was not reached.
    expect(report.mongoUnreachable?.message).toContain('ECONNREFUSED');
    // No Redis: the model cache is in process memory, so the verdict is "restart needed" (1), not "could not run" (2).
    expect(report.exitCode).toBe(1);
  });

  it('the CLI prints the warning and keeps the cache verdict', async () => {
    await dir.write('mongo-down/.env', `USE_REDIS=true\nREDIS_URI=${server.uri()}\nMONGO_URI=mongodb://127.0.0.1:1/LibreChat\n`);
    const result = await runCli(['clear-models-cache', '--dry-run', '--librechat-version', '0.8.5'], { cwd: join(dir.path, 'mongo-down') });
    expect(result.stdout).toContain('warning: MongoDB not reached');
    expect(result.stdout).toContain('LibreChat keeps no model cache in MongoDB');
    expect(result.code).not.toBe(2);
  });
});

describe('clear-models-cache under Docker Compose', () => {
  it('MONGO_URI naming the compose service mongodb is skipped with the reason (it never resolves from the host)', async () => {
    const result = await runCli(['clear-models-cache', '--dry-run', '--json'], { cwd: join(layouts, 'default') });
    expect(result.stderr).toContain('MONGO_URI names the Docker Compose service mongodb, which publishes no port and resolves only inside default_default: MongoDB skipped');
    expect(JSON.parse(result.stdout)).toMatchObject({ schemaVersion: 1, command: 'clear-models-cache', mongo: null });
    expect(result.code).toBe(1);
  });

  it('REDIS_URI naming a service that publishes no port stops with the command that runs inside the network', async () => {
    const result = await runCli(['clear-models-cache', '--dry-run'], { cwd: join(layouts, 'external-redis') });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('REDIS_URI names the Docker Compose service cache, which publishes no port and resolves only inside chat_default');
    expect(result.stderr).toMatch(/hint: run lc-doctor inside that network: docker run --rm -it --network chat_default -v ".+:\/lc-doctor:ro" -v "\$PWD:\/deploy" -w \/deploy node:20-alpine node \/lc-doctor\/bin\/lc-doctor\.js clear-models-cache --dry-run/);
  });

  it('REDIS_URI naming a service with a published port goes to that port on this host', async () => {
    await dir.write('published/compose.yaml', `services:\n  api:\n    image: ghcr.io/danny-avila/librechat:v0.8.5\n    env_file: .env\n  redis:\n    image: redis:7\n    ports:\n      - "${server.port}:6379"\n`);
    await dir.write('published/.env', 'USE_REDIS=true\nREDIS_URI=redis://redis:6379\n');
    const result = await runCli(['clear-models-cache', '--dry-run', '-f', 'json', '--skip-mongo', '--librechat-version', '0.8.5'], { cwd: join(dir.path, 'published') });
    expect(result.stderr).toContain(`REDIS_URI names the Docker Compose service redis; using its published port from this host: redis://127.0.0.1:${server.port}`);
    expect(JSON.parse(result.stdout).redis.uri).toContain(`127.0.0.1:${server.port}`);
  });
});

describe('the Compose notes speak the locale', () => {
  const ZH = { LANG: 'zh_CN.UTF-8' };

  it('a skipped MONGO_URI and a Redis only the network reaches are said in Chinese, the command to paste unchanged', async () => {
    const skipped = await runCli(['clear-models-cache', '--dry-run', '--json'], { cwd: join(layouts, 'default'), env: ZH });
    expect(skipped.stderr).toContain('MONGO_URI 指向 Docker Compose 服务 mongodb，它没有发布端口，只能在 default_default 网络内解析：已跳过 MongoDB');
    const stopped = await runCli(['clear-models-cache', '--dry-run'], { cwd: join(layouts, 'external-redis'), env: ZH });
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toContain('REDIS_URI 指向 Docker Compose 服务 cache，它没有发布端口，只能在 chat_default 网络内解析，从这台主机连不上');
    expect(stopped.stderr).toMatch(/提示：在那个网络里运行 lc-doctor：docker run --rm -it --network chat_default -v ".+:\/lc-doctor:ro" .* clear-models-cache --dry-run（/);
    for (const output of [skipped.stderr, stopped.stderr]) expect(findEnglishSentences(output)).toEqual([]);
  });

  it('a published Redis port is said in Chinese', async () => {
    await dir.write('published-zh/compose.yaml', `services:\n  api:\n    image: ghcr.io/danny-avila/librechat:v0.8.5\n    env_file: .env\n  redis:\n    image: redis:7\n    ports:\n      - "${server.port}:6379"\n`);
    await dir.write('published-zh/.env', 'USE_REDIS=true\nREDIS_URI=redis://redis:6379\n');
    const result = await runCli(['clear-models-cache', '--dry-run', '-f', 'json', '--skip-mongo', '--librechat-version', '0.8.5'], { cwd: join(dir.path, 'published-zh'), env: ZH });
    expect(result.stderr).toContain(`REDIS_URI 指向 Docker Compose 服务 redis；改用它在本机发布的端口：redis://127.0.0.1:${server.port}`);
    expect(findEnglishSentences(result.stderr)).toEqual([]);
  });
});
