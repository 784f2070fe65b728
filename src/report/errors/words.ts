import type { ProblemCode, Problems } from '../../core/problems.js';
import type { Worded } from '../validate/words.js';

/** What a language must say when a command cannot run (exit 2): every `Problem` code, and main's own lines. */
export interface ErrorWords {
  problems: { [C in ProblemCode]: (params: Problems[C]) => Worded };
  hintLabel: string;
  internalError(detail: string): string;
  internalErrorHint: string;
  /** After commander's own usage errors (unknown option...). */
  usageHint: string;
}
