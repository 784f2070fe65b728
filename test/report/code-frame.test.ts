import { describe, expect, it } from 'vitest';
import { formatCodeFrame } from '../../src/report/shared/code-frame.js';
import { createStyle } from '../../src/report/shared/style.js';

const plain = createStyle(false);

describe('code frames', () => {
  it('shows short lines whole with the caret under the finding', () => {
    const frame = formatCodeFrame('version: 1.2\ncache: 3\n', { line: 2, column: 8, endLine: 2, endColumn: 9 }, plain);
    expect(frame.split('\n')).toEqual(['  1 | version: 1.2', '> 2 | cache: 3', '    |        ^']);
  });

  it('cuts a 50,000-character line to a window around the finding, caret still on it', () => {
    const long = `x: "${'a'.repeat(20_000)}B${'a'.repeat(30_000)}"`;
    const column = long.indexOf('B') + 1;
    const frame = formatCodeFrame(`version: 1.2\n${long}\n`, { line: 2, column, endLine: 2, endColumn: column + 1 }, plain);
    const lines = frame.split('\n');
    expect(frame.length).toBeLessThan(400);
    expect(lines[0]).toBe('  1 | version: 1.2');
    const source = lines[1]!;
    const caret = lines[2]!;
    expect(source.startsWith('> 2 | …')).toBe(true);
    expect(source.endsWith('…')).toBe(true);
    expect(source[caret.indexOf('^')]).toBe('B');
  });
});
