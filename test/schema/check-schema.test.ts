import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYamlText, type LoadedYaml } from '../../src/config/load-yaml.js';
import { locateDiagnostics } from '../../src/config/locate.js';
import { checkSchema } from '../../src/schema/check-schema.js';
import { chooseTarget, listTargets } from '../../src/schema/targets.js';
import { configFixturesDirectory } from './fixtures.js';
import { worded, type WordedDiagnostic } from '../helpers/words.js';

/** Checks a fixture against the line its `version:` selects and resolves line:column like the report does. */
function check(name: string, targetId?: string): { diagnostics: WordedDiagnostic[]; loaded: LoadedYaml } {
  const loaded = parseYamlText(name, readFileSync(configFixturesDirectory + name, 'utf8'));
  const version = (loaded.value as { version?: unknown }).version;
  const target = targetId ? listTargets().find((t) => t.id === targetId)! : chooseTarget(undefined, version).target;
  const diagnostics = locateDiagnostics(loaded, checkSchema(loaded.value, target, name).map(worded));
  return { diagnostics, loaded };
}

function only(name: string): WordedDiagnostic {
  const { diagnostics } = check(name);
  expect(diagnostics.map((d) => d.message)).toHaveLength(1);
  return diagnostics[0]!;
}

describe('checkSchema: where each finding points and what it says', () => {
  it('a numeric version points at the value and says to quote it', () => {
    const d = only('invalid/numeric-version.yaml');
    expect(d).toMatchObject({ ruleId: 'schema', severity: 'error', pointer: '/version', target: 'value' });
    expect(d.message).toBe('`version` must be a string: quote it ("1.3")');
    expect(d.hint).toContain('"1.3.17"');
    expect(d.range).toMatchObject({ line: 2, column: 10 });
  });

  it('a provider directly under endpoints points at its key and names endpoints.custom', () => {
    const d = only('invalid/deepseek-under-endpoints.yaml');
    expect(d).toMatchObject({ pointer: '/endpoints/deepseek', target: 'key', range: { line: 4, column: 3 } });
    expect(d.message).toBe('unknown key `deepseek` in `endpoints` (custom providers go under `endpoints.custom`)');
  });

  it('models.default as a string is a type error on the value', () => {
    const d = only('invalid/models-default-string.yaml');
    expect(d).toMatchObject({ pointer: '/endpoints/custom/0/models/default', target: 'value', range: { line: 9, column: 18 } });
    expect(d.message).toBe('`endpoints.custom[0].models.default` must be an array, got a string (`qwen-plus`)');
  });

  it('an empty custom: says null, not just "invalid"', () => {
    expect(only('invalid/empty-custom.yaml').message).toBe('`endpoints.custom` must be an array, got an empty value (null)');
  });

  it('a reserved custom endpoint name is explained', () => {
    const d = only('invalid/reserved-name-openai.yaml');
    expect(d).toMatchObject({ pointer: '/endpoints/custom/0/name', target: 'value' });
    expect(d.message).toContain('cannot be `openAI`: that name is reserved for a built-in endpoint');
  });

  it('a numeric header value says to quote it', () => {
    const d = only('invalid/header-number.yaml');
    expect(d.pointer).toBe('/endpoints/custom/0/headers/X-Max-Retries');
    expect(d.message).toContain('must be a string, got a number (3)');
    expect(d.hint).toBe('quote it: "3"');
  });

  it('enum errors list the allowed values and explain ${VAR} and case', () => {
    expect(only('invalid/file-strategy-env.yaml').hint).toContain('does not expand ${VAR}');
    const upper = only('invalid/image-output-upper.yaml');
    expect(upper.message).toBe('`imageOutputType` must be one of `png`, `webp`, `jpeg`, got `PNG`');
    expect(upper.hint).toBe('values are case-sensitive: write `png`');
  });

  it('a union (MCP server) is reported once, from the branch the value was meant to be', () => {
    const missing = only('invalid/mcp-missing-args.yaml');
    expect(missing).toMatchObject({ pointer: '/mcpServers/filesystem', target: 'key', range: { line: 4, column: 3 } });
    expect(missing.message).toBe('`mcpServers.filesystem` is missing the required key `args`');
    const ws = only('invalid/mcp-sse-websocket-url.yaml');
    expect(ws).toMatchObject({ pointer: '/mcpServers/events/url', target: 'value' });
    expect(ws.message).toContain('must not be a ws:// or wss:// URL');
  });

  it('an unknown top-level key gets a did-you-mean', () => {
    const d = only('invalid/unknown-top-level.yaml');
    expect(d).toMatchObject({ pointer: '/interfaces', target: 'key' });
    expect(d.message).toBe('unknown key `interfaces` at the top level: did you mean `interface`?');
  });

  it('empty endpoints and a preset without endpoint are worded for people', () => {
    expect(only('invalid/endpoints-empty.yaml').message).toBe('`endpoints` must not be empty: configure at least one entry');
    expect(only('invalid/model-spec-no-endpoint.yaml').message).toBe('`modelSpecs.list[0].preset` needs an `endpoint` (or a non-empty `agent_id`)');
  });

  it('reports every mistake of a file, each once', () => {
    const { diagnostics } = check('invalid/several-mistakes.yaml');
    expect(diagnostics.map((d) => d.pointer).sort()).toEqual(['/endpoints/custom/0/models/default', '/endpoints/ollama', '/version']);
  });

  it('judges by the chosen line: balance is fine for 0.8.8 and unknown for 0.7.7', () => {
    expect(check('invalid/balance-on-0.7.yaml', '0.8.8').diagnostics).toEqual([]);
    const old = check('invalid/balance-on-0.7.yaml').diagnostics;
    expect(old.map((d) => d.pointer)).toEqual(['/balance']);
  });

  it('never shows a secret-looking value unmasked', () => {
    const target = listTargets()[0]!;
    const secret = 'sk-test-fake-0123456789abcdef';
    const value = { version: '1.3.17', mcpServers: { search: { type: 'sse', url: 'https://mcp.example.com/sse', apiKey: secret } } };
    const diagnostics = checkSchema(value, target, 'x.yaml').map(worded);
    expect(diagnostics.map((d) => d.pointer)).toEqual(['/mcpServers/search/apiKey']);
    expect(diagnostics[0]!.message).toContain('sk-test...cdef');
    expect(JSON.stringify(diagnostics)).not.toContain(secret);
  });
});

describe('checkSchema: quoted booleans and numbers', () => {
  const target = listTargets().find((t) => t.id === '0.8.8')!;
  const hints = (text: string) => {
    const loaded = parseYamlText('librechat.yaml', text);
    return locateDiagnostics(loaded, checkSchema(loaded.value, target, 'librechat.yaml').map(worded)).map((d) => [d.message, d.hint]);
  };

  it('says to remove the quotes from "true" and from a quoted number, and what a boolean is for "yes"', () => {
    const yaml = ['version: "1.3.17"', 'cache: "yes"', 'interface:', '  modelSelect: "true"', 'rateLimits:', '  fileUploads:', '    ipMax: "100"', ''].join('\n');
    expect(hints(yaml)).toEqual([
      ['`cache` must be a boolean, got a string (`yes`)', 'write true or false, without quotes'],
      ['`interface.modelSelect` must be a boolean, got a string (`true`)', 'remove the quotes: true'],
      ['`rateLimits.fileUploads.ipMax` must be a number, got a string (`100`)', 'remove the quotes: 100'],
    ]);
  });
});

describe('checkSchema: numbers YAML has already changed', () => {
  const target = listTargets().find((t) => t.id === '0.8.8')!;
  it('does not suggest quoting a long numeric header as the number YAML made of it', () => {
    const yaml = ['version: "1.3.17"', 'endpoints:', '  custom:', '    - name: "x"', '      apiKey: "${X_KEY}"', '      baseURL: "https://x.example/v1"', '      models: { default: ["m"] }', '      headers:', '        X-Account-Id: 12345678901234567890123', ''].join('\n');
    const loaded = parseYamlText('librechat.yaml', yaml);
    const [d] = checkSchema(loaded.value, target, 'librechat.yaml').map(worded);
    expect(d?.message).toContain('must be a string, got a number');
    expect(d?.hint).toBe('put the value in quotes exactly as written: YAML read it as a number, which can change it (long ids lose digits)');
  });
});
