import { parse } from 'dotenv';
import { readTextFile } from '../core/read-text-file.js';
import type { SourceRange } from '../core/diagnostic.js';

/** One `KEY=value` line of a .env file, in file order (duplicates included). */
export interface EnvEntry {
  key: string;
  /** Source range of the key on its line. */
  range: SourceRange;
}

/** A .env file read the way LibreChat reads it (dotenv's parser), plus where each key sits. */
export interface LoadedEnv {
  file: string;
  text: string;
  /** Final values as dotenv yields them (a later duplicate wins). */
  values: Record<string, string>;
  entries: EnvEntry[];
  /** First invalid UTF-8 sequence; dotenv reads the file as utf8 too, so it sees U+FFFD there. */
  invalidUtf8?: { line: number; offset: number };
}

/**
 * dotenv's own line pattern (lib/main.js, v16). dotenv gives values but not positions, so the
 * same pattern is run here only to find where each key is; values always come from `parse`.
 */
export const DOTENV_LINE =
  /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/gm;

/** Reads `path`; `file` is how messages name it (defaults to the path itself). */
export async function loadEnvFile(path: string, file = path): Promise<LoadedEnv> {
  const { text, invalidUtf8 } = await readTextFile(path, 'env', file, { lossy: true });
  const loaded = parseEnvText(file, text);
  return invalidUtf8 ? { ...loaded, invalidUtf8 } : loaded;
}

export function parseEnvText(file: string, text: string): LoadedEnv {
  const normalized = text.replace(/\r\n?/g, '\n');
  const values = parse(normalized);
  const lineStarts = [0];
  for (let i = 0; i < normalized.length; i++) if (normalized[i] === '\n') lineStarts.push(i + 1);
  const entries: EnvEntry[] = [];
  for (const match of normalized.matchAll(DOTENV_LINE)) {
    const key = match[1]!;
    const keyOffset = (match.index ?? 0) + match[0].indexOf(key);
    const { line, column } = positionOf(lineStarts, keyOffset);
    entries.push({ key, range: { line, column, endLine: line, endColumn: column + key.length } });
  }
  return { file, text, values, entries };
}

/**
 * Lines 2..n of every multi-line quoted value (`PRIVATE_KEY="-----BEGIN...`), 0-based. Line-based
 * masking sees no `KEY=` on them, yet they are the secret itself: every view of .env (code frames,
 * diffs) hides them whole.
 */
export function continuationLines(text: string): Set<number> {
  const normalized = text.replace(/\r\n?/g, '\n');
  const lines = new Set<number>();
  let line = 0;
  let scanned = 0;
  for (const match of normalized.matchAll(new RegExp(DOTENV_LINE.source, 'gmd'))) {
    const span = match.indices?.[2];
    if (!span || !match[2]!.includes('\n')) continue;
    for (; scanned < span[0]; scanned++) if (normalized.charCodeAt(scanned) === 10) line++;
    let at = line;
    for (let i = span[0]; i < span[1]; i++) if (normalized.charCodeAt(i) === 10) lines.add(++at);
  }
  return lines;
}

/** `continuationLines` replaced by stars of the same length (line numbers and columns stay true). */
export function hideContinuationLines(text: string): string {
  const hidden = continuationLines(text);
  if (hidden.size === 0) return text;
  return text
    .split('\n')
    .map((line, index) => (hidden.has(index) ? line.replace(/[^\r]/g, '*') : line))
    .join('\n');
}

function positionOf(lineStarts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}

/** An empty environment file, for runs where no .env exists. */
export function emptyEnv(file: string): LoadedEnv {
  return { file, text: '', values: {}, entries: [] };
}

/**
 * The environment LibreChat's process would see: dotenv never overrides a variable that is
 * already set in the process environment.
 */
export function effectiveEnvironment(env: LoadedEnv, processEnv: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const merged: Record<string, string> = { ...env.values };
  for (const [key, value] of Object.entries(processEnv)) if (value !== undefined) merged[key] = value;
  return merged;
}
