import type { PreparedEdit } from '../../edit/prepare-add-endpoint.js';
import type { AddEndpointPlan } from '../../edit/plan-add-endpoint.js';
import { redactValue } from '../../edit/entry-secrets.js';
import { renderEntryBlock } from '../../edit/yaml-entry.js';
import type { Style } from '../shared/style.js';
import type { AddEndpointStatus } from '../../edit/run-add-endpoint.js';
import type { Notice } from '../../edit/notices.js';
import { words } from '../i18n/index.js';

/** Wording for add-endpoint. Values shown here never include a key: .env values are masked upstream. */

/** A notice in the chosen language. */
export function wordNotice(notice: Notice): string {
  return (words().addEndpoint.notices[notice.code] as (params: Notice['params']) => string)(notice.params);
}

export function formatPreamble(prepared: PreparedEdit, style: Style): string {
  const { plan, target } = prepared;
  const t = words().addEndpoint;
  const where = plan.method === 'custom' ? prepared.sources.config.path : t.openAiTarget(prepared.sources.env.path);
  let out = `${style.bold(`add-endpoint ${plan.name}`)} -> ${where}${style.dim(t.target(target.librechatVersion, String(target.configVersion)))}\n`;
  if (prepared.diff !== '') out += `\n${colourDiff(prepared.diff, style)}\n`;
  return out + formatNotices(prepared, style);
}

/** The warnings every mode shows (--print writes them to stderr). */
export function formatNotices(prepared: PreparedEdit, style: Style): string {
  const t = words().addEndpoint;
  let out = '';
  for (const notice of prepared.plan.notices) out += `${style.yellow(t.warningLabel)}${wordNotice(notice)}\n`;
  if (prepared.schemaCheck === 'forced') out += `${style.yellow(t.warningLabel)}${t.forced}\n`;
  return out;
}

function colourDiff(diff: string, style: Style): string {
  return diff
    .split('\n')
    .map((line) => (line.startsWith('+') && !line.startsWith('+++') ? style.green(line) : line.startsWith('-') && !line.startsWith('---') ? style.red(line) : line.startsWith('@@') ? style.blue(line) : line))
    .join('\n')
    .replace(/\n$/, '');
}

export function formatOutcome(plan: AddEndpointPlan, status: AddEndpointStatus, style: Style): string {
  const t = words().addEndpoint;
  if (status === 'declined') return `${t.declined}\n`;
  if (plan.files.length === 0) return `${style.green(t.nothingToChange)} ${plan.method === 'custom' ? t.unchanged.custom(plan.name) : t.unchanged.openai}\n`;
  const dryRun = status === 'dry-run';
  const lines: string[] = [];
  if (plan.method === 'custom' && plan.action !== 'unchanged') lines.push(t.entry(plan.action, plan.name, dryRun));
  for (const change of plan.action === 'update' ? redactValue(plan.changes, plan.secrets) : []) {
    lines.push(`  ${change.key}: ${brief(change.before)} -> ${brief(change.after)}`);
  }
  const titles = plan.titleEntry;
  if (titles && titles.action !== 'unchanged') lines.push(t.titleEntry(titles.action === 'add' ? 'added' : 'updated', String(titles.entry.name), plan.name, dryRun));
  for (const env of plan.env.filter((e) => e.action !== 'kept')) lines.push(t.envVariable(env.action === 'added' ? 'added' : 'updated', env.key, dryRun));
  if (dryRun) lines.push(t.dryRun);
  else lines.push(...nextSteps(plan));
  return `${lines.join('\n')}\n`;
}

function nextSteps(plan: AddEndpointPlan): string[] {
  const t = words().addEndpoint;
  const key = plan.env.find((e) => e.key === plan.keyReference);
  return [...(key && !key.hadValue && plan.keyReference ? [t.putKey(plan.keyReference)] : []), t.restart];
}

function brief(value: unknown): string {
  if (value === undefined) return words().addEndpoint.none;
  const json = JSON.stringify(value);
  return json.length > 100 ? `${json.slice(0, 97)}...` : json;
}

/** `--print`: the YAML block and the .env lines to paste by hand. */
export function formatPrint(prepared: PreparedEdit): string {
  const { plan } = prepared;
  let out = '';
  if (plan.method === 'custom' && plan.entry) out += `# librechat.yaml\n${renderEntryBlock(redactValue(plan.entry, plan.secrets))}`;
  if (plan.method === 'custom' && plan.titleEntry) out += renderEntryBlock(redactValue(plan.titleEntry.entry, plan.secrets));
  const envLines = prepared.diff
    .split('\n')
    .filter((line) => line.startsWith('+') && !line.startsWith('+++') && /^\+[\w.-]+=|^\+#/.test(line))
    .map((line) => line.slice(1));
  if (envLines.length > 0) out += `${out === '' ? '' : '\n'}# .env\n${envLines.join('\n')}\n`;
  return out;
}
