import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/config/load-yaml.js';
import { locateDiagnostics } from '../../src/config/locate.js';
import { parseEnvText } from '../../src/env/load-env.js';
import type { RuleContext } from '../../src/rules/types.js';
import { unknownKey } from '../../src/rules/unknown-key.js';
import { suggestKey } from '../../src/schema/suggest-key.js';
import { chooseTarget } from '../../src/schema/targets.js';
import { loadConfigFixtures } from './fixtures.js';
import { worded, type WordedDiagnostic } from '../helpers/words.js';

/** Runs the rule on YAML text the way validate does: target from `version:`, pointers located. */
function lintUnknownKeys(yaml: string, version?: string): WordedDiagnostic[] {
  const config = parseYamlText('librechat.yaml', yaml);
  const { target } = chooseTarget(version, (config.value as { version?: unknown } | undefined)?.version);
  const context: RuleContext = { config, env: parseEnvText('.env', ''), environment: {}, target };
  const diagnostics = unknownKey.check(context).map((r) => ({ ...r, ruleId: unknownKey.id, severity: unknownKey.defaultSeverity, file: 'librechat.yaml' }));
  return locateDiagnostics(config, diagnostics).map(worded);
}

const TYPOS = `version: "1.3.17"
endpoints:
  custom:
    - name: "DeepSeek"
      apikey: "\${DEEPSEEK_API_KEY}"
      baseUrl: "https://api.deepseek.com/v1"
      model:
        default: ["deepseek-chat"]
    - name: "Qwen"
      apiKey: "\${DASHSCOPE_API_KEY}"
      baseURL: "https://dashscope.aliyuncs.com/compatible-mode/v1"
      models:
        defaults: ["qwen-plus"]
      summarize: true
interface:
  modelselect: true
`;

describe('unknown-key: keys LibreChat silently drops', () => {
  it('finds each typo, points at the key and suggests the real name', () => {
    const found = lintUnknownKeys(TYPOS);
    expect(found.map((d) => [d.pointer, d.range?.line, d.range?.column, d.hint])).toEqual([
      ['/interface/modelselect', 16, 3, 'did you mean `modelSelect`? Rename the key.'],
      ['/endpoints/custom/0/apikey', 5, 7, 'did you mean `apiKey`? Rename the key.'],
      ['/endpoints/custom/0/baseUrl', 6, 7, 'did you mean `baseURL`? Rename the key.'],
      ['/endpoints/custom/0/model', 7, 7, 'did you mean `models`? Rename the key.'],
      ['/endpoints/custom/1/models/defaults', 13, 9, 'did you mean `default`? Rename the key.'],
    ]);
    expect(found[1]).toMatchObject({ ruleId: 'unknown-key', severity: 'warn', target: 'key' });
    expect(found[0]!.message).toBe('unknown key `modelselect` in `interface`: LibreChat ignores it (did you mean `modelSelect`?)');
    expect(found[1]!.message).toBe("unknown key `apikey` in `endpoints.custom[0]`: LibreChat ignores it, so the endpoint 'DeepSeek' has no `apiKey` and is dropped without an error (did you mean `apiKey`?)");
  });

  it('leaves the legacy fields to legacy-field', () => {
    expect(lintUnknownKeys(TYPOS).some((d) => d.pointer.endsWith('/summarize'))).toBe(false);
  });

  it('explains a `default` placed beside `models` instead of under it', () => {
    const [d] = lintUnknownKeys(`version: "1.3.17"
endpoints:
  custom:
    - name: "Groq"
      apiKey: "\${GROQ_API_KEY}"
      baseURL: "https://api.groq.com/openai/v1/"
      default: ["llama-3.3-70b-versatile"]
`);
    expect(d).toMatchObject({ pointer: '/endpoints/custom/0/default', hint: '`default` belongs under `models:` (models: { default: [...] })' });
  });

  it('does not flag keys of the matching union branch (MCP servers) or keys of the target line', () => {
    for (const fixture of loadConfigFixtures().filter((f) => f.kind === 'valid')) {
      expect(lintUnknownKeys(fixture.text).map((d) => d.pointer), fixture.name).toEqual([]);
    }
  });

  it('uses the target line: summarize is a real 0.7.7 field, titleConvo is not an openAI key there', () => {
    const yaml = `version: "1.2.1"
endpoints:
  openAI:
    titleConvo: true
`;
    expect(lintUnknownKeys(yaml).map((d) => d.pointer)).toEqual(['/endpoints/openAI/titleConvo']);
    expect(lintUnknownKeys(yaml, '0.8.8')).toEqual([]);
  });

  it('does not repeat keys the schema already rejects (strict objects)', () => {
    expect(lintUnknownKeys('version: "1.3.17"\nendpoints:\n  deepseek: {}\n')).toEqual([]);
  });
});

describe('suggestKey', () => {
  it('prefers a case-insensitive match, then known slips, then a small edit distance', () => {
    const custom = ['name', 'apiKey', 'baseURL', 'models', 'headers', 'titleModel', 'titleConvo'];
    expect(suggestKey('APIKEY', custom)).toBe('apiKey');
    expect(suggestKey('base_url', custom)).toBe('baseURL');
    expect(suggestKey('model', custom)).toBe('models');
    expect(suggestKey('titelModel', custom)).toBe('titleModel');
    expect(suggestKey('defaults', ['default', 'fetch', 'userIdQuery'])).toBe('default');
    expect(suggestKey('temperature', custom)).toBeUndefined();
  });
});
