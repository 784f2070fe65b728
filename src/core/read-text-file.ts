import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { HandledError } from './errors.js';

/** LibreChat configs are a few kilobytes; anything this large is a mistake, not a config. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface TextFile {
  path: string;
  text: string;
  /** The file started with a UTF-8 byte-order mark (kept out of `text`). */
  bom: boolean;
  /** Where the first invalid UTF-8 sequence sits, when a lossy read replaced bad bytes with U+FFFD. */
  invalidUtf8?: { line: number; offset: number };
}

export interface ReadTextOptions {
  /**
   * Decode invalid UTF-8 as U+FFFD instead of refusing the file, as LibreChat's own
   * `fs.readFileSync(path, 'utf8')` does (a latin-1 config still loads there). Never for files
   * that are written back: the replacement would destroy the original bytes.
   */
  lossy?: boolean;
}

/**
 * Reads a UTF-8 text file with the failures users actually hit turned into one-line causes:
 * missing, a directory, too large, not UTF-8.
 */
export async function readTextFile(path: string, what: string, shown = path, options: ReadTextOptions = {}): Promise<TextFile> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new HandledError(`${what} ${shown} is a directory, not a file`, `Point to the file itself, e.g. ${shown}/librechat.yaml`);
    }
    // A FIFO or a device (/dev/zero) would block or never end: only regular files are read,
    // and /dev/null, the usual way to say "no file", reads as empty.
    if (await isDevNull(info)) return { path, text: '', bom: false };
    if (!info.isFile()) throw new HandledError(`${what} ${shown} is ${describeNonRegular(info)}, not a regular file`, 'Pass the path of the file itself');
    size = info.size;
  } catch (error) {
    if (error instanceof HandledError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new HandledError(`${what} ${shown} does not exist`, 'Check the path, or pass it with the option shown in --help');
    if (code === 'EACCES') throw new HandledError(`${what} ${shown} is not readable (permission denied)`);
    throw new HandledError(`cannot read ${what} ${shown}: ${(error as Error).message}`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new HandledError(
      `${what} ${shown} is ${(size / 1024 / 1024).toFixed(1)} MB; a LibreChat config is far smaller`,
      `Files over ${MAX_INPUT_BYTES / 1024 / 1024} MB are refused; check that this is the right file`,
    );
  }
  const bytes = await readFile(path);
  // TextDecoder drops a leading BOM itself; remember it so writers can put it back.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { path, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    if (options.lossy) return { path, text: new TextDecoder('utf-8').decode(bytes), bom, invalidUtf8: { line, offset } };
    throw new HandledError(`${what} ${shown} is not valid UTF-8 (line ${line}, byte offset ${offset})`, 'Save the file as UTF-8');
  }
}

async function isDevNull(info: Stats): Promise<boolean> {
  if (!info.isCharacterDevice()) return false;
  const devNull = await stat('/dev/null').catch(() => undefined);
  return devNull !== undefined && devNull.rdev === info.rdev;
}

/** What a path that is not a regular file is, in words (for the one-line refusal). */
export function describeNonRegular(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}

/** Binary search on prefixes; streaming mode tolerates a sequence cut at the prefix's end. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return startOfSequence(bytes, low);
}

/** The decoder fails at the byte that breaks a sequence; users need the sequence's lead byte. */
function startOfSequence(bytes: Uint8Array, failing: number): number {
  for (let back = 1; back <= 3 && failing - back >= 0; back++) {
    const byte = bytes[failing - back]!;
    if (byte < 0x80) break;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return back < length ? failing - back : failing;
    }
  }
  return failing;
}
