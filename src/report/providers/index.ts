import type { ProviderPreset } from '../../providers/index.js';
import type { Style } from '../shared/style.js';

/** Wording and layout for `lc-doctor providers`. */

const MODELS_ENDPOINT: Record<ProviderPreset['modelsEndpoint'], string> = {
  openai: 'yes',
  keyless: 'yes (no key needed)',
  unknown: 'unverified',
  none: 'no',
};

export function formatProvidersTable(presets: readonly ProviderPreset[], style: Style): string {
  const rows = presets.map((p) => [
    p.aliases.length > 0 ? `${p.id} (${p.aliases.join(', ')})` : p.id,
    p.label,
    Object.keys(p.regions).join(', ') || '--base-url',
    p.apiKeyEnv ?? (p.placeholderApiKey ? `none ("${p.placeholderApiKey}")` : '<NAME>_API_KEY'),
    MODELS_ENDPOINT[p.modelsEndpoint],
    p.thinking ? Object.keys(p.thinking.on).join(', ') : '-',
  ]);
  const header = ['provider', 'label', 'regions', 'key variable', 'GET /models', 'thinking switch'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return `${style.bold(line(header))}\n${rows.map(line).join('\n')}\n\nDetails: lc-doctor providers <provider>; add one: lc-doctor add-endpoint <provider>\n`;
}

export function formatProviderDetail(p: ProviderPreset, style: Style): string {
  const out: string[] = [`${style.bold(p.label)} (${p.id}${p.aliases.length > 0 ? `, also ${p.aliases.join(', ')}` : ''})`];
  for (const [region, url] of Object.entries(p.regions)) out.push(`  region ${region}${region === p.defaultRegion ? ' (default)' : ''}: ${url}`);
  if (p.requiresBaseUrl) out.push('  base URL: --base-url (required)');
  out.push(`  key: ${p.apiKeyEnv ?? 'none'}${p.apiKeyAliases.length > 0 ? ` (also read from ${p.apiKeyAliases.join(', ')})` : ''}`);
  if (p.models.reasoning.length > 0) out.push(`  reasoning models: ${p.models.reasoning.join(', ')}`);
  if (p.models.hybrid.length > 0) out.push(`  hybrid models: ${p.models.hybrid.join(', ')}`);
  if (p.models.plain.length > 0) out.push(`  plain models: ${p.models.plain.join(', ')}`);
  if (p.defaultModels.length > 0) out.push(`  written by default: ${p.defaultModels.join(', ')}; titles: ${p.titleModel}`);
  out.push(`  GET /models: ${MODELS_ENDPOINT[p.modelsEndpoint]}`);
  if (p.thinking) out.push(`  thinking on: ${JSON.stringify(p.thinking.on)}${p.thinking.off ? `; off: ${JSON.stringify(p.thinking.off)}` : ''}`);
  if (p.dropParams.length > 0) out.push(`  dropParams: ${p.dropParams.join(', ')}`);
  if (p.reasoningKey) out.push(`  reasoning field: ${p.reasoningKey}`);
  for (const note of p.notes) out.push(`  - ${note}`);
  if (p.docs) out.push(`  docs: ${p.docs}`);
  return `${out.join('\n')}\n`;
}

export function formatProvidersJson(presets: readonly ProviderPreset[]): string {
  return `${JSON.stringify({ schemaVersion: 1, providers: presets }, null, 2)}\n`;
}
