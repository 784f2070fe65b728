import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/core/io.js';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `lc-doctor <argv>` in-process in a temp dir holding `.env` (if given), process env excluded. */
export async function runCli(argv: string[], envFile?: string, options: { stdinIsTTY?: boolean } = {}): Promise<CliRun> {
  const cwd = mkdtempSync(join(tmpdir(), 'lc-doctor-cli-'));
  if (envFile !== undefined) writeFileSync(join(cwd, '.env'), envFile);
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { NO_COLOR: '1' },
    cwd,
    isTTY: false,
    stdinIsTTY: options.stdinIsTTY ?? false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
