import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/validate/run-validate.js';
import { validateFormatters } from '../../src/report/validate/index.js';
import { countArrayWork } from '../helpers/count-work.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * Inputs under the size caps cost time linear in their size (issue 14: a .env of 20k lines took
 * 5.3 s, a map of 40k keys 71 s just to parse). Counted as array work at n and 10n, not timed.
 */
let dir: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  dir = await makeTempDir('lc-doctor-scale-');
});
afterAll(() => dir.remove());

const CONFIG = 'version: "1.3.17"\nendpoints:\n  custom:\n    - name: "deepseek"\n      apiKey: "${DEEPSEEK_API_KEY}"\n      baseURL: "https://api.deepseek.com/v1"\n      models:\n        default: ["deepseek-chat"]\n';

/** Duplicates, comments, example secrets: every .env rule has something to say. */
function envText(lines: number): string {
  const out = ['DEEPSEEK_API_KEY=sk-test'];
  for (let i = 0; i < lines; i++) out.push(i % 7 === 0 ? `# note ${i}` : i % 5 === 0 ? `DUP_${i % 50}=again-${i}` : `VAR_${i}="value ${i}"`);
  return `${out.join('\n')}\n`;
}

/** A big map (the shape that made the yaml library's duplicate-key check quadratic) plus long lists. */
function configText(keys: number): string {
  const out = [CONFIG.trimEnd(), 'x-settings:'];
  for (let i = 0; i < keys; i++) out.push(`  key${i}: value-${i}`);
  out.push('x-list:');
  for (let i = 0; i < keys; i++) out.push(`  - &a${i} item-${i}`);
  return `${out.join('\n')}\n`;
}

async function validateWork(name: string, config: string, env: string): Promise<number> {
  const configPath = await dir.write(`${name}.yaml`, config);
  const envPath = await dir.write(`${name}.env`, env);
  return countArrayWork(async () => {
    const report = await runValidate({ config: configPath, env: envPath, cwd: dir.path, processEnv: {} });
    for (const format of Object.values(validateFormatters)) format(report, { color: false });
  });
}

describe('validate grows linearly with its inputs', () => {
  it('.env: 10x the lines costs about 10x the work', async () => {
    const small = await validateWork('env-small', CONFIG, envText(1_000));
    const large = await validateWork('env-large', CONFIG, envText(10_000));
    expect(large / small).toBeGreaterThan(5);
    expect(large / small).toBeLessThan(14);
  });

  it('librechat.yaml: 10x the keys costs about 10x the work', async () => {
    const small = await validateWork('yaml-small', configText(1_000), '');
    const large = await validateWork('yaml-large', configText(10_000), '');
    expect(large / small).toBeGreaterThan(5);
    expect(large / small).toBeLessThan(14);
  });
});

describe('aliases that would never end', () => {
  it.each([
    ['a: &a [*a]\n', 1, 8, '*a'],
    ['version: "1.3.17"\nendpoints: &e\n  custom: *e\n', 3, 11, '*e'],
    ['version: "1.3.17"\nx: &outer\n  list:\n    - &inner {b: 1}\n    - *inner\n    - {deep: [*outer]}\n', 6, 15, '*outer'],
  ])('%j is one yaml-syntax finding at the alias, not a crash', async (yaml, line, column, alias) => {
    await dir.write('self/librechat.yaml', yaml);
    const result = await runCli(['validate', '--format', 'json'], { cwd: `${dir.path}/self` });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: { ruleId: string; message: string; line: number; column: number }[] };
    expect(diagnostics).toHaveLength(1);
    const [finding] = diagnostics;
    expect(finding).toMatchObject({ ruleId: 'yaml-syntax', line, column });
    expect(finding!.message).toContain(`alias ${alias} sits inside the node it names`);
  });

  it('an alias to an earlier sibling is fine', async () => {
    await dir.write('sibling/librechat.yaml', `${CONFIG}x-a: &shared {a: 1}\nx-b: *shared\n`);
    const result = await runCli(['validate', '-e', 'none', '--format', 'json'], { cwd: `${dir.path}/sibling` });
    expect(result.stdout).not.toContain('yaml-syntax');
  });

  it('add-endpoint refuses a self-referencing config and leaves it as it was', async () => {
    const yaml = 'version: "1.3.17"\nendpoints: &e\n  custom: *e\n';
    const file = await dir.write('add/librechat.yaml', yaml);
    const result = await runCli(['add-endpoint', 'deepseek', '--yes'], { cwd: `${dir.path}/add` });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the alias *e sits inside the node it names');
    expect(await readFile(file, 'utf8')).toBe(yaml);
  });

  it('40,000 aliases stop at the alias limit instead of resolving each against all the others', async () => {
    const lines = ['version: "1.3.17"', 'x:'];
    for (let i = 0; i < 40_000; i++) lines.push(`  k${i}: &a${i} v`);
    lines.push('y:');
    for (let i = 0; i < 40_000; i++) lines.push(`  - *a${i}`);
    await dir.write('bomb/librechat.yaml', `${lines.join('\n')}\n`);
    const result = await runCli(['validate', '--format', 'json'], { cwd: `${dir.path}/bomb` });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('too many aliases (limit 1000)');
  });
});
