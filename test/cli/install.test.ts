import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir.js';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const layout = join(root, 'test/fixtures/compose/deploy');
let dir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  dir = await makeTempDir();
  execFileSync('bash', ['-c', 'test -f dist/bundle/lc-doctor.cjs || npm run build'], { cwd: root });
});
afterAll(() => dir.remove());

/** npm as the README runs it, from the cache `npm ci` already filled where it has the packages. */
function npm(args: string[], cwd: string): string {
  const run = spawnSync('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund'], { cwd, encoding: 'utf8' });
  expect(run.stderr, `npm ${args.join(' ')}`).not.toMatch(/ERR!|npm error/);
  expect(run.status, `npm ${args.join(' ')}: ${run.stderr}`).toBe(0);
  return run.stdout;
}

/** `npm pack` of a spec into `into`; returns the tarball's path. */
function pack(spec: string[], into: string): string {
  const [packed] = JSON.parse(npm(['pack', ...spec, '--json', '--pack-destination', into], dir.path)) as { filename: string }[];
  expect(packed?.filename).toMatch(/^lc-doctor-\d+\.\d+\.\d+\.tgz$/);
  return join(into, packed!.filename);
}

/** `npm install -g <tarball>` into a prefix of its own; returns the installed `lc-doctor` command. */
function installGlobally(tarball: string, prefix: string): string {
  npm(['install', '-g', '--prefix', prefix, tarball], dir.path);
  return join(prefix, 'bin', 'lc-doctor');
}

/** The installed command runs doctor on a Compose deployment (exit 0) without anything from the checkout. */
function expectWorkingCommand(bin: string): void {
  const env = { PATH: process.env.PATH, HOME: dir.path, NO_COLOR: '1' };
  expect(spawnSync(bin, ['--version'], { encoding: 'utf8', env }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  const doctor = spawnSync(bin, ['doctor', layout, '--json'], { encoding: 'utf8', env });
  expect(JSON.parse(doctor.stdout)).toMatchObject({ schemaVersion: 1, command: 'doctor', exitCode: 0 });
  expect(doctor.status).toBe(0);
}

describe("README's install, each way it shows", () => {
  it('both READMEs show exactly the commands run below', () => {
    for (const readme of ['README.md', 'README.zh-CN.md']) {
      const text = readFileSync(join(root, readme), 'utf8');
      expect(text, readme).toContain('node bin/lc-doctor.js doctor ~/LibreChat');
      expect(text, readme).toContain('\nnpm pack && npm install -g ./lc-doctor-*.tgz\n');
      expect(text, readme).toContain('\nnpm pack git+https://github.com/lc-doctor/lc-doctor.git && npm install -g ./lc-doctor-*.tgz\n');
    }
  });

  it('from a packed tarball: npm pack, then npm install -g ./lc-doctor-*.tgz', () => {
    // dist/ is already built by `npm test`; --ignore-scripts skips the rebuild `prepare` would do.
    const tarball = pack(['--ignore-scripts', root], dir.path);
    expectWorkingCommand(installGlobally(tarball, join(dir.path, 'prefix')));
  }, 120_000);

  it('from the git URL: npm pack git+… builds a clone (prepare, with devDependencies), then npm install -g of the tarball runs doctor and the demo', () => {
    // The checkout's HEAD, as a git server would hand it out; npm clones it again, installs every
    // devDependency in the clone and runs `prepare` there, as it does for git+https://.
    const repo = join(dir.path, 'repo');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${root}`, repo]);
    const packs = join(dir.path, 'from-git');
    mkdirSync(packs);
    const bin = installGlobally(pack([`git+file://${repo}`], packs), join(dir.path, 'git-prefix'));
    expectWorkingCommand(bin);
    const demo = spawnSync(bin, ['demo'], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: dir.path, NO_COLOR: '1' } });
    expect(demo.stdout).toContain('lc-doctor doctor --probe');
    expect(demo.status).toBe(0);
  }, 600_000);

  it('from a clone: node bin/lc-doctor.js works as README shows', () => {
    const run = spawnSync(process.execPath, [join(root, 'bin/lc-doctor.js'), 'doctor', layout], { encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    expect(run.stdout).toMatch(/\(0 errors, 0 warnings|✔ nothing to fix/);
    expect(run.status).toBe(0);
  });
});
