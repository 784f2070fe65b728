import jsYaml from 'js-yaml';
import { yamlCoreSchema } from './core-schema.js';
import { createYamlPositions, type PlacedNode, type YamlPositions } from './yaml-positions.js';

/**
 * The fast load of a librechat.yaml: js-yaml (LibreChat's own parser, and 5x faster to start than
 * building a `yaml` Document) with `yaml`'s core schema, so the value is the one the Document path
 * gives. It answers only for plain documents, where both paths provably agree: no anchors,
 * aliases, tags, merge keys or directives, only string keys, no duplicates (js-yaml throws). For
 * anything else, or a syntax error, it returns `undefined` and the caller builds the Document,
 * which words the problem.
 */
export function loadPlainYaml(text: string): { value: unknown; positions: YamlPositions } | undefined {
  if (/^%/m.test(text)) return undefined;
  const roots: Frame[] = [];
  const open: Frame[] = [];
  let value: unknown;
  try {
    value = jsYaml.load(text, {
      schema: yamlCoreSchema(),
      listener(event, state) {
        if (event === 'open') {
          open.push({ open: state.position, end: 0, kind: null, result: undefined, children: [] });
          return;
        }
        const frame = open.pop()!;
        Object.assign(frame, { end: state.position, kind: state.kind, result: state.result });
        (open.at(-1)?.children ?? roots).push(frame);
      },
    });
  } catch {
    return undefined;
  }
  // An empty document (null) goes through the Document path, as it always did.
  if (value === undefined || value === null || roots.length !== 1) return undefined;
  const root = placeNode(text, roots[0]!);
  return root ? { value, positions: createYamlPositions(text, root) } : undefined;
}

/** One node as js-yaml's listener reported it: opened at `open` (before any space), closed at `end`. */
interface Frame {
  open: number;
  end: number;
  kind: string | null;
  result: unknown;
  children: Frame[];
}

/** `undefined` when the frame holds something the fast path does not take. */
function placeNode(text: string, raw: Frame): PlacedNode | undefined {
  const frame = unwrap(raw);
  const start = contentStart(text, frame.open);
  // A tag, an anchor or an alias: values and positions are left to the Document.
  if ('!&*'.includes(text[start] ?? '.')) return undefined;
  if (frame.kind === 'mapping') return placeMapping(text, frame, start);
  if (frame.kind === 'sequence') {
    const items = frame.children.map((child) => placeNode(text, child));
    if (items.length !== (frame.result as unknown[]).length || items.some((item) => !item)) return undefined;
    return { kind: 'sequence', items: items as PlacedNode[], ...collectionSpan(text, start, frame.end, items.at(-1)) };
  }
  if (frame.children.length > 0) return undefined;
  if (frame.kind !== 'scalar') return frame.result === null ? { kind: 'empty' } : undefined;
  const span = scalarSpan(text, start, frame.end);
  return { kind: 'scalar', span, contentEnd: span?.[1] };
}

function placeMapping(text: string, frame: Frame, start: number): PlacedNode | undefined {
  const { children } = frame;
  if (children.length % 2 !== 0) return undefined;
  const entries = new Map<string, { key: PlacedNode; value: PlacedNode }>();
  let last: PlacedNode | undefined;
  for (let i = 0; i < children.length; i += 2) {
    const keyFrame = unwrap(children[i]!);
    // yaml and js-yaml stringify other keys differently (`~:` is '' for one, 'null' for the other); `<<` merges.
    if (keyFrame.kind !== 'scalar' || typeof keyFrame.result !== 'string' || keyFrame.result === '<<') return undefined;
    const key = placeNode(text, keyFrame);
    const value = placeNode(text, children[i + 1]!);
    if (!key || !value) return undefined;
    entries.set(keyFrame.result, { key, value });
    last = value;
  }
  if (entries.size !== Object.keys(frame.result as object).length) return undefined;
  return { kind: 'mapping', entries, ...collectionSpan(text, start, frame.end, last) };
}

/**
 * A flow collection on one line spans its brackets. A block collection spans from its first item
 * to the line break after its last scalar (a comment there included), as the Document's does;
 * blank and comment lines after it are not its own. Taken only when the next line with content
 * starts further left, so nothing else could belong to it.
 */
function collectionSpan(text: string, start: number, close: number, last: PlacedNode | undefined): { span?: [number, number]; contentEnd?: number } {
  if ('[{'.includes(text[start] ?? '.')) {
    const flow = scalarSpan(text, start, close);
    return flow ? { span: flow, contentEnd: flow[1] } : {};
  }
  const contentEnd = last?.contentEnd;
  if (contentEnd === undefined) return {};
  const end = lineEnd(text, contentEnd);
  if (end === undefined) return {};
  const column = start - (text.lastIndexOf('\n', start - 1) + 1);
  return endsBefore(text, end, column) ? { span: [start, end], contentEnd } : {};
}

/**
 * Whether the lines from `from` on leave the collection at `column` closed: blank lines and
 * comments further left, then content further left. A comment line as far right as the
 * collection is part of it in the Document.
 */
function endsBefore(text: string, from: number, column: number): boolean {
  const lineBreak = /\r?\n/y;
  for (let at = from; at < text.length; ) {
    const indent = /[ \t]*/y;
    indent.lastIndex = at;
    const spaces = indent.exec(text)![0];
    const first = text[at + spaces.length];
    lineBreak.lastIndex = at + spaces.length;
    if (lineBreak.test(text)) {
      at = lineBreak.lastIndex;
      continue;
    }
    if (spaces.length >= column || spaces.includes('\t')) return false;
    if (first !== '#') return true;
    const next = text.indexOf('\n', at);
    at = next === -1 ? text.length : next + 1;
  }
  return true;
}

/** Just after the line break that ends the line at `from`, when only spaces or a comment come before it. */
function lineEnd(text: string, from: number): number | undefined {
  let at = from;
  while (text[at] === ' ' || text[at] === '\t') at++;
  if (text[at] === '#' && at > from) at = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
  if (text[at] === '\r') at++;
  if (at === text.length) return at;
  return text[at] === '\n' ? at + 1 : undefined;
}

/** js-yaml opens a node again inside itself when it tries a block mapping first: the inner one is the node. */
function unwrap(frame: Frame): Frame {
  let node = frame;
  while (node.children.length === 1 && node.children[0]!.kind === node.kind && Object.is(node.children[0]!.result, node.result)) node = node.children[0]!;
  return node;
}

/** First character of the node: after the spaces, line breaks and comments before it. */
function contentStart(text: string, from: number): number {
  let at = from;
  for (;;) {
    while (' \t\r\n'.includes(text[at] ?? '.')) at++;
    if (text[at] !== '#') return at;
    while (at < text.length && text[at] !== '\n') at++;
  }
}

/** Single-line plain or quoted scalars only: their span is unambiguous. */
function scalarSpan(text: string, start: number, close: number): [number, number] | undefined {
  if ('|>'.includes(text[start] ?? '|')) return undefined;
  let end = close;
  while (end > start && ' \t\r\n'.includes(text[end - 1]!)) end--;
  if (end <= start || text.slice(start, end).includes('\n')) return undefined;
  return [start, end];
}
