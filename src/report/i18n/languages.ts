import type { Catalog } from './catalog.js';

/**
 * The languages lc-doctor speaks. A language is one folder, `src/report/locales/<tag>/`, whose
 * `index.ts` exports a complete `Catalog` (the compiler and test/report/catalog.test.ts check that
 * every message exists), plus one line here. Only the chosen language's folder is ever loaded.
 */
export const LANGUAGES = {
  en: { label: 'English', load: () => import('../locales/en/index.js') },
  'zh-CN': { label: '简体中文', load: () => import('../locales/zh-CN/index.js') },
} satisfies Record<string, { label: string; load: () => Promise<{ catalog: Catalog }> }>;

export type Language = keyof typeof LANGUAGES;

export const LANGUAGE_TAGS = Object.keys(LANGUAGES) as Language[];

/**
 * `--lang` and `LC_DOCTOR_LANG` values: the tags themselves, case-insensitive, `_` for `-`, and the
 * usual spellings of Simplified Chinese. Returns undefined for anything else.
 */
export function parseLanguage(value: string): Language | undefined {
  const tag = value.trim().replace(/_/g, '-').toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (/^zh(-(cn|sg|hans(-.*)?))?$/.test(tag)) return known('zh-CN');
  return known(LANGUAGE_TAGS.find((t) => t.toLowerCase() === tag));
}

/**
 * The language of the user's locale, as POSIX ranks it: LC_ALL, then LC_MESSAGES, then LANG; the
 * first one set decides. `zh_CN.UTF-8`, `zh_SG.*` and `zh-Hans*` mean Simplified Chinese;
 * anything else (C, POSIX, en_US, zh_TW...) means English.
 */
export function languageFromLocale(env: NodeJS.ProcessEnv): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  if (!locale) return 'en';
  const name = locale.split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase();
  return (/^zh-(cn|sg|hans)(-|$)/.test(name) ? known('zh-CN') : undefined) ?? 'en';
}

function known(tag: string | undefined): Language | undefined {
  return tag !== undefined && Object.hasOwn(LANGUAGES, tag) ? (tag as Language) : undefined;
}
