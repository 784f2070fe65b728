import type { Diagnostic, Severity } from '../core/diagnostic.js';
import { UsageError } from '../core/errors.js';
import { editDistance } from '../schema/suggest-key.js';
import { allRules } from './index.js';
import type { Rule, RuleContext, RuleReport } from './types.js';

/** `--rule id=off|warn|error` (and `info`), already parsed. */
export type RuleOverrides = Record<string, Severity | 'off'>;

/**
 * Runs every rule against the context. Severity comes from the override, else the finding's
 * own severity, else the rule default; an override applies to all of a rule's findings.
 */
export function runRules(context: RuleContext, overrides: RuleOverrides = {}, rules: readonly Rule[] = allRules): Diagnostic[] {
  assertKnownRuleIds(Object.keys(overrides), rules);
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const override = overrides[rule.id];
    if (override === 'off') continue;
    for (const report of rule.check(context)) diagnostics.push(toDiagnostic(context, rule, report, override));
  }
  return diagnostics;
}

function toDiagnostic(context: RuleContext, rule: Rule, report: RuleReport, override: Severity | undefined): Diagnostic {
  const file = report.file === 'env' ? context.env.file : (context.config ?? context.source)?.file ?? '';
  return {
    ruleId: rule.id,
    severity: override ?? report.severity ?? rule.defaultSeverity,
    code: report.code,
    params: report.params,
    file,
    pointer: report.pointer,
    ...(report.target ? { target: report.target } : {}),
    ...(report.range ? { range: { ...report.range } } : {}),
    ...(report.autofix ? { autofix: report.autofix } : {}),
    ...(report.noFix ? { noFix: report.noFix } : {}),
  };
}

/** Throws a UsageError (with a did-you-mean) for an override naming no rule; the CLI checks this before reading any file. */
export function assertKnownRuleIds(ids: readonly string[], rules: readonly Rule[] = allRules): void {
  const known = rules.map((rule) => rule.id);
  for (const id of ids) {
    if (known.includes(id)) continue;
    const closest = suggestClosest(id, known);
    throw new UsageError({ code: 'option.rule-unknown', params: { id, ...(closest ? { closest } : {}), known } });
  }
}

/** The known id with the smallest edit distance, if it is close enough to be a typo. */
function suggestClosest(input: string, candidates: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of candidates) {
    const distance = editDistance(input.toLowerCase(), id.toLowerCase());
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(input.length / 3)) ? best.id : undefined;
}
