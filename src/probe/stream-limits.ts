/**
 * Size limits for what a provider streams. A chat stream's lines are a few kilobytes; a server
 * that sends a line of a gigabyte (a broken gateway, a hostile endpoint) must end the probe with
 * a clear verdict instead of being buffered until memory runs out.
 */

/** Longest SSE line accepted (characters). */
export const MAX_LINE_CHARS = 1024 * 1024;
/** Largest SSE event (its lines together) or plain JSON body accepted (characters). */
export const MAX_EVENT_CHARS = 4 * 1024 * 1024;

export type Oversize = { what: 'line' | 'event'; limit: number };

/**
 * Watches text as it arrives (any split) and reports the first line or event over its limit.
 * Lines end at CRLF, LF or CR, as in SSE; a blank line ends an event. Linear in the text.
 */
export function createSizeGuard(): (text: string) => Oversize | undefined {
  let line = 0;
  let event = 0;
  let afterCr = false;
  return (text) => {
    let start = 0;
    while (start <= text.length) {
      const end = nextBreak(text, start);
      const length = (end === -1 ? text.length : end) - start;
      line += length;
      event += length;
      if (line > MAX_LINE_CHARS) return { what: 'line', limit: MAX_LINE_CHARS };
      if (event > MAX_EVENT_CHARS) return { what: 'event', limit: MAX_EVENT_CHARS };
      if (end === -1) break;
      const pairedLf = text[end] === '\n' && afterCr && length === 0;
      if (!pairedLf) {
        if (line === 0) event = 0;
        line = 0;
      }
      afterCr = text[end] === '\r';
      start = end + 1;
    }
    return undefined;
  };
}

function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return -1;
}
