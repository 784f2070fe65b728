import { writeFilesTogether } from './file-transaction.js';

/**
 * Replaces one file so that a reader (or a crash) sees either the old or the new content, never
 * a mix. An existing file keeps its mode and owner, and a symbolic link is written through;
 * `mode` applies to a file this call creates.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  await writeFilesTogether([{ path, content, ...(options.mode === undefined ? {} : { newFileMode: options.mode }) }]);
}
