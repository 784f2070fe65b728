import { displayWidth } from '../shared/width.js';

/** Ideographs and CJK symbols: a line may break before and after each one. */
const IDEOGRAPH = '\\u2e80-\\u9fff\\uac00-\\ud7a3\\uf900-\\ufaff';
/** Full-width punctuation that never starts a line (kept with the text before it). */
const CLOSING = '，。：；）、？！」』”…';
/** Full-width punctuation that never ends a line (kept with the text after it). */
const OPENING = '（「『“';
/** One unit a line can break around: an ideograph or a run of other non-space text, with its punctuation. */
const CHUNK = new RegExp(`\\s*[${OPENING}]*(?:[${IDEOGRAPH}]|[^\\s${IDEOGRAPH}${OPENING}]+)[${CLOSING}]*`, 'g');

/** Columns on a terminal, ANSI colour codes ignored: a Chinese character takes two. */
export function terminalWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  return displayWidth(text.replace(/\x1b\[[\d;]*m/g, ''));
}

/**
 * commander's `boxWrap` for text with Chinese in it: commander breaks only at spaces and counts
 * characters, so a Chinese description ran past the terminal's edge or broke mid-phrase at the
 * one space it had. This breaks between ideographs too, never before closing punctuation.
 */
export function wrapCjk(text: string, width: number): string {
  return text
    .split(/\r\n|\n/)
    .map((line) => {
      const chunks = line.match(CHUNK);
      if (!chunks) return '';
      const lines: string[] = [];
      let current = chunks[0]!;
      for (const chunk of chunks.slice(1)) {
        if (terminalWidth(current) + terminalWidth(chunk) <= width) current += chunk;
        else {
          lines.push(current);
          current = chunk.trimStart();
        }
      }
      return [...lines, current].join('\n');
    })
    .join('\n');
}
