import { afterAll, describe, expect, it } from 'vitest';
import type { FetchDetail, FetchDetails } from '../../src/models/types.js';
import type { ProbeDetailCode, ProbeDetails } from '../../src/probe/types.js';
import { describeFetchDetail } from '../../src/report/check-models/messages.js';
import { LANGUAGE_TAGS, useLanguage } from '../../src/report/i18n/index.js';
import { findEnglishSentences } from '../helpers/english-sentences.js';

/**
 * One set of facts per failure detail: what lc-doctor says itself when a probe or a model-list
 * fetch fails (a stall, a time limit, an answer that is no list...). The types make this the
 * registry: a new code does not compile here until it has a sample, so it is worded below.
 */
const PROBE_SAMPLES: { [C in ProbeDetailCode]: ProbeDetails[C] } = {
  'stall-timeout': {},
  'time-limit': {},
  'oversized-json': { mebibytes: 4 },
  'oversized-sse': { what: 'line', mebibytes: 1 },
  'no-text': {},
  'stream-error-object': {},
  redirected: { location: 'https://login.example.com' },
  'not-json': {},
  'no-array': { field: 'data' },
  'no-message': {},
};
const FETCH_SAMPLES: { [C in keyof FetchDetails]: FetchDetails[C] } = {
  'invalid-url': {},
  refused: {},
  'host-not-found': {},
  'no-answer': { seconds: 5 },
};

/** check-models words every detail, its own and the probe's it passes on. */
const DETAILS = [...Object.entries(PROBE_SAMPLES), ...Object.entries(FETCH_SAMPLES), ['oversized-sse', { what: 'event', mebibytes: 4 }] as const].map(([code, params]) => ({ code, params }) as FetchDetail);

async function wordAll(language: (typeof LANGUAGE_TAGS)[number]) {
  await useLanguage(language);
  return DETAILS.map((detail) => ({ detail, text: describeFetchDetail(detail) }));
}

describe('failure details (src/probe/types.ts ProbeDetails, src/models/types.ts FetchDetails)', async () => {
  afterAll(() => useLanguage('en'));
  const byLanguage = Object.fromEntries(await Promise.all(LANGUAGE_TAGS.map(async (tag) => [tag, await wordAll(tag)] as const)));

  it.each(LANGUAGE_TAGS)('%s words every code as one line, with its facts', (tag) => {
    for (const { detail, text } of byLanguage[tag]!) {
      expect(text.trim(), detail.code).not.toBe('');
      expect(text, detail.code).not.toMatch(/\n|undefined|\[object Object\]|NaN/);
      // Numbers and identifiers are facts every language shows as they are.
      for (const value of Object.values(detail.params as Record<string, unknown>)) if (typeof value === 'number' || (typeof value === 'string' && value !== 'line' && value !== 'event')) expect(text, detail.code).toContain(String(value));
    }
  });

  it('Chinese says every one in Chinese (no English sentence left), English in English', () => {
    const zh = byLanguage['zh-CN']!;
    const en = byLanguage.en!;
    for (const [i, { detail, text }] of zh.entries()) {
      expect(text, detail.code).toMatch(/[\u4e00-\u9fff]/);
      expect(findEnglishSentences(text), detail.code).toEqual([]);
      expect(en[i]!.text, detail.code).not.toMatch(/[\u4e00-\u9fff]/);
    }
    // An SSE line and an SSE event are different things in both languages.
    expect(new Set(zh.filter((w) => w.detail.code === 'oversized-sse').map((w) => w.text)).size).toBe(2);
  });
});
