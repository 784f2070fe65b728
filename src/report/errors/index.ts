import type { Problem } from '../../core/errors.js';
import { words } from '../i18n/index.js';
import type { Worded } from '../validate/words.js';

/** A failure in the chosen language: its one line and its hint. */
export function wordProblem(problem: Problem): Worded {
  const { problems } = words().errors;
  return (problems[problem.code] as (params: Problem['params']) => Worded)(problem.params);
}
