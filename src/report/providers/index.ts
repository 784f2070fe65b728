import type { ProviderPreset } from '../../providers/index.js';
import { words } from '../i18n/index.js';
import type { Style } from '../shared/style.js';
import { displayWidth, padDisplay } from '../shared/width.js';

/** Wording and layout for `lc-doctor providers`. */

/** Bumped when the JSON shape changes incompatibly (2: notes are `{ code, message }`). */
export const PROVIDERS_SCHEMA_VERSION = 2;

export function formatProvidersTable(presets: readonly ProviderPreset[], style: Style): string {
  const t = words().providers;
  const rows = presets.map((p) => [
    p.aliases.length > 0 ? `${p.id} (${p.aliases.join(', ')})` : p.id,
    p.label,
    Object.keys(p.regions).join(', ') || '--base-url',
    p.apiKeyEnv ?? (p.placeholderApiKey ? t.noKeyVariable(p.placeholderApiKey) : '<NAME>_API_KEY'),
    t.modelsEndpoint[p.modelsEndpoint],
    p.thinking ? Object.keys(p.thinking.on).join(', ') : '-',
  ]);
  const c = t.columns;
  const header = [c.provider, c.label, c.regions, c.keyVariable, c.models, c.thinking];
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: string[]) => cells.map((cell, i) => padDisplay(cell, widths[i]!)).join('  ').trimEnd();
  return `${style.bold(line(header))}\n${rows.map(line).join('\n')}\n\n${t.footer}\n`;
}

export function formatProviderDetail(p: ProviderPreset, style: Style): string {
  const t = words().providers;
  const d = t.detail;
  const { list } = words().validate;
  const out: string[] = [d.title(style.bold(p.label), p.id, p.aliases.length > 0 ? list(p.aliases) : undefined)];
  for (const [region, url] of Object.entries(p.regions)) out.push(`  ${d.region(region, region === p.defaultRegion, url)}`);
  if (p.requiresBaseUrl) out.push(`  ${d.baseUrlRequired}`);
  out.push(`  ${d.key(p.apiKeyEnv, p.apiKeyAliases.length > 0 ? list(p.apiKeyAliases) : undefined)}`);
  for (const kind of ['reasoning', 'hybrid', 'plain'] as const) if (p.models[kind].length > 0) out.push(`  ${d.line(d.models[kind], list(p.models[kind]))}`);
  if (p.defaultModels.length > 0) out.push(`  ${d.written(list(p.defaultModels), p.titleModel)}`);
  out.push(`  ${d.line('GET /models', t.modelsEndpoint[p.modelsEndpoint])}`);
  if (p.thinking) out.push(`  ${d.thinking(JSON.stringify(p.thinking.on), p.thinking.off ? JSON.stringify(p.thinking.off) : undefined)}`);
  if (p.dropParams.length > 0) out.push(`  ${d.line('dropParams', list(p.dropParams))}`);
  if (p.reasoningKey) out.push(`  ${d.line(d.reasoningField, p.reasoningKey)}`);
  for (const note of p.notes) out.push(`  - ${t.notes[note]}`);
  if (p.docs) out.push(`  ${d.line(d.docs, p.docs)}`);
  return `${out.join('\n')}\n`;
}

/** Presets as data; each note keeps its code and carries its sentence in the chosen language. */
export function formatProvidersJson(presets: readonly ProviderPreset[]): string {
  const notes = words().providers.notes;
  const providers = presets.map((p) => ({ ...p, notes: p.notes.map((code) => ({ code, message: notes[code] })) }));
  return `${JSON.stringify({ schemaVersion: PROVIDERS_SCHEMA_VERSION, providers }, null, 2)}\n`;
}
