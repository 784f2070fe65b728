import type { FailureText, ProbeDetail, ProbeDetailCode, ProbeDetails, ProbeError, ReasoningDisplay, SkippedTarget, UsagePlacement, Verdict, VerdictCode, VerdictData } from '../../probe/types.js';
import { words } from '../i18n/index.js';
import { selectProbeHint, type ProbeHint, type ProbeHintCode, type ProbeHintPlace, type ProbeHints } from './hint.js';

/**
 * What a language must say for the probe (and for probe lines inside check-models): verdicts,
 * their hints, failures, display, skipped endpoints, and the labels of the stylish report.
 */
export interface ProbeWords {
  /** Each verdict code in words; `version` is `LibreChat 0.8.8`, the line the stream was judged by. */
  verdicts: { [C in VerdictCode]: (data: VerdictData[C], version: string) => string };
  /** What went wrong when lc-doctor says it itself (a stall, a time limit, an answer with no text...). */
  details: { [C in ProbeDetailCode]: (params: ProbeDetails[C]) => string };
  /** Advice for verdicts whose fix is not a config change; `selectProbeHint` (./hint.ts) picks the code. */
  hints: { [C in ProbeHintCode]: (params: ProbeHints[C]) => string };
  /** `ProbeError.kind` as a label: `refused` -> "connection refused". */
  errorKind(kind: string): string;
  /** A failure as one line: its status, its kind's label, and its own words (see `describeFailureText`). */
  error(error: ProbeError): string;
  display(display: ReasoningDisplay, version: string): string;
  skip(skipped: SkippedTarget): string;
  heading(librechatVersion: string): string;
  skippedHeading: string;
  labels: { error: string; reasoning: string; timings: string; stream: string; secondTurn: string; fix: string; addEntry: string; hint: string };
  secondTurn(ok: boolean, status?: number): string;
  severity: { error: string; warn: string; info: string };
  timings: { connect: string; headers: string; firstReasoning: string; firstAnswer: string; total: string };
  chunks(c: { total: number; reasoning: number; answer: number; comments: number }): string;
  usage(u: { prompt: string; completion: string; reasoning?: number; placement: UsagePlacement }): string;
  noUsage: string;
  finish(reason: string | undefined): string;
  noDone: string;
  /** `GET <url>` and how it went (the language's own colon). */
  modelList(url: string, outcome: string): string;
  modelListFailed: string;
  modelListOk(status: number | undefined, count: number): string;
  notInList(id: string, suggestions: string[]): string;
  totals(t: { probed: number; working: number; failing: number }): string;
  skippedCount(n: number): string;
  progressLive(done: number, started: number, names: string): string;
  progressLine(done: number, started: number, label: string, ok: boolean, ms: number): string;
}

// The functions every probe formatter (and check-models' probe lines) calls, in the chosen language.
export function describeVerdict(verdict: Verdict): string {
  const version = 'version' in verdict.data ? verdict.data.version : '';
  return (words().probe.verdicts[verdict.code] as (data: Verdict['data'], version: string) => string)(verdict.data, `LibreChat ${version}`.trim());
}
export function verdictHint(verdict: Verdict, place?: ProbeHintPlace): string | undefined {
  const hint = selectProbeHint(verdict, place);
  return hint && (words().probe.hints[hint.code] as (params: ProbeHint['params']) => string)(hint.params);
}
export const errorKindLabel = (kind: string): string => words().probe.errorKind(kind);
export const describeDisplay = (display: ReasoningDisplay, version: string): string => words().probe.display(display, version);
export const describeSkip = (skipped: SkippedTarget): string => words().probe.skip(skipped);

export const describeError = (error: ProbeError): string => words().probe.error(error);

/** lc-doctor's own description of a failure, in the chosen language. */
export function describeProbeDetail(detail: ProbeDetail): string {
  return (words().probe.details[detail.code] as (params: ProbeDetail['params']) => string)(detail.params);
}

/** A failure's own words: lc-doctor's description of its `detail`, or the outside text (`message`) as it came. */
export function describeFailureText(failure: FailureText): string {
  return failure.detail ? describeProbeDetail(failure.detail) : failure.message;
}

/** A fix object as one line of librechat.yaml flow style: `addParams: { enable_thinking: true }`. */
export function renderFix(fix: Record<string, unknown>): string {
  return Object.entries(fix)
    .map(([key, value]) => `${key}: ${renderValue(value)}`)
    .join(', ');
}

function renderValue(value: unknown): string {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${renderValue(v)}`)
      .join(', ')} }`;
  }
  if (Array.isArray(value)) return `[${value.map(renderValue).join(', ')}]`;
  if (typeof value === 'string') return /^[\w./:-]+$/.test(value) ? value : JSON.stringify(value);
  return String(value);
}
