import { encodePointer } from '../core/json-pointer.js';
import { interpolate, removeReferences } from '../env/interpolate.js';
import { describePath, isInterpolatedField } from './fields.js';
import type { ValidateFinding } from '../validate/findings.js';
import type { Rule, RuleReport } from './types.js';
import { collectStrings } from './support.js';

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `$NAME` not followed by `{`: shell syntax LibreChat leaves alone. */
const BARE_REFERENCE = /(?<![$\\])\$([A-Za-z_][A-Za-z0-9_]*)/g;

export const envUnsupportedSyntax: Rule = {
  id: 'env-unsupported-syntax',
  defaultSeverity: 'warn',
  description: 'Variable syntax LibreChat does not expand: $VAR, ${VAR:-default}, ${A}${B}, ${ VAR }.',
  check(context) {
    const reports: RuleReport[] = [];
    for (const { path, value } of collectStrings(context.config?.value)) {
      if (!isInterpolatedField(path)) continue;
      for (const problem of findProblems(value)) {
        reports.push({ file: 'config', pointer: encodePointer(path), code: problem.code, params: { path: describePath(path), ...problem.params } } as RuleReport);
      }
    }
    return reports;
  },
};

type Problem = Pick<Extract<ValidateFinding, { code: `env-unsupported-syntax.${string}` }>, 'code'> & { params: { name: string; variable?: string } };

function findProblems(value: string): Problem[] {
  const problems: Problem[] = [];
  for (const name of interpolate(value, {}).references) {
    if (VARIABLE_NAME.test(name)) continue;
    problems.push(describeBadName(name));
  }
  const withoutBraced = removeReferences(value);
  for (const match of withoutBraced.matchAll(BARE_REFERENCE)) {
    problems.push({ code: 'env-unsupported-syntax.bare', params: { name: match[1]! } });
  }
  return problems;
}

function describeBadName(name: string): Problem {
  if (name.includes('}')) {
    return { code: 'env-unsupported-syntax.whole-value', params: { name } };
  }
  const defaulted = /^([A-Za-z_][A-Za-z0-9_]*)\s*:?[-=?+]/.exec(name);
  if (defaulted) {
    return { code: 'env-unsupported-syntax.default', params: { name, variable: defaulted[1]! } };
  }
  const trimmed = name.trim();
  if (trimmed !== name && VARIABLE_NAME.test(trimmed)) {
    return { code: 'env-unsupported-syntax.spaces', params: { name, variable: trimmed } };
  }
  return { code: 'env-unsupported-syntax.invalid-name', params: { name } };
}
