import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { applyTextEdits, editsOverlap, type NoFixReason, type TextEdit } from '../core/text-edit.js';
import { withFileTexts, type Deployment } from '../config/load-deployment.js';
import type { ValidateReport } from '../validate/report.js';

/**
 * The pure part of `validate --fix`: from the deployment as read to the texts to write. Fixes
 * are applied in rounds until none is left (a full-width `，` fixed in round one can reveal a
 * comma item that round two splits), and each round is judged by validate itself before it is
 * kept: a fix that would leave the files worse is dropped and named.
 */

/** Judges a deployment the way `validate` does. */
export type Judge = (deployment: Deployment) => ValidateReport;

export interface FixPlan {
  /** The verdict on the files as read. */
  before: ValidateReport;
  /** The verdict on the fixed texts: what remains, each fixable-but-not-fixed finding with its reason. */
  after: ValidateReport;
  /** The findings whose fixes were applied, as reported in the round that fixed them. */
  applied: Diagnostic[];
  /** New texts per file kind; only files that change. */
  texts: { config?: string; env?: string };
}

const MAX_ROUNDS = 5;

export function planFixes(start: Deployment, judge: Judge, processEnv: NodeJS.ProcessEnv): FixPlan {
  const before = judge(start);
  let current = { deployment: start, report: before };
  const applied: Diagnostic[] = [];
  const rejected = new Map<string, NoFixReason>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // Fixes that overlap a chosen one wait for the next round, against the new text.
    const chosen = chooseFixes(current.report.diagnostics.filter((d) => d.autofix && !rejected.has(fingerprint(d))));
    if (chosen.length === 0) break;
    const step = applyRound(current, chosen, judge, processEnv);
    for (const d of step.rejected) rejected.set(fingerprint(d), 'result-not-valid');
    if (step.accepted.length === 0) break;
    applied.push(...[...step.accepted].sort(compareDiagnostics));
    current = step.next;
  }
  const after = explainLeftovers(current.report, rejected);
  return { before, after, applied, texts: changedTexts(start, current.deployment) };
}

/**
 * Fixes whose edits do not touch each other, the smallest first (a full-width `，` replaced
 * before a whole list is rewritten around it; the list fix may then be needless), then report
 * order. Findings with the very same edit (one cleaned list answers three complaints) go together.
 */
function chooseFixes(fixable: Diagnostic[]): Diagnostic[] {
  const chosen: Diagnostic[] = [];
  const span = (d: Diagnostic) => d.autofix!.edits.reduce((n, e) => n + (e.range[1] - e.range[0]) + e.text.length, 0);
  for (const d of [...fixable].sort((a, b) => span(a) - span(b))) {
    const same = chosen.some((c) => c.file === d.file && editKey(c) === editKey(d));
    if (same || !chosen.some((c) => c.file === d.file && editsOverlap(c.autofix!.edits, d.autofix!.edits))) chosen.push(d);
  }
  return chosen;
}

const editKey = (d: Diagnostic) => JSON.stringify(d.autofix?.edits ?? []);

interface State {
  deployment: Deployment;
  report: ValidateReport;
}

/** All fixes of the round at once; if validate does not accept the result, one at a time. */
function applyRound(current: State, chosen: Diagnostic[], judge: Judge, processEnv: NodeJS.ProcessEnv): { next: State; accepted: Diagnostic[]; rejected: Diagnostic[] } {
  const all = tryFixes(current, chosen, judge, processEnv);
  if (all) return { next: all, accepted: chosen, rejected: [] };
  const accepted: Diagnostic[] = [];
  const rejected: Diagnostic[] = [];
  let next = current;
  for (const d of chosen) {
    const attempt = tryFixes(current, [...accepted, d], judge, processEnv);
    if (attempt) {
      accepted.push(d);
      next = attempt;
    } else rejected.push(d);
  }
  return { next, accepted, rejected };
}

function tryFixes(current: State, fixes: Diagnostic[], judge: Judge, processEnv: NodeJS.ProcessEnv): State | undefined {
  const { deployment } = current;
  const editsFor = (file: string | undefined): TextEdit[] => {
    const unique = new Map(fixes.filter((d) => d.file === file).map((d) => [editKey(d), d.autofix!.edits]));
    return [...unique.values()].flat();
  };
  const configEdits = editsFor(deployment.config?.file);
  const envEdits = editsFor(deployment.env.file);
  const texts = {
    ...(configEdits.length > 0 && deployment.config ? { config: applyTextEdits(deployment.config.text, configEdits) } : {}),
    ...(envEdits.length > 0 ? { env: applyTextEdits(deployment.env.text, envEdits) } : {}),
  };
  const next = withFileTexts(deployment, texts, processEnv);
  const report = judge(next);
  return keepsPromises(current.report, report, fixes) ? { deployment: next, report } : undefined;
}

/**
 * A round is kept when its fixes did what they claim and broke nothing LibreChat cares about:
 * no new YAML syntax error, no new schema error (LibreChat would reject the file), and each fixed
 * rule has at least that many fewer warnings and errors. Findings of other rules may appear:
 * a renamed `apiKey` keeps an endpoint LibreChat dropped, which can reveal that its key variable
 * is unset. Those are revealed, not caused, and they are reported.
 */
function keepsPromises(before: ValidateReport, after: ValidateReport, fixes: Diagnostic[]): boolean {
  const syntax = (report: ValidateReport) => count(report, (d) => d.ruleId === 'yaml-syntax');
  if (syntax(after) !== syntax(before)) return syntax(after) < syntax(before);
  const schemaErrors = (report: ValidateReport) => count(report, (d) => d.ruleId === 'schema' && d.severity === 'error');
  if (schemaErrors(after) > schemaErrors(before)) return false;
  const fixedPerRule = new Map<string, number>();
  for (const d of fixes) fixedPerRule.set(d.ruleId, (fixedPerRule.get(d.ruleId) ?? 0) + 1);
  const problems = (report: ValidateReport, rule: string) => count(report, (d) => d.ruleId === rule && d.severity !== 'info');
  return [...fixedPerRule].every(([rule, fixed]) => problems(after, rule) <= problems(before, rule) - fixed);
}

function count(report: ValidateReport, test: (d: Diagnostic) => boolean): number {
  return report.diagnostics.filter(test).length;
}

/** Findings that still carry a fix after the last round did not get it applied: say why. */
function explainLeftovers(report: ValidateReport, rejected: Map<string, NoFixReason>): ValidateReport {
  const diagnostics = report.diagnostics.map((d): Diagnostic => {
    if (!d.autofix) return d;
    const { autofix: _unused, ...rest } = d;
    return { ...rest, noFix: rejected.get(fingerprint(d)) ?? 'overlaps-another-fix' };
  });
  return { ...report, diagnostics };
}

/** A finding's identity across rounds: rule, file and the edit's text and place in it. */
function fingerprint(d: Diagnostic): string {
  return [d.ruleId, d.file, d.pointer, JSON.stringify(d.autofix?.edits ?? [])].join('\u0000');
}

function changedTexts(start: Deployment, end: Deployment): FixPlan['texts'] {
  return {
    ...(end.config && start.config && end.config.text !== start.config.text ? { config: end.config.text } : {}),
    ...(end.env.text !== start.env.text ? { env: end.env.text } : {}),
  };
}
