import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSettingDefinitions, fillDefinition } from '../../src/librechat/index.js';
import { customParamsInvalid } from '../../src/rules/custom-params-invalid.js';
import { listTargets } from '../../src/schema/targets.js';
import { lint } from '../helpers/rule-context.js';

/**
 * LibreChat's third customParams refusal, judged by its own code: the loader's fill of each
 * `paramDefinitions` item, then the real `validateSettingDefinitions` of every data-provider package
 * whose line has customParams. lc-doctor reads the fill from the generated facts and the check
 * from src/librechat/setting-definitions.ts; both must find exactly as many problems as the real
 * function throws, on generated definitions and on the cases admins write.
 */

const require = createRequire(import.meta.url);
type Setting = Record<string, unknown>;
interface Package {
  paramSettings: Record<string, Setting[]>;
  agentParamSettings: Record<string, Setting[]>;
  validateSettingDefinitions: (settings: Setting[]) => void;
}

const PACKAGES = [
  ['0.8.5', 'ldp-0.8.501'],
  ['0.8.8', 'ldp-0.8.524'],
] as const;

/** The loader's parseCustomParams after the key check: fill from its map, then the real function. */
function realIssues(pkg: Package, endpoint: string, definitions: Setting[]): number {
  const defaults = new Map([...(pkg.paramSettings[endpoint] ?? []), ...(pkg.agentParamSettings[endpoint] ?? [])].map((s) => [s.key, s]));
  const filled = definitions.map((d) => ({ ...structuredClone(defaults.get(d.key)), ...structuredClone(d), optionType: 'custom' }));
  try {
    pkg.validateSettingDefinitions(filled);
    return 0;
  } catch (error) {
    return (error as { issues: unknown[] }).issues.length;
  }
}

const words = fc.constantFrom('', 'low', 'auto', 'high', 'max', 'none');
/** An admin's override, within what the schema accepts for a paramDefinitions item. */
const override = fc.record(
  {
    type: fc.constantFrom('number', 'boolean', 'string', 'enum', 'array'),
    component: fc.constantFrom('input', 'textarea', 'slider', 'checkbox', 'switch', 'dropdown', 'combobox', 'tags'),
    default: fc.oneof(fc.integer({ min: -3, max: 5 }), fc.double({ min: -1, max: 3, noNaN: true }), fc.boolean(), words, fc.array(words, { maxLength: 4 })),
    range: fc.record({ min: fc.integer({ min: -2, max: 2 }), max: fc.integer({ min: -1, max: 4 }), positiveMin: fc.integer({ min: 0, max: 5 }) }, { requiredKeys: ['min', 'max'] }),
    options: fc.uniqueArray(words, { maxLength: 4 }),
    enumMappings: fc.dictionary(words, fc.constantFrom('A', 1, true), { maxKeys: 4 }),
    minText: fc.integer({ min: -2, max: 6 }),
    maxText: fc.integer({ min: -2, max: 6 }),
    minTags: fc.integer({ min: 0, max: 4 }),
    maxTags: fc.integer({ min: 0, max: 4 }),
    columns: fc.integer({ min: 1, max: 4 }),
  },
  { requiredKeys: [] },
);

describe.each(PACKAGES)("validateSettingDefinitions of LibreChat %s's data provider (%s)", (id, alias) => {
  const pkg = require(alias) as Package;
  const facts = listTargets().find((t) => t.id === id)!.facts;
  const ours = (endpoint: string, definitions: Setting[]) =>
    checkSettingDefinitions(definitions.map((d) => fillDefinition(facts.paramDefaults[endpoint]?.[String(d.key)], d)), facts.settingChecks).length;

  it("judges each of LibreChat's own settings, named alone, as the real function does", () => {
    const refused: string[] = [];
    for (const endpoint of facts.paramEndpoints) {
      for (const key of Object.keys(facts.paramDefaults[endpoint] ?? {})) {
        const real = realIssues(pkg, endpoint, [{ key }]);
        expect(ours(endpoint, [{ key }]), `${endpoint}.${key}`).toBe(real);
        if (real > 0) refused.push(`${endpoint}.${key}`);
      }
    }
    // Bedrock's region combobox ships without options: naming it alone stops LibreChat.
    expect(refused.filter((name) => !/^bedrock-[a-z0-9]+\.region$/.test(name))).toEqual([]);
  });

  it('finds as many problems as the real function throws, on generated definitions', () => {
    const endpoints = facts.paramEndpoints.filter((e) => Object.keys(facts.paramDefaults[e] ?? {}).length > 0);
    const definitions = fc.constantFrom(...endpoints).chain((endpoint) =>
      fc.tuple(fc.constant(endpoint), fc.array(fc.tuple(fc.constantFrom(...Object.keys(facts.paramDefaults[endpoint]!)), override), { minLength: 1, maxLength: 3 })),
    );
    fc.assert(
      fc.property(definitions, ([endpoint, items]) => {
        const written = items.map(([key, fields]) => ({ key, ...fields }));
        expect(ours(endpoint, written)).toBe(realIssues(pkg, endpoint, written));
      }),
      { numRuns: 400, seed: 9 },
    );
  });

  it.each([
    ['a default outside the range', { key: 'temperature', default: 3 }],
    ['a default that is not an option', { key: 'reasoning_effort', default: 'extreme' }],
    ['a dropdown with one option', { key: 'reasoning_effort', component: 'dropdown', options: ['high'], default: 'high' }],
    ['a number default written as text', { key: 'max_tokens', default: 'lots' }],
  ])('%s is refused by both', (_name, definition) => {
    expect(realIssues(pkg, 'custom', [definition])).toBeGreaterThan(0);
    expect(ours('custom', [definition])).toBe(realIssues(pkg, 'custom', [definition]));
  });
});

describe('custom-params-invalid reports the refusal where the admin wrote it', () => {
  const config = (definitions: string) =>
    `version: "1.3.17"\nendpoints:\n  custom:\n    - name: "Relay"\n      apiKey: "sk-test"\n      baseURL: "http://127.0.0.1:9/v1"\n      models: { default: ["m1"] }\n      customParams:\n        paramDefinitions:\n${definitions}`;

  it('points at the default, names the range, and says LibreChat does not start', () => {
    const [finding] = lint({ yaml: config('          - key: temperature\n            default: 3\n') }, [customParamsInvalid]);
    expect(finding).toMatchObject({ severity: 'error', pointer: '/endpoints/custom/0/customParams/paramDefinitions/0/default' });
    expect(finding!.message).toBe(`paramDefinitions "temperature" of 'Relay': the default 3 is outside its range [0, 2]: LibreChat refuses to start ("Custom parameter definitions for "Relay" endpoint is malformed")`);
  });

  it("points at the item's key when the fault is in LibreChat's own fields the override no longer fits", () => {
    const findings = lint({ yaml: config('          - key: reasoning_effort\n            options: ["low", "high"]\n') }, [customParamsInvalid]);
    expect(findings.map((f) => f.pointer)).toContain('/endpoints/custom/0/customParams/paramDefinitions/0/key');
    expect(findings.map((f) => f.message).join('\n')).toContain('is not one of its options (low, high)');
  });

  it('is silent for a valid override and before the line has customParams', () => {
    expect(lint({ yaml: config('          - key: temperature\n            default: 0.7\n') }, [customParamsInvalid])).toEqual([]);
    expect(lint({ yaml: config('          - key: temperature\n            default: 3\n'), version: '0.7.9' }, [customParamsInvalid])).toEqual([]);
  });
});
