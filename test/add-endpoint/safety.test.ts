import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { fixture } from './helpers.js';

const SECRET = 'ms-00000000-0000-4000-8000-fake00000001';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function workspace(files: Record<string, string>) {
  const dir = await makeTempDir('lc-doctor-safe-');
  cleanups.push(dir.remove);
  for (const [name, text] of Object.entries(files)) await dir.write(name, text);
  const read = (name: string) => readFile(join(dir.path, name), 'utf8');
  return { path: dir.path, read, list: () => readdir(dir.path) };
}

describe('add-endpoint refuses to damage files', () => {
  it('leaves a file that is not valid YAML untouched and exits 2', async () => {
    const broken = 'version: "1.3.17"\nendpoints:\n  custom:\n    - name: "a\n  bad: [\n';
    const ws = await workspace({ 'librechat.yaml': broken });
    const result = await runCli(['add-endpoint', 'modelscope', '--yes'], { cwd: ws.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/librechat\.yaml is not valid YAML \(line \d+: .*\); nothing was changed/);
    expect(await ws.read('librechat.yaml')).toBe(broken);
    expect(await ws.list()).toEqual(['librechat.yaml']);
  });

  it('leaves a config with schema errors untouched (exit 2) unless --force', async () => {
    const invalid = 'version: 1.2\nendpoints:\n  custom:\n    - name: "a"\n      models:\n        default: []\n';
    const ws = await workspace({ 'librechat.yaml': invalid });
    const refused = await runCli(['add-endpoint', 'deepseek', '--yes'], { cwd: ws.path });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/librechat\.yaml has 2 schema error\(s\) LibreChat would reject .*; nothing was changed/);
    expect(refused.stderr).toContain('--force');
    expect(await ws.read('librechat.yaml')).toBe(invalid);
    const forced = await runCli(['add-endpoint', 'deepseek', '--yes', '--force'], { cwd: ws.path });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('the file already had schema errors; --force edits it anyway');
    expect(await ws.read('librechat.yaml')).toContain('- name: "deepseek"');
  });

  it('without --yes and without a terminal it shows the diff, writes nothing and exits 2', async () => {
    const config = await fixture('commented.yaml');
    const ws = await workspace({ 'librechat.yaml': config });
    const result = await runCli(['add-endpoint', 'deepseek'], { cwd: ws.path });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('+    - name: "deepseek"');
    expect(result.stderr).toContain('hint: pass --yes to write, or --dry-run / --print to only look');
    expect(await ws.read('librechat.yaml')).toBe(config);
  });

  it('--dry-run shows a unified diff and stops', async () => {
    const config = await fixture('commented.yaml');
    const ws = await workspace({ 'librechat.yaml': config });
    const result = await runCli(['add-endpoint', 'deepseek', '--dry-run'], { cwd: ws.path });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--- a\/librechat\.yaml\n\+\+\+ b\/librechat\.yaml\n@@ -\d+,\d+ \+\d+,\d+ @@/);
    expect(result.stdout).toContain('Dry run: nothing was written.');
    expect(await ws.list()).toEqual(['librechat.yaml']);
  });

  it('--print writes nothing and prints the block and the .env line to paste', async () => {
    const ws = await workspace({});
    const result = await runCli(['add-endpoint', 'dashscope', '--region', 'intl', '--print'], { cwd: ws.path });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('endpoints:\n  custom:\n    - name: "dashscope"');
    expect(result.stdout).toContain('baseURL: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1"');
    expect(result.stdout).toContain('# .env\n# Qwen (Bailian) API key, used by librechat.yaml (dashscope)\nDASHSCOPE_API_KEY=\n');
    expect(await ws.list()).toEqual([]);
  });

  it('keeps a .bak of the previous version', async () => {
    const config = await fixture('commented.yaml');
    const ws = await workspace({ 'librechat.yaml': config });
    await runCli(['add-endpoint', 'deepseek', '--yes'], { cwd: ws.path });
    expect(await ws.read('librechat.yaml.bak')).toBe(config);
  });

  it('refuses reserved endpoint names, including case variants LibreChat routes to built-ins', async () => {
    const ws = await workspace({});
    const result = await runCli(['add-endpoint', 'generic', '--name', 'Anthropic', '--base-url', 'http://x:1/v1', '--models', 'm', '--yes'], { cwd: ws.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("it is LibreChat's built-in 'anthropic' endpoint");
  });
});

describe('.env handling', () => {
  it('keeps an existing key value, never prints it, and leaves other lines in order', async () => {
    const env = `# LibreChat\nMONGO_URI=mongodb://127.0.0.1:27017/LibreChat\n\nMODELSCOPE_API_KEY=${SECRET} # mine\nOPENAI_API_KEY=user_provided\n`;
    const ws = await workspace({ 'librechat.yaml': await fixture('commented.yaml'), '.env': env });
    const result = await runCli(['add-endpoint', 'modelscope', '--yes', '--json'], { cwd: ws.path });
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
    expect(await ws.read('.env')).toBe(env);
    expect(JSON.parse(result.stdout).env).toEqual([{ key: 'MODELSCOPE_API_KEY', action: 'kept', hadValue: true }]);
  });

  it('reuses a key stored under an alias by referencing the alias', async () => {
    const env = `MODELSCOPE_SDK_TOKEN=${SECRET}\n`;
    const ws = await workspace({ '.env': env });
    const result = await runCli(['add-endpoint', 'modelscope', '--yes'], { cwd: ws.path });
    expect(result.stdout).not.toContain(SECRET);
    expect(result.stdout).toContain('the key is already set as MODELSCOPE_SDK_TOKEN');
    expect(await ws.read('librechat.yaml')).toContain('apiKey: "${MODELSCOPE_SDK_TOKEN}"');
    expect(await ws.read('.env')).toBe(env);
  });

  it('masks existing values that appear as context in the .env diff', async () => {
    const env = `OTHER_KEY=${SECRET}\n`;
    const ws = await workspace({ '.env': env });
    const result = await runCli(['add-endpoint', 'modelscope', '--dry-run'], { cwd: ws.path });
    expect(result.stdout).toContain(' OTHER_KEY=ms-0000...0001');
    expect(result.stdout).not.toContain(SECRET);
  });

  it('--method openai points the OpenAI endpoint at the provider and explains OPENAI_MODELS', async () => {
    const env = '# keep me\nOPENAI_MODELS=gpt-4o\r\n'.replace('\n', '\r\n');
    const ws = await workspace({ '.env': env });
    const result = await runCli(['add-endpoint', 'modelscope', '--method', 'openai', '--add-model', 'deepseek-ai/DeepSeek-V3', '--yes'], { cwd: ws.path });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('OPENAI_MODELS replaces the built-in OpenAI model list and turns off model fetching');
    expect(result.stdout).toContain('OPENAI_MODELS keeps gpt-4o, which ModelScope does not list: picking one gets a 404');
    const after = await ws.read('.env');
    expect(after).toContain('OPENAI_MODELS=gpt-4o,deepseek-ai/DeepSeek-V3\r\n');
    expect(after).toContain('OPENAI_REVERSE_PROXY=https://api-inference.modelscope.cn/v1\r\n');
    expect(after).toContain('OPENAI_API_KEY=${MODELSCOPE_API_KEY}\r\n');
    expect(after.startsWith('# keep me\r\n')).toBe(true);
    expect(await ws.list()).not.toContain('librechat.yaml');
  });
});

describe('updating an entry that reads its key from its own variable', () => {
  it('adds no .env line for a variable the entry does not reference', async () => {
    const config = 'version: "1.3.17"\nendpoints:\n  custom:\n    - name: "modelscope"\n      apiKey: "${MY_MS_TOKEN}"\n      baseURL: "https://api-inference.modelscope.cn/v1"\n      models:\n        default: ["Qwen/QwQ-32B"]\n';
    const ws = await workspace({ 'librechat.yaml': config, '.env': 'MY_MS_TOKEN=\n' });
    const result = await runCli(['add-endpoint', 'modelscope', '--yes'], { cwd: ws.path });
    expect(result.code).toBe(0);
    expect(await ws.read('.env')).toBe('MY_MS_TOKEN=\n');
    expect(await ws.read('librechat.yaml')).toContain('apiKey: "${MY_MS_TOKEN}"');
    expect(result.stdout).toContain('Next: put your key into MY_MS_TOKEN= in .env');
  });
});

describe('plain-text keys already in librechat.yaml', () => {
  const KEY = 'sk-test-fake-0123456789abcdefghij';
  const config = `version: "1.3.17"\nendpoints:\n  custom:\n    - name: "deepseek"\n      apiKey: "${KEY}"\n      baseURL: "https://api.deepseek.com"\n      models:\n        default: ["deepseek-v4-flash"]\n`;

  it('never appear in the diff, the change list, the JSON or --print, and the user is told to move them', async () => {
    const ws = await workspace({ 'librechat.yaml': config });
    const text = await runCli(['add-endpoint', 'deepseek', '--api-key-env', 'DEEPSEEK_API_KEY', '--dry-run'], { cwd: ws.path });
    const json = await runCli(['add-endpoint', 'deepseek', '--dry-run', '--json'], { cwd: ws.path });
    const print = await runCli(['add-endpoint', 'deepseek', '--print'], { cwd: ws.path });
    for (const result of [text, json, print]) expect(result.stdout + result.stderr).not.toContain(KEY);
    expect(text.stdout).toContain('-      apiKey: "sk-test...ghij"');
    expect(text.stdout).toContain('apiKey: "sk-test...ghij" -> "${DEEPSEEK_API_KEY}"');
    expect(json.stdout).toContain('the entry\'s apiKey is a plain-text key; move it to .env');
  });
});
