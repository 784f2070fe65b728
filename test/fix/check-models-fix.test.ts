import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * `check-models --fix` against a real mock provider over HTTP: an id that differs from the
 * provider's only in case is corrected where it is written (its models.default item),
 * every other byte kept; a full-width comma is reported as the two ids it was meant to be,
 * never "fixed" into one of them.
 */

const KEY = 'sk-test-fake-fix-siliconflow-000001';
let provider: MockProvider;
beforeAll(async () => {
  provider = await startMockProvider({ profile: 'siliconflow', apiKey: KEY, models: ['deepseek-ai/DeepSeek-V3.2-Exp', 'Qwen/Qwen3-8B'] });
});
afterAll(async () => provider?.close());
const dirs: { remove: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => d.remove()));
});

const yaml = [
  '\ufeffversion: "1.3.17"   # SiliconFlow, by hand',
  'endpoints:',
  '  custom:',
  '    - name: "siliconflow"',
  '      apiKey: "${SILICONFLOW_API_KEY}"',
  '      baseURL: "${MOCK_BASE_URL}"',
  '      models:',
  "        default: ['deepseek-ai/DeepSeek-V3.2-exp', &q Qwen/Qwen3-8B]   # the -exp is wrong",
  '        fetch: false',
  '      titleModel: *q',
  '',
].join('\r\n');

async function deployment(files: Record<string, string>) {
  const dir = await makeTempDir('lc-doctor-cm-fix-');
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await dir.write(name, text);
  const run = (...args: string[]) => runCli(['check-models', '--no-cache-check', ...args], { cwd: dir.path, env: { MOCK_BASE_URL: provider.url } });
  return { dir, run, read: (name: string) => readFile(join(dir.path, name), 'utf8') };
}

describe('check-models --fix', () => {
  it('corrects a case-only id in models.default, keeping every other byte (CRLF, BOM, anchor, comments)', async () => {
    const d = await deployment({ 'librechat.yaml': yaml, '.env': `SILICONFLOW_API_KEY=${KEY}\n` });
    const preview = await d.run('--fix', '--dry-run');
    expect(preview.stdout).toContain("-        default: ['deepseek-ai/DeepSeek-V3.2-exp', &q Qwen/Qwen3-8B]   # the -exp is wrong");
    expect(preview.stdout).toContain('would correct 1 model id in librechat.yaml (nothing written: --dry-run)');
    expect(await d.read('librechat.yaml')).toBe(yaml);

    const fixed = await d.run('--fix');
    expect(fixed.code).toBe(1); // the report is of the files as they were
    expect(fixed.stdout).toContain('siliconflow: deepseek-ai/DeepSeek-V3.2-exp -> deepseek-ai/DeepSeek-V3.2-Exp');
    expect(await d.read('librechat.yaml')).toBe(yaml.replace('V3.2-exp', 'V3.2-Exp'));
    expect(await d.read('librechat.yaml.bak')).toBe(yaml);

    const after = await d.run();
    expect(after.code).toBe(0);
    const again = await d.run('--fix');
    expect(again.stdout).toContain('--fix: nothing to correct automatically');
    expect(await d.read('librechat.yaml')).toBe(yaml.replace('V3.2-exp', 'V3.2-Exp'));
  });

  it('a full-width comma in OPENAI_MODELS is the two models it was meant to be, not a near-miss that drops one', async () => {
    const d = await deployment({ 'librechat.yaml': 'version: "1.3.17"\n', '.env': `OPENAI_API_KEY=${KEY}\nOPENAI_MODELS=deepseek-ai/DeepSeek-V3.2-Exp，Qwen/Qwen3-8B\nOPENAI_REVERSE_PROXY=${provider.url}\n` });
    const run = await d.run('--fix');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("'deepseek-ai/DeepSeek-V3.2-Exp，Qwen/Qwen3-8B' is one model id to LibreChat");
    expect(run.stdout).toContain('fix in .env: OPENAI_MODELS=deepseek-ai/DeepSeek-V3.2-Exp,Qwen/Qwen3-8B');
    expect(run.stdout).toContain('--fix: nothing to correct automatically');
    expect(existsSync(join(d.dir.path, '.env.bak'))).toBe(false);
  });

  it('corrects a swapped letter when the provider has one near-miss, and leaves an id with several alone', async () => {
    const listed = (ids: string) => yaml.replace("['deepseek-ai/DeepSeek-V3.2-exp', &q Qwen/Qwen3-8B]", ids);
    const d = await deployment({ 'librechat.yaml': listed("['deepseek-ai/DeepSeek-V3.2-Epx', &q Qwen/Qwen3-8B, Qwen/Qwen3-8]"), '.env': `SILICONFLOW_API_KEY=${KEY}\n` });
    const fixed = await d.run('--fix');
    expect(fixed.stdout).toContain('siliconflow: deepseek-ai/DeepSeek-V3.2-Epx -> deepseek-ai/DeepSeek-V3.2-Exp');
    // 'Qwen/Qwen3-8' may be another model than Qwen3-8B: reported with the suggestion, not rewritten.
    expect(fixed.stdout).toContain("'Qwen/Qwen3-8' shows in the list but the provider does not serve it");
    expect(await d.read('librechat.yaml')).toBe(listed("['deepseek-ai/DeepSeek-V3.2-Exp', &q Qwen/Qwen3-8B, Qwen/Qwen3-8]"));
  });
});

describe('check-models --fix on a *_MODELS list in .env (method one)', () => {
  const env = [
    '# method one: the OpenAI endpoint goes to SiliconFlow',
    `OPENAI_API_KEY=${KEY}`,
    `OPENAI_REVERSE_PROXY=\${MOCK_BASE_URL}`,
    'OPENAI_MODELS="Qwen/Qwen3-8b, deepseek-ai/DeepSeek-V3.2-Exp"   # picker order',
    '',
  ].join('\r\n');

  it('corrects the id in its place on the OPENAI_MODELS line, every other byte kept, .env.bak written, a second run changes nothing', async () => {
    const d = await deployment({ 'librechat.yaml': 'version: "1.3.17"\n', '.env': env.replace('${MOCK_BASE_URL}', provider.url) });
    const before = await d.read('.env');
    const fixed = await d.run('--fix');
    expect(fixed.stdout).toContain('openAI: Qwen/Qwen3-8b -> Qwen/Qwen3-8B');
    expect(fixed.stdout).not.toContain(KEY);
    expect(await d.read('.env')).toBe(before.replace('Qwen/Qwen3-8b,', 'Qwen/Qwen3-8B,'));
    expect(await d.read('.env.bak')).toBe(before);
    expect((await d.run()).code).toBe(0);
    const again = await d.run('--fix');
    expect(again.stdout).toContain('--fix: nothing to correct automatically');
    expect(await d.read('.env')).toBe(before.replace('Qwen/Qwen3-8b,', 'Qwen/Qwen3-8B,'));
  });

  it('leaves .env alone when the list LibreChat reads comes from the shell, not from .env', async () => {
    const d = await deployment({ 'librechat.yaml': 'version: "1.3.17"\n', '.env': env.replace('${MOCK_BASE_URL}', provider.url) });
    const run = await runCli(['check-models', '--no-cache-check', '--fix'], { cwd: d.dir.path, env: { OPENAI_MODELS: 'Qwen/Qwen3-8b' } });
    expect(run.stdout).toContain("'Qwen/Qwen3-8b' shows in the list but the provider does not serve it");
    expect(run.stdout).toContain('--fix: nothing to correct automatically');
    expect(existsSync(join(d.dir.path, '.env.bak'))).toBe(false);
  });
});
