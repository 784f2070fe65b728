import { describe, expect, it } from 'vitest';
import { LANGUAGES, LANGUAGE_TAGS, languageFromLocale, parseLanguage } from '../../src/report/i18n/languages.js';

/** Every leaf of a catalog: `validate.findings.unknown-key` -> 'function', `validate.hintLabel` -> 'string'. */
function shape(value: unknown, path = ''): Record<string, string> {
  if (typeof value === 'function') return { [path]: 'function' };
  if (typeof value === 'string') return { [path]: value.trim() === '' ? 'empty string' : 'string' };
  if (typeof value !== 'object' || value === null) return { [path]: typeof value };
  return Object.assign({}, ...Object.entries(value).map(([key, item]) => shape(item, path ? `${path}.${key}` : key)));
}

describe('message catalogs (src/report/locales/<language>/)', async () => {
  const english = shape((await LANGUAGES.en.load()).catalog);

  it.each(LANGUAGE_TAGS)('%s has every message English has, and nothing else', async (tag) => {
    const catalog = shape((await LANGUAGES[tag].load()).catalog);
    // English rule descriptions come from the rules and English --help from src/cli/, so those two
    // sections differ by design; test/cli/help-language.test.ts checks help against the real commands.
    const required = (s: Record<string, string>) => Object.fromEntries(Object.entries(s).filter(([key]) => !key.startsWith('validate.ruleDescriptions.') && !key.startsWith('help')));
    expect(required(catalog)).toEqual(required(english));
  });
});

describe('choosing the language', () => {
  it.each([
    [{ LANG: 'C' }, 'en'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'zh_TW.UTF-8' }, 'en'],
  ])('%o -> %s', (env, expected) => {
    expect(languageFromLocale(env)).toBe(expected);
  });

  it('LC_ALL wins over LC_MESSAGES, which wins over LANG (POSIX order)', () => {
    expect(languageFromLocale({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(languageFromLocale({ LC_ALL: '', LC_MESSAGES: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
  });

  it('reads --lang values in the usual spellings and refuses others', () => {
    expect(parseLanguage('en')).toBe('en');
    expect(parseLanguage('EN_us')).toBe('en');
    expect(parseLanguage('klingon')).toBeUndefined();
  });
});
