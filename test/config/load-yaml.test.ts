import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HandledError } from '../../src/core/errors.js';
import { loadYamlFile, parseYamlText } from '../../src/config/load-yaml.js';
import { locatePointer } from '../../src/config/locate.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { failureOf } from '../helpers/failure.js';
import { worded } from '../helpers/words.js';

let dir: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => (dir = await makeTempDir()));
afterAll(() => dir.remove());

describe('loadYamlFile: bad input gets a one-line cause, never a crash', () => {
  it('reports a missing file with the path', async () => {
    expect((await failureOf(loadYamlFile(`${dir.path}/nope.yaml`, 'nope.yaml'))).message).toBe('config file nope.yaml does not exist');
  });

  it('refuses a directory', async () => {
    expect((await failureOf(loadYamlFile(dir.path, 'conf'))).message).toBe('config file conf is a directory, not a file');
  });

  it('reads non-UTF-8 bytes as LibreChat does (readFileSync utf8 + js-yaml) and says where they are', async () => {
    const bytes = Buffer.from('version: 1.3.17\nendpoints:\n  custom:\n    - name: "Caf\u00e9 \u00fc"\n      models: { default: ["m\u00e9"] }\n', 'latin1');
    const file = await dir.write('latin1.yaml', bytes);
    const loaded = await loadYamlFile(file, 'latin1.yaml');
    expect(loaded.invalidUtf8).toEqual({ line: 4, offset: bytes.indexOf(0xe9) });
    expect(loaded.syntaxErrors).toEqual([]);
    // LibreChat's loader: fs.readFileSync(path, 'utf8') then js-yaml (a devDependency of the data provider).
    const jsYaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
    expect(loaded.value).toEqual(jsYaml.load(readFileSync(file, 'utf8')));
    expect(JSON.stringify(loaded.value)).toContain('Caf\uFFFD \uFFFD');
  });

  it('refuses a 50 MB file without reading it into the parser', async () => {
    const file = await dir.write('huge.yaml', Buffer.alloc(50 * 1024 * 1024, 0x61));
    const error = await loadYamlFile(file, 'huge.yaml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HandledError);
    expect((await failureOf(Promise.reject(error))).message).toMatch(/huge\.yaml is 50\.0 MB/);
  });

  it('keeps a BOM out of the text and parses the rest', async () => {
    const file = await dir.write('bom.yaml', '\uFEFFversion: "1.3.17"\n');
    const loaded = await loadYamlFile(file);
    expect(loaded.bom).toBe(true);
    expect(loaded.value).toEqual({ version: '1.3.17' });
  });
});

describe('parseYamlText: syntax errors become located diagnostics', () => {
  it('locates a tab used for indentation', () => {
    const loaded = parseYamlText('librechat.yaml', 'version: "1.3.17"\nendpoints:\n\tcustom: []\n');
    expect(loaded.syntaxErrors[0]).toMatchObject({ ruleId: 'yaml-syntax', severity: 'error', range: { line: 3 } });
  });

  it("expands merge keys (<<: *anchor) as LibreChat's js-yaml does, so a shared entry is not judged incomplete", () => {
    const text = [
      'version: "1.3.17"',
      'endpoints:',
      '  custom:',
      '    - &base',
      '      name: "A"',
      '      apiKey: "${A_KEY}"',
      '      baseURL: "https://a.example/v1"',
      '      models: { default: ["m"] }',
      '    - <<: *base',
      '      name: "B"',
      '    - <<: [*base]',
      '      name: "C"',
      '      models: { default: ["n"] }',
      '',
    ].join('\n');
    const jsYaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
    const loaded = parseYamlText('librechat.yaml', text);
    expect(loaded.syntaxErrors).toEqual([]);
    expect(loaded.value).toEqual(jsYaml.load(text));
    expect((loaded.value as { endpoints: { custom: { baseURL?: string }[] } }).endpoints.custom[1]!.baseURL).toBe('https://a.example/v1');
  });

  it('reports duplicate keys, which LibreChat (js-yaml) refuses too', () => {
    const loaded = parseYamlText('librechat.yaml', 'version: "1.3.17"\nversion: "1.3.9"\n');
    expect(loaded.syntaxErrors).toHaveLength(1);
    expect(worded(loaded.syntaxErrors[0]!).message).toMatch(/unique/i);
    expect(loaded.syntaxErrors[0]!.range?.line).toBe(2);
  });

  it('stops a billion-laughs alias bomb instead of expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const loaded = parseYamlText('bomb.yaml', lines.join('\n'));
    expect(worded(loaded.syntaxErrors[0]!).message).toMatch(/alias/);
  });

  it.each([
    ['flow brackets', `x: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`],
    ['block indentation', `x:\n${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')}\n`],
  ])('says in one finding that %s nest too deeply, not "Maximum call stack size exceeded"', (_, text) => {
    let messages: string[];
    try {
      messages = parseYamlText('deep.yaml', text).syntaxErrors.map(worded).map((d) => `${d.message} / ${d.hint}`);
    } catch (error) {
      expect(error).toBeInstanceOf(HandledError);
      messages = [(error as HandledError).message];
    }
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/nested too deeply/);
    expect(messages[0]).not.toMatch(/call stack/i);
  });
});

describe('locatePointer', () => {
  const text = ['version: "1.3.17"', 'endpoints:', '  custom:', '    - name: "deepseek"', '      apikey: "${DEEPSEEK_API_KEY}"', '      models:', '        default: "deepseek-chat"', ''].join('\n');
  const loaded = parseYamlText('librechat.yaml', text);

  it('points an unknown key at the key', () => {
    expect(locatePointer(loaded, '/endpoints/custom/0/apikey', 'key')).toMatchObject({ line: 5, column: 7, endColumn: 13 });
  });

  it('points a wrong type at the value', () => {
    expect(locatePointer(loaded, '/endpoints/custom/0/models/default', 'value')).toMatchObject({ line: 7, column: 18 });
  });

  it('points a missing key at the object that lacks it', () => {
    expect(locatePointer(loaded, '/endpoints/custom/0/baseURL')).toMatchObject({ line: 4, column: 7 });
  });
});
