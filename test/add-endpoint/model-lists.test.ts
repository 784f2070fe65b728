import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/** Issue 13 part 4: models the admin chooses are the list, and re-runs add or replace them on purpose. */
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function workspace(files: Record<string, string> = {}) {
  const dir = await makeTempDir('lc-doctor-models-');
  cleanups.push(dir.remove);
  for (const [name, text] of Object.entries(files)) await dir.write(name, text);
  const read = (name: string) => readFile(join(dir.path, name), 'utf8');
  const entry = async (name: string) => (parse(await read('librechat.yaml')) as { endpoints: { custom: Array<Record<string, unknown>> } }).endpoints.custom.find((e) => e.name === name)!;
  const run = (...args: string[]) => runCli(['add-endpoint', ...args], { cwd: dir.path });
  return { path: dir.path, read, entry, run };
}

describe('--models chosen by the admin', () => {
  it('writes fetch: false (the provider catalogue stays out of the picker) unless --fetch', async () => {
    const ws = await workspace();
    await ws.run('siliconflow', '--models', 'deepseek-ai/DeepSeek-V3', '--yes');
    expect((await ws.entry('siliconflow')).models).toEqual({ default: ['deepseek-ai/DeepSeek-V3'], fetch: false });
    await ws.run('siliconflow', '--name', 'sf-all', '--models', 'deepseek-ai/DeepSeek-V3', '--fetch', '--yes');
    expect((await ws.entry('sf-all')).models).toEqual({ default: ['deepseek-ai/DeepSeek-V3'], fetch: true });
  });

  it("leaves validate with nothing to say about the preset's title model", async () => {
    const ws = await workspace({ '.env': 'MODELSCOPE_API_KEY=ms-00000000-0000-4000-8000-fake00000009\n' });
    await ws.run('modelscope', '--models', 'deepseek-ai/DeepSeek-V3', '--yes');
    const report = await runCli(['validate', '--format', 'json'], { cwd: ws.path });
    expect(report.code).toBe(0);
    expect(report.stdout).not.toContain('title-model-not-served');
  });
});

describe('--add-model and --replace-models, the same under both methods', () => {
  const config = 'version: "1.3.17"\nendpoints:\n  custom:\n    - name: "dashscope"\n      apiKey: "${DASHSCOPE_API_KEY}"\n      baseURL: "https://dashscope.aliyuncs.com/compatible-mode/v1"\n      models:\n        default: ["qwen-max"]\n        fetch: false\n';

  it('custom entry: --add-model appends, --replace-models replaces, --models alone refuses a different list', async () => {
    const ws = await workspace({ 'librechat.yaml': config });
    const refused = await ws.run('dashscope', '--models', 'qwen-plus', '--yes');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('the entry "dashscope" already lists qwen-max');
    expect(refused.stderr).toContain('--add-model qwen-plus to append, or --replace-models --models qwen-plus to replace');
    expect(await ws.read('librechat.yaml')).toBe(config);

    expect((await ws.run('dashscope', '--add-model', 'qwen-plus,qwen-max', '--yes')).code).toBe(0);
    expect(((await ws.entry('dashscope')).models as { default: string[] }).default).toEqual(['qwen-max', 'qwen-plus']);

    expect((await ws.run('dashscope', '--replace-models', '--models', 'deepseek-r1', '--yes')).code).toBe(0);
    expect(((await ws.entry('dashscope')).models as { default: string[] }).default).toEqual(['deepseek-r1']);
  });

  it('method one: OPENAI_MODELS follows the same three rules', async () => {
    const ws = await workspace({ '.env': 'OPENAI_MODELS=qwen-max\n' });
    const refused = await ws.run('dashscope', '--method', 'openai', '--models', 'qwen-plus', '--yes');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('OPENAI_MODELS in .env already lists qwen-max');
    expect(await ws.read('.env')).toBe('OPENAI_MODELS=qwen-max\n');

    await ws.run('dashscope', '--method', 'openai', '--add-model', 'qwen-plus', '--yes');
    expect(await ws.read('.env')).toContain('OPENAI_MODELS=qwen-max,qwen-plus\n');
    await ws.run('dashscope', '--method', 'openai', '--replace-models', '--models', 'deepseek-r1', '--yes');
    expect(await ws.read('.env')).toContain('OPENAI_MODELS=deepseek-r1\n');
  });

  it('--replace-models without --models is a usage error', async () => {
    const ws = await workspace({ 'librechat.yaml': config });
    const result = await ws.run('dashscope', '--replace-models', '--yes');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--replace-models needs --models');
  });
});

describe('--print shows the warnings the other modes show', () => {
  it('prints the pasteable text on stdout and the same warnings as --dry-run on stderr', async () => {
    const ws = await workspace();
    const dry = await ws.run('modelscope', '--models', 'deepseek-ai/DeepSeek-V3.2-Exp,Qwen/Qwen3-235B-A22B-Instruct-2507', '--dry-run');
    const printed = await ws.run('modelscope', '--models', 'deepseek-ai/DeepSeek-V3.2-Exp,Qwen/Qwen3-235B-A22B-Instruct-2507', '--print');
    const warnings = (text: string) => text.split('\n').filter((line) => line.startsWith('warning:'));
    expect(warnings(dry.stdout).length).toBeGreaterThan(0);
    expect(warnings(printed.stderr)).toEqual(warnings(dry.stdout));
    expect(printed.stdout).not.toContain('warning:');
    // Both entries are in the pasteable block: the main one and the one serving its titles.
    expect(printed.stdout).toContain('- name: "modelscope"');
    expect(printed.stdout).toContain('- name: "modelscope-titles"');
  });
});

describe('method one into a .env that already talks to OpenAI', () => {
  it('explains what would break and recommends method two (a custom endpoint)', async () => {
    const env = 'OPENAI_API_KEY=sk-proj-fakeRealOpenAIKey000000000000000001\nOPENAI_MODELS=gpt-4o,gpt-4o-mini\n';
    const ws = await workspace({ '.env': env });
    const result = await ws.run('modelscope', '--method', 'openai', '--add-model', 'deepseek-ai/DeepSeek-V3', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('OPENAI_API_KEY already holds a key and is kept: LibreChat would send it to ModelScope');
    expect(result.stdout).toContain('Method two keeps both: run again without --method openai');
    expect(result.stdout).toContain('OPENAI_MODELS keeps gpt-4o, gpt-4o-mini, which ModelScope does not list: picking one gets a 404');
    expect(result.stdout).toContain('--replace-models --models deepseek-ai/DeepSeek-V3');
    expect(result.stdout).not.toContain('must be your ModelScope key');
    expect(result.stdout).not.toContain('fakeRealOpenAIKey');
    expect(await ws.read('.env')).toBe(env);
  });
});
