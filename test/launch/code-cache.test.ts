import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCacheFolder } from '../../src/core/cache-folder.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * The code cache as a user's runs meet it: separate processes loading one CommonJS file through
 * the built loader (dist/, `npm run build` first), the cache folder shared between them.
 */
const loader = new URL('../../dist/core/code-cache.js', import.meta.url).href;
const CHILD = `
import { requireWithCodeCache } from ${JSON.stringify(loader)};
const [file, folder] = process.argv.slice(2);
const { exports, cache } = requireWithCodeCache(file, { folder, profile: 'test' });
process.stdout.write(JSON.stringify({ answer: exports.answer(), cache }));
`;

/** Enough functions that the cache holds real bytecode, and one answer that shows which source ran. */
function moduleSource(answer: string): string {
  const helpers = Array.from({ length: 200 }, (_, i) => `function helper${i}(x) { return x.map((v) => v * ${i} + ${i}).filter(Boolean).length; }`);
  return `${helpers.join('\n')}\nmodule.exports.answer = () => ${JSON.stringify(answer)} + helper7([1, 2, 3]);\n`;
}

interface ChildRun {
  code: number | null;
  stderr: string;
  answer?: string;
  cache?: string;
}

let dir: Awaited<ReturnType<typeof makeTempDir>>;
let script: string;
let target: string;
let folder: string;

beforeEach(async () => {
  dir = await makeTempDir('lc-doctor-code-cache-');
  script = await dir.write('child.mjs', CHILD);
  target = await dir.write('lib/module.cjs', moduleSource('one'));
  folder = join(dir.path, 'cache');
});
afterEach(() => dir.remove());

function load(cacheFolder = folder): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, target, cacheFolder], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, ...(stdout ? (JSON.parse(stdout) as { answer: string; cache: string }) : {}) }));
  });
}

async function cacheFiles(): Promise<string[]> {
  return (await readdir(folder).catch(() => [] as string[])).sort();
}

describe('code cache', () => {
  it('compiles on the first run and runs from the cache after', async () => {
    expect(await load()).toEqual({ code: 0, stderr: '', answer: 'one3', cache: 'missing' });
    expect(await cacheFiles()).toHaveLength(1);
    expect(await load()).toEqual({ code: 0, stderr: '', answer: 'one3', cache: 'used' });
  });

  it('never serves stale code: an edit of the same length gets a cache of its own, the old one goes', async () => {
    await load();
    const [before] = await cacheFiles();
    await writeFile(target, moduleSource('two'));
    expect(await load()).toMatchObject({ code: 0, answer: 'two3', cache: 'missing' });
    const after = await cacheFiles();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
    expect(await load()).toMatchObject({ answer: 'two3', cache: 'used' });
  });

  it.each([
    ['garbage', () => Buffer.from('not a code cache at all')],
    ['truncated', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
    ['empty', () => Buffer.alloc(0)],
    // V8 itself does not check the payload: these bytes, unchecked, abort the process.
    ['bytes flipped in the payload', (bytes: Buffer) => bytes.map((b, i) => (i > 64 && i % 5 === 0 ? b ^ 0x5a : b))],
  ])('a %s cache file is rejected, the run is correct, and the next run has a good cache again', async (_, damage) => {
    await load();
    const [name] = await cacheFiles();
    const file = join(folder, name!);
    await writeFile(file, damage(await readFile(file)));
    expect(await load()).toEqual({ code: 0, stderr: '', answer: 'one3', cache: 'rejected' });
    expect(await load()).toEqual({ code: 0, stderr: '', answer: 'one3', cache: 'used' });
  });

  it('an unusable cache folder only costs the compile', async () => {
    const notAFolder = await dir.write('plain-file', 'x');
    for (let run = 0; run < 2; run++) {
      expect(await load(join(notAFolder, 'cache'))).toEqual({ code: 0, stderr: '', answer: 'one3', cache: 'missing' });
    }
  });

  it('eight processes writing at once leave one complete cache and no temp files', async () => {
    const runs = await Promise.all(Array.from({ length: 8 }, () => load()));
    for (const run of runs) expect(run).toMatchObject({ code: 0, stderr: '', answer: 'one3', cache: expect.stringMatching(/^(missing|used)$/) });
    const files = await cacheFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.v8$/);
    expect(await load()).toMatchObject({ answer: 'one3', cache: 'used' });
  });
});

describe('code cache folder', () => {
  it.each([
    ['linux', { HOME: '/home/ana' }, '/home/ana/.cache/lc-doctor/code'],
    ['linux', { HOME: '/home/ana', XDG_CACHE_HOME: '/var/cache/ana' }, '/var/cache/ana/lc-doctor/code'],
    ['darwin', { HOME: '/Users/ana' }, '/Users/ana/Library/Caches/lc-doctor/code'],
    ['linux', { HOME: '/home/ana', LC_DOCTOR_CACHE_DIR: '/tmp/lcd' }, '/tmp/lcd/code'],
    ['linux', { HOME: '/home/ana', LC_DOCTOR_CACHE_DIR: 'off' }, undefined],
  ] as const)('on %s with %j is %s', (platform, env, expected) => {
    expect(codeCacheFolder(env, platform)).toBe(expected);
  });

  it('on Windows is under LOCALAPPDATA', () => {
    expect(codeCacheFolder({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32')).toContain('lc-doctor');
  });
});

