import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockProvider, type MockProvider, type ProfileName } from '../../src/mock-provider/index.js';
import { collectProbeTargets, runProbes, type ProbeResult, type Verdict } from '../../src/probe/index.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { FAKE_KEY } from './helpers.js';

/**
 * Issue 13 part 2: every title fix the probe prints is pasted into the config the way an admin
 * would (the fields onto the entry, the added entry into endpoints.custom), then the probe runs
 * again against the same mock provider and lc-doctor validate reads the result.
 */
const servers = new Map<ProfileName, MockProvider>();
const PROFILES_USED: ProfileName[] = ['dashscope', 'modelscope', 'deepseek'];

beforeAll(async () => {
  for (const profile of PROFILES_USED) servers.set(profile, await startMockProvider({ profile, apiKey: FAKE_KEY }));
});
afterAll(async () => {
  await Promise.all([...servers.values()].map((s) => s.close()));
});

type Entry = Record<string, unknown>;
type Config = { version: string; endpoints: { custom: Entry[] } };

function configFor(profile: ProfileName, entry: Entry): Config {
  return { version: '1.3.17', endpoints: { custom: [{ name: 'Test', apiKey: '${TEST_KEY}', baseURL: servers.get(profile)!.url, titleConvo: true, ...entry }] } };
}

async function probeFirst(config: Config, librechatVersion = '0.8.8'): Promise<ProbeResult> {
  const { targets } = collectProbeTargets(config, { TEST_KEY: FAKE_KEY });
  const [result] = await runProbes(targets.filter((t) => t.name === 'Test'), { stallTimeoutMs: 2000, librechatVersion });
  return result!;
}

const titleVerdict = (result: ProbeResult): Verdict | undefined => result.verdicts.find((v) => v.code === 'non-stream-thinking-rejected' || v.code === 'title-model-thinks');

/** What an admin does with the printed fix. */
function paste(config: Config, verdict: Verdict): Config {
  const [entry, ...rest] = config.endpoints.custom;
  const custom = [{ ...entry, ...verdict.fix }, ...rest, ...(verdict.addEntry ? [verdict.addEntry] : [])];
  return { ...config, endpoints: { custom } };
}

async function validateClean(config: Config): Promise<void> {
  const dir = await makeTempDir('lc-doctor-title-');
  try {
    await dir.write('librechat.yaml', JSON.stringify(config, null, 2));
    await dir.write('.env', `TEST_KEY=${FAKE_KEY}\n`);
    const result = await runCli(['validate', '--format', 'json'], { cwd: dir.path });
    const report = JSON.parse(result.stdout) as { totals?: Record<string, number>; files?: unknown };
    expect({ code: result.code, stdout: result.stdout.includes('"severity": "error"') || result.stdout.includes('"severity": "warn') }).toEqual({ code: 0, stdout: false });
    expect(report).toBeDefined();
  } finally {
    await dir.remove();
  }
}

async function expectFixWorks(config: Config, librechatVersion = '0.8.8'): Promise<{ verdict: Verdict; fixed: Config }> {
  const verdict = titleVerdict(await probeFirst(config, librechatVersion));
  expect(verdict).toBeDefined();
  expect(JSON.stringify(verdict!.fix)).not.toMatch(/</);
  const fixed = paste(config, verdict!);
  const again = await probeFirst(fixed, librechatVersion);
  expect(again.ok).toBe(true);
  expect(titleVerdict(again)).toBeUndefined();
  await validateClean(fixed);
  return { verdict: verdict!, fixed };
}

describe('title fixes that work when pasted', () => {
  test('Bailian, enable_thinking on and a hybrid title model: a -titles entry with enable_thinking: false', async () => {
    const config = configFor('dashscope', { models: { default: ['qwen-plus'], fetch: false }, addParams: { enable_thinking: true }, titleModel: 'qwen-plus' });
    const { verdict, fixed } = await expectFixWorks(config);
    expect(verdict.code).toBe('non-stream-thinking-rejected');
    expect(verdict.fix).toEqual({ titleEndpoint: 'Test-titles', titleModel: 'qwen-flash' });
    expect(verdict.addEntry).toMatchObject({ name: 'Test-titles', apiKey: '${TEST_KEY}', addParams: { enable_thinking: false }, models: { default: ['qwen-flash'], fetch: false } });
    // Chats keep thinking: the main entry still sends the switch.
    expect(fixed.endpoints.custom[0]!.addParams).toEqual({ enable_thinking: true });
  });

  test('ModelScope DeepSeek-V3.2-Exp with enable_thinking: the title entry sends no switch to the plain title model', async () => {
    const config = configFor('modelscope', {
      models: { default: ['deepseek-ai/DeepSeek-V3.2-Exp'], fetch: false },
      addParams: { enable_thinking: true },
      titleModel: 'Qwen/Qwen3-235B-A22B-Instruct-2507',
    });
    const { verdict } = await expectFixWorks(config);
    expect(verdict.addEntry).toMatchObject({ name: 'Test-titles', models: { default: ['Qwen/Qwen3-235B-A22B-Instruct-2507'], fetch: false } });
    expect(verdict.addEntry!.addParams).toBeUndefined();
  });

  test('a thinking title model (DeepSeek, titles on the conversation model): a title setup that answered plainly', async () => {
    const config = configFor('deepseek', { models: { default: ['deepseek-flash'], fetch: false } });
    const { verdict } = await expectFixWorks(config);
    expect(verdict.code).toBe('title-model-thinks');
  });

  test('LibreChat 0.7 has no titleEndpoint: titleConvo: false, which always works', async () => {
    const config = configFor('dashscope', { models: { default: ['qwen-plus'], fetch: false }, addParams: { enable_thinking: true }, titleModel: 'qwen-plus' });
    const { verdict } = await expectFixWorks(config, '0.7.7');
    expect(verdict.fix).toEqual({ titleConvo: false });
    expect(verdict.addEntry).toBeUndefined();
  });

  test('add-endpoint\'s own title setup passes the title check as written', async () => {
    const config = configFor('modelscope', {
      models: { default: ['deepseek-ai/DeepSeek-V3.2-Exp'], fetch: false },
      addParams: { enable_thinking: true },
      titleModel: 'Qwen/Qwen3-235B-A22B-Instruct-2507',
      titleEndpoint: 'Test-titles',
    });
    config.endpoints.custom.push({ name: 'Test-titles', apiKey: '${TEST_KEY}', baseURL: servers.get('modelscope')!.url, models: { default: ['Qwen/Qwen3-235B-A22B-Instruct-2507'], fetch: false }, titleConvo: true, titleModel: 'Qwen/Qwen3-235B-A22B-Instruct-2507' });
    expect(titleVerdict(await probeFirst(config))).toBeUndefined();
  });
});

describe("the thinking switch's own fix carries the title setup it needs", () => {
  test('Bailian qwen-plus without enable_thinking (the demo): one paste shows reasoning and keeps titles working', async () => {
    const config = configFor('dashscope', { models: { default: ['qwen-plus'], fetch: false }, titleModel: 'qwen-plus' });
    const first = await probeFirst(config);
    const thinkingOff = first.verdicts.find((v) => v.code === 'thinking-off')!;
    expect(thinkingOff.fix).toMatchObject({ addParams: { enable_thinking: true }, titleEndpoint: 'Test-titles' });
    const fixed = paste(config, thinkingOff);
    const again = await probeFirst(fixed);
    expect(again.display).toBe('shown');
    expect(again.verdicts.map((v) => v.code)).toEqual(['ok']);
    await validateClean(fixed);
  });
});
