import { afterAll, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/report/i18n/index.js';
import type { ValidateHintCode } from '../../src/report/validate/hint.js';
import { wordFinding } from '../../src/report/validate/word-finding.js';
import type { ValidateFinding } from '../../src/validate/findings.js';
import { findEnglishSentences } from '../helpers/english-sentences.js';

const VALUE = { kind: 'string', text: 'x' } as const;
const UNDEFINED = { variable: 'QWEN_KEY', path: 'endpoints.custom[0].apiKey', envFile: '.env.example', empty: false, example: true };

/**
 * One finding per hint that a finding's facts select. The type makes this the registry: a new hint
 * code does not compile here until it has a finding that selects it, worded in every language below.
 */
const SELECTING: { [C in ValidateHintCode]: { finding: ValidateFinding; en: string } } = {
  'type-quote': { finding: { code: 'schema.type', params: { path: 'version', types: ['string'], values: [], actual: VALUE, hint: { kind: 'quote', text: '1.3.9' } } }, en: 'quote it: "1.3.9"' },
  'type-quote-as-written': {
    finding: { code: 'schema.type', params: { path: 'models.default[0]', types: ['string'], values: [], actual: VALUE, hint: { kind: 'quote-as-written' } } },
    en: 'put the value in quotes exactly as written: YAML read it as a number, which can change it (long ids lose digits)',
  },
  'type-unquote': { finding: { code: 'schema.type', params: { path: 'titleConvo', types: ['boolean'], values: [], actual: VALUE, hint: { kind: 'unquote', text: 'true' } } }, en: 'remove the quotes: true' },
  'type-true-or-false': { finding: { code: 'schema.type', params: { path: 'titleConvo', types: ['boolean'], values: [], actual: VALUE, hint: { kind: 'true-or-false' } } }, en: 'write true or false, without quotes' },
  'enum-variable': {
    finding: { code: 'schema.enum', params: { path: 'endpoints.custom[0].iconURL', allowed: ['a', 'b'], actual: '${ICON}', variable: true } },
    en: 'LibreChat does not expand ${VAR} in this field; write the value itself',
  },
  'enum-case': { finding: { code: 'schema.enum', params: { path: 'imageOutputType', allowed: ['png', 'webp'], actual: 'PNG', caseMatch: 'png' } }, en: 'values are case-sensitive: write png' },
  'summarization-unavailable': {
    finding: { code: 'legacy-field', params: { key: 'summarize', librechatVersion: '0.8.3', summarization: false } },
    en: 'remove it: LibreChat 0.8.3 has no summarization, and it refuses the newer top-level `summarization` block',
  },
  'example-file': {
    finding: { code: 'env-undefined-variable', params: UNDEFINED },
    en: "add the line `QWEN_KEY=` with no value to .env.example, and the value itself only to the deployment's real .env",
  },
};

describe('hints chosen from the facts, in every language', () => {
  afterAll(() => useLanguage('en'));

  it.each(Object.entries(SELECTING))('%s', async (_code, { finding, en }) => {
    await useLanguage('en');
    expect(wordFinding(finding).hint).toBe(en);
    await useLanguage('zh-CN');
    const hint = wordFinding(finding).hint ?? '';
    expect(hint).toMatch(/[\u4e00-\u9fff]/);
    expect(findEnglishSentences(hint)).toEqual([]);
  });

  it("the finding's own hint stays when the facts select none", async () => {
    await useLanguage('en');
    expect(wordFinding({ code: 'legacy-field', params: { key: 'summarize', librechatVersion: '0.8.5', summarization: true } }).hint).toBe('configure the top-level `summarization` block instead');
    expect(wordFinding({ code: 'env-undefined-variable', params: { ...UNDEFINED, envFile: '.env', example: false } }).hint).toBe('put the value into .env as QWEN_KEY');
  });
});
