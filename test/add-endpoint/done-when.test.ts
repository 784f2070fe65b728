import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { spawnCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { changedRegion, fixture, targets, validateAsLibreChat } from './helpers.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('issue 3 "done when", through the built CLI', () => {
  it('adds a modelscope entry to a commented config, byte-identical elsewhere, and the key line to .env', async () => {
    const dir = await makeTempDir('lc-doctor-done-');
    cleanups.push(dir.remove);
    const config = await fixture('commented.yaml');
    const env = '# LibreChat\nMONGO_URI=mongodb://127.0.0.1:27017/LibreChat\n';
    await dir.write('librechat.yaml', config);
    await dir.write('.env', env);
    const result = await spawnCli(['add-endpoint', 'modelscope', '--models', 'deepseek-ai/DeepSeek-V3.2-Exp', '--yes'], { cwd: dir.path });
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toContain('not in the ModelScope preset');
    expect(result.stdout).toContain('Added endpoint "modelscope".');
    const after = await readFile(join(dir.path, 'librechat.yaml'), 'utf8');
    expect(changedRegion(config, after).removed).toBe('');
    expect(after).toContain('apiKey: "${MODELSCOPE_API_KEY}"');
    expect(after).toContain('modelDisplayLabel: "ModelScope"');
    const [entry, titles] = (parse(after) as { endpoints: { custom: Array<Record<string, unknown>> } }).endpoints.custom.slice(-2);
    // The chosen model is the list (no fetch), thinks as ModelScope's guide says, and titles avoid enable_thinking.
    expect(entry).toMatchObject({ name: 'modelscope', baseURL: 'https://api-inference.modelscope.cn/v1', titleConvo: true, addParams: { enable_thinking: true }, titleEndpoint: 'modelscope-titles' });
    expect(entry!.models).toEqual({ default: ['deepseek-ai/DeepSeek-V3.2-Exp'], fetch: false });
    expect(titles).toMatchObject({ name: 'modelscope-titles', models: { default: ['Qwen/Qwen3-235B-A22B-Instruct-2507'], fetch: false } });
    expect(titles!.addParams).toBeUndefined();
    expect(validateAsLibreChat(after, targets[0]!).issues).toEqual([]);
    expect(await readFile(join(dir.path, '.env'), 'utf8')).toBe(`${env}# ModelScope API key, used by librechat.yaml (modelscope)\nMODELSCOPE_API_KEY=\n`);
  });

  it('--method openai sets OPENAI_REVERSE_PROXY and OPENAI_MODELS', async () => {
    const dir = await makeTempDir('lc-doctor-done-');
    cleanups.push(dir.remove);
    await dir.write('.env', 'MONGO_URI=mongodb://127.0.0.1:27017/LibreChat\n');
    const result = await spawnCli(['add-endpoint', 'modelscope', '--method', 'openai', '--models', 'deepseek-ai/DeepSeek-V3', '--yes'], { cwd: dir.path });
    expect(result.code).toBe(0);
    const env = await readFile(join(dir.path, '.env'), 'utf8');
    expect(env).toContain('\nOPENAI_REVERSE_PROXY=https://api-inference.modelscope.cn/v1\n');
    expect(env).toContain('\nOPENAI_MODELS=deepseek-ai/DeepSeek-V3\n');
    expect(env).toContain('\nMODELSCOPE_API_KEY=\n');
  });
});
