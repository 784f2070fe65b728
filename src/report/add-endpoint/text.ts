import type { PreparedEdit } from '../../edit/prepare-add-endpoint.js';
import type { AddEndpointPlan } from '../../edit/plan-add-endpoint.js';
import { redactValue } from '../../edit/entry-secrets.js';
import { renderEntryBlock } from '../../edit/yaml-entry.js';
import type { Style } from '../shared/style.js';
import type { AddEndpointStatus } from '../../edit/run-add-endpoint.js';

/** Wording for add-endpoint. Values shown here never include a key: .env values are masked upstream. */


export function formatPreamble(prepared: PreparedEdit, style: Style): string {
  const { plan, target } = prepared;
  const where = plan.method === 'custom' ? prepared.sources.config.path : `${prepared.sources.env.path} (OpenAI endpoint)`;
  let out = `${style.bold(`add-endpoint ${plan.name}`)} -> ${where} ${style.dim(`(LibreChat ${target.librechatVersion}, config version ${target.configVersion})`)}\n`;
  if (prepared.diff !== '') out += `\n${colourDiff(prepared.diff, style)}\n`;
  return out + formatNotices(prepared, style);
}

/** The warnings every mode shows (--print writes them to stderr). */
export function formatNotices(prepared: PreparedEdit, style: Style): string {
  let out = '';
  for (const notice of prepared.plan.notices) out += `${style.yellow('warning:')} ${notice.message}\n`;
  if (prepared.schemaCheck === 'forced') out += `${style.yellow('warning:')} the file already had schema errors; --force edits it anyway\n`;
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
  if (status === 'declined') return 'Nothing written.\n';
  if (plan.files.length === 0) return `${style.green('Nothing to change:')} ${describeUnchanged(plan)}\n`;
  const lines: string[] = [];
  const prefix = status === 'dry-run' ? 'Would have ' : '';
  const verb = (past: string) => (status === 'dry-run' ? past.replace(/^./, (c) => c.toLowerCase()) : past);
  if (plan.method === 'custom' && plan.action !== 'unchanged') lines.push(`${prefix}${verb(describeAction(plan))}`);
  for (const change of plan.action === 'update' ? redactValue(plan.changes, plan.secrets) : []) {
    lines.push(`  ${change.key}: ${brief(change.before)} -> ${brief(change.after)}`);
  }
  const titles = plan.titleEntry;
  if (titles && titles.action !== 'unchanged') {
    lines.push(`${prefix}${verb(titles.action === 'add' ? 'Added' : 'Updated')} endpoint "${String(titles.entry.name)}", which serves the titles of "${plan.name}".`);
  }
  for (const env of plan.env.filter((e) => e.action !== 'kept')) lines.push(`${prefix}${verb(env.action === 'added' ? 'Added' : 'Updated')} ${env.key} ${env.action === 'added' ? 'to' : 'in'} .env`);
  if (status === 'dry-run') lines.push('Dry run: nothing was written.');
  else lines.push(...nextSteps(plan));
  return `${lines.join('\n')}\n`;
}

function describeUnchanged(plan: AddEndpointPlan): string {
  return plan.method === 'custom' ? `endpoint "${plan.name}" and .env are already up to date.` : '.env already points the OpenAI endpoint there.';
}

function describeAction(plan: AddEndpointPlan): string {
  if (plan.action === 'create-file') return `Created the config with endpoint "${plan.name}".`;
  if (plan.action === 'add') return `Added endpoint "${plan.name}".`;
  return `Updated endpoint "${plan.name}":`;
}

function nextSteps(plan: AddEndpointPlan): string[] {
  const steps: string[] = [];
  const key = plan.env.find((e) => e.key === plan.keyReference);
  if (key && !key.hadValue) steps.push(`Next: put your key into ${plan.keyReference}= in .env (lc-doctor never writes keys).`);
  steps.push('Restart LibreChat to load the change.');
  return steps;
}

function brief(value: unknown): string {
  if (value === undefined) return '(none)';
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
