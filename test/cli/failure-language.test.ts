import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEnglishSentences } from '../helpers/english-sentences.js';
import { runCli, spawnCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

let dir: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  dir = await makeTempDir();
  await dir.write('broken.yaml', 'version: 1.2.1\nendpoints:\n  custom:\n    - name: [Bailian\n');
  await dir.write('empty.env', '');
  await dir.write('compose/docker-compose.yml', 'services:\n  api: [librechat\n');
  await dir.write('ok.yaml', 'version: 1.2.1\ncache: true\n');
  await dir.write('dead-redis.env', 'USE_REDIS=true\nREDIS_URI=redis://127.0.0.1:1\n');
});
afterAll(() => dir.remove());

/** Representative failures (exit 2): what each prints under a Chinese and under the C locale. */
const FAILURES = [
  { name: 'a missing file', args: ['validate', '-c', 'nope.yaml'], zh: '配置文件 nope.yaml 不存在', en: 'config file nope.yaml does not exist' },
  {
    name: 'malformed YAML that add-endpoint refuses to edit',
    args: ['add-endpoint', 'deepseek', '-c', 'broken.yaml', '-e', 'empty.env', '--yes'],
    zh: 'broken.yaml 不是合法的 YAML（第 5 行：',
    en: 'broken.yaml is not valid YAML (line 5: ',
  },
  {
    name: 'a malformed compose file',
    args: ['doctor', 'compose'],
    zh: 'compose 文件 docker-compose.yml 不是合法的 YAML（Flow sequence',
    en: 'compose file docker-compose.yml is not valid YAML: Flow sequence',
  },
  {
    name: 'a number out of range',
    args: ['clear-models-cache', '--timeout', '9999'],
    zh: "'--timeout <s>' 的值 '9999' 无效：应为 0.1 到 600 之间的秒数",
    en: "option '--timeout <s>' argument '9999' is invalid. expected seconds from 0.1 to 600",
  },
  {
    name: 'a value outside the choices',
    args: ['validate', '--format', 'xml'],
    zh: "'-f, --format <format>' 的值 'xml' 无效：只能是 stylish、json、github、sarif、junit 之一",
    en: "option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, github, sarif, junit.",
  },
  {
    name: 'a deployment folder that does not exist',
    args: ['doctor', '/nonexistent-lc-doctor-folder'],
    zh: '文件夹 /nonexistent-lc-doctor-folder 不存在',
    en: 'folder /nonexistent-lc-doctor-folder does not exist',
  },
  { name: 'a bad option value', args: ['validate', '--librechat-version', '0.9'], zh: "'0.9' 不是 LibreChat 版本号", en: "'0.9' is not a LibreChat version like 0.8.2" },
  {
    name: 'a dead Redis',
    args: ['clear-models-cache', '--dry-run', '--redis-uri', 'redis://127.0.0.1:1'],
    zh: '无法连接 redis://127.0.0.1:1 上的 Redis（',
    en: 'cannot connect to Redis at redis://127.0.0.1:1: ',
  },
];

describe('failures speak the locale (spawned, as a user runs them)', () => {
  it.each(FAILURES)('$name: Chinese under LANG=zh_CN.UTF-8, English under LANG=C, exit 2 either way', async ({ args, zh, en }) => {
    const [chinese, english] = await Promise.all([spawnCli(args, { cwd: dir.path, env: { LANG: 'zh_CN.UTF-8' } }), spawnCli(args, { cwd: dir.path, env: { LANG: 'C' } })]);
    expect([chinese.code, english.code]).toEqual([2, 2]);
    expect(chinese.stderr).toContain(`lc-doctor: ${zh}`);
    expect(chinese.stderr).toMatch(/\n提示：\S/);
    expect(findEnglishSentences(chinese.stderr)).toEqual([]);
    expect(english.stderr).toContain(`lc-doctor: ${en}`);
    expect(english.stderr).toMatch(/\nhint: \S/);
    expect(english.stderr).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('a Redis port that takes the connection and never answers', () => {
  let silent: Server;
  beforeAll(async () => {
    silent = createServer((socket) => socket.resume());
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => silent.close(() => resolve())));

  it('says so in the locale, with what to check, and exits 2', async () => {
    const { port } = silent.address() as { port: number };
    const args = ['clear-models-cache', '--dry-run', '--redis-uri', `redis://127.0.0.1:${port}`];
    const [chinese, english] = await Promise.all([spawnCli(args, { cwd: dir.path, env: { LANG: 'zh_CN.UTF-8' } }), spawnCli(args, { cwd: dir.path, env: { LANG: 'C' } })]);
    expect([chinese.code, english.code]).toEqual([2, 2]);
    expect(chinese.stderr).toContain(`lc-doctor: redis://127.0.0.1:${port} 上的 Redis 在 4000 毫秒内没有应答\n提示：`);
    expect(findEnglishSentences(chinese.stderr)).toEqual([]);
    expect(english.stderr).toContain(`lc-doctor: cannot connect to Redis at redis://127.0.0.1:${port}: no answer within 4000 ms\nhint: something accepts connections`);
  });
});

describe('doctor names a folder that is not one, instead of missing librechat.yaml in it', () => {
  it('a file given as the folder (in-process)', async () => {
    const run = await runCli(['doctor', 'ok.yaml'], { cwd: dir.path, env: { LANG: 'zh_CN.UTF-8' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`lc-doctor: ${join(dir.path, 'ok.yaml')} 是文件，不是文件夹\n提示：`);
  });
});

describe('a failure inside a report keeps its code in JSON', () => {
  it('check-models --json with a dead Redis: the same code and params in both languages, the sentence in each', async () => {
    const args = ['check-models', '-c', 'ok.yaml', '-e', 'dead-redis.env', '--json'];
    // One after the other: in-process runs share the loaded language.
    const en = await runCli(args, { cwd: dir.path, env: { LANG: 'C' } });
    const zh = await runCli(args, { cwd: dir.path, env: { LANG: 'zh_CN.UTF-8' } });
    const [enReport, zhReport] = [JSON.parse(en.stdout), JSON.parse(zh.stdout)];
    const problem = { code: 'redis.connect', params: { where: 'redis://127.0.0.1:1', reason: expect.stringContaining('ECONNREFUSED') } };
    expect(enReport.cache).toMatchObject({ skipped: 'error', problem, error: expect.stringMatching(/^cannot connect to Redis at redis:\/\/127\.0\.0\.1:1: /) });
    expect(zhReport.cache.error).toMatch(/^无法连接 redis:\/\/127\.0\.0\.1:1 上的 Redis（/);
    expect({ ...zhReport.cache, error: '' }).toEqual({ ...enReport.cache, error: '' });
    expect(enReport.checks).toContainEqual(expect.objectContaining({ code: 'cache-unavailable', args: { problem } }));
  });
});
