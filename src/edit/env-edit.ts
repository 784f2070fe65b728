import { parseEnvText } from '../env/load-env.js';
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
    const line = findLine(current, update.key);
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

interface LineSpan {
  start: number;
  end: number;
  prefix: string;
  comment: string;
}

/** The last line assigning `key` (dotenv lets a later line win). */
function findLine(text: string, key: string): LineSpan | undefined {
  const pattern = new RegExp(`^([ \\t]*(?:export[ \\t]+)?${key}[ \\t]*=[ \\t]*)([^\\r\\n]*)`, 'gm');
  let found: LineSpan | undefined;
  for (const match of text.matchAll(pattern)) {
    const raw = match[2] ?? '';
    const comment = /^[^'"`]/.test(raw) || raw === '' ? (/\s+#.*$/.exec(raw)?.[0] ?? '') : '';
    found = { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, prefix: match[1]!, comment };
  }
  return found;
}

function replaceValue(text: string, line: LineSpan, value: string): string {
  return text.slice(0, line.start) + line.prefix + formatValue(value) + line.comment + text.slice(line.end);
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
