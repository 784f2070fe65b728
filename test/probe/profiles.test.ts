import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROFILE_NAMES, PROFILES, startMockProvider, type MockProvider, type ProfileName } from '../../src/mock-provider/index.js';
import { collectProbeTargets, runProbes, type ProbeOptions, type ProbeResult } from '../../src/probe/index.js';
import { FAKE_KEY } from './helpers.js';

/** Every provider profile over a real socket: where reasoning arrives and what LibreChat shows. */
const servers = new Map<ProfileName, MockProvider>();

beforeAll(async () => {
  for (const profile of PROFILE_NAMES) servers.set(profile, await startMockProvider({ profile, apiKey: FAKE_KEY }));
});
afterAll(async () => {
  await Promise.all([...servers.values()].map((s) => s.close()));
});

/** The model each profile is probed with: its first, except DashScope's hybrid qwen-plus (thinks only when asked). */
const probedModel = (profile: ProfileName) => (profile === 'dashscope' ? 'qwen-plus' : PROFILES[profile].models[0]);

async function probe(profile: ProfileName, entry: Record<string, unknown> = {}, options: ProbeOptions = {}): Promise<ProbeResult> {
  const config = { endpoints: { custom: [{ name: 'Test', apiKey: '${TEST_KEY}', baseURL: servers.get(profile)!.url, models: { default: [probedModel(profile)] }, ...entry }] } };
  const { targets } = collectProbeTargets(config, { TEST_KEY: FAKE_KEY });
  const [result] = await runProbes(targets, { stallTimeoutMs: 2000, ...options });
  return result!;
}

const expected: Record<ProfileName, { channel: string; display: string; usage: string; reasoningTokens: boolean }> = {
  deepseek: { channel: 'reasoning_content', display: 'shown', usage: 'finish-chunk', reasoningTokens: true },
  dashscope: { channel: 'none', display: 'no-reasoning', usage: 'usage-chunk', reasoningTokens: true },
  modelscope: { channel: 'reasoning_content', display: 'shown', usage: 'usage-chunk', reasoningTokens: false },
  coreshub: { channel: 'reasoning_content', display: 'shown', usage: 'usage-chunk', reasoningTokens: false },
  modelverse: { channel: 'reasoning_content', display: 'shown', usage: 'usage-chunk', reasoningTokens: true },
  siliconflow: { channel: 'reasoning_content', display: 'shown', usage: 'every-chunk', reasoningTokens: true },
  openrouter: { channel: 'reasoning', display: 'shown', usage: 'usage-chunk', reasoningTokens: true },
  'vllm-legacy': { channel: 'reasoning_content', display: 'shown', usage: 'usage-chunk', reasoningTokens: false },
  vllm: { channel: 'reasoning', display: 'shown', usage: 'usage-chunk', reasoningTokens: false },
  'think-tags': { channel: 'think-tags', display: 'shown', usage: 'usage-chunk', reasoningTokens: false },
  'closing-tag-only': { channel: 'closing-tag-only', display: 'plain-text', usage: 'usage-chunk', reasoningTokens: false },
  plain: { channel: 'none', display: 'no-reasoning', usage: 'usage-chunk', reasoningTokens: false },
};

describe('every profile, judged against LibreChat 0.8.8', () => {
  test.each(PROFILE_NAMES)('%s', async (profile) => {
    const result = await probe(profile);
    const want = expected[profile];
    expect(result.ok).toBe(true);
    expect(result.observation?.channel).toBe(want.channel);
    expect(result.display).toBe(want.display);
    expect(result.observation?.usage?.placement).toBe(want.usage);
    expect(result.observation?.usage?.reasoningTokens !== undefined).toBe(want.reasoningTokens);
    expect(result.observation?.answerText).toBe('17 + 25 = 42');
    expect(result.observation?.finishReason).toBe('stop');
    const t = result.timings;
    const order = [t.connect, t.headers, t.firstReasoning, t.firstAnswer, t.total].filter((v): v is number => v !== undefined);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    if (want.channel !== 'none') expect(t.firstReasoning).toBeDefined();
  });
});

describe('verdicts and fixes', () => {
  test('dashscope without the flag: a repeat with enable_thinking proves the fix', async () => {
    const result = await probe('dashscope');
    expect(result.verdicts).toContainEqual(expect.objectContaining({ code: 'thinking-off', severity: 'warn', fix: { addParams: { enable_thinking: true } } }));
  });

  test('dashscope with the flag: reasoning shown, but non-streaming thinking calls (titles) get a 400', async () => {
    const result = await probe('dashscope', { addParams: { enable_thinking: true }, titleConvo: true, titleModel: 'qwen-plus' });
    expect(result.display).toBe('shown');
    expect(result.verdicts.map((v) => v.code)).toContain('non-stream-thinking-rejected');
    // Without titleConvo LibreChat makes no titles, so there is nothing to reject.
    expect((await probe('dashscope', { addParams: { enable_thinking: true } })).verdicts.map((v) => v.code)).not.toContain('non-stream-thinking-rejected');
  });

  test('plain model: no reasoning, no invented fix', async () => {
    const [verdict] = (await probe('plain')).verdicts;
    expect(verdict).toMatchObject({ code: 'thinking-off', severity: 'info' });
    expect(verdict?.fix).toBeUndefined();
  });

  test('closing-tag-only: shown as plain text, told to enable the reasoning parser', async () => {
    expect((await probe('closing-tag-only')).verdicts[0]).toMatchObject({ code: 'closing-tag-only' });
  });

  test('vllm `reasoning`: hidden before v0.8.0, shown once the client copies it into reasoning_content', async () => {
    const old = await probe('vllm', {}, { librechatVersion: '0.7.9' });
    expect(old.display).toBe('not-shown');
    expect(old.verdicts[0]).toMatchObject({ code: 'reasoning-key-mismatch', severity: 'error', data: { field: 'reasoning', key: 'reasoning_content' } });
    expect(old.verdicts[0]?.fix).toBeUndefined();
    expect((await probe('vllm', {}, { librechatVersion: '0.8.0' })).display).toBe('shown');
    const keyed = await probe('vllm', { customParams: { reasoningKey: 'reasoning' } }, { librechatVersion: '0.8.8' });
    expect(keyed.display).toBe('shown');
  });

  test('reasoningKey pointing at the other field on v0.8.8 still shows (its client reads both; agents-differential.test.ts)', async () => {
    const result = await probe('deepseek', { customParams: { reasoningKey: 'reasoning' } });
    expect(result.display).toBe('shown');
    expect(result.verdicts.map((v) => v.code)).not.toContain('reasoning-key-mismatch');
  });

  test('openrouter on legacy v0.7: shown only when the name or URL says openrouter', async () => {
    expect((await probe('openrouter', { name: 'OpenRouter' }, { librechatVersion: '0.7.9' })).display).toBe('shown');
    expect((await probe('openrouter', { name: 'Relay' }, { librechatVersion: '0.7.9' })).display).toBe('not-shown');
  });

  test('titleModel that thinks', async () => {
    const result = await probe('deepseek', { titleConvo: true, titleModel: 'deepseek-v4-pro' });
    expect(result.verdicts.map((v) => v.code)).toContain('title-model-thinks');
  });

  test('coreshub rejects replayed reasoning on turn 2 only when LibreChat replays it', async () => {
    const replaying = await probe('coreshub', { customParams: { includeReasoningHistory: true } }, { turns: 2 });
    expect(replaying.secondTurn).toMatchObject({ ok: false, status: 400 });
    expect(replaying.verdicts.map((v) => v.code)).toContain('second-turn-rejected');
    const plain = await probe('coreshub', {}, { turns: 2 });
    expect(plain.secondTurn).toEqual({ ok: true, status: 200 });
    // includeReasoningHistory arrived in v0.8.8; older lines never replay reasoning.
    const older = await probe('coreshub', { customParams: { includeReasoningHistory: true } }, { turns: 2, librechatVersion: '0.8.5' });
    expect(older.secondTurn).toEqual({ ok: true, status: 200 });
  });
});
