import { describe, expect, it } from 'vitest';
import { dropParamSpellings, findPreset, isReasoningModel, knownModels, presets, resolveBaseUrl } from '../../src/providers/index.js';
import { runCli } from '../helpers/run-cli.js';
import { failureOf } from '../helpers/failure.js';

const hosted = presets.filter((p) => !p.requiresBaseUrl);

describe('provider presets', () => {
  it('cover every provider the issue names, with unique ids and aliases', () => {
    const ids = presets.map((p) => p.id);
    for (const id of ['modelscope', 'dashscope', 'deepseek', 'coreshub', 'modelverse', 'siliconflow', 'volcengine', 'openrouter', 'groq', 'zhipu', 'moonshot', 'ollama', 'vllm', 'generic']) {
      expect(ids).toContain(id);
    }
    const names = presets.flatMap((p) => [p.id, ...p.aliases]);
    expect(new Set(names).size).toBe(names.length);
    expect(findPreset('Bailian')?.id).toBe('dashscope');
  });

  it('have the regions the issue asks for', () => {
    expect(Object.keys(findPreset('dashscope')!.regions)).toEqual(['cn', 'intl', 'us']);
    expect(Object.keys(findPreset('modelverse')!.regions)).toEqual(['cn', 'intl']);
    expect(Object.keys(findPreset('siliconflow')!.regions)).toEqual(['cn', 'intl']);
    expect(Object.keys(findPreset('volcengine')!.regions)).toEqual(['cn', 'byteplus']);
    expect(findPreset('modelscope')!.apiKeyAliases).toEqual(['MODELSCOPE_SDK_TOKEN']);
  });

  it.each(hosted.map((p) => [p.id, p] as const))('%s: default region exists, URLs have no trailing slash or /chat/completions, title model never thinks', (_id, preset) => {
    expect(resolveBaseUrl(preset, undefined).baseURL).toBe(preset.regions[preset.defaultRegion]);
    for (const url of Object.values(preset.regions)) expect(url).toMatch(/^https?:\/\/[^/]+(\/[^/]+)*[^/]$/);
    for (const url of Object.values(preset.regions)) expect(url).not.toContain('/chat/completions');
    expect(isReasoningModel(preset, preset.titleModel)).toBe(false);
    for (const model of preset.defaultModels) expect(knownModels(preset)).toContain(model);
    if (preset.apiKeyEnv !== null) expect(preset.apiKeyEnv).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it('rejects an unknown region with the known ones as a hint', async () => {
    const worded = await failureOf(() => resolveBaseUrl(findPreset('dashscope')!, 'eu'));
    expect(worded.message).toBe("dashscope has no region 'eu'");
    expect(worded.hint).toMatch(/^regions: \w/);
  });

  it('spells dropParams for 0.7 as body names and for 0.8 in both spellings', () => {
    expect(dropParamSpellings(['stop', 'top_p'], 'v0.7.7-rc1')).toEqual(['stop', 'top_p']);
    expect(dropParamSpellings(['stop', 'top_p'], 'v0.8.8-rc4')).toEqual(['stop', 'top_p', 'topP']);
  });
});

describe('the DeepSeek preset', () => {
  it('offers what DeepSeek serves now: deepseek-flash and deepseek-v4-pro, not the names retired on 2026-07-24', async () => {
    const printed = await runCli(['add-endpoint', 'deepseek', '--print'], { cwd: process.cwd() });
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/default:\s*\n\s*- "deepseek-flash"\s*\n\s*- "deepseek-v4-pro"/);
    expect(printed.stdout).not.toMatch(/deepseek-chat|deepseek-reasoner|deepseek-v4-flash/);
  });
});

describe('lc-doctor providers', () => {
  it('lists every preset in a table', async () => {
    const result = await runCli(['providers'], { cwd: process.cwd() });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^provider\s+label\s+regions\s+key variable\s+GET \/models\s+thinking switch$/);
    expect(lines.find((l) => l.startsWith('modelscope'))).toMatch(/ModelScope\s+cn, intl\s+MODELSCOPE_API_KEY\s+yes \(no key needed\)\s+enable_thinking/);
    for (const preset of presets) expect(result.stdout).toContain(`\n${preset.id}`);
  });

  it('--json gives every fact with a schemaVersion', async () => {
    const result = await runCli(['providers', '--json'], { cwd: process.cwd() });
    const parsed = JSON.parse(result.stdout) as { schemaVersion: number; providers: Array<{ id: string; regions: Record<string, string> }> };
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.providers.find((p) => p.id === 'modelscope')!.regions.cn).toBe('https://api-inference.modelscope.cn/v1');
  });

  it('shows one preset in detail, and exits 2 for an unknown one', async () => {
    const detail = await runCli(['providers', 'bailian'], { cwd: process.cwd() });
    expect(detail.stdout).toContain('region us: https://dashscope-us.aliyuncs.com/compatible-mode/v1');
    const unknown = await runCli(['providers', 'nope'], { cwd: process.cwd() });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown provider 'nope'");
  });
});
