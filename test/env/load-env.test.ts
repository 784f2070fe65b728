import { describe, expect, it } from 'vitest';
import { parseEnvText } from '../../src/env/load-env.js';

describe('parseEnvText', () => {
  it('reads values with dotenv semantics and records where every key is, duplicates included', () => {
    const text = [
      '# LibreChat',
      'OPENAI_API_KEY=user_provided',
      '',
      'export DEEPSEEK_API_KEY="sk-test-fake-dup1"  # first',
      "MULTI='line one",
      "line two'",
      'DEEPSEEK_API_KEY=sk-test-fake-dup2',
    ].join('\r\n');
    const env = parseEnvText('.env', text);
    expect(env.values).toEqual({ OPENAI_API_KEY: 'user_provided', DEEPSEEK_API_KEY: 'sk-test-fake-dup2', MULTI: 'line one\nline two' });
    expect(env.entries.map((e) => [e.key, e.range.line, e.range.column])).toEqual([
      ['OPENAI_API_KEY', 2, 1],
      ['DEEPSEEK_API_KEY', 4, 8],
      ['MULTI', 5, 1],
      ['DEEPSEEK_API_KEY', 7, 1],
    ]);
  });
});
