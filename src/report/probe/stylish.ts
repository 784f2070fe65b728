import type { Style } from '../shared/style.js';
import { words } from '../i18n/index.js';
import { labelled } from '../shared/label.js';
import { describeRuntimeLine } from '../runtime.js';
import { padDisplay } from '../shared/width.js';
import { describeDisplay, describeError, describeSkip, describeVerdict, renderFix, verdictHint } from './words.js';
import { isFailing, type ProbeReport, type SentRequest } from '../../probe/report.js';
import type { ModelListResult, ProbeResult, StreamObservation, Timings, Verdict } from '../../probe/types.js';

export interface StylishOptions {
  style: Style;
  verbose: boolean;
}

/** Human output: one block per probed model, then model lists, skipped endpoints and totals. */
export function formatProbeStylish(report: ProbeReport, options: StylishOptions): string {
  const { style } = options;
  const lines: string[] = [style.bold(`lc-doctor probe`) + style.dim(words().probe.heading(report.librechatVersion)), style.dim(describeRuntimeLine(report.runtime)), ''];
  for (const result of report.results) {
    lines.push(...formatResult(result, options));
    if (options.verbose) lines.push(...formatRequests(report.requests ?? [], result, style));
    lines.push('');
  }
  for (const list of report.modelLists) lines.push(...formatModelList(list, style), '');
  if (report.skipped.length > 0) {
    lines.push(style.bold(words().probe.skippedHeading));
    for (const s of report.skipped) lines.push(`  ${style.yellow('-')} ${s.name}: ${describeSkip(s)}`);
    lines.push('');
  }
  lines.push(formatTotals(report, style));
  return `${lines.join('\n')}\n`;
}

function formatResult(result: ProbeResult, { style, verbose }: StylishOptions): string[] {
  const failing = isFailing(result);
  const mark = failing ? style.red('✖') : style.green('✔');
  const lines = [`${mark} ${style.bold(result.endpoint)} ${result.model}  ${style.dim(result.url)}`];
  const obs = result.observation;
  const t = words().probe;
  // Verdicts word the failure; the raw classification is for --verbose.
  if (result.error && verbose) lines.push(`  ${labelled(t.labels.error, describeError(result.error))}`);
  if (obs && result.ok) lines.push(`  ${labelled(t.labels.reasoning, `${obs.channel} -> ${describeDisplay(result.display, result.librechatVersion)}`)}`);
  lines.push(`  ${labelled(t.labels.timings, formatTimings(result.timings))}`);
  if (obs) lines.push(`  ${labelled(t.labels.stream, formatStream(obs))}`);
  if (result.secondTurn) lines.push(`  ${labelled(t.labels.secondTurn, t.secondTurn(result.secondTurn.ok, result.secondTurn.status))}`);
  for (const verdict of result.verdicts) {
    if (verdict.code === 'ok' || (verdict.severity === 'info' && !verbose && verdict.code !== 'thinking-off')) continue;
    lines.push(...formatVerdict(verdict, style));
  }
  return lines;
}

function formatVerdict(verdict: Verdict, style: Style): string[] {
  const color = verdict.severity === 'error' ? style.red : verdict.severity === 'warn' ? style.yellow : style.blue;
  const t = words().probe;
  const lines = [`  ${color(padDisplay(t.severity[verdict.severity], 5))} ${describeVerdict(verdict)}`];
  if (verdict.fix) lines.push(`        ${labelled(style.green(t.labels.fix), renderFix(verdict.fix))}`);
  if (verdict.addEntry) lines.push(`        ${labelled(style.green(t.labels.addEntry), `{ ${renderFix(verdict.addEntry)} }`)}`);
  const hint = verdictHint(verdict);
  if (hint) lines.push(`        ${labelled(style.dim(t.labels.hint), hint)}`);
  return lines;
}

function formatTimings(t: Timings): string {
  const label = words().probe.timings;
  const parts: [string, number | undefined][] = [
    [label.connect, t.connect],
    [label.headers, t.headers],
    [label.firstReasoning, t.firstReasoning],
    [label.firstAnswer, t.firstAnswer],
    [label.total, t.total],
  ];
  return parts
    .filter(([, ms]) => ms !== undefined)
    .map(([label, ms]) => `${label} ${Math.round(ms!)} ms`)
    .join(' · ');
}

function formatStream(obs: StreamObservation): string {
  const t = words().probe;
  const c = obs.chunks;
  const parts = [t.chunks({ total: c.total, reasoning: c.reasoning, answer: c.answer, comments: c.comments ?? 0 })];
  const u = obs.usage;
  if (u) {
    parts.push(t.usage({ prompt: String(u.promptTokens ?? '?'), completion: String(u.completionTokens ?? '?'), ...(u.reasoningTokens !== undefined ? { reasoning: u.reasoningTokens } : {}), placement: u.placement }));
  } else parts.push(t.noUsage);
  parts.push(t.finish(obs.finishReason ?? undefined));
  if (!obs.sawDone) parts.push(t.noDone);
  return parts.join(' · ');
}

function formatModelList(list: ModelListResult, style: Style): string[] {
  const t = words().probe;
  if (!list.ok) return [`${style.red('✖')} ${style.bold(list.endpoint)} ${t.modelList(list.url, list.error ? describeError(list.error) : t.modelListFailed)}`];
  const lines = [`${style.green('✔')} ${style.bold(list.endpoint)} ${t.modelList(list.url, t.modelListOk(list.status, list.ids.length))}`];
  for (const missing of list.missing) lines.push(`  ${style.yellow(padDisplay(t.severity.warn, 5))} ${t.notInList(missing.id, missing.suggestions)}`);
  return lines;
}

function formatRequests(requests: SentRequest[], result: ProbeResult, style: Style): string[] {
  const sent = requests.filter((r) => r.endpoint === result.endpoint && r.model === result.model);
  return sent.flatMap((r) => [
    style.dim(`  > POST ${r.url}`),
    ...Object.entries(r.headers).map(([k, v]) => style.dim(`  > ${k}: ${v}`)),
    style.dim(`  > ${JSON.stringify(r.body)}`),
  ]);
}

function formatTotals(report: ProbeReport, style: Style): string {
  const t = report.totals;
  const summary = words().probe.totals(t);
  const skipped = t.skipped > 0 ? ` · ${words().probe.skippedCount(t.skipped)}` : '';
  return (t.failing > 0 ? style.red(summary) : style.green(summary)) + skipped;
}
