import { execFileSync, spawn } from 'node:child_process';
import { readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { withFileLocks } from '../../src/edit/file-lock.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { fixture } from './helpers.js';

/** Issue 14 items 7 and 8: locks left by killed runs, racing takeovers, holders in other PID namespaces. */

const lockModule = fileURLToPath(new URL('../../dist/edit/file-lock.js', import.meta.url));
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function workspace() {
  const dir = await makeTempDir('lc-doctor-lock-');
  cleanups.push(dir.remove);
  return dir;
}

/** A PID that no process has: a child that already exited. */
function deadPid(): number {
  return Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString());
}

/** A child that takes the lock on `file` and increments the counter in it, slowly, `rounds` times. */
const INCREMENTER = `
import { readFile, writeFile } from 'node:fs/promises';
import { withFileLocks } from ${JSON.stringify(lockModule)};
const [file, rounds] = process.argv.slice(-2);
for (let i = 0; i < Number(rounds); i++) {
  await withFileLocks([file], async () => {
    const count = Number(await readFile(file, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 2));
    await writeFile(file, String(count + 1));
  }, { timeoutMs: 60_000 });
}
`;

function run(script: string, args: string[]): { done: Promise<number>; child: ReturnType<typeof spawn>; output: () => string } {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  return { done, child, output: () => output };
}

describe('stale locks', () => {
  it('parallel runs that all find a stale lock take it over one at a time: no update is lost', async () => {
    const dir = await workspace();
    const counter = join(dir.path, 'counter');
    for (let round = 0; round < 3; round++) {
      await writeFile(counter, '0');
      await writeFile(`${counter}.lock`, String(deadPid()));
      const old = new Date(Date.now() - 120_000);
      await utimes(`${counter}.lock`, old, old);
      const runs = Array.from({ length: 6 }, () => run(INCREMENTER, [counter, '3']));
      expect(await Promise.all(runs.map((r) => r.done))).toEqual(Array(6).fill(0));
      expect(Number(await readFile(counter, 'utf8'))).toBe(18);
    }
  }, 60_000);

  it('a 0-byte lock left by a run killed while creating it is taken at once', async () => {
    const dir = await workspace();
    await dir.write('librechat.yaml', await fixture('commented.yaml'));
    const lock = await dir.write('librechat.yaml.lock', '');
    const aWhileAgo = new Date(Date.now() - 5_000);
    await utimes(lock, aWhileAgo, aWhileAgo);
    const result = await runCli(['add-endpoint', 'deepseek', '--yes'], { cwd: dir.path });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await readdir(dir.path)).not.toContain('librechat.yaml.lock');
  });

  it('the lock of a holder killed with -9 is taken at once, and its orphan temp files are removed', async () => {
    const dir = await workspace();
    const file = await dir.write('librechat.yaml', 'version: 1.2.1\n');
    const holder = run(
      `import { withFileLocks } from ${JSON.stringify(lockModule)};
       await withFileLocks([process.argv.at(-1)], async () => { process.stdout.write('held'); await new Promise(() => setInterval(() => {}, 1000)); });`,
      [file],
    );
    while (!holder.output().includes('held')) await new Promise((resolve) => setTimeout(resolve, 10));
    await dir.write(`.librechat.yaml.${holder.child.pid}.0123abcd.tmp`, 'half a file');
    await dir.write(`.librechat.yaml.bak.${holder.child.pid}.4567cdef.tmp`, 'half a backup');
    holder.child.kill('SIGKILL');
    await holder.done;
    const entered = await withFileLocks([file], async () => readdir(dir.path), { timeoutMs: 1_000, staleMs: 60_000 });
    expect(entered.sort()).toEqual(['librechat.yaml', 'librechat.yaml.lock']);
  });
});

const canUnshare = (() => {
  try {
    execFileSync('unshare', ['--pid', '--fork', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('a holder in another PID namespace (a container sharing the volume)', () => {
  it.skipIf(!canUnshare)('is never judged by a local PID: its lock is kept while it lives, and taken once its heartbeat stops', async () => {
    const dir = await workspace();
    const file = await dir.write('librechat.yaml', 'version: 1.2.1\n');
    // Inside the namespace sh is PID 1 and node a small PID that means nothing (or something else) out here.
    const holderScript = `import { withFileLocks } from ${JSON.stringify(lockModule)};
      await withFileLocks([process.argv.at(-1)], async () => { process.stdout.write('held'); await new Promise(() => setInterval(() => {}, 1000)); }, { staleMs: 400 });`;
    const script = await dir.write('holder.mjs', holderScript);
    const holder = spawn('unshare', ['--pid', '--fork', '--kill-child', 'sh', '-c', 'sleep 0; "$0" "$1" "$2"', process.execPath, script, file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    holder.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    cleanups.push(async () => void holder.kill('SIGKILL'));
    while (!output.includes('held')) await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(withFileLocks([file], async () => 'entered', { timeoutMs: 1_500, staleMs: 400 })).rejects.toMatchObject({ problem: { code: 'write.locked' } });
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.on('exit', resolve));
    await expect(withFileLocks([file], async () => 'entered', { timeoutMs: 3_000, staleMs: 400 })).resolves.toBe('entered');
  });
});
