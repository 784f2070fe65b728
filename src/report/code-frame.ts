import type { SourceRange } from '../core/diagnostic.js';
import type { Style } from './style.js';

/**
 * A few lines of source around a finding with a caret under it, like a compiler. Tabs are shown
 * as one space so the caret lines up.
 */
export function formatCodeFrame(source: string, range: SourceRange, style: Style, context = 1): string {
  const lines = source.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const first = Math.max(1, range.line - context);
  const last = Math.min(lines.length, range.line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    const marker = n === range.line ? style.red('>') : ' ';
    out.push(`${marker} ${style.dim(String(n).padStart(width) + ' |')} ${text}`);
    if (n === range.line) {
      const span = range.endLine === range.line ? Math.max(1, range.endColumn - range.column) : Math.max(1, text.length - range.column + 1);
      out.push(`  ${' '.repeat(width)} ${style.dim('|')} ${' '.repeat(Math.max(0, range.column - 1))}${style.red('^'.repeat(Math.min(span, 80)))}`);
    }
  }
  return out.join('\n');
}
