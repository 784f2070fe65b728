import type { Style } from '../shared/style.js';
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
  const lines: string[] = [style.bold(`lc-doctor probe`) + style.dim(`  (judged against LibreChat ${report.librechatVersion})`), ''];
  for (const result of report.results) {
    lines.push(...formatResult(result, options));
    if (options.verbose) lines.push(...formatRequests(report.requests ?? [], result, style));
    lines.push('');
  }
  for (const list of report.modelLists) lines.push(...formatModelList(list, style), '');
  if (report.skipped.length > 0) {
    lines.push(style.bold('skipped (nothing sent)'));
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
  // Verdicts word the failure; the raw classification is for --verbose.
  if (result.error && verbose) lines.push(`  error: ${describeError(result.error)}`);
  if (obs && result.ok) lines.push(`  reasoning: ${obs.channel} -> ${describeDisplay(result.display, result.librechatVersion)}`);
  lines.push(`  timings: ${formatTimings(result.timings)}`);
  if (obs) lines.push(`  stream: ${formatStream(obs)}`);
  if (result.secondTurn) lines.push(`  second turn: ${result.secondTurn.ok ? 'accepted' : `rejected${result.secondTurn.status ? ` (${result.secondTurn.status})` : ''}`}`);
  for (const verdict of result.verdicts) {
    if (verdict.code === 'ok' || (verdict.severity === 'info' && !verbose && verdict.code !== 'thinking-off')) continue;
    lines.push(...formatVerdict(verdict, style));
  }
  return lines;
}

function formatVerdict(verdict: Verdict, style: Style): string[] {
  const color = verdict.severity === 'error' ? style.red : verdict.severity === 'warn' ? style.yellow : style.blue;
  const lines = [`  ${color(verdict.severity.padEnd(5))} ${describeVerdict(verdict)}`];
  if (verdict.fix) lines.push(`        ${style.green('fix:')} ${renderFix(verdict.fix)}`);
  if (verdict.addEntry) lines.push(`        ${style.green('and add to endpoints.custom:')} { ${renderFix(verdict.addEntry)} }`);
  const hint = verdictHint(verdict);
  if (hint) lines.push(`        ${style.dim('hint:')} ${hint}`);
  return lines;
}

function formatTimings(t: Timings): string {
  const parts: [string, number | undefined][] = [
    ['connect', t.connect],
    ['headers', t.headers],
    ['first reasoning', t.firstReasoning],
    ['first answer', t.firstAnswer],
    ['total', t.total],
  ];
  return parts
    .filter(([, ms]) => ms !== undefined)
    .map(([label, ms]) => `${label} ${Math.round(ms!)} ms`)
    .join(' · ');
}

function formatStream(obs: StreamObservation): string {
  const c = obs.chunks;
  const parts = [`${c.total} chunks (${c.reasoning} reasoning, ${c.answer} answer${c.comments ? `, ${c.comments} comments` : ''})`];
  const u = obs.usage;
  if (u) {
    const reasoning = u.reasoningTokens !== undefined ? ` (${u.reasoningTokens} reasoning)` : '';
    parts.push(`usage ${u.promptTokens ?? '?'} prompt + ${u.completionTokens ?? '?'} completion${reasoning} on ${u.placement}`);
  } else parts.push('no usage');
  parts.push(`finish ${obs.finishReason ?? 'none'}`);
  if (!obs.sawDone) parts.push('no [DONE]');
  return parts.join(' · ');
}

function formatModelList(list: ModelListResult, style: Style): string[] {
  if (!list.ok) return [`${style.red('✖')} ${style.bold(list.endpoint)} GET ${list.url}: ${list.error ? describeError(list.error) : 'failed'}`];
  const lines = [`${style.green('✔')} ${style.bold(list.endpoint)} GET ${list.url}: ${list.status} · ${list.ids.length} models`];
  for (const missing of list.missing) {
    const suggestion = missing.suggestions.length > 0 ? ` (did you mean ${missing.suggestions.map((s) => `\`${s}\``).join(', ')}?)` : '';
    lines.push(`  ${style.yellow('warn ')} configured model \`${missing.id}\` is not in the list${suggestion}`);
  }
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
  const summary = `${t.probed} model${t.probed === 1 ? '' : 's'} probed: ${t.working} working, ${t.failing} failing`;
  const skipped = t.skipped > 0 ? ` · ${t.skipped} endpoint${t.skipped === 1 ? '' : 's'} skipped` : '';
  return (t.failing > 0 ? style.red(summary) : style.green(summary)) + skipped;
}
