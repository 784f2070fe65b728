import type { SourceRange } from '../../core/diagnostic.js';
import type { Style } from '../shared/style.js';

/** Widest source excerpt shown per line; a minified or runaway line is cut around the finding. */
const MAX_WIDTH = 120;

/**
 * A few lines of source around a finding with a caret under it, like a compiler. Tabs are shown
 * as one space so the caret lines up; long lines are cut to a window around the finding's column.
 */
export function formatCodeFrame(source: string, range: SourceRange, style: Style, context = 1): string {
  const lines = source.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const first = Math.max(1, range.line - context);
  const last = Math.min(lines.length, range.line + context);
  const width = String(last).length;
  const target = lines[range.line - 1] ?? '';
  const start = target.length > MAX_WIDTH ? Math.max(0, range.column - 1 - MAX_WIDTH / 2) : 0;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const full = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    const text = cropLine(full, start);
    const marker = n === range.line ? style.red('>') : ' ';
    out.push(`${marker} ${style.dim(String(n).padStart(width) + ' |')} ${text}`);
    if (n === range.line) {
      const span = range.endLine === range.line ? Math.max(1, range.endColumn - range.column) : Math.max(1, full.length - range.column + 1);
      const column = range.column - start + (start > 0 ? 1 : 0);
      out.push(`  ${' '.repeat(width)} ${style.dim('|')} ${' '.repeat(Math.max(0, column - 1))}${style.red('^'.repeat(Math.min(span, 80)))}`);
    }
  }
  return out.join('\n');
}

/** `text` from `start`, at most MAX_WIDTH characters, with `…` where something was cut; short lines stay whole. */
function cropLine(text: string, start: number): string {
  if (text.length <= MAX_WIDTH) return text;
  const head = start > 0 ? '…' : '';
  const body = text.slice(start, start + MAX_WIDTH);
  return head + body + (start + MAX_WIDTH < text.length ? '…' : '');
}
