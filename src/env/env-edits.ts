import { parse } from 'dotenv';
import { minimalEdit, type NoFixReason, type TextEdit } from '../core/text-edit.js';
import type { LoadedEnv } from './load-env.js';

/**
 * Byte-exact edits of a .env file: only the characters of one value change; its quotes, any
 * `export`, the comment after it and the line ending stay. Offsets are into `LoadedEnv.text`.
 */

export type EnvEdit = { edits: TextEdit[] } | { noFix: NoFixReason };

/** One `KEY=value` line split into its parts, with offsets into the file's text. */
export interface EnvLine {
  key: string;
  /** Offset where the value's characters start (after an opening quote). */
  valueStart: number;
  /** The value's characters as written (between quotes when quoted). */
  inner: string;
  quote: '' | '"' | "'" | '`';
  /** Offset where the line's content ends (before a comment, trailing blanks and the line break). */
  contentEnd: number;
  /** Offset of the line's first character. */
  lineStart: number;
}

const LINE = /^([ \t]*(?:export[ \t]+)?([\w.-]+)(?:[ \t]*=[ \t]*|:[ \t]+))(?:(["'`])(.*?)\3|([^#\r\n]*?))[ \t]*(?:#.*)?\r?$/;

/** Every line of the file, parsed where it is a `KEY=value` line (other lines are `undefined`). */
export function listEnvLines(text: string): { lineStart: number; line: string; parsed?: EnvLine }[] {
  const out: { lineStart: number; line: string; parsed?: EnvLine }[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    out.push({ lineStart, line, parsed: parseLine(line, lineStart) });
    lineStart += line.length + 1;
  }
  return out;
}

function parseLine(line: string, lineStart: number): EnvLine | undefined {
  const match = LINE.exec(line);
  if (!match) return undefined;
  const quote = (match[3] ?? '') as EnvLine['quote'];
  const inner = quote ? match[4]! : match[5]!;
  const valueStart = lineStart + match[1]!.length + (quote ? 1 : 0);
  return { key: match[2]!, valueStart, inner, quote, contentEnd: valueStart + inner.length + (quote ? 1 : 0), lineStart };
}

/** The line LibreChat's dotenv reads `key` from (the last one). */
export function findEnvLine(env: LoadedEnv, key: string): EnvLine | undefined {
  return listEnvLines(env.text).findLast((entry) => entry.parsed?.key === key)?.parsed;
}

/** Replaces the value of `key`'s winning line with `next`, keeping its quoting; checked by reading it back with dotenv. */
export function replaceEnvValueEdit(env: LoadedEnv, key: string, next: string): EnvEdit {
  const line = findEnvLine(env, key);
  if (!line || env.values[key] !== line.inner) return { noFix: 'not-plain-text' };
  const edit = minimalEdit(line.valueStart, line.inner, next);
  const rewritten = `${key}=${line.quote}${next}${line.quote}`;
  if (parse(rewritten)[key] !== next) return { noFix: 'not-plain-text' };
  return { edits: [edit] };
}

