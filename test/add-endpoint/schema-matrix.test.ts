import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planAddEndpoint, type Sources } from '../../src/edit/plan-add-endpoint.js';
import { toEndpointTarget } from '../../src/edit/resolve-target.js';
import { presets, type ProviderPreset } from '../../src/providers/index.js';
import { fixture, targets, validateAsLibreChat } from './helpers.js';

const sources = (config: string | null): Sources => ({
  config: { path: 'librechat.yaml', text: config, bom: false },
  env: { path: '.env', text: null, bom: false },
});

function requestFor(preset: ProviderPreset, thinking?: boolean) {
  const extra = preset.requiresBaseUrl ? { name: 'my-server', baseUrl: 'http://my-server:8000/v1', models: ['served-model'] } : {};
  return { preset, ...extra, ...(thinking === undefined ? {} : { thinking }) };
}

const matrix = targets.flatMap((target) => presets.map((preset) => [`${preset.id} for LibreChat ${target.id}`, preset, target] as const));

describe('every preset for every LibreChat line passes LibreChat\'s own configSchema.strict()', () => {
  it.each(matrix)('%s', async (_label, preset, target) => {
    const endpointTarget = toEndpointTarget(target);
    const existing = await fixture('commented.yaml');
    for (const thinking of [undefined, true, false]) {
      for (const config of [null, existing]) {
        const plan = planAddEndpoint(requestFor(preset, thinking), 'custom', endpointTarget, sources(config));
        // The example config already has a groq entry; without new options that run changes nothing.
        const written = plan.files.find((f) => f.kind === 'config')?.after ?? config!;
        expect(validateAsLibreChat(written, target).issues).toEqual([]);
        const custom = (parse(written) as { endpoints: { custom: Array<Record<string, unknown>> } }).endpoints.custom;
        const entry = custom.find((e) => String(e.name).toLowerCase() === plan.name.toLowerCase())!;
        // Lines without titleEndpoint turn titles off where thinking would break them; newer ones name a title entry that exists.
        expect(entry.titleConvo).toBe(!plan.notices.some((n) => n.code === 'titles-off'));
        if (entry.titleEndpoint !== undefined) expect(custom.map((e) => e.name)).toContain(entry.titleEndpoint);
        expect(typeof entry.titleModel).toBe('string');
        if (config === null) expect(written.startsWith(`version: "${target.configVersion}"\n`)).toBe(true);
        // customParams is strict: a key the line does not know would invalidate the whole file.
        for (const key of Object.keys((entry.customParams as object | undefined) ?? {})) expect(target.facts.customParamsKeys).toContain(key);
      }
    }
  });
});

describe('version-dependent fields', () => {
  const byId = (id: string) => toEndpointTarget(targets.find((t) => t.id === id)!);
  const vllm = presets.find((p) => p.id === 'vllm')!;
  const moonshot = presets.find((p) => p.id === 'moonshot')!;

  it('writes customParams.reasoningKey only for lines that accept it, and says why otherwise', () => {
    const modern = planAddEndpoint({ preset: vllm }, 'custom', byId('0.8.8'), sources(null));
    expect(modern.entry?.customParams).toEqual({ reasoningKey: 'reasoning' });
    const older = planAddEndpoint({ preset: vllm }, 'custom', byId('0.8.5'), sources(null));
    expect(older.entry?.customParams).toBeUndefined();
    expect(older.notices.map((n) => n.code)).toContain('reasoning-key-unsupported');
  });

  it('spells dropParams the way each line matches them', () => {
    const modern = planAddEndpoint({ preset: moonshot }, 'custom', byId('0.8.8'), sources(null));
    expect(modern.entry?.dropParams).toEqual(['temperature', 'top_p', 'topP', 'frequency_penalty', 'frequencyPenalty', 'presence_penalty', 'presencePenalty']);
    const legacy = planAddEndpoint({ preset: moonshot }, 'custom', byId('0.7.7'), sources(null));
    expect(legacy.entry?.dropParams).toEqual(['temperature', 'top_p', 'frequency_penalty', 'presence_penalty']);
  });
});
