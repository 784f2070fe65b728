/**
 * Machine-applicable fixes as data: byte-exact replacements in a file's text (offsets in
 * UTF-16 units of the text without BOM, as ESLint's `fix.range`). Every other byte stays.
 */

export interface TextEdit {
  /** `[start, end)` offsets of the replaced text. */
  range: [number, number];
  text: string;
}

/** A safe, unambiguous fix for one finding: the edits to the finding's file. */
export interface Autofix {
  edits: TextEdit[];
}

/**
 * Why a finding that is usually fixable got no automatic fix; the report words it. A finding
 * of a rule that never fixes carries none.
 */
export type NoFixReason =
  /** The value comes from an environment variable or `${VAR}`: the fix belongs elsewhere. */
  | 'value-from-environment'
  /** A `{ name: ... }` model object: which of the split models keeps its other fields? */
  | 'model-object'
  /** The node is an alias, a block scalar or written with escapes: no exact byte edit. */
  | 'not-plain-text'
  /** The suggested key is already present: renaming would make a duplicate. */
  | 'key-exists'
  /** Another fix changes the same bytes; a second `--fix` run applies it. */
  | 'overlaps-another-fix'
  /** With this fix the files would not validate as well as before; it was left out. */
  | 'result-not-valid';

/** Applies edits (non-overlapping, in any order) to `text`. Throws on overlapping edits: a bug. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    const [start, end] = edit.range;
    if (start < cursor || end < start || end > text.length) throw new Error(`overlapping or out-of-range text edit at ${start}-${end}`);
    out += text.slice(cursor, start) + edit.text;
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** True when two fixes touch the same bytes (or insert at the same point). */
export function editsOverlap(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  return a.some((x) => b.some((y) => x.range[0] < y.range[1] && y.range[0] < x.range[1] || x.range[0] === y.range[0]));
}

/** The smallest replacement turning `before` (found at `offset`) into `after`: common head and tail are kept. */
export function minimalEdit(offset: number, before: string, after: string): TextEdit {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { range: [offset + head, offset + before.length - tail], text: after.slice(head, after.length - tail) };
}
