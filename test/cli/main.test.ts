import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

let dir: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => (dir = await makeTempDir()));
afterAll(() => dir.remove());

describe('lc-doctor entry point', () => {
  it('prints the package version', async () => {
    const result = await runCli(['--version'], { cwd: dir.path });
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(result.code).toBe(0);
  });

  it('lists every command in --help, with the exit codes', async () => {
    const result = await runCli(['--help'], { cwd: dir.path });
    for (const command of ['validate', 'check-models', 'probe', 'clear-models-cache', 'mock-provider', 'demo']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
    expect(result.stdout).toContain('2  could not run');
    expect(result.code).toBe(0);
  });

  it('answers an unknown command with exit 2, a suggestion and a hint', async () => {
    const result = await runCli(['valdiate'], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'valdiate'.*\(Did you mean validate\?\)/s);
    expect(result.stderr).toContain("hint: run 'lc-doctor --help'");
  });

  it('ends quietly when its reader closes the pipe early (lc-doctor validate | head -1)', async () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `  typo${i}: true`).join('\n');
    await dir.write('big/librechat.yaml', `version: "1.3.17"\nendpoints:\n  custom: []\ninterface:\n${keys}\n`);
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${binPath}" validate | head -1`], { cwd: `${dir.path}/big`, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stdout).toBe('librechat.yaml\n');
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled/);
  });
});
