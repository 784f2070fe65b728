import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * Each fix kind on hand-kept files (comments, anchors, flow and block lists, Chinese prose), in
 * three layouts: LF, CRLF, and CRLF with a BOM. `--fix` must produce exactly the `.fixed` file:
 * only the fixed bytes change. Then `validate` must report exactly what `--fix` listed as left,
 * and a second `--fix` must change nothing.
 */

const fixtures = new URL('../fixtures/fix/', import.meta.url);
const read = (kind: string, name: string) => readFileSync(new URL(`${kind}/${name}`, fixtures), 'utf8');

const layouts = {
  lf: (text: string) => text,
  crlf: (text: string) => text.replace(/\n/g, '\r\n'),
  'bom+crlf': (text: string) => '\ufeff' + text.replace(/\n/g, '\r\n'),
} as const;

interface Case {
  kind: string;
  /** Rule ids of the findings --fix applies. */
  fixes: string[];
  /** Rule id and reason of each finding left (warnings and errors only). */
  left?: [string, string | null][];
}

const cases: Case[] = [
  { kind: 'rename-key', fixes: ['unknown-key', 'unknown-key'] },
  { kind: 'quote-version', fixes: ['config-version'] },
  { kind: 'split-models', fixes: ['models-default-comma', 'models-default-comma'] },
  { kind: 'fullwidth-yaml', fixes: ['fullwidth-punctuation', 'fullwidth-punctuation', 'fullwidth-punctuation', 'fullwidth-punctuation', 'fullwidth-punctuation', 'models-default-comma'] },
  { kind: 'fullwidth-env', fixes: ['fullwidth-punctuation', 'fullwidth-punctuation', 'fullwidth-punctuation', 'fullwidth-punctuation', 'fullwidth-punctuation'] },
  { kind: 'baseurl-suffix', fixes: ['baseurl-chat-completions'], left: [['baseurl-chat-completions', 'value-from-environment']] },
  { kind: 'env-boolean', fixes: ['env-boolean-format', 'env-boolean-format'] },
  // Method one's OPENAI_API_KEY=${MODELSCOPE_API_KEY} with no compose file: under npm run backend LibreChat gets the literal text (not a fix: the key is the user's).
  { kind: 'openai-models', fixes: ['openai-models-format', 'openai-models-format'], left: [['env-file-reference', null]] },
];

interface FixJson {
  written: boolean;
  changedFiles: string[];
  fixed: { ruleId: string }[];
  diff: string;
  remaining: { diagnostics: Finding[] };
}
interface Finding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: string;
  fixable: boolean;
  notFixedBecause: string | null;
}

const dirs: { remove: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => d.remove()));
});

describe.each(cases)('validate --fix: $kind', ({ kind, fixes, left = [] }) => {
  it.each(Object.keys(layouts) as (keyof typeof layouts)[])('%s: fixes only the broken bytes, leaves what it listed, and is idempotent', async (layout) => {
    const lay = layouts[layout];
    const dir = await makeTempDir('lc-doctor-fix-');
    dirs.push(dir);
    const originals = { 'librechat.yaml': lay(read(kind, 'librechat.yaml')), '.env': lay(read(kind, '.env')).replace(/^\ufeff/, '') };
    for (const [name, text] of Object.entries(originals)) await dir.write(name, text);

    const first = await runCli(['validate', '--fix', '--json'], { cwd: dir.path });
    expect(first.stderr).toBe('');
    const outcome = JSON.parse(first.stdout) as FixJson;
    expect(outcome.fixed.map((f) => f.ruleId).sort()).toEqual([...fixes].sort());
    expect(outcome.written).toBe(true);

    expect(await readFile(join(dir.path, 'librechat.yaml'), 'utf8')).toBe(lay(read(kind, 'librechat.fixed.yaml')));
    expect(await readFile(join(dir.path, '.env'), 'utf8')).toBe(lay(read(kind, '.env.fixed')).replace(/^\ufeff/, ''));
    for (const file of outcome.changedFiles) expect(await readFile(join(dir.path, `${file}.bak`), 'utf8')).toBe(originals[file as keyof typeof originals]);

    const after = await runCli(['validate', '--json'], { cwd: dir.path });
    const remaining = (JSON.parse(after.stdout) as { diagnostics: Finding[] }).diagnostics;
    const listed = outcome.remaining.diagnostics;
    expect(remaining.map(identity)).toEqual(listed.map(identity));
    expect(remaining.filter((d) => d.fixable)).toEqual([]);
    expect(remaining.filter((d) => d.severity !== 'info').map((d) => [d.ruleId, d.notFixedBecause])).toEqual(left);

    const second = JSON.parse((await runCli(['validate', '--fix', '--json'], { cwd: dir.path })).stdout) as FixJson;
    expect(second).toMatchObject({ written: false, fixed: [], changedFiles: [] });
    expect(await readFile(join(dir.path, 'librechat.yaml'), 'utf8')).toBe(lay(read(kind, 'librechat.fixed.yaml')));
  });
});

const identity = (d: Finding) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.notFixedBecause ?? ''}`;

describe('validate --fix --dry-run', () => {
  it('prints the unified diff with keys masked, writes nothing, and exits on what would be left', async () => {
    const dir = await makeTempDir('lc-doctor-fix-');
    dirs.push(dir);
    await dir.write('librechat.yaml', read('fullwidth-yaml', 'librechat.yaml'));
    await dir.write('.env', read('fullwidth-env', '.env'));
    const result = await runCli(['validate', '--fix', '--dry-run'], { cwd: dir.path });
    expect(result.stdout).toContain('--- a/librechat.yaml\n+++ b/librechat.yaml\n');
    expect(result.stdout).toContain('\n-      baseURL: "https：//dashscope.aliyuncs.com/compatible-mode/v1"\n');
    expect(result.stdout).toContain('\n+      baseURL: "https://dashscope.aliyuncs.com/compatible-mode/v1"\n');
    expect(result.stdout).toContain('+OPENAI_MODELS=deepseek-ai/DeepSeek-V3.2-Exp,Qwen/Qwen3-235B-A22B\n');
    expect(result.stdout).toMatch(/would fix 11 problems in librechat\.yaml, \.env \(nothing written: --dry-run\)/);
    expect(result.stdout).not.toContain('0123456789abcdef');
    expect(await readFile(join(dir.path, 'librechat.yaml'), 'utf8')).toBe(read('fullwidth-yaml', 'librechat.yaml'));
    expect(existsSync(join(dir.path, 'librechat.yaml.bak'))).toBe(false);
    // What would be left decides: DASHSCOPE_API_KEY is not in this .env, an error --fix cannot guess.
    expect(result.code).toBe(1);
  });

  it('refuses --dry-run without --fix', async () => {
    const dir = await makeTempDir('lc-doctor-fix-');
    dirs.push(dir);
    await dir.write('librechat.yaml', 'version: "1.3.17"\n');
    const result = await runCli(['validate', '--dry-run'], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--dry-run goes with --fix');
  });
});

describe('validate --fix in the built CLI', () => {
  it('with --format github: the summary goes to stderr, the annotations of what is left to stdout', async () => {
    const { spawnCli } = await import('../helpers/run-cli.js');
    const dir = await makeTempDir('lc-doctor-fix-');
    dirs.push(dir);
    await dir.write('librechat.yaml', read('baseurl-suffix', 'librechat.yaml'));
    await dir.write('.env', read('baseurl-suffix', '.env'));
    const result = await spawnCli(['validate', '--fix', '--format', 'github'], { cwd: dir.path });
    expect(result.stderr).toBe('lc-doctor: fixed 1 problem in librechat.yaml (previous versions kept as librechat.yaml.bak)\n');
    expect(result.stdout).toMatch(/^::warning file=librechat\.yaml,line=10,/m);
    expect(result.stdout).not.toContain('line=6,');
    expect(await readFile(join(dir.path, 'librechat.yaml'), 'utf8')).toBe(read('baseurl-suffix', 'librechat.fixed.yaml'));
  });
});
