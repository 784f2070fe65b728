import { describe, expect, it } from 'vitest';
import { createSizeGuard, MAX_EVENT_CHARS, MAX_LINE_CHARS } from '../../src/probe/stream-limits.js';

describe('createSizeGuard', () => {
  it('accepts a long stream of normal events however it is split, with LF, CRLF or CR', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const guard = createSizeGuard();
      const event = `data: ${'x'.repeat(1000)}${eol}${eol}`;
      const stream = event.repeat(10_000);
      for (let i = 0; i < stream.length; i += 777) expect(guard(stream.slice(i, i + 777))).toBeUndefined();
    }
  });

  it('reports a line one character over the limit, even when it arrives in pieces', () => {
    const guard = createSizeGuard();
    expect(guard('data: ')).toBeUndefined();
    expect(guard('a'.repeat(MAX_LINE_CHARS - 6))).toBeUndefined();
    expect(guard('a')).toEqual({ what: 'line', limit: MAX_LINE_CHARS });
  });

  it('a CR and LF split across two reads count as one line break, not a blank line ending the event', () => {
    const guard = createSizeGuard();
    const line = `data: ${'y'.repeat(1000)}`;
    let verdict;
    for (let i = 0; i < MAX_EVENT_CHARS / 1000 && !verdict; i++) verdict = guard(`${line}\r`) ?? guard('\n');
    expect(verdict).toEqual({ what: 'event', limit: MAX_EVENT_CHARS });
  });
});
