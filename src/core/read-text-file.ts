import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { HandledError } from './errors.js';
import type { FileKind, SpecialFileType } from './problems.js';

/** LibreChat configs are a few kilobytes; anything this large is a mistake, not a config. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/**
 * Files lc-doctor edits (add-endpoint, --fix) are parsed several times to keep every other byte
 * and to verify the result, so their cap is lower: at 1 MB an edit stays within a few seconds.
 */
export const MAX_EDIT_BYTES = 1024 * 1024;

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
  /** The largest file accepted; {@link MAX_INPUT_BYTES} unless said otherwise. */
  maxBytes?: number;
}

/**
 * Reads a UTF-8 text file with the failures users actually hit turned into one-line causes:
 * missing, a directory, too large, not UTF-8.
 */
export async function readTextFile(path: string, kind: FileKind, shown = path, options: ReadTextOptions = {}): Promise<TextFile> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new HandledError({ code: 'file.directory', params: { kind, file: shown } });
    }
    // A FIFO or a device (/dev/zero) would block or never end: only regular files are read,
    // and /dev/null, the usual way to say "no file", reads as empty.
    if (await isDevNull(info)) return { path, text: '', bom: false };
    if (!info.isFile()) throw new HandledError({ code: 'file.not-regular', params: { kind, file: shown, type: specialFileType(info) } });
    size = info.size;
  } catch (error) {
    if (error instanceof HandledError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new HandledError({ code: 'file.missing', params: { kind, file: shown } });
    if (code === 'EACCES') throw new HandledError({ code: 'file.unreadable', params: { kind, file: shown } });
    throw new HandledError({ code: 'file.read-failed', params: { kind, file: shown, reason: (error as Error).message } });
  }
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  if (size > maxBytes) {
    throw new HandledError({ code: 'file.too-large', params: { kind, file: shown, megabytes: Math.round(size / 1024 / 102.4) / 10, limitMegabytes: maxBytes / 1024 / 1024 } });
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
    throw new HandledError({ code: 'file.not-utf8', params: { kind, file: shown, line, offset } });
  }
}

async function isDevNull(info: Stats): Promise<boolean> {
  if (!info.isCharacterDevice()) return false;
  const devNull = await stat('/dev/null').catch(() => undefined);
  return devNull !== undefined && devNull.rdev === info.rdev;
}

/** What a path that is not a regular file is (for the one-line refusal). */
export function specialFileType(info: Stats): SpecialFileType {
  if (info.isDirectory()) return 'directory';
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'other';
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
