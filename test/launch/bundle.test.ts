import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli, type CliResult } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * Users run the bundle (dist/bundle/lc-doctor.cjs, through bin/). It must say exactly what the
 * unbundled sources say: every fixture config, every validate format, check-models, help pages.
 * One child process loads the bundle once and runs every case; the sources run here, in-process.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const configs = ['valid', 'invalid'].flatMap((kind) =>
  readdirSync(`${root}test/fixtures/configs/${kind}`)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `test/fixtures/configs/${kind}/${name}`),
);
const FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'];
// Model lists are fetched (through undici's bundle) from a closed local port: same answer in both, no network.
const env = { NO_COLOR: '1', PROXY: 'http://127.0.0.1:9', MOCK_BASE_URL: 'http://127.0.0.1:9/v1', SILICONFLOW_API_KEY: 'not-a-real-key' };
const FETCHING_CONFIG = `version: 1.3.17
endpoints:
  custom:
    - name: local
      apiKey: "\${LOCAL_KEY}"
      baseURL: http://127.0.0.1:9/v1
      models: { default: [m1], fetch: true }
`;

const cases: string[][] = [
  ...configs.flatMap((config, i) => [['validate', '-c', config], ['validate', '-c', config, '--format', FORMATS[i % FORMATS.length]!]]),
  ['validate', '-c', 'test/fixtures/rules/broken.librechat.yaml', '-e', 'test/fixtures/rules/broken.env'],
  ['check-models', '-c', 'test/fixtures/check-models/typo/librechat.yaml', '--no-cache-check', '--json'],
  ['check-models', '-c', 'test/fixtures/check-models/clean/librechat.yaml', '--no-cache-check', '--why', 'deepseek-reasoner'],
  ['check-models', '-c', 'test/fixtures/check-models/chat-completions/librechat.yaml', '--no-cache-check'],
  ['providers'],
  ['--help'],
  ['validate', '--help'],
  ['no-such-command'],
];

const CHILD = `
const { main } = require(${JSON.stringify(`${root}dist/bundle/lc-doctor.cjs`)});
const [cases, env, cwd] = JSON.parse(process.argv[1]);
(async () => {
  const results = [];
  for (const argv of cases) {
    let stdout = '';
    let stderr = '';
    const io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd, isTTY: false, stdinIsTTY: false };
    const code = await main(argv, io);
    results.push({ code, stdout, stderr });
  }
  process.stdout.write(JSON.stringify(results));
})();
`;

function runBundle(): Promise<CliResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CHILD, JSON.stringify([cases, env, root])], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout) as CliResult[]) : reject(new Error(`bundle run exited ${code}: ${stderr}`))));
  });
}

describe('the bundle users run', () => {
  it(`says exactly what the sources say (${cases.length} runs)`, async () => {
    const bundled = await runBundle();
    expect(bundled).toHaveLength(cases.length);
    for (const [i, argv] of cases.entries()) {
      const unbundled = await runCli(argv, { cwd: root, env });
      expect({ argv, ...bundled[i] }).toEqual({ argv, ...unbundled });
    }
    // Only worth something if the cases cover clean runs, findings and failures.
    expect(bundled.map((r) => r.code)).toEqual(expect.arrayContaining([0, 1, 2]));
  }, 60_000);
});

describe('start-up of the bundle', () => {
  it('validate loads no network or database client', async () => {
    const script = `
      const { main } = require(${JSON.stringify(`${root}dist/bundle/lc-doctor.cjs`)});
      const io = { stdout: () => {}, stderr: () => {}, env: { NO_COLOR: '1' }, cwd: ${JSON.stringify(root)}, isTTY: false, stdinIsTTY: false };
      main(["validate", "-c", "test/fixtures/rules/broken.librechat.yaml", "-e", "test/fixtures/rules/broken.env"], io).then(() => {
        process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((f) => /node_modules[\\\\/](undici|ioredis|mongodb)[\\\\/]/.test(f))));
      });`;
    const loaded = await printedBy(script);
    expect(JSON.parse(loaded)).toEqual([]);
  });

  it('validate sorts findings at distinct places without loading ICU collation (its first localeCompare costs ~6 ms)', async () => {
    const script = `
      let calls = 0;
      const localeCompare = String.prototype.localeCompare;
      String.prototype.localeCompare = function (...args) { calls++; return localeCompare.apply(this, args); };
      const { main } = require(${JSON.stringify(`${root}dist/bundle/lc-doctor.cjs`)});
      let stdout = '';
      const io = { stdout: (t) => void (stdout += t), stderr: () => {}, env: { NO_COLOR: '1' }, cwd: ${JSON.stringify(root)}, isTTY: false, stdinIsTTY: false };
      main(["validate", "-c", "test/fixtures/configs/invalid/several-mistakes.yaml", "--json"], io).then((code) => process.stdout.write(JSON.stringify({ code, findings: JSON.parse(stdout).diagnostics.length, calls })));`;
    const result = await printedBy(script);
    // Findings were sorted, and none of that needed a collator.
    expect(JSON.parse(result)).toEqual({ code: 1, findings: 4, calls: 0 });
  });

  // undici is bundled on its own and loaded through the code cache, so it leaves a cache file, not a require.cache entry.
  it("loads the undici bundle through the code cache only for the commands that talk to a server, and not Node's own undici", async () => {
    const dir = await makeTempDir('lc-doctor-undici-cache-');
    const cachedFiles = async (argv: string[]) => {
      const cacheDir = join(dir.path, argv[0]!);
      await spawnCli(argv, { cwd: root, env: { ...env, LC_DOCTOR_CACHE_DIR: cacheDir } });
      return (await readdir(join(cacheDir, 'code'))).map((name) => name.split('.')[0]);
    };
    // One model list to fetch, from a closed local port.
    const config = await dir.write('librechat.yaml', FETCHING_CONFIG);
    const dotenv = await dir.write('.env', 'LOCAL_KEY=not-a-real-key\n');
    try {
      expect(await cachedFiles(['validate', '-c', config, '-e', dotenv])).not.toContain('undici');
      expect(await cachedFiles(['check-models', '-c', config, '-e', dotenv, '--no-cache-check'])).toContain('undici');
      // undici's load must not wake Node's own copy of undici (a lazy global until something reads it): ~60 ms.
      const script = `
        const { main } = require(${JSON.stringify(`${root}dist/bundle/lc-doctor.cjs`)});
        const io = { stdout: () => {}, stderr: () => {}, env: ${JSON.stringify({ ...env, LC_DOCTOR_CACHE_DIR: 'off' })}, cwd: ${JSON.stringify(root)}, isTTY: false, stdinIsTTY: false };
        main(["check-models", "-c", ${JSON.stringify(config)}, "-e", ${JSON.stringify(dotenv)}, "--no-cache-check"], io).then((code) =>
          process.stdout.write(JSON.stringify({ code, nodeUndiciLoaded: !('get' in Object.getOwnPropertyDescriptor(globalThis, 'Headers')) })));`;
      const result = await printedBy(script);
      expect(JSON.parse(result)).toEqual({ code: 0, nodeUndiciLoaded: false });
    } finally {
      await dir.remove();
    }
  });
});

/** What a Node script run in a child process (`node -e`) prints. */
function printedBy(script: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(stdout));
  });
}
