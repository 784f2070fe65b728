import { execFileSync } from 'node:child_process';
import { chmod, chown, lstat, mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'dotenv';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { fixture } from './helpers.js';

/** Issue 14 items 1-6 and 9: what an edit does to the files around it. */

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const isRoot = process.getuid?.() === 0;

async function workspace() {
  const dir = await makeTempDir('lc-doctor-files-');
  cleanups.push(dir.remove);
  return dir;
}

function succeeds(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('backups and replaced files keep mode and owner', () => {
  it('a .env with mode 600 gets a .bak with mode 600, and stays 600 itself', async () => {
    const dir = await workspace();
    await dir.write('librechat.yaml', await fixture('commented.yaml'));
    const env = await dir.write('.env', 'MONGO_URI=mongodb://127.0.0.1:27017/LibreChat\n');
    await chmod(env, 0o600);
    await chmod(join(dir.path, 'librechat.yaml'), 0o640);
    const result = await runCli(['add-endpoint', 'deepseek', '--yes'], { cwd: dir.path });
    expect(result.code).toBe(0);
    for (const [name, mode] of [['.env', 0o600], ['.env.bak', 0o600], ['librechat.yaml', 0o640], ['librechat.yaml.bak', 0o640]] as const) {
      expect({ name, mode: (await stat(join(dir.path, name))).mode & 0o777 }).toEqual({ name, mode });
    }
  });

  it.skipIf(!isRoot)('a .env owned by another user stays theirs, and so does its .bak (run as root)', async () => {
    const dir = await workspace();
    const env = await dir.write('.env', 'MONGO_URI=mongodb://127.0.0.1:27017/LibreChat\n');
    await chown(env, 65534, 65534);
    const result = await runCli(['add-endpoint', 'deepseek', '--yes'], { cwd: dir.path });
    expect(result.code).toBe(0);
    for (const name of ['.env', '.env.bak']) {
      const info = await stat(join(dir.path, name));
      expect({ name, uid: info.uid, gid: info.gid }).toEqual({ name, uid: 65534, gid: 65534 });
    }
  });
});

describe('symbolic links are written through', () => {
  it('a linked librechat.yaml and .env stay links, and the files they point to are edited', async () => {
    const dir = await workspace();
    const config = await fixture('commented.yaml');
    await dir.write('volume/librechat.yaml', config);
    await dir.write('volume/.env', 'MONGO_URI=mongodb://127.0.0.1:27017/LibreChat\n');
    await mkdir(join(dir.path, 'app'));
    await symlink('../volume/librechat.yaml', join(dir.path, 'app/librechat.yaml'));
    await symlink(join(dir.path, 'volume/.env'), join(dir.path, 'app/.env'));
    const result = await runCli(['add-endpoint', 'deepseek', '--yes'], { cwd: join(dir.path, 'app') });
    expect(result.code).toBe(0);
    expect((await lstat(join(dir.path, 'app/librechat.yaml'))).isSymbolicLink()).toBe(true);
    expect((await lstat(join(dir.path, 'app/.env'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir.path, 'volume/librechat.yaml'), 'utf8')).toContain('- name: "deepseek"');
    expect(await readFile(join(dir.path, 'volume/.env'), 'utf8')).toContain('\nDEEPSEEK_API_KEY=\n');
    expect(await readFile(join(dir.path, 'volume/librechat.yaml.bak'), 'utf8')).toBe(config);
    expect((await readdir(join(dir.path, 'app'))).sort()).toEqual(['.env', 'librechat.yaml']);
  });

  it('a link to a missing file is refused with a one-line cause, nothing created', async () => {
    const dir = await workspace();
    await symlink('../elsewhere/librechat.yaml', join(dir.path, 'librechat.yaml'));
    const result = await runCli(['add-endpoint', 'deepseek', '--yes'], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lc-doctor: librechat\.yaml is a symbolic link to a file that does not exist; nothing was changed\n/);
    expect(await readdir(dir.path)).toEqual(['librechat.yaml']);
  });
});

describe('.env is edited as dotenv reads it', () => {
  const privateKey = '-----BEGIN PRIVATE KEY-----\nDEEPSEEK_API_KEY=not-a-variable\nOPENAI_REVERSE_PROXY=not-either\n-----END PRIVATE KEY-----';

  it('a line inside a multi-line quoted value is left alone; the variable is added as its own line', async () => {
    const dir = await workspace();
    const before = `# keys\r\nPRIVATE_KEY="${privateKey.replace(/\n/g, '\r\n')}"\r\nOPENAI_API_KEY=\r\n`;
    await dir.write('.env', before);
    const result = await runCli(['add-endpoint', 'deepseek', '--method', 'openai', '--yes'], { cwd: dir.path });
    expect(result.code).toBe(0);
    const after = await readFile(join(dir.path, '.env'), 'utf8');
    expect(after.startsWith(before.replace('OPENAI_API_KEY=\r\n', ''))).toBe(true);
    const values = parse(after);
    expect(values.PRIVATE_KEY).toBe(privateKey);
    expect(values.OPENAI_REVERSE_PROXY).toBe('https://api.deepseek.com');
    expect(values.OPENAI_API_KEY).toBe('${DEEPSEEK_API_KEY}');
    expect(after).not.toMatch(/(^|[^\r])\n/);
  });

  it('a UTF-8 byte-order mark at the start of .env is kept', async () => {
    const dir = await workspace();
    await dir.write('.env', '\ufeffMONGO_URI=mongodb://127.0.0.1:27017/LibreChat\n');
    const result = await runCli(['add-endpoint', 'deepseek', '--yes'], { cwd: dir.path });
    expect(result.code).toBe(0);
    const bytes = await readFile(join(dir.path, '.env'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\nDEEPSEEK_API_KEY=\n');
  });
});

describe('both files change or neither does', () => {
  async function twoFiles(envFolder: string) {
    const dir = await workspace();
    const config = await fixture('commented.yaml');
    const env = 'MONGO_URI=mongodb://127.0.0.1:27017/LibreChat\n';
    await dir.write('librechat.yaml', config);
    await mkdir(join(dir.path, envFolder), { recursive: true });
    await writeFile(join(dir.path, envFolder, '.env'), env);
    return { dir, config, env };
  }

  async function expectUntouched(dir: string, envFolder: string, config: string, env: string) {
    expect(await readFile(join(dir, 'librechat.yaml'), 'utf8')).toBe(config);
    expect(await readFile(join(dir, envFolder, '.env'), 'utf8')).toBe(env);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp') || name.endsWith('.bak'))).toEqual([]);
    expect((await readdir(join(dir, envFolder))).filter((name) => name !== '.env' && name !== 'librechat.yaml' && name !== envFolder)).toEqual([]);
  }

  it.skipIf(!isRoot || !succeeds('sh', ['-c', 'command -v chattr']))('an immutable .env (chattr +i): one-line error, librechat.yaml untouched', async () => {
    const { dir, config, env } = await twoFiles('.');
    const envPath = join(dir.path, '.env');
    if (!succeeds('chattr', ['+i', envPath])) return void console.warn('skipped: this file system has no immutable flag');
    cleanups.push(() => void succeeds('chattr', ['-i', envPath]));
    const result = await runCli(['add-endpoint', 'deepseek', '--yes'], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lc-doctor: cannot write \.env: the file is not writable \(permission denied, or marked immutable\); nothing was changed\nhint: /);
    succeeds('chattr', ['-i', envPath]);
    await expectUntouched(dir.path, '.', config, env);
  });

  it.skipIf(!isRoot || !succeeds('sh', ['-c', 'command -v mount']))('a full disk under .env (a 64 KiB tmpfs, filled): one-line error, librechat.yaml untouched', async () => {
    const dir = await workspace();
    const config = await fixture('commented.yaml');
    await dir.write('librechat.yaml', config);
    const volume = join(dir.path, 'full');
    await mkdir(volume);
    if (!succeeds('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', volume])) return void console.warn('skipped: cannot mount a tmpfs here');
    cleanups.push(() => void succeeds('umount', [volume]));
    const env = 'MONGO_URI=mongodb://127.0.0.1:27017/LibreChat\n';
    await writeFile(join(volume, '.env'), env);
    await writeFile(join(volume, 'filler'), Buffer.alloc(64 * 1024)).catch(() => undefined);
    const result = await runCli(['add-endpoint', 'deepseek', '--yes', '--env', 'full/.env'], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lc-doctor: cannot write full\/\.env: the disk is full; nothing was changed\nhint: free some space/);
    expect(await readFile(join(dir.path, 'librechat.yaml'), 'utf8')).toBe(config);
    expect(await readFile(join(volume, '.env'), 'utf8')).toBe(env);
    expect((await readdir(volume)).sort()).toEqual(['.env', 'filler']);
    expect((await readdir(dir.path)).sort()).toEqual(['full', 'librechat.yaml']);
  });

  it.skipIf(isRoot)('a .env in a read-only folder: one-line error, librechat.yaml untouched (run as a normal user)', async () => {
    const { dir, config, env } = await twoFiles('locked');
    await chmod(join(dir.path, 'locked'), 0o555);
    cleanups.push(() => chmod(join(dir.path, 'locked'), 0o755));
    const result = await runCli(['add-endpoint', 'deepseek', '--yes', '--env', 'locked/.env'], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lc-doctor: cannot write locked\/\.env: permission denied; nothing was changed\n/);
    await expectUntouched(dir.path, 'locked', config, env);
  });
});

describe('only regular files are read', () => {
  it.skipIf(!succeeds('sh', ['-c', 'command -v mkfifo']))('a FIFO given as .env or config is refused at once instead of blocking', async () => {
    const dir = await workspace();
    execFileSync('mkfifo', [join(dir.path, 'pipe')]);
    await dir.write('librechat.yaml', await fixture('commented.yaml'));
    const asEnv = await runCli(['add-endpoint', 'deepseek', '--yes', '--env', 'pipe'], { cwd: dir.path });
    expect(asEnv.code).toBe(2);
    expect(asEnv.stderr).toMatch(/^lc-doctor: pipe is a named pipe \(FIFO\), not a regular file; nothing was changed\n/);
    const asConfig = await runCli(['validate', '-c', 'pipe'], { cwd: dir.path });
    expect(asConfig.code).toBe(2);
    expect(asConfig.stderr).toMatch(/^lc-doctor: config file pipe is a named pipe \(FIFO\), not a regular file\n/);
  });

  it('/dev/zero as the config is refused at once', async () => {
    const dir = await workspace();
    const result = await runCli(['validate', '-c', '/dev/zero'], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lc-doctor: config file \/dev\/zero is a device, not a regular file\n/);
  });
});
