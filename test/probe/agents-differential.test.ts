import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { modelsNeedingSwitch, PROFILE_NAMES, PROFILES, startMockProvider, type ProfileName } from '../../src/mock-provider/index.js';
import { collectProbeTargets, runProbes, type ProbeResult } from '../../src/probe/index.js';
import { hasThinkPart, startReplayServer, streamThroughLibreChat, type CustomEndpointEntry } from '../helpers/librechat-agents.js';
import { delta, FAKE_KEY, sse } from './helpers.js';

/**
 * LibreChat's own streaming client is the judge of probe's `display` verdict: the same bytes, over
 * real HTTP, go through `@librechat/agents` (set up as LibreChat v0.8.8 sets up a custom endpoint)
 * and through `lc-doctor probe`; probe says "shown" exactly when the client builds a Thoughts block.
 */
const LINE = '0.8.8';
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});

interface Case {
  entry: Omit<CustomEndpointEntry, 'baseURL' | 'apiKey'>;
  model: string;
}

async function probeDisplay(baseURL: string, { entry, model }: Case): Promise<ProbeResult> {
  const custom = {
    name: entry.name,
    apiKey: '${TEST_KEY}',
    baseURL,
    models: { default: [model] },
    ...(entry.addParams ? { addParams: entry.addParams } : {}),
    ...(entry.reasoningKey ? { customParams: { reasoningKey: entry.reasoningKey } } : {}),
  };
  const { targets } = collectProbeTargets({ endpoints: { custom: [custom] } }, { TEST_KEY: FAKE_KEY });
  const [result] = await runProbes(targets, { librechatVersion: LINE, stallTimeoutMs: 5000 });
  return result!;
}

async function judge(baseURL: string, testCase: Case): Promise<{ probe: ProbeResult; librechatShows: boolean }> {
  const probe = await probeDisplay(baseURL, testCase);
  const parts = await streamThroughLibreChat({ ...testCase.entry, baseURL, apiKey: FAKE_KEY }, testCase.model);
  return { probe, librechatShows: hasThinkPart(parts) };
}

function expectAgreement({ probe, librechatShows }: { probe: ProbeResult; librechatShows: boolean }): void {
  expect(probe.ok).toBe(true);
  expect({ display: probe.display, shown: probe.display === 'shown' }).toEqual({ display: probe.display, shown: librechatShows });
}

describe.concurrent(`every mock-provider profile, judged by @librechat/agents (LibreChat ${LINE})`, () => {
  const cases = PROFILE_NAMES.flatMap((profile) =>
    // A hybrid model that thinks only when asked gets its preset's switch, as add-endpoint writes it.
    PROFILES[profile].models.map((model) => ({ profile, model, addParams: modelsNeedingSwitch(PROFILES[profile], [model]).length > 0 ? PROFILES[profile].preset?.thinking?.on : undefined })),
  );
  test.each(cases)('$profile $model', async ({ profile, model, addParams }) => {
    const server = await startMockProvider({ profile: profile as ProfileName, apiKey: FAKE_KEY });
    closers.push(server.close);
    const verdict = await judge(server.url, { entry: { name: profile, ...(addParams ? { addParams } : {}) }, model });
    expectAgreement(verdict);
    if (model === PROFILES[profile as ProfileName].models[0] && profile !== 'plain') expect(verdict.probe.observation?.channel).not.toBe('none');
  });
});

const SAMPLES = '/work/shared/domain/sse-samples';
const present = existsSync(SAMPLES);
const samples = present ? readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort() : [];

describe.skipIf(!present)(`recorded streams in ${SAMPLES}${present ? '' : ' (folder absent: skipped)'}`, () => {
  // Each stream under a neutral name, and again under the provider's name where that picks another client.
  const dedicatedClient = new Set(['deepseek', 'openrouter', 'xai', 'moonshot']);
  const cases = samples.flatMap((file) => {
    const provider = file.replace(/-\d+\.txt$/, '');
    return (dedicatedClient.has(provider) ? [provider, 'Custom'] : ['Custom']).map((name) => ({ file, name }));
  });
  test.concurrent.each(cases)('$file as endpoint "$name"', async ({ file, name }) => {
    const text = readFileSync(join(SAMPLES, file), 'utf8')
      .split(/\r?\n/)
      .filter((line) => !line.startsWith('#'))
      .join('\n');
    const server = await startReplayServer(text.endsWith('\n') ? text : `${text}\n`);
    closers.push(server.close);
    expectAgreement(await judge(server.url, { entry: { name }, model: 'recorded' }));
  });
});

const role = { role: 'assistant', content: '' };
const finish = { object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] };
const edgeCases: { title: string; chunks: object[]; name?: string; reasoningKey?: 'reasoning' | 'reasoning_content'; librechatShows: boolean }[] = [
  { title: '<think> split across two chunks', chunks: [delta(role), delta({ content: '<thi' }), delta({ content: 'nk>Adding.' }), delta({ content: '</think>' }), delta({ content: '42' })], librechatShows: false },
  { title: '<think> split, endpoint named DeepSeek (ChatDeepSeek joins tags)', name: 'DeepSeek', chunks: [delta(role), delta({ content: '<thi' }), delta({ content: 'nk>Adding.' }), delta({ content: '</think>' }), delta({ content: '42' })], librechatShows: true },
  { title: '<think> whole in one chunk', chunks: [delta(role), delta({ content: '<think>' }), delta({ content: 'Adding.' }), delta({ content: '</think>' }), delta({ content: '42' })], librechatShows: true },
  { title: 'both tags and the answer in one chunk', chunks: [delta(role), delta({ content: '<think>Adding.</think>42' })], librechatShows: true },
  { title: 'no delta.role anywhere, reasoning_content', chunks: [delta({ reasoning_content: 'Adding.' }), delta({ content: '42' })], librechatShows: false },
  { title: 'no delta.role anywhere, <think> tags', chunks: [delta({ content: '<think>' }), delta({ content: 'Adding.' }), delta({ content: '</think>' }), delta({ content: '42' })], librechatShows: true },
  { title: 'role only after the reasoning', chunks: [delta({ reasoning_content: 'Adding.' }), delta({ role: 'assistant', content: '42' })], librechatShows: false },
  { title: 'role on the first chunk only', chunks: [delta(role), delta({ reasoning_content: 'Adding.' }), delta({ content: '42' })], librechatShows: true },
  { title: 'reasoning only in reasoning_details', chunks: [delta(role), delta({ reasoning_details: [{ type: 'reasoning.text', text: 'Adding.' }] }), delta({ content: '42' })], librechatShows: true },
  { title: 'reasoning only in reasoning_details, OpenRouter', name: 'OpenRouter', chunks: [delta(role), delta({ reasoning_details: [{ type: 'reasoning.text', text: 'Adding.' }] }), delta({ content: '42' })], librechatShows: true },
  { title: 'reasoning_details with reasoningKey: reasoning', reasoningKey: 'reasoning', chunks: [delta(role), delta({ reasoning_details: [{ type: 'reasoning.text', text: 'Adding.' }] }), delta({ content: '42' })], librechatShows: true },
  { title: 'empty reasoning_content beside reasoning', chunks: [delta(role), delta({ reasoning_content: '', reasoning: 'Adding.' }), delta({ content: '42' })], librechatShows: false },
  { title: 'empty reasoning_content beside reasoning, reasoningKey: reasoning', reasoningKey: 'reasoning', chunks: [delta(role), delta({ reasoning_content: '', reasoning: 'Adding.' }), delta({ content: '42' })], librechatShows: false },
  { title: 'empty reasoning_content beside reasoning, OpenRouter', name: 'OpenRouter', chunks: [delta(role), delta({ reasoning_content: '', reasoning: 'Adding.' }), delta({ content: '42' })], librechatShows: false },
  { title: 'reasoning_details without role', chunks: [delta({ reasoning_details: [{ type: 'reasoning.text', text: 'Adding.' }] }), delta({ content: '42' })], librechatShows: false },
  { title: 'empty reasoning_content beside reasoning on one chunk, reasoning alone on the next', chunks: [delta(role), delta({ reasoning_content: '', reasoning: 'Adding' }), delta({ reasoning: ' up.' }), delta({ content: '42' })], librechatShows: true },
  { title: 'reasoning_content and content always in the same chunk', chunks: [delta(role), delta({ reasoning_content: 'Adding.', content: '4' }), delta({ reasoning_content: ' Done.', content: '2' })], librechatShows: true },
  { title: 'null reasoning_content beside reasoning', chunks: [delta(role), delta({ reasoning_content: null, reasoning: 'Adding.' }), delta({ content: '42' })], librechatShows: true },
  { title: 'reasoning only', chunks: [delta(role), delta({ reasoning: 'Adding.' }), delta({ content: '42' })], librechatShows: true },
  { title: 'reasoning only, reasoningKey: reasoning', reasoningKey: 'reasoning', chunks: [delta(role), delta({ reasoning: 'Adding.' }), delta({ content: '42' })], librechatShows: true },
  { title: 'reasoning_content only, reasoningKey: reasoning', reasoningKey: 'reasoning', chunks: [delta(role), delta({ reasoning_content: 'Adding.' }), delta({ content: '42' })], librechatShows: true },
  { title: 'both fields with text at once', chunks: [delta(role), delta({ reasoning_content: 'Adding.', reasoning: 'Adding.' }), delta({ content: '42' })], librechatShows: true },
  { title: 'empty reasoning key on every chunk, no reasoning', chunks: [delta(role), delta({ reasoning_content: '' }), delta({ content: '42' })], librechatShows: false },
  { title: '</think> split across two chunks', chunks: [delta(role), delta({ content: '<think>Adding.' }), delta({ content: '</thi' }), delta({ content: 'nk>42' })], librechatShows: true },
  { title: 'reasoning_details summaries only, OpenRouter', name: 'OpenRouter', chunks: [delta(role), delta({ reasoning_details: [{ type: 'reasoning.summary', summary: 'Adding.' }] }), delta({ content: '42' })], librechatShows: false },
  { title: 'encrypted reasoning_details only, OpenRouter', name: 'OpenRouter', chunks: [delta(role), delta({ reasoning_details: [{ type: 'reasoning.encrypted', data: 'gAAAA' }] }), delta({ content: '42' })], librechatShows: false },
  { title: 'only </think>', chunks: [delta(role), delta({ content: 'Adding.' }), delta({ content: '</think>' }), delta({ content: '42' })], librechatShows: false },
];

describe.concurrent('edge cases: probe agrees with LibreChat, and LibreChat does what the case says', () => {
  test.each(edgeCases)('$title', async ({ chunks, name, reasoningKey, librechatShows }) => {
    const server = await startReplayServer(sse([...chunks, finish, '[DONE]']));
    closers.push(server.close);
    const verdict = await judge(server.url, { entry: { name: name ?? 'Custom', ...(reasoningKey ? { reasoningKey } : {}) }, model: 'edge' });
    expect(verdict.librechatShows).toBe(librechatShows);
    expectAgreement(verdict);
  });
});
