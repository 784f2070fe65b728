import { DOTENV_LINE, parseEnvText } from '../env/load-env.js';
import { detectEol, withEol } from './text-layout.js';

/**
 * Line-level .env edits: a variable's line is added at the end or its value replaced in place;
 * every other line, comment and the order stay as they were. Values are never returned.
 */

export type EnvMode =
  /** Add the line only when the variable is not in the file at all. */
  | 'if-absent'
  /** Add it, or fill it when it is present but empty; never replace a value. */
  | 'if-empty'
  /** Make it exactly this value. */
  | 'set'
  /** Treat the value as a comma list and append the items that are missing. */
  | 'append-list';

export interface EnvUpdate {
  key: string;
  value: string;
  mode: EnvMode;
  /** A comment line written above a newly added line. */
  comment?: string;
}

/** What happened to one variable (no values: the file may hold secrets). */
export interface EnvChange {
  key: string;
  action: 'added' | 'updated' | 'kept';
  /** The variable already had a non-empty value. */
  hadValue: boolean;
}

export interface EnvEdit {
  text: string;
  changes: EnvChange[];
}

export function applyEnvUpdates(text: string, updates: readonly EnvUpdate[]): EnvEdit {
  let current = text;
  const changes: EnvChange[] = [];
  for (const update of updates) {
    const values = parseEnvText('.env', current).values;
    const existing = values[update.key];
    const hadValue = existing !== undefined && existing !== '';
    const next = nextValue(update, existing);
    if (next === undefined || next === existing) {
      changes.push({ key: update.key, action: 'kept', hadValue });
      continue;
    }
    const line = findValue(current, update.key);
    current = line ? replaceValue(current, line, next) : appendLines(current, update, next);
    changes.push({ key: update.key, action: line ? 'updated' : 'added', hadValue });
  }
  return { text: current, changes };
}

function nextValue(update: EnvUpdate, existing: string | undefined): string | undefined {
  switch (update.mode) {
    case 'if-absent':
      return existing === undefined ? update.value : undefined;
    case 'if-empty':
      return existing === undefined || existing === '' ? update.value : undefined;
    case 'set':
      return update.value;
    case 'append-list': {
      const items = (existing ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      for (const item of update.value.split(',').map((s) => s.trim()).filter(Boolean)) if (!items.includes(item)) items.push(item);
      return items.join(',');
    }
  }
}

/** Where the value of one assignment sits in the file text (`start` = `end` when it is empty). */
interface ValueSpan {
  start: number;
  end: number;
}

/**
 * The last assignment of `key` as dotenv itself reads the file (a later one wins), found with
 * dotenv's own pattern: a line inside a multi-line quoted value is part of that value, never a
 * variable of its own. Matching runs on LF text, as dotenv's does; offsets map back to `text`.
 */
function findValue(text: string, key: string): ValueSpan | undefined {
  const normalized = text.replace(/\r\n?/g, '\n');
  let found: ValueSpan | undefined;
  for (const match of normalized.matchAll(new RegExp(DOTENV_LINE.source, 'gmd'))) {
    if (match[1] !== key) continue;
    const [keyStart, keyEnd] = match.indices![1]!;
    if (match[2] === undefined) {
      const separator = /^[ \t]*[=:]/.exec(normalized.slice(keyEnd))?.[0] ?? '';
      const at = keyEnd + separator.length;
      found = { start: at, end: at };
      continue;
    }
    const [start, end] = match.indices![2]!;
    const raw = match[2];
    found = { start: start + (raw.length - raw.trimStart().length), end: end - (raw.length - raw.trimEnd().length) };
    if (found.start < keyStart) found = undefined;
  }
  return found && toRawOffsets(text, found);
}

/** Offsets in the LF-normalised text back to `text`, where each CRLF is one character longer. */
function toRawOffsets(text: string, span: ValueSpan): ValueSpan {
  const shift = (offset: number) => {
    let removed = 0;
    for (let i = text.indexOf('\r\n'); i !== -1 && i - removed < offset; i = text.indexOf('\r\n', i + 2)) removed++;
    return offset + removed;
  };
  return { start: shift(span.start), end: shift(span.end) };
}

function replaceValue(text: string, span: ValueSpan, value: string): string {
  return text.slice(0, span.start) + formatValue(value) + text.slice(span.end);
}

function appendLines(text: string, update: EnvUpdate, value: string): string {
  const eol = detectEol(text);
  const lines = `${update.comment ? `# ${update.comment}\n` : ''}${update.key}=${formatValue(value)}\n`;
  const separator = text.length === 0 || text.endsWith('\n') ? '' : eol;
  return text + separator + withEol(lines, eol);
}

/** Bare when dotenv reads it back unchanged, else double-quoted. */
export function formatValue(value: string): string {
  if (/^[^\s#'"`\\]*$/.test(value)) return value;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
