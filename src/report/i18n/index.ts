import type { Catalog } from './catalog.js';
import { LANGUAGES, type Language } from './languages.js';

export { LANGUAGE_TAGS, languageFromLocale, parseLanguage, type Language } from './languages.js';
export type { Catalog } from './catalog.js';

let active: { language: Language; catalog: Catalog } | undefined;

/**
 * Loads one language's catalog (and only that one) and makes it the one `words()` returns.
 * `src/cli/main.ts` calls it before building the commands, so `--help` is already translated.
 */
export async function useLanguage(language: Language): Promise<void> {
  if (active?.language === language) return;
  const { catalog } = await LANGUAGES[language].load();
  active = { language, catalog };
}

/** The loaded catalog: every message of every command in the chosen language. */
export function words(): Catalog {
  if (!active) throw new Error('no language loaded: call useLanguage() first (src/cli/main.ts does)');
  return active.catalog;
}

export function currentLanguage(): Language {
  return active?.language ?? 'en';
}
