import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeText } from './helpers.js';

/**
 * Recorded provider streams (kept outside the repository, provenance in their `#` lines) run
 * through the same decoder and analyzer as live probes. Expectations come from providers.md.
 */
const SAMPLES = '/work/shared/domain/sse-samples';
const EXPECTED_CHANNEL: Record<string, string> = {
  'dashscope-1.txt': 'reasoning_content',
  'deepseek-1.txt': 'reasoning_content',
  // sanitized by its source: no reasoning text left, only the usage on the `length` chunk
  'deepseek-2.txt': 'none',
  'groq-1.txt': 'reasoning',
  'llamacpp-1.txt': 'reasoning_content',
  'ollama-1.txt': 'reasoning',
  'openrouter-1.txt': 'reasoning',
  'siliconflow-1.txt': 'reasoning_content',
  'zhipu-1.txt': 'reasoning_content',
};

const present = existsSync(SAMPLES);
const files = present ? readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort() : [];

describe.skipIf(!present)(`recorded streams in ${SAMPLES}${present ? '' : ' (folder absent: replay skipped)'}`, () => {
  test.each(files)('%s parses with no malformed chunk, in the expected channel', (file) => {
    const text = readFileSync(join(SAMPLES, file), 'utf8')
      .split(/\r?\n/)
      .filter((line) => !line.startsWith('#'))
      .join('\n');
    const { observation, analyzer } = analyzeText(text, 97);
    expect(analyzer.error?.kind).not.toBe('malformed-chunk');
    expect(observation.chunks.total).toBeGreaterThan(0);
    expect(observation.channel).toBe(EXPECTED_CHANNEL[file] ?? observation.channel);
    if (!EXPECTED_CHANNEL[file]) expect(observation.channel).not.toBe('none');
    if (file === 'deepseek-2.txt') expect(observation).toMatchObject({ finishReason: 'length', usage: { placement: 'finish-chunk', reasoningTokens: 4 } });
  });
});
