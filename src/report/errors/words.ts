import type { ProblemCode, Problems } from '../../core/problems.js';
import type { Worded } from '../validate/words.js';

/** What a language must say when a command cannot run (exit 2): every `Problem` code, and main's own lines. */
export interface ErrorWords {
  problems: { [C in ProblemCode]: (params: Problems[C]) => Worded };
  hintLabel: string;
  internalError(detail: string): string;
  internalErrorHint: string;
  /** commander's own usage error (`commander.unknownOption`...) in this language; English keeps commander's text. */
  commander(code: string, message: string): string;
  /** After commander's own usage errors (unknown option...). */
  usageHint: string;
}
