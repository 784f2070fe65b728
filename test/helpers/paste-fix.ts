import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Fix } from '../../src/models/types.js';
import { binPath } from './run-cli.js';

/**
 * What an admin does with a fix lc-doctor printed, done to the real files on disk: a `.env` line
 * replaces the variable's line (or is added), a YAML snippet is merged into the endpoint entry it
 * was printed for (and the entry printed to add to `endpoints.custom` is added), a command is
 * run in a shell in the deployment folder.
 */

export interface PasteTarget {
  dir: string;
  /** The custom entry the fix was printed for (its `name`). */
  endpoint?: string;
  /** Typed at the prompt of a command that asks (`clear-models-cache`) or read from stdin (`--key-stdin`). */
  input?: string;
  env?: NodeJS.ProcessEnv;
}

const ADD_ENTRY = '# and add to endpoints.custom:';

/** What the paste printed and, for a command, its exit code. */
export interface Pasted {
  output: string;
  code?: number;
}

export async function pasteFix(fix: Fix, target: PasteTarget): Promise<Pasted> {
  if (fix.kind === 'env') return pasteEnv(fix.text, target.dir);
  if (fix.kind === 'yaml') return pasteYaml(fix.addEntry === undefined ? fix.text : `${fix.text}\n${ADD_ENTRY}\n${fix.addEntry}`, target);
  return runPrinted(fix.text, target);
}

async function pasteEnv(text: string, dir: string): Promise<Pasted> {
  const file = join(dir, '.env');
  const lines = (await readFile(file, 'utf8').catch(() => '')).split('\n');
  for (const line of text.split('\n').filter((l) => /^\w+=/.test(l))) {
    const key = line.slice(0, line.indexOf('='));
    const at = lines.findLastIndex((l) => l.startsWith(`${key}=`));
    if (at >= 0) lines[at] = line;
    else lines.splice(lines.at(-1) === '' ? -1 : lines.length, 0, line);
  }
  await writeFile(file, lines.join('\n'));
  return { output: '' };
}

async function pasteYaml(text: string, target: PasteTarget): Promise<Pasted> {
  const file = join(target.dir, 'librechat.yaml');
  const config = parse(await readFile(file, 'utf8')) as { endpoints: { custom: Record<string, unknown>[] } };
  const [fields, added] = text.split(ADD_ENTRY);
  const entry = config.endpoints.custom.find((e) => e.name === target.endpoint);
  if (!entry) throw new Error(`no custom entry named '${target.endpoint}' to paste into`);
  mergeInto(entry, parse(fields!) as Record<string, unknown>);
  if (added !== undefined) config.endpoints.custom.push(...(parse(added) as Record<string, unknown>[]));
  await writeFile(file, stringify(config));
  return { output: '' };
}

/** Objects merge key by key; anything else (a list, a scalar) replaces what was there. */
function mergeInto(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(from)) {
    const current = into[key];
    if (isObject(value) && isObject(current)) mergeInto(current, value);
    else into[key] = value;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The command as printed, `lc-doctor` being the built CLI. A command that asks before it acts
 * runs on a terminal (`script`) and gets the answer typed.
 */
async function runPrinted(text: string, target: PasteTarget): Promise<Pasted> {
  const command = text.replace(/^lc-doctor\b/, `${JSON.stringify(process.execPath)} ${JSON.stringify(binPath)}`);
  const onTerminal = /clear-models-cache/.test(text) && !/--yes|--dry-run/.test(text);
  const [file, args] = onTerminal ? ['script', ['-qec', command, '/dev/null']] : ['sh', ['-c', command]];
  // Not spawnSync: the mock providers the command talks to run in this process.
  const child = spawn(file, args, { cwd: target.dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...target.env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  child.stdin.end(target.input ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number>((resolve, reject) => child.on('close', (status) => resolve(status ?? -1)).on('error', reject));
  clearTimeout(timer);
  return { output, code };
}
