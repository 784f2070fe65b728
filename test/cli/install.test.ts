import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir.js';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const layout = join(root, 'test/fixtures/compose/deploy');
let dir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  dir = await makeTempDir();
  execFileSync('bash', ['-c', 'test -f dist/cli/main.js || npm run build'], { cwd: root });
});
afterAll(() => dir.remove());

describe("README's install: npm pack, then npm install -g of the tarball", () => {
  it('installs a working lc-doctor command (dependencies from the npm cache where it has them) that runs doctor on a deployment', () => {
    // dist/ is already built by `npm test`; --ignore-scripts skips the rebuild `prepare` would do.
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir.path], { cwd: root, stdio: 'pipe' });
    const tarball = readdirSync(dir.path).find((name) => /^lc-doctor-.+\.tgz$/.test(name))!;
    expect(tarball).toBeDefined();
    const prefix = join(dir.path, 'prefix');
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(dir.path, tarball)], { encoding: 'utf8' });
    expect(install.stderr).not.toMatch(/ERR!/);
    const bin = join(prefix, 'bin', 'lc-doctor');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const doctor = spawnSync(bin, ['doctor', layout, '--json'], { encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    expect(JSON.parse(doctor.stdout)).toMatchObject({ schemaVersion: 1, command: 'doctor', exitCode: 0 });
    expect(doctor.status).toBe(0);
  }, 120_000);

  it('from a clone: node bin/lc-doctor.js works as README shows', () => {
    const run = spawnSync(process.execPath, [join(root, 'bin/lc-doctor.js'), 'doctor', layout], { encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    expect(run.stdout).toMatch(/\(0 errors, 0 warnings|✔ nothing to fix/);
    expect(run.status).toBe(0);
  });
});
