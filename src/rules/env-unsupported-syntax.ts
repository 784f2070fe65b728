import { encodePointer } from '../core/json-pointer.js';
import { interpolate, removeReferences } from '../env/interpolate.js';
import { describePath, isInterpolatedField } from './fields.js';
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
        reports.push({
          file: 'config',
          pointer: encodePointer(path),
          message: `${describePath(path)}: ${problem.message}; LibreChat leaves it as literal text`,
          hint: problem.hint,
        });
      }
    }
    return reports;
  },
};

interface Problem {
  message: string;
  hint: string;
}

function findProblems(value: string): Problem[] {
  const problems: Problem[] = [];
  for (const name of interpolate(value, {}).references) {
    if (VARIABLE_NAME.test(name)) continue;
    problems.push(describeBadName(name));
  }
  const withoutBraced = removeReferences(value);
  for (const match of withoutBraced.matchAll(BARE_REFERENCE)) {
    problems.push({ message: `'$${match[1]}' is shell syntax`, hint: `write \${${match[1]}} with braces` });
  }
  return problems;
}

function describeBadName(name: string): Problem {
  if (name.includes('}')) {
    return {
      message: `the value starts with '\${' and ends with '}', so LibreChat reads it as one variable named '${name}' (several references in one value)`,
      hint: 'add literal text before or after the references (e.g. "https://${HOST}:${PORT}/v1"), or define one variable holding the whole value',
    };
  }
  const defaulted = /^([A-Za-z_][A-Za-z0-9_]*)\s*:?[-=?+]/.exec(name);
  if (defaulted) {
    return {
      message: `'\${${name}}' uses shell default syntax, which LibreChat does not support`,
      hint: `write \${${defaulted[1]}} and set ${defaulted[1]} in .env (there are no defaults)`,
    };
  }
  const trimmed = name.trim();
  if (trimmed !== name && VARIABLE_NAME.test(trimmed)) {
    return { message: `'\${${name}}' has spaces inside the braces`, hint: `write \${${trimmed}} without spaces` };
  }
  return { message: `'\${${name}}' is not a valid variable name`, hint: 'use letters, digits and underscores only' };
}
