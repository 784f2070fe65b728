import type { ProbedArgs, SkippedProbeArgs } from '../../models/checks.js';
import type { AppliedFix, CheckModelsReport, LocatedCheck } from '../../models/report.js';
import type { DecisionStep, FetchDetail, FetchDetails, FetchFailure, Fix, ModelOrigin } from '../../models/types.js';
import type { ModelStep, ModelStepArgs, SuggestionArgs, WhyPlace } from '../../models/why.js';
import type { Verdict } from '../../probe/types.js';
import { words } from '../i18n/index.js';
import { describeDisplay, describeProbeDetail, describeSkip, describeVerdict, verdictHint } from '../probe/words.js';

/**
 * check-models' sentences in the chosen language (`src/report/locales/<language>/check-models.ts`).
 * Which sentence fits is decided here, once for every language; the catalogs hold the strings.
 * Stylish, markdown, doctor and the demo share these.
 */
export function describeCheck(check: LocatedCheck): string {
  if (check.code === 'probe') return describeProbe(check.args);
  return (words().checkModels.checks[check.code] as (args: LocatedCheck['args'], check: LocatedCheck) => string)(check.args, check);
}

export function describeStep(step: DecisionStep | ModelStep): string {
  if (step.code === 'model-not-listed') return describeNotListed(step.args);
  return (words().checkModels.steps[step.code] as (args: (DecisionStep | ModelStep)['args']) => string)(step.args);
}

function describeNotListed(args: ModelStepArgs['model-not-listed']): string {
  const t = words().checkModels.notListed;
  if (args.shown) return t.shownAs(args.model, args.suggestion);
  if (args.providerAnswered && !args.suggestion) return t.notAtProvider(args.model);
  return t.addIt(args.model, didYouMean(args), describeListAdvice(args));
}

/** Where a new id goes on one endpoint: the fetched list decides, models.default, a variable that replaces the list whole, or one that adds. */
export function describeListAdvice(place: Omit<WhyPlace, 'endpoint' | 'fix'>): string {
  const t = words().checkModels.listAdvice;
  if (place.fetched) return t.fetched;
  if (place.list === 'models.default') return t.modelsDefault(place.fetchable);
  if (place.replaces) return t.replaces(place.list, place.count);
  return t.add(place.list);
}

/** One list an unknown id could go into (`--why`). */
export function describePlace(place: WhyPlace): string {
  return words().checkModels.whyPlace(place.endpoint, describeListAdvice(place));
}

/** Where one model id came from: `LibreChat's default openAI list`, `fetched from <url>`, or the variable or pointer itself. */
export function describeOrigin(kind: ModelOrigin['kind'], detail: string): string {
  return kind === 'default-list' || kind === 'fetched' ? words().checkModels.origin[kind](detail) : detail;
}

/** An endpoint's list origins (`fetched:<url>`, `default:<list>`, a variable, a pointer) joined with ` + `. */
export function describeOrigins(origins: string[]): string {
  return origins
    .map((o) => (o.startsWith('fetched:') ? `GET ${o.slice(8)}` : o.startsWith('default:') ? describeOrigin('default-list', o.slice(8)) : o.startsWith('/') ? 'models.default' : o))
    .join(' + ');
}

/** The near-miss after a sentence, or nothing when the provider has none. */
export function didYouMean(args: Partial<SuggestionArgs>): string {
  const t = words().checkModels;
  return args.suggestion ? t.didYouMean(args.suggestion, t.nearMiss[args.kind || 'typo']) : '';
}

/** A failed model-list request in one phrase: its HTTP status with the provider's words, lc-doctor's own description, or the outside text. */
export function describeFetchFailure(failure: { reason?: FetchFailure; status?: number; message?: string; detail?: FetchDetail }): string {
  const text = failure.detail ? describeFetchDetail(failure.detail) : failure.message;
  if (failure.reason === 'http') return words().checkModels.httpFailure(failure.status ?? 0, text || undefined);
  return text || failure.reason || '';
}

/** `--probe` that did not run, with why in words beside its code (JSON). */
export function withProbeSkipMessage(probe: CheckModelsReport['probe']): CheckModelsReport['probe'] & { message?: string } {
  return probe.skipped ? { ...probe, message: words().checkModels.probeSkipped[probe.skipped] } : probe;
}

type OwnFetchDetail = Extract<FetchDetail, { code: keyof FetchDetails }>;

/** lc-doctor's description of a failed model-list request: check-models' own codes, else the probe's. */
export function describeFetchDetail(detail: FetchDetail): string {
  const own = words().checkModels.fetchDetails;
  if (!Object.hasOwn(own, detail.code)) return describeProbeDetail(detail as Exclude<FetchDetail, OwnFetchDetail>);
  return (own[detail.code as OwnFetchDetail['code']] as (params: OwnFetchDetail['params']) => string)(detail.params as OwnFetchDetail['params']);
}

/** Probe lines reuse the probe's own wording for its verdicts, skips and display. */
function describeProbe(args: ProbedArgs | SkippedProbeArgs): string {
  const t = words().checkModels.probe;
  if (args.verdict === 'skipped') {
    if (args.reason === 'user-provided') return t.userProvided(args.field);
    return t.skipped(describeSkip({ name: '', source: '', reason: args.reason, field: args.field, variables: args.variables }));
  }
  return t.probed({
    verdict: describeVerdict(asVerdict(args)),
    ...(args.display === 'no-reasoning' ? {} : { reasoning: describeDisplay(args.display, args.version) }),
    ...(args.firstReasoningMs >= 0 ? { firstReasoningMs: args.firstReasoningMs } : {}),
    totalMs: args.totalMs,
  });
}

/** A probe line carries its main verdict's facts flat (`ProbedArgs`); the probe's words read them as a verdict. */
function asVerdict(args: ProbedArgs): Verdict {
  return { code: args.verdict, severity: 'info', data: args } as Verdict;
}

/** What one applied `--fix` changed, in identifiers (the same in every language): `old -> new`, or the settings turned off. */
export function describeAppliedFix(fix: AppliedFix, arrow = '->'): string {
  return fix.kind === 'model-id' ? `${fix.model ?? ''} ${arrow} ${fix.replacement}` : words().validate.list(fix.options.map((option) => `customParams.${option}: false`));
}

/** `--fix`'s headline counts: model ids corrected, endpoints whose reasoning replay was turned off. */
export function countAppliedFixes(fixed: readonly AppliedFix[]): { ids: number; replays: number } {
  return { ids: fixed.filter((f) => f.kind === 'model-id').length, replays: fixed.filter((f) => f.kind === 'replay-off').length };
}

/** A fix as the text to paste; its comments (why a line reads so, where an added entry goes) in this language. */
export function fixText(fix: Fix): string {
  const text = fix.note ? `${fix.text}   # ${words().checkModels.fixNotes[fix.note]}` : fix.text;
  return fix.addEntry ? `${text}\n# ${words().probe.labels.addEntry}\n${fix.addEntry}` : text;
}

/** The probe's own hint for a failing probe line that has no config fix (refused, stall, 429, 401...). */
export function describeProbeHint(check: LocatedCheck): string | undefined {
  if (check.code !== 'probe' || check.status === 'ok' || check.fix || check.args.verdict === 'skipped') return undefined;
  return verdictHint(asVerdict(check.args), { command: 'check-models', endpoint: check.endpoint ?? '' });
}

/** A finding in words: its id, its sentence, and its fix (or the probe's hint). */
export interface FindingWords {
  id: string;
  message: string;
  fix?: string;
}

/** A check-models or probe line as one finding (doctor's formats): subject, sentence, fix. */
export function wordCheck(check: LocatedCheck): FindingWords {
  const subject = [check.endpoint, check.model].filter(Boolean).join(' / ');
  const label = words().doctor.label;
  const message = `${subject ? label(subject) : ''}${describeCheck(check)}`;
  const fix = check.fix ? `${label(words().checkModels.fixWhere[check.fix.kind])}${fixText(check.fix)}` : describeProbeHint(check);
  return { id: checkId(check), message, ...(fix ? { fix } : {}) };
}

/** The rule id a check-models or probe line has in doctor's formats. */
export function checkId(check: LocatedCheck): string {
  return check.code === 'probe' ? 'probe' : `check-models/${check.code}`;
}
