import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { collectProbeTargets, runProbes, type ProbeOptions, type ProbeResult, type Verdict } from '../../src/probe/index.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { FAKE_KEY } from './helpers.js';

/** The probe's other config fixes, pasted the way an admin would, then probed and validated again. */
let coreshub: MockProvider;
let dashscope: MockProvider;
beforeAll(async () => {
  coreshub = await startMockProvider({ profile: 'coreshub', apiKey: FAKE_KEY });
  dashscope = await startMockProvider({ profile: 'dashscope', apiKey: FAKE_KEY });
});
afterAll(async () => {
  await Promise.all([coreshub.close(), dashscope.close()]);
});

type Entry = Record<string, unknown>;
type Config = { version: string; endpoints: { custom: Entry[] } };

const configWith = (entry: Entry): Config => ({ version: '1.3.17', endpoints: { custom: [{ name: 'Test', apiKey: '${TEST_KEY}', ...entry }] } });

async function probe(config: Config, options: ProbeOptions = {}): Promise<ProbeResult> {
  const { targets } = collectProbeTargets(config, { TEST_KEY: FAKE_KEY });
  const [result] = await runProbes(targets, { stallTimeoutMs: 2000, ...options });
  return result!;
}

function paste(config: Config, verdict: Verdict): Config {
  const [entry] = config.endpoints.custom;
  return { ...config, endpoints: { custom: [{ ...entry, ...verdict.fix }, ...(verdict.addEntry ? [verdict.addEntry] : [])] } };
}

async function validateExitCode(config: Config): Promise<number> {
  const dir = await makeTempDir('lc-doctor-paste-');
  try {
    await dir.write('librechat.yaml', JSON.stringify(config, null, 2));
    await dir.write('.env', `TEST_KEY=${FAKE_KEY}\n`);
    return (await runCli(['validate'], { cwd: dir.path })).code;
  } finally {
    await dir.remove();
  }
}

describe('probe fixes, pasted', () => {
  test('base-url-missing-v1: the printed baseURL answers', async () => {
    const config = configWith({ baseURL: dashscope.url.replace(/\/v1$/, ''), models: { default: ['qwen-max'], fetch: false } });
    const verdict = (await probe(config)).verdicts.find((v) => v.code === 'base-url-missing-v1')!;
    expect(verdict.fix).toEqual({ baseURL: dashscope.url });
    const fixed = paste(config, verdict);
    const again = await probe(fixed);
    expect(again.ok).toBe(true);
    expect(await validateExitCode(fixed)).toBe(0);
  });

  test('second-turn-rejected: LibreChat stops replaying reasoning and the second turn is accepted', async () => {
    const config = configWith({ baseURL: coreshub.url, models: { default: ['DeepSeek-R1'], fetch: false }, customParams: { includeReasoningHistory: true } });
    const verdict = (await probe(config, { turns: 2 })).verdicts.find((v) => v.code === 'second-turn-rejected')!;
    expect(verdict.fix).toBeDefined();
    const fixed = paste(config, verdict);
    const again = await probe(fixed, { turns: 2 });
    expect(again.secondTurn).toMatchObject({ ok: true });
    expect(again.verdicts.map((v) => v.code)).not.toContain('second-turn-rejected');
    expect(await validateExitCode(fixed)).toBe(0);
  });
});
