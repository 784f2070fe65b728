import { problemOf } from '../../src/core/problems.js';
import { wordProblem } from '../../src/report/errors/index.js';
import type { Worded } from '../../src/report/validate/words.js';

/**
 * What the user reads when `run` fails: its typed problem worded in the loaded language (English
 * in tests unless one chooses). Fails the test when `run` does not throw a typed failure.
 */
export async function failureOf(run: Promise<unknown> | (() => unknown)): Promise<Worded> {
  try {
    await (typeof run === 'function' ? run() : run);
  } catch (error) {
    const problem = problemOf(error);
    if (!problem) throw new Error(`expected a typed failure, got ${String(error)}`, { cause: error });
    return wordProblem(problem);
  }
  throw new Error('expected a failure, but it succeeded');
}
