import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * The "done when" on every broken fixture of the repository: `validate --fix` then
 * `validate` leaves exactly the findings --fix listed as left (none of them still fixable), and
 * a second `--fix` changes nothing.
 */

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const invalid = (await readdir(join(fixtures, 'configs/invalid'))).map((name) => ({ name, yaml: join(fixtures, 'configs/invalid', name), env: undefined as string | undefined }));
const cases = [...invalid, { name: 'rules/broken', yaml: join(fixtures, 'rules/broken.librechat.yaml'), env: join(fixtures, 'rules/broken.env') }];

const temp = await makeTempDir('lc-doctor-fix-all-');
afterAll(() => temp.remove());

interface Finding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  fixable: boolean;
  notFixedBecause: string | null;
}

describe('validate --fix on every broken fixture', () => {
  it.each(cases)('$name', async ({ name, yaml, env }) => {
    const dir = join(temp.path, name.replace(/\W/g, '_'));
    await temp.write(join(name.replace(/\W/g, '_'), 'librechat.yaml'), await readFile(yaml));
    if (env) await copyFile(env, join(dir, '.env'));
    const fixed = JSON.parse((await runCli(['validate', '--fix', '--json'], { cwd: dir })).stdout) as { written: boolean; remaining: { diagnostics: Finding[] } };
    const after = JSON.parse((await runCli(['validate', '--json'], { cwd: dir })).stdout) as { diagnostics: Finding[] };
    const identity = (d: Finding) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.notFixedBecause ?? ''}`;
    expect(after.diagnostics.map(identity)).toEqual(fixed.remaining.diagnostics.map(identity));
    expect(after.diagnostics.filter((d) => d.fixable)).toEqual([]);
    const text = await readFile(join(dir, 'librechat.yaml'), 'utf8');
    const second = JSON.parse((await runCli(['validate', '--fix', '--json'], { cwd: dir })).stdout) as { written: boolean };
    expect(second.written).toBe(false);
    expect(await readFile(join(dir, 'librechat.yaml'), 'utf8')).toBe(text);
  });

  it('fixes something in the broken rules fixture', async () => {
    const dir = join(temp.path, 'rules_broken');
    expect((await readFile(join(dir, 'librechat.yaml.bak'), 'utf8')) !== (await readFile(join(dir, 'librechat.yaml'), 'utf8'))).toBe(true);
  });
});
