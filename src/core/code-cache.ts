import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { codeCacheFolder } from './cache-folder.js';

/**
 * Node 20 has no compile cache for modules, so a CommonJS file loaded here is compiled through
 * `vm.Script` with V8's code cache: the first run of a command compiles from source and, at exit,
 * stores the bytecode of every function it ran; later runs skip parsing and compiling.
 *
 * The cache file's name is a hash of the file's exact bytes, the Node version and platform, the
 * V8/Node flags and the `profile` (one per command, since each runs different functions), so an
 * edited or rebuilt file, another Node or other flags never meet old bytecode. V8 checks versions
 * and flags again (`cachedDataRejected`) but not the payload: corrupt bytecode aborts the process,
 * so each file carries a CRC-32 of its payload, checked before V8 sees it. A missing, corrupt or
 * unwritable folder only costs the compile. Writers write a temp file and rename it: concurrent runs each
 * leave a complete file.
 */
export interface CodeCacheOptions {
  /** Which part of the file this run exercises (e.g. the command name); one cache per profile. */
  profile?: string;
  /** Defaults to the per-user cache folder; `undefined` after resolving means no cache. */
  folder?: string | undefined;
}

/** What happened to the cache in this load, for tests and `LC_DOCTOR_DEBUG`. */
export type CodeCacheOutcome = 'used' | 'rejected' | 'missing' | 'off';

export interface LoadedCommonJs {
  exports: unknown;
  cache: CodeCacheOutcome;
}

/** Loads a self-contained CommonJS file (its `require` resolves from its own folder). */
export function requireWithCodeCache(file: string, options: CodeCacheOptions = {}): LoadedCommonJs {
  const bytes = readFileSync(file);
  const folder = 'folder' in options ? options.folder : codeCacheFolder();
  const cacheFile = folder === undefined ? undefined : join(folder, cacheFileName(file, bytes, options.profile ?? 'all'));
  const cachedData = cacheFile === undefined ? undefined : readCachedData(cacheFile);
  const script = new Script(wrapCommonJs(bytes.toString('utf8')), { filename: file, cachedData });
  const cache: CodeCacheOutcome = cacheFile === undefined ? 'off' : cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  // Stored at exit, not now: the bytecode of every function this run compiled lazily goes in too.
  if (cacheFile !== undefined && cache !== 'used') process.once('exit', () => writeCachedData(cacheFile, script));
  return { exports: runCommonJs(script, file), cache };
}

/**
 * The profile of a CLI run: its command name, or `other` (a typo must not start a cache file of its
 * own). Each command runs different functions, so each keeps its own cache of a shared file.
 */
export function commandProfile(argv: readonly string[]): string {
  const command = argv.find((arg) => !arg.startsWith('-'));
  return command !== undefined && /^[a-z][a-z-]{0,30}$/.test(command) ? command : 'other';
}

/**
 * `<name>.<where>.<profile>.<content>-<runtime>.v8`: the part before the hashes names one file of one
 * install in one profile, so a new build replaces that file's old cache instead of piling up.
 */
function cacheFileName(file: string, bytes: Buffer, profile: string): string {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\u0000');
  const runtime = [process.version, process.arch, process.platform, process.versions.v8, flags].join('\u0001');
  const slot = `${basename(file).replace(/[^\w.-]/g, '_')}.${hash('sha1', file).slice(0, 10)}.${profile.replace(/[^\w-]/g, '_').slice(0, 40)}`;
  return `${slot}.${hash('sha1', bytes)}-${hash('sha1', runtime).slice(0, 16)}.v8`;
}

/** Node's own module wrapper, on the first line so line numbers in stack traces stay the file's. */
function wrapCommonJs(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source.replace(/^#!.*/, '')}\n})`;
}

type ModuleWrapper = (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;

function runCommonJs(script: Script, file: string): unknown {
  const wrapper = script.runInThisContext() as ModuleWrapper;
  const module = { exports: {} as unknown };
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** File layout: magic, CRC-32 of the payload (little-endian), V8's payload. */
const MAGIC = 'LCC1';
const HEADER_BYTES = 8;

function readCachedData(cacheFile: string): Buffer | undefined {
  let stored: Buffer;
  try {
    stored = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (stored.length <= HEADER_BYTES || stored.toString('latin1', 0, 4) !== MAGIC) return Buffer.alloc(0);
  const payload = stored.subarray(HEADER_BYTES);
  // An empty buffer is data V8 rejects cleanly, so a damaged file counts as `rejected` and is rewritten.
  return crc32(payload) === stored.readUInt32LE(4) ? payload : Buffer.alloc(0);
}

function withHeader(payload: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(crc32(payload), 4);
  return Buffer.concat([header, payload]);
}

function writeCachedData(cacheFile: string, script: Script): void {
  const temporary = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 });
    writeFileSync(temporary, withHeader(script.createCachedData()), { mode: 0o600 });
    renameSync(temporary, cacheFile);
    removeOlderBuilds(cacheFile);
  } catch {
    // A read-only or full disk only means the next run compiles again.
    removeQuietly(temporary);
  }
}

/** Caches of the same slot under other hashes: an older build or another Node version. */
function removeOlderBuilds(cacheFile: string): void {
  const name = basename(cacheFile);
  const slot = name.slice(0, name.lastIndexOf('.', name.length - 4) + 1);
  for (const sibling of readdirSync(dirname(cacheFile))) {
    if (sibling !== name && sibling.startsWith(slot) && sibling.endsWith('.v8')) removeQuietly(join(dirname(cacheFile), sibling));
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing to do: a leftover file is harmless.
  }
}
