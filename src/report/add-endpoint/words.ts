import type { AddEndpointNotices, NoticeCode } from '../../edit/notices.js';

/** Which file an endpoint goes into, and how a change happened (text output). */
type Change = 'added' | 'updated';

/**
 * What a language must say for add-endpoint: every notice code of `src/edit/notices.ts`, the
 * header above the diff, the outcome lines and the confirmation question. `dryRun: true` is
 * "would have": nothing was written.
 */
export interface AddEndpointWords {
  notices: { [C in NoticeCode]: (params: AddEndpointNotices[C]) => string };
  /** Labels end with their own separator (`warning: `, `警告：`): each language punctuates its own way. */
  warningLabel: string;
  noteLabel: string;
  /** `--force` on a file that already had schema errors. */
  forced: string;
  /** The files changed between the diff and the answer; the edit was redone on their new content. */
  replanned: string;
  question: string;
  /** `-> .env (OpenAI endpoint)`: method one writes the built-in OpenAI endpoint's variables. */
  openAiTarget(envFile: string): string;
  /** After the target file, with its own leading separator: ` (LibreChat 0.8.8, config version 1.3.17)`. */
  target(librechatVersion: string, configVersion: string): string;
  declined: string;
  nothingToChange: string;
  unchanged: { custom(name: string): string; openai: string };
  entry(action: 'create-file' | 'add' | 'update', name: string, dryRun: boolean): string;
  /** The second entry that serves the first one's titles. */
  titleEntry(change: Change, titleEntry: string, name: string, dryRun: boolean): string;
  envVariable(change: Change, key: string, dryRun: boolean): string;
  /** An update's changed key: `titleModel: "a" -> "b"`; `none` stands for a key that was not there. */
  none: string;
  dryRun: string;
  putKey(variable: string): string;
  restart: string;
}
