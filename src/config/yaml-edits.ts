import { isAlias, isCollection, isScalar, parse, Scalar } from 'yaml';
import { minimalEdit, type NoFixReason, type TextEdit } from '../core/text-edit.js';
import { findNodeAt } from './locate.js';
import type { LoadedYaml } from './load-yaml.js';

/**
 * Byte-exact edits of librechat.yaml, found through the parsed Document (never by searching the
 * text). Each edit touches only the characters that change; quoting style, comments, anchors,
 * CRLF and the BOM stay as they are. Anything not written as plain text (escapes, block scalars,
 * aliases, multi-line scalars) gets a reason instead of an edit.
 */

export type YamlEdit = { edits: TextEdit[] } | { noFix: NoFixReason };

interface ScalarSource {
  node: Scalar & { range: [number, number, number] };
  /** Offset where the characters of the value start (after an opening quote). */
  start: number;
  /** The characters between the quotes, exactly as written. */
  inner: string;
  flow: boolean;
}

/** Replaces the string value at `pointer` (or its key, with `part: 'key'`) by `next`. */
export function replaceScalarEdit(loaded: LoadedYaml, pointer: string, next: string, part: 'key' | 'value' = 'value'): YamlEdit {
  const found = findNodeAt(loaded, pointer);
  const node = part === 'key' ? found?.pair?.key : found?.node;
  const source = scalarSource(loaded, node, found?.parent);
  if (!source) return { noFix: 'not-plain-text' };
  const edit = minimalEdit(source.start, source.inner, next);
  if (!renders(source, next, part === 'key')) return { noFix: 'not-plain-text' };
  return { edits: [edit] };
}

/** Rewrites the plain boolean at `pointer` (`true`, `True`) as `next`, leaving everything around it. */
export function replaceBooleanEdit(loaded: LoadedYaml, pointer: string, next: boolean): YamlEdit {
  const node = findNodeAt(loaded, pointer)?.node;
  if (!isScalar(node) || !node.range || node.type !== Scalar.PLAIN || typeof node.value !== 'boolean') return { noFix: 'not-plain-text' };
  const [start, end] = node.range;
  return { edits: [minimalEdit(start, loaded.text.slice(start, end), String(next))] };
}

/** The characters of the node at `pointer` exactly as written (`1.20`, not `1.2`). */
export function writtenText(loaded: LoadedYaml, pointer: string): string | undefined {
  const node = findNodeAt(loaded, pointer)?.node;
  return isScalar(node) && node.range ? loaded.text.slice(node.range[0], node.range[1]) : undefined;
}

/** Quotes a plain scalar exactly as written (`version: 1.2` -> `version: "1.2"`). */
export function quoteScalarEdit(loaded: LoadedYaml, pointer: string): YamlEdit {
  const node = findNodeAt(loaded, pointer)?.node;
  if (!isScalar(node) || !node.range || node.type !== Scalar.PLAIN) return { noFix: 'not-plain-text' };
  const [start, end] = node.range;
  const written = loaded.text.slice(start, end);
  if (/["\\\n]/.test(written)) return { noFix: 'not-plain-text' };
  return { edits: [{ range: [start, start], text: '"' }, { range: [end, end], text: '"' }] };
}

/**
 * Splits the sequence item at `pointer` into one item per part: `- "a,b"` becomes `- "a"` and
 * `- "b"` on the next line with the same indentation; `[a, "b,c"]` becomes `[a, "b", "c"]`.
 */
export function splitSequenceItemEdit(loaded: LoadedYaml, pointer: string, parts: readonly string[]): YamlEdit {
  const found = findNodeAt(loaded, pointer);
  const source = scalarSource(loaded, found?.node, found?.parent);
  if (!source || parts.length === 0) return { noFix: 'not-plain-text' };
  const rendered = parts.map((part) => renderLike(source, part));
  if (rendered.some((text) => text === undefined)) return { noFix: 'not-plain-text' };
  const [from, to] = source.node.range;
  if (source.flow) return { edits: [{ range: [from, to], text: rendered.join(', ') }] };
  const dash = blockItemPrefix(loaded.text, from);
  if (dash === undefined) return { noFix: 'not-plain-text' };
  const eol = loaded.text.includes('\r\n') ? '\r\n' : '\n';
  return { edits: [{ range: [from, to], text: rendered.join(eol + dash) }] };
}

function scalarSource(loaded: LoadedYaml, node: unknown, parent: unknown): ScalarSource | undefined {
  if (isAlias(node) || !isScalar(node) || !node.range || typeof node.value !== 'string') return undefined;
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
  if (!quoted && node.type !== Scalar.PLAIN) return undefined;
  const [start, end] = node.range;
  const written = loaded.text.slice(start, end);
  const inner = quoted ? written.slice(1, -1) : written;
  // Escapes, doubled quotes or folded lines: the characters are not the value, so no exact edit.
  if (inner !== node.value) return undefined;
  const flow = isCollection(parent) && parent.flow === true;
  return { node: node as ScalarSource['node'], start: quoted ? start + 1 : start, inner, flow };
}


/** The new value still reads back as itself in the node's own quoting style and context. */
function renders(source: ScalarSource, next: string, isKey: boolean): boolean {
  const text = quoteLike(source, next);
  return readsBack(text, next, source.flow, isKey);
}

function renderLike(source: ScalarSource, value: string): string | undefined {
  const text = quoteLike(source, value);
  return readsBack(text, value, source.flow, false) ? text : undefined;
}

function quoteLike(source: ScalarSource, value: string): string {
  if (source.node.type === Scalar.QUOTE_DOUBLE) return `"${value}"`;
  if (source.node.type === Scalar.QUOTE_SINGLE) return `'${value}'`;
  return value;
}

function readsBack(text: string, value: string, flow: boolean, isKey: boolean): boolean {
  try {
    if (flow) return (parse(`[${text}]`) as unknown[])[0] === value;
    if (isKey) return Object.keys(parse(`${text}: 1`) as object)[0] === value;
    return (parse(`k: ${text}`) as { k: unknown }).k === value;
  } catch {
    return false;
  }
}

/** `    - ` before a block sequence item (indentation, dash, gap), or undefined when the line holds more. */
function blockItemPrefix(text: string, itemStart: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', itemStart - 1) + 1;
  const prefix = text.slice(lineStart, itemStart);
  return /^[ ]*-[ ]+$/.test(prefix) ? prefix : undefined;
}
