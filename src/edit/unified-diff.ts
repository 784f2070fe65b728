/**
 * A unified diff of two texts (line based, 3 lines of context). Edits here are local, so the
 * common head and tail are trimmed first and only the changed middle is compared.
 */

type Op = { kind: ' ' | '-' | '+'; line: string };

export function unifiedDiff(oldText: string | null, newText: string, labels: { from: string; to: string }, context = 3): string {
  const before = splitLines(oldText ?? '');
  const after = splitLines(newText);
  const ops = diffLines(before, after);
  if (!ops.some((op) => op.kind !== ' ')) return '';
  const header = `--- ${oldText === null ? '/dev/null' : labels.from}\n+++ ${labels.to}\n`;
  return header + formatHunks(ops, context);
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function diffLines(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  return [
    ...a.slice(0, head).map((line) => ({ kind: ' ' as const, line })),
    ...lcsOps(midA, midB),
    ...a.slice(a.length - tail).map((line) => ({ kind: ' ' as const, line })),
  ];
}

function lcsOps(a: string[], b: string[]): Op[] {
  if (a.length * b.length > 4_000_000) return [...a.map((line) => ({ kind: '-' as const, line })), ...b.map((line) => ({ kind: '+' as const, line }))];
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i]! });
      i++;
      j++;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) ops.push({ kind: '-', line: a[i++]! });
    else ops.push({ kind: '+', line: b[j++]! });
  }
  while (i < a.length) ops.push({ kind: '-', line: a[i++]! });
  while (j < b.length) ops.push({ kind: '+', line: b[j++]! });
  return ops;
}

function formatHunks(ops: Op[], context: number): string {
  const changed = ops.map((op, index) => (op.kind === ' ' ? -1 : index)).filter((index) => index >= 0);
  let out = '';
  let cursor = 0;
  while (cursor < changed.length) {
    const start = Math.max(0, changed[cursor]! - context);
    let end = changed[cursor]!;
    while (cursor < changed.length && changed[cursor]! - end <= 2 * context) end = changed[cursor++]!;
    const stop = Math.min(ops.length, end + context + 1);
    out += formatHunk(ops, start, stop);
  }
  return out;
}

function formatHunk(ops: Op[], start: number, stop: number): string {
  let oldLine = 1;
  let newLine = 1;
  for (const op of ops.slice(0, start)) {
    if (op.kind !== '+') oldLine++;
    if (op.kind !== '-') newLine++;
  }
  const body = ops.slice(start, stop);
  const oldCount = body.filter((op) => op.kind !== '+').length;
  const newCount = body.filter((op) => op.kind !== '-').length;
  const range = (line: number, count: number) => `${count === 0 ? line - 1 : line},${count}`;
  return `@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n${body.map((op) => `${op.kind}${op.line}\n`).join('')}`;
}
