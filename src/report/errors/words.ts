import type { ProblemCode, Problems } from '../../core/problems.js';
import type { Worded } from '../validate/words.js';

/** Every `Problem` code worded as one line and its hint (what to do). */
export type ProblemWords = { [C in ProblemCode]: (params: Problems[C]) => Worded };

/** What a language must say when a command cannot run (exit 2): every `Problem` code, and main's own lines. */
export interface ErrorWords {
  problems: ProblemWords;
  /** How a Compose service in REDIS_URI / MONGO_URI is reached from this host (clear-models-cache, doctor). */
  reach: {
    published(variable: string, service: string, uri: string): string;
    mongoSkipped(service: string, network: string): string;
    redisNetworkOnly(service: string, network: string): string;
  };
  /** Why an option's value was refused (commander prints it after `argument 'x' is invalid.`). */
  optionValue: { integer(min: number, max: number): string; seconds(min: number, max: number): string; modelIds: string };
  hintLabel: string;
  internalError(detail: string): string;
  internalErrorHint: string;
  /** commander's own usage error (`commander.unknownOption`...) in this language; English keeps commander's text. */
  commander(code: string, message: string): string;
  /** After commander's own usage errors (unknown option...). */
  usageHint: string;
}
