import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { changedRegion, fixture, targets, validateAsLibreChat } from './helpers.js';

const newest = targets[0]!;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function addTo(configText: string, args: string[] = []): Promise<{ before: string; after: string; stdout: string; code: number; dir: string }> {
  const dir = await makeTempDir('lc-doctor-rt-');
  cleanups.push(dir.remove);
  await dir.write('librechat.yaml', configText);
  const result = await runCli(['add-endpoint', 'modelscope', '--models', 'deepseek-ai/DeepSeek-V3', '--yes', ...args], { cwd: dir.path });
  const after = await readFile(join(dir.path, 'librechat.yaml'), 'utf8');
  return { before: configText, after, stdout: result.stdout + result.stderr, code: result.code, dir: dir.path };
}

async function addToProvider(configText: string, args: string[]): Promise<{ after: string; code: number }> {
  const dir = await makeTempDir('lc-doctor-rt-');
  cleanups.push(dir.remove);
  await dir.write('librechat.yaml', configText);
  const result = await runCli(['add-endpoint', ...args, '--yes'], { cwd: dir.path });
  return { after: await readFile(join(dir.path, 'librechat.yaml'), 'utf8'), code: result.code };
}

const modelscopeEntry = {
  name: 'modelscope',
  apiKey: '${MODELSCOPE_API_KEY}',
  baseURL: 'https://api-inference.modelscope.cn/v1',
  models: { default: ['deepseek-ai/DeepSeek-V3'], fetch: false },
  titleConvo: true,
  titleModel: 'Qwen/Qwen3-235B-A22B-Instruct-2507',
  modelDisplayLabel: 'ModelScope',
};

const withCrlf = (text: string) => text.replace(/\n/g, '\r\n');

const cases: Array<[string, () => Promise<string>]> = [
  ['heavily commented example config', () => fixture('commented.yaml')],
  ['anchors, aliases and merge keys', () => fixture('anchors.yaml')],
  ['flow-style custom list', () => fixture('flow-style.yaml')],
  ['4-space indent, unindented list', () => fixture('indent4.yaml')],
  ['no endpoints key', () => fixture('no-endpoints.yaml')],
  ['custom: with no value', () => fixture('empty-custom.yaml')],
  ['CRLF line endings', async () => withCrlf(await fixture('commented.yaml'))],
  ['no trailing newline', async () => (await fixture('commented.yaml')).trimEnd()],
  ['UTF-8 byte-order mark', async () => `\ufeff${await fixture('anchors.yaml')}`],
];

describe('add-endpoint keeps every other byte of an existing librechat.yaml', () => {
  it.each(cases)('%s: only the new entry is inserted', async (_label, load) => {
    const before = await load();
    const { after, code } = await addTo(before, ['--force']);
    expect(code).toBe(0);
    const region = changedRegion(before, after);
    expect(region.removed).toBe('');
    const original = parse(before.replace(/^\ufeff/, ''), { merge: true }) as { endpoints?: { custom?: unknown[] } };
    const updated = parse(after.replace(/^\ufeff/, ''), { merge: true }) as { endpoints: { custom: unknown[] } };
    expect(updated.endpoints.custom).toEqual([...(original.endpoints?.custom ?? []), modelscopeEntry]);
    expect({ ...updated, endpoints: undefined }).toEqual({ ...original, endpoints: undefined });
    expect(validateAsLibreChat(after, newest).issues).toEqual([]);
  });

  it('keeps CRLF line endings in the inserted lines', async () => {
    const { after } = await addTo(withCrlf(await fixture('commented.yaml')));
    expect(after.includes('\r\n')).toBe(true);
    expect(/[^\r]\n/.test(after)).toBe(false);
  });

  it('keeps a missing final newline missing', async () => {
    const { after } = await addTo((await fixture('anchors.yaml')).trimEnd());
    expect(after.endsWith('\n')).toBe(false);
    expect(after.endsWith('modelDisplayLabel: "ModelScope"')).toBe(true);
  });

  it('keeps the byte-order mark', async () => {
    const { after } = await addTo(`\ufeff${await fixture('anchors.yaml')}`);
    expect(after.charCodeAt(0)).toBe(0xfeff);
  });

  it('creates a missing file with a quoted version for the target line', async () => {
    const dir = await makeTempDir('lc-doctor-rt-');
    cleanups.push(dir.remove);
    const result = await runCli(['add-endpoint', 'deepseek', '--librechat-version', '0.8.5', '--yes'], { cwd: dir.path });
    expect(result.code).toBe(0);
    const created = await readFile(join(dir.path, 'librechat.yaml'), 'utf8');
    expect(created.startsWith('version: "1.3.9"\n')).toBe(true);
    expect(validateAsLibreChat(created, targets.find((t) => t.id === '0.8.5')!).issues).toEqual([]);
  });

  it('quotes values YAML would otherwise read as another type', async () => {
    const dir = await makeTempDir('lc-doctor-rt-');
    cleanups.push(dir.remove);
    await runCli(['add-endpoint', 'generic', '--name', 'yes', '--base-url', 'http://10.0.0.1:8000/v1', '--models', '1.5,null,true', '--yes'], { cwd: dir.path });
    const created = await readFile(join(dir.path, 'librechat.yaml'), 'utf8');
    const entry = (parse(created) as { endpoints: { custom: Array<Record<string, unknown>> } }).endpoints.custom[0]!;
    expect(entry.name).toBe('yes');
    expect(entry.models).toEqual({ default: ['1.5', 'null', 'true'], fetch: false });
  });
});

describe('add-endpoint is idempotent and updates by name', () => {
  it('updating an entry in the middle of the list keeps the comments and blank lines around it', async () => {
    const config = await fixture('commented.yaml');
    const { after, code } = await addToProvider(config, ['groq', '--replace-models', '--models', 'openai/gpt-oss-120b']);
    expect(code).toBe(0);
    const groqStart = config.indexOf("    - name: 'groq'");
    const groqEnd = config.indexOf('\n\n    # Mistral AI Example');
    const region = changedRegion(config, after);
    expect(region.at).toBeGreaterThan(groqStart);
    expect(region.at + region.removed.length).toBeLessThanOrEqual(groqEnd);
    expect(after.endsWith(config.slice(groqEnd))).toBe(true);
    expect(validateAsLibreChat(after, newest).issues).toEqual([]);
  });

  it('a second identical run changes nothing and says so', async () => {
    const first = await addTo(await fixture('commented.yaml'));
    const backup = await readFile(join(first.dir, 'librechat.yaml.bak'), 'utf8');
    const again = await runCli(['add-endpoint', 'modelscope', '--models', 'deepseek-ai/DeepSeek-V3', '--yes'], { cwd: first.dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to change');
    expect(await readFile(join(first.dir, 'librechat.yaml'), 'utf8')).toBe(first.after);
    expect(await readFile(join(first.dir, 'librechat.yaml.bak'), 'utf8')).toBe(backup);
  });

  it('another run with other options changes only that entry (matched case-insensitively) and lists the changes', async () => {
    const first = await addTo(await fixture('commented.yaml'));
    const configPath = join(first.dir, 'librechat.yaml');
    // Hand edits the user made to the entry must survive.
    const edited = first.after.replace('      modelDisplayLabel: "ModelScope"', '      modelDisplayLabel: "ModelScope"\n      iconURL: "https://example.com/ms.png" # my icon');
    await writeFile(configPath, edited);
    const second = await runCli(['add-endpoint', 'modelscope', '--name', 'ModelScope', '--replace-models', '--models', 'Qwen/QwQ-32B', '--no-thinking', '--yes'], { cwd: first.dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Updated endpoint "modelscope":\n {2}models: .*\n {2}addParams: \(none\) -> \{"enable_thinking":false\}/);
    const after = await readFile(configPath, 'utf8');
    const entryStart = edited.indexOf('    - name: "modelscope"');
    const entryEnd = edited.indexOf('\n# See the Custom Configuration Guide');
    const region = changedRegion(edited, after);
    expect(region.at).toBeGreaterThanOrEqual(entryStart);
    expect(region.at + region.removed.length).toBeLessThanOrEqual(entryEnd);
    expect(after.slice(0, entryStart)).toBe(edited.slice(0, entryStart));
    expect(after.endsWith(edited.slice(entryEnd))).toBe(true);
    expect(after).toContain('iconURL: "https://example.com/ms.png" # my icon');
    const entry = (parse(after) as { endpoints: { custom: Array<Record<string, unknown>> } }).endpoints.custom.at(-1)!;
    expect(entry.models).toEqual({ default: ['Qwen/QwQ-32B'], fetch: false });
    expect(entry.addParams).toEqual({ enable_thinking: false });
    expect(validateAsLibreChat(after, newest).issues).toEqual([]);
  });
});
