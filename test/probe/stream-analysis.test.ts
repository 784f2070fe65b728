import { describe, expect, test } from 'vitest';
import { analyzeText, delta, sse } from './helpers.js';

const reasoningThenAnswer = [
  delta({ role: 'assistant', content: null, reasoning_content: '' }),
  delta({ content: null, reasoning_content: 'think ' }),
  delta({ content: null, reasoning_content: 'more' }),
  delta({ content: '42', reasoning_content: null }),
  { object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] },
  '[DONE]',
];

describe('SSE framing', () => {
  test.each([
    ['LF', sse(reasoningThenAnswer, '\n')],
    ['CRLF', sse(reasoningThenAnswer, '\r\n')],
    ['data: without a space', sse(reasoningThenAnswer).replace(/data: /g, 'data:')],
    ['keep-alive comments', `: OPENROUTER PROCESSING\n\n${sse(reasoningThenAnswer)}`.replace('\n\ndata', '\n\n: OPENROUTER PROCESSING\n\ndata')],
    ['no [DONE] and no final blank line', sse(reasoningThenAnswer.slice(0, -1)).trimEnd()],
  ])('%s: same reasoning and answer', (_name, text) => {
    const { observation } = analyzeText(text);
    expect(observation.channel).toBe('reasoning_content');
    expect(observation.answerText).toBe('42');
    expect(observation.reasoningChars).toBe('think more'.length);
    expect(observation.finishReason).toBe('stop');
  });

  test('events split at every possible byte boundary parse the same', () => {
    const text = sse(reasoningThenAnswer, '\r\n');
    for (const size of [1, 2, 3, 5, 7, 13]) {
      const { observation } = analyzeText(text, size);
      expect(observation.chunks).toMatchObject({ total: 5, reasoning: 2, answer: 1 });
      expect(observation.sawDone).toBe(true);
    }
  });

  test('comments are counted, [DONE] noticed, its absence too', () => {
    expect(analyzeText(`: ping\n\n${sse(reasoningThenAnswer)}`).observation).toMatchObject({ sawDone: true, chunks: { comments: 1 } });
    expect(analyzeText(sse(reasoningThenAnswer.slice(0, -1))).observation.sawDone).toBe(false);
  });

  test('a multi-line data field is one JSON document', () => {
    const text = `data: {"choices":[{"index":0,\ndata: "delta":{"content":"hi"}}]}\n\n`;
    expect(analyzeText(text).observation.answerText).toBe('hi');
  });
});

describe('reasoning channels', () => {
  test('null, "" and absent all mean no text', () => {
    const text = sse([delta({ content: '', reasoning_content: 'a' }), delta({ reasoning_content: 'b' }), delta({ content: 'x', reasoning_content: '' }), delta({ content: 'y', reasoning_content: null }), delta({ content: 'z' })]);
    const { observation } = analyzeText(text);
    expect(observation).toMatchObject({ channel: 'reasoning_content', reasoningChars: 2, answerText: 'xyz', chunks: { reasoning: 2, answer: 3 } });
  });

  test('`reasoning` with `reasoning_content: null` is flagged (v0.8.7 SDK hides it)', () => {
    const { observation } = analyzeText(sse([delta({ reasoning: 'r', reasoning_content: null }), delta({ content: 'a', reasoning: null, reasoning_content: null })]));
    expect(observation).toMatchObject({ channel: 'reasoning', bothKeysOneNull: true, fieldsWithText: ['reasoning'] });
  });

  test('both keys with text (transitional vLLM) count once and are not flagged', () => {
    const { observation } = analyzeText(sse([delta({ reasoning: 'same', reasoning_content: 'same' }), delta({ content: 'a' })]));
    expect(observation).toMatchObject({ channel: 'reasoning_content', bothKeysOneNull: false, reasoningChars: 4, chunks: { reasoning: 1 } });
    expect(observation.fieldsWithText.sort()).toEqual(['reasoning', 'reasoning_content']);
  });

  test('reasoning_details alone', () => {
    const { observation } = analyzeText(sse([delta({ reasoning_details: [{ type: 'reasoning.text', text: 'abc' }] }), delta({ content: 'a' })]));
    expect(observation.channel).toBe('reasoning_details');
  });

  test('<think> tags split across chunks', () => {
    const { observation, analyzer } = analyzeText(sse(['<thi', 'nk>plan', ' more</th', 'ink>\n\nAns', 'wer'].map((c) => delta({ content: c }))));
    expect(observation.channel).toBe('think-tags');
    expect(observation.answerText).toBe('Answer');
    expect(analyzer.first.reasoning).toBeLessThan(analyzer.first.answer!);
  });

  test('only a closing tag: the text before it was thinking', () => {
    const { observation, analyzer } = analyzeText(sse(['Let me think. ', 'Yes.', '</think>', '\n\n42'].map((c) => delta({ content: c }))));
    expect(observation).toMatchObject({ channel: 'closing-tag-only', answerText: '42' });
    expect(analyzer.first.reasoning).toBe(1);
    expect(analyzer.first.answer).toBe(4);
  });
});

describe('usage', () => {
  const usage = { prompt_tokens: 5, completion_tokens: 9, total_tokens: 14, completion_tokens_details: { reasoning_tokens: 6 } };
  test('on an empty-choices chunk after the finish chunk', () => {
    const text = sse([delta({ content: 'a' }), { choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }, { choices: [], usage }]);
    expect(analyzeText(text).observation.usage).toEqual({ promptTokens: 5, completionTokens: 9, totalTokens: 14, reasoningTokens: 6, placement: 'usage-chunk' });
  });
  test('on the finish chunk, with usage: null before (DeepSeek)', () => {
    const text = sse([delta({ content: 'a' }, { usage: null }), { choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage }]);
    expect(analyzeText(text).observation.usage?.placement).toBe('finish-chunk');
  });
  test('cumulative on every chunk: the last total wins', () => {
    const text = sse([delta({ content: 'a' }, { usage: { ...usage, completion_tokens: 1 } }), delta({ content: 'b' }, { usage: { ...usage, completion_tokens: 2 } }), { choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage }]);
    expect(analyzeText(text).observation.usage).toMatchObject({ placement: 'every-chunk', completionTokens: 9, reasoningTokens: 6 });
  });
  test('absent', () => {
    expect(analyzeText(sse([delta({ content: 'a' })])).observation.usage).toBeUndefined();
  });
});

describe('errors inside a 200 stream', () => {
  test('an error object mid-stream', () => {
    const { analyzer } = analyzeText(sse([delta({ content: 'a' }), { error: { message: 'Upstream error', code: 502 }, choices: [{ index: 0, delta: {}, finish_reason: 'error' }] }]));
    expect(analyzer.error).toEqual({ kind: 'stream-error', message: 'Upstream error', code: '502' });
  });
  test('a malformed JSON chunk is reported, the rest still read', () => {
    const { analyzer, observation } = analyzeText(sse([delta({ content: 'a' }), '{"choices":[', delta({ content: 'b' })]));
    expect(analyzer.error?.kind).toBe('malformed-chunk');
    expect(observation.answerText).toBe('ab');
  });
});

describe('what LibreChat matches per chunk', () => {
  test('a <think> tag split across chunks is still think-tags, marked as split', () => {
    const split = analyzeText(sse([delta({ role: 'assistant', content: '<thi' }), delta({ content: 'nk>hmm' }), delta({ content: '</think>42' })])).observation;
    expect(split).toMatchObject({ channel: 'think-tags', thinkTagSplit: true, answerText: '42' });
    const whole = analyzeText(sse([delta({ role: 'assistant', content: '<think>' }), delta({ content: 'hmm' }), delta({ content: '</think>42' })])).observation;
    expect(whole).toMatchObject({ channel: 'think-tags', thinkTagSplit: false });
  });

  test('reasoning before any role: assistant is listed as without role; after it, not', () => {
    const roleless = analyzeText(sse([delta({ reasoning_content: 'hmm' }), delta({ role: 'assistant', content: '42' })])).observation;
    expect(roleless.fieldsWithoutRole).toEqual(['reasoning_content']);
    const withRole = analyzeText(sse([delta({ role: 'assistant', content: '' }), delta({ reasoning_content: 'hmm' }), delta({ content: '42' })])).observation;
    expect(withRole.fieldsWithoutRole).toEqual([]);
  });

  test('an empty reasoning_content beside reasoning is told apart from a null one', () => {
    const empty = analyzeText(sse([delta({ role: 'assistant', reasoning_content: '', reasoning: 'hmm' })])).observation;
    const nulled = analyzeText(sse([delta({ role: 'assistant', reasoning_content: null, reasoning: 'hmm' })])).observation;
    expect([empty.bothKeysOneNull, empty.emptyKeyBesideReasoning]).toEqual([true, true]);
    expect([nulled.bothKeysOneNull, nulled.emptyKeyBesideReasoning]).toEqual([true, false]);
  });
});
