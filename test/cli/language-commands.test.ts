import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presets } from '../../src/providers/index.js';
import { findAsciiPunctuation, findEnglishSentences } from '../helpers/english-sentences.js';
import { withoutWords } from '../helpers/language-neutral.js';
import { binPath, runCli, spawnCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { seedModelCache } from '../setup/seed-librechat.js';
import { startRedis, type RedisServer } from '../setup/redis-servers.js';

/**
 * clear-models-cache, add-endpoint, providers and mock-provider speak the admin's language: each
 * spawned as a user runs it under LANG=zh_CN.UTF-8, with no English sentence left, and its JSON
 * equal to the English run's apart from `message` and `hint`.
 */
const ZH = { LANG: 'zh_CN.UTF-8' };
const EN = { LANG: 'C' };
const hasScript = existsSync('/usr/bin/script');

/** The CLI on a real terminal (util-linux `script`), so the confirmation prompt runs as for a user. */
function runOnTerminal(cwd: string, args: string[], answer: string): string {
  const command = [process.execPath, binPath, ...args].map((part) => JSON.stringify(part)).join(' ');
  return spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd, input: answer, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1', ...ZH }, timeout: 20_000 }).stdout;
}

function expectChinese(text: string, label: string): void {
  expect(text, label).toMatch(/[\u4e00-\u9fff]/);
  expect(findEnglishSentences(text), label).toEqual([]);
  expect(findAsciiPunctuation(text), label).toEqual([]);
}

let dir: Awaited<ReturnType<typeof makeTempDir>>;
let redis: RedisServer;
beforeAll(async () => {
  dir = await makeTempDir('lc-doctor-zh-');
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
  await dir.remove();
});

describe('clear-models-cache in Chinese (real redis-server)', () => {
  it('the plan, the restart advice and the CA warning; JSON differs from English only in its words', async () => {
    await seedModelCache({ family: '0.8.3-0.8.4', uri: redis.uri(1) });
    const cwd = join(dir.path, 'cache-083');
    await dir.write('cache-083/.env', `USE_REDIS=true\nREDIS_URI=${redis.uri(1)}\nREDIS_CA=${join(dir.path, 'missing-ca.pem')}\n`);
    const zh = await spawnCli(['clear-models-cache', '--dry-run', '--librechat-version', '0.8.4'], { cwd, env: ZH });
    expect(zh.stdout).toContain('警告：找不到 Redis CA 证书文件');
    expect(zh.stdout).toMatch(/模型缓存键（\d+ 个）：/);
    expect(zh.stdout).toContain('未设置 FORCED_IN_MEMORY_CACHE_NAMESPACES，在 v0.8.3-v0.8.4 中默认为 CONFIG_STORE、APP_CONFIG');
    expect(zh.stdout).toMatch(/试运行：将删除 \d+ 个键；实际没有删除任何内容。/);
    expectChinese(zh.stdout, 'clear-models-cache --dry-run');
    // On a terminal, the scan says what it is doing while it runs.
    const onTerminal = await runCli(['clear-models-cache', '--dry-run', '--librechat-version', '0.8.4'], { cwd, env: ZH, isTTY: true });
    expect(onTerminal.stderr).toMatch(/^正在扫描 redis:\/\/127\.0\.0\.1:\d+\/1 中的模型缓存键\.\.\.$/m);

    const args = ['clear-models-cache', '--dry-run', '--librechat-version', '0.8.4', '--json'];
    const [en, zhJson] = await Promise.all([spawnCli(args, { cwd, env: EN }), spawnCli(args, { cwd, env: ZH })]);
    const ticking = (json: string) => withoutWords({ ...JSON.parse(json), keys: JSON.parse(json).keys.map((k: object) => ({ ...k, ttlMs: 'ticks' })) });
    expect(ticking(zhJson.stdout)).toEqual(ticking(en.stdout));
    expect(JSON.parse(zhJson.stdout).warnings[0].message).toContain('找不到 Redis CA 证书文件');
    expect(JSON.parse(en.stdout).warnings[0]).toMatchObject({ code: 'redis-ca-missing', message: expect.stringContaining('not found') });
  });

  it.skipIf(!hasScript)('asks in Chinese on a terminal; "n" deletes nothing, --yes deletes and says so', async () => {
    await seedModelCache({ family: '0.8.0-0.8.2', uri: redis.uri(2) });
    const cwd = join(dir.path, 'cache-080');
    await dir.write('cache-080/.env', `USE_REDIS=true\nREDIS_URI=${redis.uri(2)}\n`);
    const declined = runOnTerminal(cwd, ['clear-models-cache', '--librechat-version', '0.8.2'], 'n\n');
    expect(declined).toMatch(/删除上面列出的 \d+ 个键？\[y\/N\]/);
    expect(declined).toContain('已取消：没有删除任何内容。');
    const deleted = await spawnCli(['clear-models-cache', '--yes', '--librechat-version', '0.8.2'], { cwd, env: ZH });
    expect(deleted.stdout).toContain('必须在重启前删除 APP_CONFIG:_BASE_');
    expect(deleted.stdout).toMatch(/已删除 (\d+)\/\1 个键；复查：已全部清除。/);
    expectChinese(deleted.stdout, 'clear-models-cache --yes');
  });
});

describe('add-endpoint in Chinese', () => {
  it('the diff header, every warning and the outcome; --print warns on stderr in Chinese', async () => {
    const cwd = join(dir.path, 'add');
    await dir.write('add/.env', 'OPENAI_API_KEY=sk-test-not-a-real-key-000000\nOPENAI_MODELS=gpt-4o\n');
    const custom = await spawnCli(['add-endpoint', 'modelscope', '--models', 'deepseek-ai/DeepSeek-V3.2-Exp,Qwen/Qwen3-8B-Fake,Qwen/QwQ-32B', '--thinking', '--dry-run'], { cwd, env: ZH });
    expect(custom.code).toBe(0);
    expect(custom.stdout).toContain("警告：模型 'Qwen/Qwen3-8B-Fake' 不在 ModelScope 预设中");
    expect(custom.stdout).toContain('将会创建配置文件并添加端点 "modelscope"。');
    expect(custom.stdout).toContain('试运行：未写入任何内容。');
    expectChinese(custom.stdout, 'add-endpoint --dry-run');

    const methodOne = await spawnCli(['add-endpoint', 'modelscope', '--method', 'openai', '--add-model', 'deepseek-ai/DeepSeek-V3.2-Exp', '--dry-run'], { cwd, env: ZH });
    expect(methodOne.stdout).toContain('OPENAI_API_KEY 已有密钥，保持不变');
    expect(methodOne.stdout).toContain('add-endpoint modelscope -> .env（OpenAI 端点）（LibreChat ');
    expect(methodOne.stdout).toContain('OPENAI_MODELS 保留了 gpt-4o，但 ModelScope 的模型列表里没有');
    expect(methodOne.stdout).toContain('OPENAI_MODELS 会替换内置的 OpenAI 模型列表');
    expectChinese(methodOne.stdout, 'add-endpoint --method openai');

    const printed = await spawnCli(['add-endpoint', 'modelscope', '--models', 'Qwen/Qwen3-8B-Fake', '--print'], { cwd, env: ZH });
    expect(printed.stdout).toContain('# librechat.yaml');
    expect(printed.stderr).toContain('警告：');
    expectChinese(printed.stderr, 'add-endpoint --print (stderr)');
    expect(await readdir(cwd)).toEqual(['.env']);
  });

  it('--yes writes and says what comes next; JSON differs from English only in its words', async () => {
    const cwd = join(dir.path, 'add-yes');
    const written = await spawnCli(['add-endpoint', 'dashscope', '--yes'], { cwd: (await dir.write('add-yes/.keep', ''), cwd), env: ZH });
    expect(written.stdout).toContain('下一步：在 .env 的 DASHSCOPE_API_KEY= 后填入你的密钥');
    expect(written.stdout).toContain('重启 LibreChat 使修改生效。');
    expectChinese(written.stdout, 'add-endpoint --yes');

    const args = ['add-endpoint', 'modelscope', '--models', 'Qwen/Qwen3-8B-Fake,deepseek-ai/DeepSeek-V3.2-Exp', '--thinking', '--dry-run', '--json'];
    const [en, zh] = await Promise.all([spawnCli(args, { cwd, env: EN }), spawnCli(args, { cwd, env: ZH })]);
    expect(withoutWords(JSON.parse(zh.stdout))).toEqual(withoutWords(JSON.parse(en.stdout)));
    const notices = (json: string) => (JSON.parse(json) as { notices: { code: string; message: string }[] }).notices;
    expect(notices(zh.stdout).map((n) => n.code)).toContain('unknown-model');
    expect(notices(zh.stdout).map((n) => n.message)).not.toEqual(notices(en.stdout).map((n) => n.message));
  });

  it.skipIf(!hasScript)('asks in Chinese on a terminal; "n" writes nothing', async () => {
    const cwd = join(dir.path, 'add-tty');
    await dir.write('add-tty/.keep', '');
    const declined = runOnTerminal(cwd, ['add-endpoint', 'deepseek'], 'n\n');
    expect(declined).toContain('写入这些修改？[y/N]');
    expect(declined).toContain('未写入任何内容。');
    expect(await readdir(cwd)).toEqual(['.keep']);
  });
});

describe('providers in Chinese', () => {
  it('the table and every preset in detail, notes included; JSON differs from English only in its words', async () => {
    const table = await spawnCli(['providers'], { cwd: dir.path, env: ZH });
    expect(table.stdout).toMatch(/^提供商\s+名称\s+地域\s+密钥变量\s+GET \/models\s+思考开关$/m);
    expectChinese(table.stdout, 'providers');
    for (const preset of presets) {
      const detail = await spawnCli(['providers', preset.id], { cwd: dir.path, env: ZH });
      expect(detail.stdout.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(preset.notes.length);
      expectChinese(detail.stdout, `providers ${preset.id}`);
    }
    const [en, zh] = await Promise.all([spawnCli(['providers', '--json'], { cwd: dir.path, env: EN }), spawnCli(['providers', '--json'], { cwd: dir.path, env: ZH })]);
    expect(withoutWords(JSON.parse(zh.stdout))).toEqual(withoutWords(JSON.parse(en.stdout)));
    expect(JSON.parse(zh.stdout).providers[0].notes[0].message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('mock-provider in Chinese', () => {
  it('the start-up banner with the entry to paste, and the stop line', async () => {
    const child = spawn(process.execPath, [binPath, 'mock-provider', '--port', '0', '--profile', 'dashscope', '--api-key', 'mock-key-for-test'], { env: { PATH: process.env.PATH, NO_COLOR: '1', ...ZH } });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (stdout.includes('按 Ctrl+C 停止')) resolve();
      });
      child.on('exit', () => reject(new Error(`exited early: ${stdout}${stderr}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/模拟提供商（dashscope）正在监听 http:\/\/127\.0\.0\.1:\d+\/v1/);
    expect(stdout).toContain('Docker 中的 LibreChat 访问不到这里的 127.0.0.1');
    expect(stdout).not.toContain('mock-key-for-test');
    expectChinese(stdout, 'mock-provider');
    expect(stderr).toBe('模拟提供商已停止\n');
  });
});
