import { describe, expect, test } from 'vitest';
import { judgeDisplay, reasoningRulesFor } from '../../src/probe/librechat-display.js';
import { suggestModelIds } from '../../src/probe/near-miss.js';
import { classifyHttpError, parseRetryAfter } from '../../src/probe/probe-errors.js';
import { proxyFor } from '../../src/probe/proxy.js';
import { buildVerdicts } from '../../src/probe/verdicts.js';
import { verdictHint } from '../../src/report/probe/words.js';
import type { ProbeTarget, StreamObservation } from '../../src/probe/types.js';

const target: ProbeTarget = { name: 'Relay', source: '/endpoints/custom/0', baseURL: 'https://relay.example/v1', directEndpoint: false, apiKey: 'k', headers: {}, addParams: {}, dropParams: [], models: ['m'], fetchModels: false };
const observation = (over: Partial<StreamObservation>): StreamObservation => ({
  channel: 'reasoning',
  fieldsWithText: ['reasoning'],
  bothKeysOneNull: false,
  emptyKeyBesideReasoning: false,
  fieldsWithoutRole: [],
  thinkTagSplit: false,
  reasoningChars: 3,
  answerChars: 2,
  answerText: '42',
  chunks: { total: 3, reasoning: 1, answer: 1, comments: 0 },
  sawDone: true,
  ...over,
});

describe('what each LibreChat line shows', () => {
  test.each([
    // v0.7.8's legacy client and v0.7.9's agents 2.4.67 read `reasoning_content` only.
    ['0.7.8', false, 'not-shown'],
    ['0.7.9', false, 'not-shown'],
    // agents 2.4.82-3.1.68 copy `reasoning` only when the delta has no `reasoning_content` key.
    ['0.8.0', false, 'shown'],
    ['0.8.0', true, 'not-shown'],
    ['0.8.5', false, 'shown'],
    ['0.8.5', true, 'not-shown'],
    // agents 3.2.x copy it over `null` too (the v0.8.6 behaviour issue #13844 reports as working).
    ['0.8.6', true, 'shown'],
    ['0.8.7', true, 'shown'],
    // @librechat/agents 3.9.x copies `reasoning` when the key is null (agents-differential.test.ts)
    ['0.8.8', true, 'shown'],
  ])('`reasoning` on %s (reasoning_content: null alongside = %s) -> %s', (version, bothKeysOneNull, display) => {
    expect(judgeDisplay(observation({ bothKeysOneNull }), target, reasoningRulesFor(version))).toBe(display);
  });

  test.each(['0.8.6', '0.8.7'])('`reasoning` beside `reasoning_content: ""` stays hidden on %s, and the verdict names the empty string', (version) => {
    const rules = reasoningRulesFor(version);
    const obs = observation({ bothKeysOneNull: true, emptyKeyBesideReasoning: true });
    expect(judgeDisplay(obs, target, rules)).toBe('not-shown');
    const [verdict] = buildVerdicts({ target, model: 'm', rules, observation: obs, display: 'not-shown' });
    expect(verdict).toMatchObject({ code: 'both-keys-one-null', data: { empty: true } });
  });

  test.each(['0.7.5', '0.7.6'])('%s has no reasoning UI: reasoning_content is dropped and <think> text stays in the answer', (version) => {
    const rules = reasoningRulesFor(version);
    expect(judgeDisplay(observation({ channel: 'reasoning_content', fieldsWithText: ['reasoning_content'] }), target, rules)).toBe('not-shown');
    expect(judgeDisplay(observation({ channel: 'think-tags', fieldsWithText: [] }), target, rules)).toBe('plain-text');
    expect(judgeDisplay(observation({ channel: 'none', fieldsWithText: [] }), target, rules)).toBe('no-reasoning');
    expect(judgeDisplay(observation({ channel: 'reasoning_content', fieldsWithText: ['reasoning_content'] }), target, reasoningRulesFor('0.7.7'))).toBe('shown');
  });

  test.each(['0.7.5', '0.7.6'])('%s: hidden reasoning is the missing Thoughts block (a warning), never a key to change', (version) => {
    const rules = reasoningRulesFor(version);
    const obs = observation({ channel: 'reasoning_content', fieldsWithText: ['reasoning_content'] });
    const verdicts = buildVerdicts({ target, model: 'm', rules, observation: obs, display: judgeDisplay(obs, target, rules) });
    expect(verdicts[0]).toMatchObject({ code: 'no-reasoning-ui', severity: 'warn', data: { field: 'reasoning_content' } });
    expect(verdicts[0]?.fix).toBeUndefined();
    expect(verdicts.map((v) => v.severity)).not.toContain('error');
  });

  test('`reasoning` beside `reasoning_content: ""` stays hidden on 0.8.8', () => {
    const obs = observation({ bothKeysOneNull: true, emptyKeyBesideReasoning: true });
    expect(judgeDisplay(obs, target, reasoningRulesFor('0.8.8'))).toBe('not-shown');
  });

  test('the shadowed-by-empty-key case has its own verdict and, on 0.8.8, no reasoningKey fix (none works)', () => {
    const rules = reasoningRulesFor('0.8.8');
    const obs = observation({ bothKeysOneNull: true, emptyKeyBesideReasoning: true });
    const [verdict] = buildVerdicts({ target, model: 'm', rules, observation: obs, display: judgeDisplay(obs, target, rules) });
    expect(verdict).toMatchObject({ code: 'both-keys-one-null', severity: 'error', data: { empty: true } });
    expect(verdict?.fix).toBeUndefined();
    expect(judgeDisplay(obs, { ...target, reasoningKey: 'reasoning' }, rules)).toBe('not-shown');
  });

  test('reasoning_details only: never read before 0.8.1 (agents 3.0.50), whatever the endpoint', () => {
    const obs = observation({ channel: 'reasoning_details', fieldsWithText: ['reasoning_details'] });
    const openRouter = { ...target, baseURL: 'https://openrouter.ai/api/v1' };
    expect(['0.7.8', '0.7.9', '0.8.0', '0.8.1'].map((version) => judgeDisplay(obs, openRouter, reasoningRulesFor(version)))).toEqual(['not-shown', 'not-shown', 'not-shown', 'shown']);
    const rules = reasoningRulesFor('0.8.0');
    const [verdict] = buildVerdicts({ target: openRouter, model: 'm', rules, observation: obs, display: 'not-shown' });
    expect(verdict).toMatchObject({ code: 'reasoning-details-only', data: { readsDetails: false } });
    expect(verdictHint(verdict!)).not.toMatch(/openrouter/i);
  });

  test('reasoning_details only: shown for OpenRouter-detected endpoints before 0.8.8, for every endpoint from 0.8.8', () => {
    const obs = observation({ channel: 'reasoning_details', fieldsWithText: ['reasoning_details'] });
    expect(judgeDisplay(obs, { ...target, baseURL: 'https://openrouter.ai/api/v1' }, reasoningRulesFor('0.8.5'))).toBe('shown');
    expect(judgeDisplay(obs, target, reasoningRulesFor('0.8.5'))).toBe('not-shown');
    expect(judgeDisplay(obs, target, reasoningRulesFor('0.8.8'))).toBe('shown');
    const older = reasoningRulesFor('0.8.5');
    const [before] = buildVerdicts({ target, model: 'm', rules: older, observation: obs, display: judgeDisplay(obs, target, older) });
    expect(before).toMatchObject({ code: 'reasoning-details-only' });
    expect(before?.fix).toBeUndefined();
  });

  test('reasoning on chunks without role: assistant is dropped on the agents path, kept on legacy v0.7', () => {
    const obs = observation({ channel: 'reasoning_content', fieldsWithText: ['reasoning_content'], fieldsWithoutRole: ['reasoning_content'] });
    const rules = reasoningRulesFor('0.8.8');
    expect(judgeDisplay(obs, target, rules)).toBe('not-shown');
    const [verdict] = buildVerdicts({ target, model: 'm', rules, observation: obs, display: judgeDisplay(obs, target, rules) });
    expect(verdict).toMatchObject({ code: 'reasoning-without-role', severity: 'error' });
    expect(verdictHint(verdict!)).toMatch(/role: "assistant"/);
    expect(judgeDisplay(obs, target, reasoningRulesFor('0.7.8'))).toBe('shown');
  });

  test('a split <think> tag is plain text, except for an endpoint named DeepSeek on the agents path', () => {
    const obs = observation({ channel: 'think-tags', fieldsWithText: [], thinkTagSplit: true });
    const rules = reasoningRulesFor('0.8.8');
    expect(judgeDisplay(obs, target, rules)).toBe('plain-text');
    expect(buildVerdicts({ target, model: 'm', rules, observation: obs, display: 'plain-text' })[0]).toMatchObject({ code: 'think-tag-split', severity: 'warn' });
    expect(judgeDisplay(obs, { ...target, name: 'DeepSeek' }, rules)).toBe('shown');
    expect(judgeDisplay(obs, { ...target, name: 'DeepSeek' }, reasoningRulesFor('0.8.6'))).toBe('shown');
    // ChatDeepSeek rejoins split tags from agents 3.1.8x (v0.8.6); before, @langchain/deepseek 0.0.2 did not.
    expect(judgeDisplay(obs, { ...target, name: 'DeepSeek' }, reasoningRulesFor('0.8.5'))).toBe('plain-text');
    expect(judgeDisplay(obs, { ...target, name: 'DeepSeek' }, reasoningRulesFor('0.7.9'))).toBe('plain-text');
  });
});

describe('NO_PROXY matching', () => {
  const env = (noProxy: string) => ({ PROXY: 'http://proxy:3128', NO_PROXY: noProxy });
  test.each([
    ['https://api.deepseek.com/v1', '', 'http://proxy:3128'],
    ['https://api.deepseek.com/v1', '*', undefined],
    ['https://api.deepseek.com/v1', 'deepseek.com', undefined],
    ['https://api.deepseek.com/v1', '.deepseek.com', undefined],
    ['https://api.deepseek.com/v1', '*.deepseek.com', undefined],
    ['https://notdeepseek.com/v1', 'deepseek.com', 'http://proxy:3128'],
    ['http://10.0.0.5:8000/v1', '10.0.0.5:8000', undefined],
    ['http://10.0.0.5:8000/v1', '10.0.0.5:9000', 'http://proxy:3128'],
    ['http://localhost:8000/v1', 'example.com, localhost', undefined],
  ])('%s with NO_PROXY=%s', (url, noProxy, want) => {
    expect(proxyFor(url, env(noProxy))).toBe(want);
  });
  test('no PROXY, no proxy', () => expect(proxyFor('https://x.example', {})).toBeUndefined());
});

describe('small classifiers', () => {
  test('near-miss model ids', () => {
    const ids = ['Qwen/Qwen3-8B', 'gemini-2.0-flash-exp', 'deepseek-chat'];
    expect(suggestModelIds('qwen3-8b', ids)).toEqual(['Qwen/Qwen3-8B']);
    expect(suggestModelIds('gemini-2.0-flash-Exp', ids)).toEqual(['gemini-2.0-flash-exp']);
    expect(suggestModelIds('deepseek-chta', ids)).toEqual(['deepseek-chat']);
    expect(suggestModelIds('llama', ids)).toEqual([]);
  });
  test('Retry-After as seconds or date', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 1)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(60);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
  test('provider messages from non-OpenAI error shapes', () => {
    expect(classifyHttpError(400, {}, '{"code":20015,"message":"Value error, current model does not support parameter `enable_thinking`.","data":null}')).toMatchObject({ code: '20015', message: expect.stringContaining('enable_thinking') });
    expect(classifyHttpError(401, {}, '{"error":{"message":"User not found.","code":401}}')).toMatchObject({ message: 'User not found.', code: '401' });
    expect(classifyHttpError(502, {}, '<html><body><h1>502 Bad Gateway</h1></body></html>').message).toBe('502 Bad Gateway');
  });
});

describe('progress and key input', () => {
  test('TTY: one rewritten line, cleared at the end', async () => {
    const { createProgressReporter } = await import('../../src/report/probe/progress.js');
    const tty: string[] = [];
    const live = createProgressReporter((t) => tty.push(t));
    live.onEvent({ type: 'start', endpoint: 'A', model: 'm' });
    expect(tty.at(-1)).toBe('\rprobing 0/1 done: A/m');
    live.onEvent({ type: 'done', endpoint: 'A', model: 'm', ok: true, ms: 5 });
    // The shorter line is padded over the longer one; the end blanks it.
    expect(tty.at(-1)).toBe(`\r${'probing 1/1 done'.padEnd('probing 0/1 done: A/m'.length)}`);
    live.finish();
    expect(tty.at(-1)).toBe(`\r${' '.repeat('probing 1/1 done'.length)}\r`);
    expect(tty.join('')).not.toContain('\u001b');
  });

  test('--key-stdin from a pipe takes the first line', async () => {
    const { Readable } = await import('node:stream');
    const { readKeyFromStdin } = await import('../../src/probe/read-key.js');
    expect(await readKeyFromStdin(Readable.from(['sk-test-fake-', 'pipe0001\nignored\n']), () => undefined)).toBe('sk-test-fake-pipe0001');
  });
});
