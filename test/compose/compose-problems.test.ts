import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEnglishSentences } from '../helpers/english-sentences.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/** A Compose project `docker compose up` refuses four ways: a missing env_file, two unset required variables, an invalid name. */
const COMPOSE = [
  'services:',
  '  api:',
  '    image: ghcr.io/danny-avila/librechat:v0.8.5',
  '    env_file: missing.env',
  '    environment:',
  '      - A=${NEED:?set NEED first}',
  '      - C=${ALSO?}',
  '      - B=${1BAD}',
  '    volumes:',
  '      - ./librechat.yaml:/app/librechat.yaml',
  '',
].join('\n');

let dir: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  dir = await makeTempDir();
  await dir.write('compose.yml', COMPOSE);
  await dir.write('librechat.yaml', 'version: 1.3.9\ncache: true\n');
  await dir.write('.env', '');
});
afterAll(() => dir.remove());

interface JsonFinding {
  ruleId: string;
  params: Record<string, unknown>;
  message: string;
}

async function composeFindings(lang: string): Promise<JsonFinding[]> {
  const run = await runCli(['validate', '--json', '--lang', lang], { cwd: dir.path });
  expect(run.code).toBe(1);
  return (JSON.parse(run.stdout) as { diagnostics: JsonFinding[] }).diagnostics.filter((d) => d.ruleId === 'compose-file');
}

describe('what Docker Compose refuses, in the admin language', () => {
  it('English keeps Compose own words; Chinese says the same facts in Chinese; the params are the same', async () => {
    const en = await composeFindings('en');
    const zh = await composeFindings('zh-CN');
    expect(en.map((f) => f.message).sort()).toEqual([
      'NEED: set NEED first',
      'env file missing.env (env_file of service api) does not exist; docker compose refuses to start',
      'invalid interpolation format: ${1BAD}',
      'required variable ALSO is missing a value',
    ]);
    expect(zh.map((f) => f.params)).toEqual(en.map((f) => f.params));
    expect(zh.map((f) => f.message).sort()).toEqual([
      '变量替换写法无效：${1BAD}（invalid interpolation format），Docker Compose 拒绝启动',
      '必需的变量 ALSO 没有值，Docker Compose 拒绝启动',
      '必需的变量 NEED 没有值：set NEED first，Docker Compose 拒绝启动',
      '服务 api 的 env_file missing.env 不存在，Docker Compose 拒绝启动',
    ]);
  });

  it('the Chinese stylish report has no English sentence of lc-doctor own', async () => {
    const run = await runCli(['validate', '--lang', 'zh-CN'], { cwd: dir.path });
    expect(run.stdout).toContain('服务 api 的 env_file missing.env 不存在');
    // The admin's own `${NEED:?message}` text is theirs to word; everything else must be Chinese.
    expect(findEnglishSentences(run.stdout.replace('set NEED first', ''))).toEqual([]);
  });
});
