import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { spawnCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { fixture } from './helpers.js';

const atomicWriteModule = fileURLToPath(new URL('../../dist/edit/atomic-write.js', import.meta.url));
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A child that rewrites one big file forever, alternating two versions, and reports each write. */
const WRITER = `
import { writeFileAtomic } from ${JSON.stringify(atomicWriteModule)};
const file = process.argv.at(-1);
const versions = ['a', 'b'].map((c) => (c.repeat(79) + '\\n').repeat(40000));
for (let i = 0; ; i++) {
  await writeFileAtomic(file, versions[i % 2]);
  process.stdout.write('w');
}
`;

function killAfterWrites(file: string, writes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', WRITER, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let seen = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      // Kill while the next write is in flight: the loop never pauses between writes.
      if (seen >= writes) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', () => resolve());
  });
}

describe('atomic writes', () => {
  it('a process killed mid-write leaves the old or the new file, never a torn one', async () => {
    const dir = await makeTempDir('lc-doctor-kill-');
    cleanups.push(dir.remove);
    const file = join(dir.path, 'librechat.yaml');
    const whole = new Set(['a', 'b'].map((c) => (c.repeat(79) + '\n').repeat(40000)));
    for (const writes of [1, 2, 3, 5, 8]) {
      await killAfterWrites(file, writes);
      expect(whole.has(await readFile(file, 'utf8'))).toBe(true);
    }
  });
});

describe('concurrent add-endpoint runs on the same files', () => {
  it('keep every update (lock, then re-read)', async () => {
    const dir = await makeTempDir('lc-doctor-race-');
    cleanups.push(dir.remove);
    await dir.write('librechat.yaml', await fixture('commented.yaml'));
    await dir.write('.env', 'MONGO_URI=mongodb://127.0.0.1:27017/LibreChat\n');
    const providers = ['modelscope', 'deepseek', 'siliconflow', 'moonshot'];
    const results = await Promise.all(providers.map((p) => spawnCli(['add-endpoint', p, '--yes'], { cwd: dir.path })));
    for (const result of results) expect(result.stderr).toBe('');
    const config = parse(await readFile(join(dir.path, 'librechat.yaml'), 'utf8')) as { endpoints: { custom: Array<{ name: string }> } };
    expect(config.endpoints.custom.map((e) => e.name).sort()).toEqual(['Mistral', 'deepseek', 'groq', 'modelscope', 'moonshot', 'siliconflow']);
    const env = await readFile(join(dir.path, '.env'), 'utf8');
    for (const key of ['MODELSCOPE_API_KEY=', 'DEEPSEEK_API_KEY=', 'SILICONFLOW_API_KEY=', 'MOONSHOT_API_KEY=']) expect(env).toContain(`\n${key}\n`);
    expect((await readdir(dir.path)).filter((name) => name.endsWith('.lock') || name.endsWith('.tmp'))).toEqual([]);
  });
});
