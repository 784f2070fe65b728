/**
 * Small facts about how a text file is laid out, so inserted text matches the file around it:
 * line endings, the column of an offset, where a line ends.
 */

export type Eol = '\n' | '\r\n';

/** The file's line ending: CRLF when its first line break is CRLF, else LF. */
export function detectEol(text: string): Eol {
  const first = text.indexOf('\n');
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}

/** Converts LF-only text to the given line ending. */
export function withEol(text: string, eol: Eol): string {
  return eol === '\n' ? text : text.replace(/\r?\n/g, '\r\n');
}

/** 0-based column of `offset` within its line. */
export function columnOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return offset - lineStart;
}

/** Offset of the line break (or end of text) ending the line that contains `offset`. */
export function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return text.length;
  return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** True when the text ends with a line break. */
export function endsWithEol(text: string): boolean {
  return text.endsWith('\n');
}

/** Indents every line after the first by `columns` spaces (the first continues an existing line). */
export function indentContinuation(block: string, columns: number): string {
  const pad = ' '.repeat(columns);
  return block
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : pad + line))
    .join('\n');
}

/** Drops one trailing LF. */
export function trimFinalNewline(block: string): string {
  return block.endsWith('\n') ? block.slice(0, -1) : block;
}
