import type { VersionSource } from '../librechat/index.js';
import { words } from './i18n/index.js';

/** How a command decided which LibreChat line judged (the same words in every command's report). */
export interface VersionChoiceView {
  reason: VersionSource;
  evidence?: { file: string; value: string; known: boolean };
}

/** In the chosen language (`versionChoice` in `src/report/locales/<language>/validate.ts`). */
export function describeVersionChoice(choice: VersionChoiceView): string {
  return words().validate.versionChoice(choice);
}
