import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { binPath } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

// util-linux `script` gives the CLI a real terminal, so the confirmation prompt runs as for a user.
const hasScript = existsSync('/usr/bin/script');
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function runOnTerminal(cwd: string, answer: string): string {
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(binPath)} add-endpoint deepseek`;
  const result = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd, input: answer, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' }, timeout: 20_000 });
  return result.stdout;
}

describe.skipIf(!hasScript)('add-endpoint on a terminal without --yes', () => {
  it('asks after the diff; "n" writes nothing, "y" writes', async () => {
    const dir = await makeTempDir('lc-doctor-tty-');
    cleanups.push(dir.remove);
    const declined = runOnTerminal(dir.path, 'n\n');
    expect(declined).toContain('+    - name: "deepseek"');
    expect(declined).toContain('Write these changes? [y/N]');
    expect(declined).toContain('Nothing written.');
    expect(await readdir(dir.path)).toEqual([]);
    const accepted = runOnTerminal(dir.path, 'y\n');
    expect(accepted).toContain('Created the config with endpoint "deepseek".');
    expect((await readdir(dir.path)).sort()).toEqual(['.env', 'librechat.yaml']);
  });
});
