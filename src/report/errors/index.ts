import type { Problem } from '../../core/errors.js';
import { words } from '../i18n/index.js';
import type { Worded } from '../validate/words.js';

/** A failure in the chosen language: its one line and its hint. */
export function wordProblem(problem: Problem): Worded {
  const { problems } = words().errors;
  return (problems[problem.code] as (params: Problem['params']) => Worded)(problem.params);
}

/**
 * A failure carried inside a report (the cache that could not be read): its `problem` worded
 * into `error`, so JSON keeps both the code and the sentence in the chosen language.
 */
export function withFailureMessage<T extends { problem?: Problem; error?: string }>(value: T): T {
  return value.problem ? { ...value, error: wordProblem(value.problem).message } : value;
}

/** A check's failure argument (`problem`, or the older plain `message`) as one line. */
export function failureText(args: { problem?: unknown; message?: unknown }): string {
  return args.problem ? wordProblem(args.problem as Problem).message : String(args.message ?? '');
}
