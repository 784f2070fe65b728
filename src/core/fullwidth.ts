/**
 * Punctuation a Chinese input method types in place of ASCII: `gpt-4o，qwen` is one model id to
 * LibreChat, `https：//` is no URL. One table, read by validate, check-models and add-endpoint.
 */

/** Each full-width character and the ASCII character the admin meant. */
export const FULLWIDTH_TO_ASCII: Readonly<Record<string, string>> = {
  '，': ',',
  '：': ':',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '（': '(',
  '）': ')',
  '\u3000': ' ',
  '＝': '=',
};

const FULLWIDTH = new RegExp(`[${Object.keys(FULLWIDTH_TO_ASCII).join('')}]`, 'g');
/** Not global: `test` on the global one would leave `lastIndex` behind, and `matchAll` starts from it. */
const ANY_FULLWIDTH = new RegExp(FULLWIDTH.source);
const ASCII_WHITESPACE = /[ \t\r\n]/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** One full-width character in a text, and what to type instead. */
export interface FullwidthMatch {
  /** Offset in the scanned text (UTF-16 units; every character in the table is one unit). */
  offset: number;
  char: string;
  ascii: string;
}

export function hasFullwidth(text: string): boolean {
  return ANY_FULLWIDTH.test(text);
}

/** The text with every full-width character replaced by its ASCII twin. */
export function toAscii(text: string): string {
  return text.replace(FULLWIDTH, (char) => FULLWIDTH_TO_ASCII[char]!);
}

/**
 * Full-width characters that sit inside identifier-like text: the run of characters around
 * each one (up to ASCII whitespace) is plain ASCII once converted. Chinese prose such as
 * `欢迎，请登录` or a label `通义（Qwen）` is left alone: there the punctuation is meant.
 */
export function findFullwidthSlips(text: string): FullwidthMatch[] {
  const found: FullwidthMatch[] = [];
  for (const match of text.matchAll(FULLWIDTH)) {
    const offset = match.index;
    if (PRINTABLE_ASCII.test(toAscii(wordAround(text, offset)))) found.push({ offset, char: match[0], ascii: FULLWIDTH_TO_ASCII[match[0]]! });
  }
  return found;
}

function wordAround(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && !ASCII_WHITESPACE.test(text[start - 1]!)) start--;
  let end = offset + 1;
  while (end < text.length && !ASCII_WHITESPACE.test(text[end]!)) end++;
  return text.slice(start, end);
}
