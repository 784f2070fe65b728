import type { Diagnostic } from './diagnostic.js';

/** A validate finding carried inside another message (the first schema error of a file...). */
export type NestedFinding = Pick<Diagnostic, 'code' | 'params'>;

/**
 * Every failure a command reports as a code with parameters (exit 2: could not run). The
 * catalogs in `src/report/locales/<language>/errors.ts` word each one with a hint; the compiler
 * checks that every language has every code. A new failure is one line here plus one entry per
 * language.
 */
export interface Problems {
  'add-endpoint.invalid-yaml': { file: string; line: number; finding: NestedFinding };
  'add-endpoint.schema-errors': { file: string; count: number; finding: NestedFinding };
}

export type ProblemCode = keyof Problems;

/** One failure: a code with exactly its parameters. */
export type Problem = { [C in ProblemCode]: { code: C; params: Problems[C] } }[ProblemCode];
