import type { RuntimeSummary } from '../../config/runtime.js';
import type { NoFixReason } from '../../core/text-edit.js';
import type { VersionChoiceView } from '../version-choice.js';
import type { ValidateHintCode, ValidateHints } from './hint.js';
import type { ValidateCode, ValidateFindings } from '../../validate/findings.js';

/** A finding in words: one sentence, and what to do about it. */
export interface Worded {
  message: string;
  hint?: string;
}

/**
 * What a language must say for `validate`: every finding code of `src/validate/findings.ts`, plus
 * the labels and summary lines of the formats. The compiler rejects a catalog that misses one.
 */
export interface ValidateWords {
  /** Every finding code but doctor's `check-models.check`, which check-models' words say. */
  findings: { [C in Exclude<ValidateCode, 'check-models.check'>]: (params: ValidateFindings[C]) => Worded };
  /** The hints `selectValidateHint` picks from a finding's facts (`src/report/validate/hint.ts`). */
  hints: { [C in ValidateHintCode]: (params: ValidateHints[C]) => string };
  /** Appended to a .env finding whose variable comes from the process environment, not the file. */
  fromProcessEnvironment(key: string): string;
  severity: { error: string; warn: string; info: string };
  hintLabel: string;
  /** Names in running text (files, rule places, endpoints): `a, b` in English, `a、b` in Chinese. */
  list(items: string[]): string;
  /** Independent clauses on one line (the github summary): `a; b`. */
  clauses(parts: string[]): string;
  /** A message and its hint in one text (SARIF has no field for the hint). */
  withHint(message: string, hint: string): string;
  noProblems: string;
  counts(counts: { errors: number; warnings: number; infos: number }): string;
  problemSummary(counts: { total: number; errors: number; warnings: number; infos: number }): string;
  /** How LibreChat was assumed to run and why (validate, check-models and doctor print it). */
  runtimeLine(runtime: RuntimeSummary): string;
  judgedBy(target: { librechatVersion: string; schemaRelease: string; configVersion: string; packageSpec: string }, why: string): string;
  /** Why this LibreChat line (every command's header says it the same way). */
  versionChoice(choice: VersionChoiceView): string;
  /** Under the summary: how many findings `--fix` can fix. */
  fixable(count: number): string;
  /** Why a finding of a fixing rule was left for the admin. */
  notFixed(reason: NoFixReason): string;
  /** The start-up verdict under the summary, when LibreChat will not simply load the files. */
  startup: {
    decidedBy(ruleId: string, place: string): string;
    wontStart(where: string): string;
    ignored(configFile: string | undefined, where: string): string;
    dropped(endpoints: string): string;
  };
  /** `validate --fix` (and `--fix --dry-run`). */
  fix: {
    nothing: string;
    wouldFix(count: number, files: string): string;
    fixed(count: number, files: string, backups: string): string;
    afterDryRun: string;
    left: string;
  };
  /** One-line rule descriptions (SARIF, docs), by rule id. */
  ruleDescriptions: Record<string, string>;
}
