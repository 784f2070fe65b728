import type { TypeHint, ValidateFinding } from '../../validate/findings.js';

/**
 * Hints whose choice depends on a finding's facts (a `${VAR}` in an enum field, a value in the
 * wrong case, an example file, the kind of value to write). Which hint fits is decided once, here,
 * for every language; the catalogs (`src/report/locales/<language>/validate.ts`, `hints`) only word
 * each code. A selected hint replaces the hint a finding's own entry gives.
 */
export interface ValidateHints {
  'type-quote': { text: string };
  'type-quote-as-written': Record<string, never>;
  'type-unquote': { text: string };
  'type-true-or-false': Record<string, never>;
  /** An enum field holds a `${VAR}`, which LibreChat never expands there. */
  'enum-variable': Record<string, never>;
  /** The value is allowed in another case. */
  'enum-case': { value: string };
  /** The variable is missing from an example file: name it there, keep its value out. */
  'example-file': { variable: string; file: string };
  /** `summarize`/`summaryModel` on a line without the top-level `summarization` block (it refuses one). */
  'summarization-unavailable': { librechatVersion: string };
}

export type ValidateHintCode = keyof ValidateHints;
export type ValidateHint = { [C in ValidateHintCode]: { code: C; params: ValidateHints[C] } }[ValidateHintCode];

const NONE = {};

function typeHint(hint: TypeHint): ValidateHint {
  switch (hint.kind) {
    case 'quote':
      return { code: 'type-quote', params: { text: hint.text } };
    case 'unquote':
      return { code: 'type-unquote', params: { text: hint.text } };
    case 'quote-as-written':
      return { code: 'type-quote-as-written', params: NONE };
    case 'true-or-false':
      return { code: 'type-true-or-false', params: NONE };
  }
}

/** The hint a finding's facts call for, or none when its catalog entry's own hint (or none) is right. */
export function selectValidateHint(finding: ValidateFinding): ValidateHint | undefined {
  switch (finding.code) {
    case 'schema.type':
      return finding.params.hint ? typeHint(finding.params.hint) : undefined;
    case 'schema.enum':
      if (finding.params.variable) return { code: 'enum-variable', params: NONE };
      return finding.params.caseMatch ? { code: 'enum-case', params: { value: finding.params.caseMatch } } : undefined;
    case 'env-undefined-variable':
    case 'env-undefined-variable.user-supplied':
      return finding.params.example ? { code: 'example-file', params: { variable: finding.params.variable, file: finding.params.envFile } } : undefined;
    case 'legacy-field':
      return !finding.params.summarization && (finding.params.key === 'summarize' || finding.params.key === 'summaryModel')
        ? { code: 'summarization-unavailable', params: { librechatVersion: finding.params.librechatVersion } }
        : undefined;
    default:
      return undefined;
  }
}
