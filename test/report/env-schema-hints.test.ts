import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/report/i18n/index.js';
import { wordFinding } from '../../src/report/validate/word-finding.js';

/** Every `x-hint` of the published .env schema (its English is the schema's own text, read by editors too). */
const schema = JSON.parse(readFileSync(new URL('../../schemas/env.schema.json', import.meta.url), 'utf8')) as Record<'properties' | '$defs', Record<string, { 'x-hint'?: string }>>;
const HINTS = [...Object.entries(schema.properties), ...Object.entries(schema.$defs)].flatMap(([id, entry]) => (entry['x-hint'] ? [{ id, text: entry['x-hint'] }] : []));

const hintOf = (hint: { id: string; text: string }) => wordFinding({ code: 'env-schema', params: { key: 'X', problem: 'format', hint } }).hint;

describe('.env schema hints in every language', () => {
  afterAll(() => useLanguage('en'));

  it('the schema has hints to word', () => {
    expect(HINTS.length).toBeGreaterThan(5);
  });

  it.each(HINTS)('$id: English is the schema text, Chinese has its own sentence', async (hint) => {
    await useLanguage('en');
    expect(hintOf(hint)).toBe(hint.text);
    await useLanguage('zh-CN');
    expect(hintOf(hint)).toMatch(/[\u4e00-\u9fff]/);
  });
});
