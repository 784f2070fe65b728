import { isDeepStrictEqual } from 'node:util';
import { MAX_ALIAS_COUNT } from '../config/load-yaml.js';
import { checkYamlStructure } from '../config/yaml-structure.js';
import { Document, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { HandledError } from '../core/errors.js';
import { columnOf, detectEol, endsWithEol, indentContinuation, lineEndOf, trimFinalNewline, withEol } from './text-layout.js';

/**
 * Adds or replaces one `endpoints.custom[]` entry by splicing text: the yaml Document tells
 * where things are and renders the new entry; every byte outside that entry is copied as it was.
 */

/** A plain endpoint entry, as it should read after the edit. */
export type EntryValue = Record<string, unknown>;

export interface ExistingEntry {
  index: number;
  value: EntryValue;
}

/** The custom entry whose `name` matches case-insensitively (LibreChat keys endpoints by name). */
export function findEntry(doc: Document.Parsed, name: string): ExistingEntry | undefined {
  const seq = doc.getIn(['endpoints', 'custom'], true);
  if (!isSeq(seq)) return undefined;
  const wanted = name.toLowerCase();
  for (const [index, item] of seq.items.entries()) {
    const value = (isAlias(item) ? item.resolve(doc) : item) as Node | undefined;
    if (!isMap(value)) continue;
    const entryName = value.get('name');
    if (typeof entryName === 'string' && entryName.toLowerCase() === wanted) {
      return { index, value: value.toJS(doc) as EntryValue };
    }
  }
  return undefined;
}

export interface RenderStyle {
  indent: number;
  indentSeq: boolean;
}

/** Returns the new text of `file`; throws if the result would not read back as intended. */
export function writeEntry(file: string, text: string, entry: EntryValue, configVersion: string): string {
  // Duplicate keys were refused by the loader already; the library's own check is quadratic.
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false });
  if (doc.errors.length > 0) throw new HandledError({ code: 'add-endpoint.yaml-unparsable', params: {} });
  const style = detectStyle(text, doc);
  const expected = expectedValue(doc, entry, configVersion);
  const eol = detectEol(text);
  const next = withEolInserted(text, spliceEntry(text, doc, entry, configVersion, style), eol);
  const check = parseDocument(next, { uniqueKeys: false });
  if (check.errors.length > 0 || checkYamlStructure(check, MAX_ALIAS_COUNT).length > 0 || !isDeepStrictEqual(check.toJS(), expected)) {
    throw new HandledError({ code: 'edit.unverified', params: { command: 'add-endpoint', file } });
  }
  return next;
}

interface Splice {
  at: number;
  remove: number;
  insert: string;
}

function withEolInserted(text: string, splice: Splice, eol: '\n' | '\r\n'): string {
  return text.slice(0, splice.at) + withEol(splice.insert, eol) + text.slice(splice.at + splice.remove);
}

function spliceEntry(text: string, doc: Document.Parsed, entry: EntryValue, configVersion: string, style: RenderStyle): Splice {
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    const block = `version: ${JSON.stringify(configVersion)}\n${renderEndpoints(entry, style)}`;
    return appendAtEnd(text, block);
  }
  if (!isMap(root)) throw new HandledError({ code: 'add-endpoint.root-not-map', params: {} });
  const endpointsPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'endpoints');
  if (!endpointsPair) return appendAtEnd(text, renderEndpoints(entry, style));
  const endpoints = endpointsPair.value;
  const keyColumn = columnOf(text, (endpointsPair.key as Node).range![0]);
  if (endpoints === null || isNullScalar(endpoints)) {
    const body = renderPair('custom', [entry], style);
    return afterKeyLine(text, endpointsPair.key as Node, indentBlock(body, keyColumn + style.indent));
  }
  if (!isMap(endpoints)) throw new HandledError({ code: 'add-endpoint.endpoints-not-map', params: {} });
  if (endpoints.flow) throw new HandledError({ code: 'add-endpoint.endpoints-flow', params: {} });
  const customPair = endpoints.items.find((p) => isScalar(p.key) && p.key.value === 'custom');
  if (!customPair) return appendToMap(text, endpoints, renderPair('custom', [entry], style));
  const custom = customPair.value;
  if (custom === null || isNullScalar(custom)) {
    const column = columnOf(text, (customPair.key as Node).range![0]);
    return afterKeyLine(text, customPair.key as Node, indentBlock(renderSeq([entry], style), column + (style.indentSeq ? style.indent : 0)));
  }
  if (!isSeq(custom)) throw new HandledError({ code: 'add-endpoint.custom-not-list', params: {} });
  return spliceIntoSeq(text, doc, custom, entry, style);
}

function spliceIntoSeq(text: string, doc: Document.Parsed, seq: YAMLSeq, entry: EntryValue, style: RenderStyle): Splice {
  const existing = findEntry(doc, String(entry.name));
  if (existing) return replaceItem(text, doc, seq.items[existing.index] as Node, entry, style);
  if (seq.flow) return appendToFlowSeq(text, seq, entry);
  const last = seq.items.at(-1) as Node | undefined;
  const dashColumn = columnOf(text, seq.range![0]);
  const item = `- ${indentContinuation(renderValue(entry, style), dashColumn + 2)}`;
  if (!last) return { at: seq.range![0], remove: 0, insert: item };
  return insertLineAfter(text, last.range![1], ' '.repeat(dashColumn) + item);
}

function replaceItem(text: string, doc: Document.Parsed, node: Node, entry: EntryValue, style: RenderStyle): Splice {
  if (!isMap(node)) throw new HandledError({ code: 'add-endpoint.entry-is-alias', params: {} });
  if (containsAlias(node)) throw new HandledError({ code: 'add-endpoint.entry-uses-aliases', params: { name: String(entry.name) } });
  updateMapInPlace(doc, node, entry);
  const [start, end] = [node.range![0], node.range![1]];
  const original = text.slice(start, end);
  node.commentBefore = undefined;
  const single = new Document();
  single.contents = node;
  let rendered = single.toString(toStringOptions(style, node.flow === true));
  if (!/\r?\n$/.test(original)) rendered = trimFinalNewline(rendered);
  return { at: start, remove: end - start, insert: node.flow ? rendered : indentContinuation(rendered, columnOf(text, start)) };
}

/** Sets changed keys, deletes vanished ones; untouched keys keep their comments and style. */
function updateMapInPlace(doc: Document.Parsed, node: YAMLMap, entry: EntryValue): void {
  const before = node.toJS(doc) as EntryValue;
  for (const key of Object.keys(before)) if (!(key in entry)) node.delete(key);
  for (const [key, value] of Object.entries(entry)) {
    if (!isDeepStrictEqual(before[key], value)) node.set(key, doc.createNode(value));
  }
}

function appendToFlowSeq(text: string, seq: YAMLSeq, entry: EntryValue): Splice {
  const flow = new Document(entry);
  (flow.contents as YAMLMap).flow = true;
  const rendered = trimFinalNewline(flow.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }));
  const last = seq.items.at(-1) as Node | undefined;
  if (last) return { at: last.range![1], remove: 0, insert: `, ${rendered}` };
  const close = text.lastIndexOf(']', seq.range![1]);
  return { at: close, remove: 0, insert: rendered };
}

function appendToMap(text: string, map: YAMLMap, block: string): Splice {
  const firstKey = map.items[0]?.key as Node;
  const column = columnOf(text, firstKey.range![0]);
  const lastPair = map.items.at(-1)!;
  const lastEnd = ((lastPair.value as Node | null)?.range ?? (lastPair.key as Node).range!)[1];
  return insertLineAfter(text, lastEnd, indentBlock(block, column));
}

/** Inserts whole lines after the line that `offset` ends (or sits on). */
function insertLineAfter(text: string, offset: number, lines: string): Splice {
  const atLineStart = offset > 0 && text[offset - 1] === '\n';
  if (atLineStart) return { at: offset, remove: 0, insert: ensureFinalNewline(lines) };
  const end = lineEndOf(text, offset);
  return { at: end, remove: 0, insert: `\n${trimFinalNewline(lines)}` };
}

function afterKeyLine(text: string, key: Node, block: string): Splice {
  return { at: lineEndOf(text, key.range![1]), remove: 0, insert: `\n${trimFinalNewline(block)}` };
}

function appendAtEnd(text: string, block: string): Splice {
  if (text.length === 0 || endsWithEol(text)) return { at: text.length, remove: 0, insert: ensureFinalNewline(block) };
  return { at: text.length, remove: 0, insert: `\n${trimFinalNewline(block)}` };
}

function ensureFinalNewline(block: string): string {
  return block.endsWith('\n') ? block : `${block}\n`;
}

function toStringOptions(style: RenderStyle, flow: boolean) {
  return { indent: style.indent, indentSeq: style.indentSeq, defaultStringType: 'QUOTE_DOUBLE' as const, defaultKeyType: 'PLAIN' as const, lineWidth: 0, ...(flow ? { flowCollectionPadding: true } : {}) };
}

function renderValue(value: unknown, style: RenderStyle): string {
  return new Document(value).toString(toStringOptions(style, false));
}

function renderSeq(entries: EntryValue[], style: RenderStyle): string {
  return renderValue(entries, style);
}

function renderPair(key: string, entries: EntryValue[], style: RenderStyle): string {
  return renderValue({ [key]: entries }, style);
}

function renderEndpoints(entry: EntryValue, style: RenderStyle): string {
  return renderValue({ endpoints: { custom: [entry] } }, style);
}

function indentBlock(block: string, columns: number): string {
  const pad = ' '.repeat(columns);
  return block
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

function isNullScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null;
}

function containsAlias(node: Node): boolean {
  let found = false;
  visit(node, {
    Alias: () => {
      found = true;
      return visit.BREAK;
    },
    Pair: (_key, pair) => {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === '<<') found = true;
    },
  });
  return found;
}

/** Indent unit and whether lists are indented under their key, as the file already does it. */
function detectStyle(text: string, doc: Document.Parsed): RenderStyle {
  const style: RenderStyle = { indent: 2, indentSeq: true };
  const root = doc.contents;
  if (!isMap(root)) return style;
  const endpointsPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'endpoints');
  const endpoints = endpointsPair?.value;
  if (!isMap(endpoints) || endpoints.flow || endpoints.items.length === 0) return style;
  const outer = columnOf(text, (endpointsPair!.key as Node).range![0]);
  const firstKey = endpoints.items[0]!.key as Node;
  const inner = columnOf(text, firstKey.range![0]);
  if (inner > outer) style.indent = inner - outer;
  const custom = endpoints.items.find((p) => isScalar(p.key) && p.key.value === 'custom');
  if (custom && isSeq(custom.value) && !custom.value.flow && custom.value.range) {
    style.indentSeq = columnOf(text, custom.value.range[0]) > columnOf(text, (custom.key as Node).range![0]);
  }
  return style;
}

function expectedValue(doc: Document.Parsed, entry: EntryValue, configVersion: string): unknown {
  const value = doc.toJS() as Record<string, unknown> | null;
  if (value === null || value === undefined) return { version: configVersion, endpoints: { custom: [entry] } };
  const endpoints = (value.endpoints ?? {}) as Record<string, unknown>;
  const custom = Array.isArray(endpoints.custom) ? [...(endpoints.custom as unknown[])] : [];
  const existing = findEntry(doc, String(entry.name));
  if (existing) custom[existing.index] = entry;
  else custom.push(entry);
  return { ...value, endpoints: { ...endpoints, custom } };
}

/** The entry as a standalone `endpoints: custom:` block, for pasting (`--print`). */
export function renderEntryBlock(entry: EntryValue): string {
  return renderEndpoints(entry, { indent: 2, indentSeq: true });
}
