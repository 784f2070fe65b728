import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { findAsciiPunctuation, findEnglishSentences } from '../helpers/english-sentences.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * zh-CN in the formats and views the demo never prints: validate's github, junit and SARIF,
 * check-models' --verbose, --why and markdown, doctor's markdown and github. Each must be
 * Chinese with no English sentence left and no ASCII punctuation against Chinese words.
 * In-process runs, one after the other (they share the loaded language).
 */
const ZH = { LANG: 'zh_CN.UTF-8' };
const INVALID = fileURLToPath(new URL('../fixtures/configs/invalid/', import.meta.url));
const RULES = fileURLToPath(new URL('../fixtures/rules/', import.meta.url));
const TYPO = fileURLToPath(new URL('../fixtures/check-models/typo/', import.meta.url));

function expectChinese(text: string, label: string): void {
  expect(text, label).toMatch(/[\u4e00-\u9fff]/);
  expect(findEnglishSentences(text), label).toEqual([]);
  expect(findAsciiPunctuation(text), label).toEqual([]);
}

const unescapeXml = (xml: string) => xml.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('validate in Chinese, every format', () => {
  it('stylish on every invalid fixture (each schema and rule message it triggers)', async () => {
    const names = (await readdir(INVALID)).filter((name) => name.endsWith('.yaml'));
    expect(names.length).toBeGreaterThan(30);
    for (const name of names) {
      const run = await runCli(['validate', '-c', name, '-e', '/dev/null'], { cwd: INVALID, env: ZH });
      expectChinese(run.stdout, name);
    }
  });

  const args = ['validate', '-c', 'broken.librechat.yaml', '-e', 'broken.env'];

  it('stylish: the start-up verdict lists its places with 、', async () => {
    const run = await runCli(args, { cwd: RULES, env: ZH });
    expect(run.stdout).toContain('LibreChat 用这些文件无法启动（broken.env:7 的 redis-uri-missing、broken.env:8 的 forced-in-memory-namespaces、');
    expectChinese(run.stdout, 'stylish');
  });

  it('github and junit: the summary and every annotation', async () => {
    const github = await runCli([...args, '--format', 'github'], { cwd: RULES, env: ZH });
    expect(github.stdout).toMatch(/^lc-doctor: \d+ 个错误、\d+ 个警告、\d+ 个提示；按 LibreChat 0\.8\.5 判定/m);
    expectChinese(github.stdout.replace(/%0A/g, '\n'), 'github');
    const junit = await runCli([...args, '--format', 'junit'], { cwd: RULES, env: ZH });
    const failures = [...junit.stdout.matchAll(/<failure[^>]*>([^<]*)<\/failure>/g)].map((m) => unescapeXml(m[1]!));
    expect(failures.length).toBeGreaterThan(5);
    expectChinese(failures.join('\n'), 'junit');
  });

  it('SARIF: each result carries its hint in full-width brackets', async () => {
    const run = await runCli([...args, '--format', 'sarif'], { cwd: RULES, env: ZH });
    const texts = (JSON.parse(run.stdout) as { runs: { results: { message: { text: string } }[] }[] }).runs[0]!.results.map((r) => r.message.text);
    expect(texts).toContain('`endpoints.custom[2].name` 不能叫 `google`：这个名字留给了内置端点（给自定义端点换个名字，或者在 `endpoints` 下配置内置端点）');
    expectChinese(texts.join('\n'), 'sarif');
  });
});

describe('check-models and doctor in Chinese (a real mock provider)', () => {
  let provider: MockProvider;
  beforeAll(async () => {
    provider = await startMockProvider({ profile: 'siliconflow', models: ['deepseek-ai/DeepSeek-V3.2-Exp', 'Qwen/Qwen3-8B'] });
  });
  afterAll(async () => provider?.close());
  const run = (args: string[]) => runCli(args, { cwd: TYPO, env: { ...ZH, MOCK_BASE_URL: provider.url } });

  it('--verbose: each endpoint with its kind and state, each model with its origin', async () => {
    const verbose = await run(['check-models', '--verbose']);
    expect(verbose.stdout).toContain('\nsiliconflow（自定义、显示）\n');
    expect(verbose.stdout).toContain('来自 models.default（librechat.yaml:4:7）');
    expect(verbose.stdout).toMatch(/^\d+ 项正常、\d+ 项警告、\d+ 项失败 · /m);
    expectChinese(verbose.stdout, 'check-models --verbose');
  });

  it('--why: the verdict, the near-miss and the fix to paste', async () => {
    const why = await run(['check-models', '--why', 'deepseek-ai/DeepSeek-V3.2-exp']);
    expect(why.stdout).toContain('为什么 deepseek-ai/DeepSeek-V3.2-exp：会显示，但提供商并不提供它（端点 siliconflow）');
    expect(why.stdout).toContain('  修正（改 librechat.yaml）：models:\n');
    expectChinese(why.stdout, 'check-models --why');
    const nearMiss = await run(['check-models', '--why', 'deepseek-ai/DeepSeek-V3.2-EXP']);
    expect(nearMiss.stdout).toContain('相近的模型：deepseek-ai/DeepSeek-V3.2-exp（siliconflow，只差大小写）');
    expectChinese(nearMiss.stdout, 'check-models --why (near-misses)');
  });

  it('markdown: check-models and doctor', async () => {
    const checks = await run(['check-models', '--format', 'markdown']);
    expectChinese(checks.stdout, 'check-models --format markdown');
    const doctor = await run(['doctor', '--format', 'markdown']);
    expect(doctor.stdout.trimEnd()).toMatch(/。$/);
    expectChinese(doctor.stdout, 'doctor --format markdown');
    const github = await run(['doctor', '--format', 'github']);
    expectChinese(github.stdout.replace(/%0A/g, '\n'), 'doctor --format github');
  });
});
