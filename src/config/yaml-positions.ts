import { LineCounter } from 'yaml';
import type { LocationTarget, SourceRange } from '../core/diagnostic.js';
import { decodePointer } from '../core/json-pointer.js';

/**
 * Where the nodes of a document are, from the fast js-yaml load (`fast-yaml.ts`), with the
 * offsets the `yaml` Document gives the same nodes. Single-line plain and quoted scalars and the
 * collections whose end is unambiguous are placed; anything else (an empty value, a block or
 * multi-line scalar, a path that does not exist) answers `undefined`, and the caller asks the
 * Document instead.
 */
export interface YamlPositions {
  rangeOf(pointer: string, target?: LocationTarget): SourceRange | undefined;
}

/**
 * One node of the document with its source span (`undefined` when it is not known), and where
 * its last content ends (what a block collection around it needs to find its own end).
 */
export type PlacedNode = { span?: [number, number] | undefined; contentEnd?: number | undefined } & (
  | { kind: 'scalar' }
  | { kind: 'mapping'; entries: Map<string, { key: PlacedNode; value: PlacedNode }> }
  | { kind: 'sequence'; items: PlacedNode[] }
  | { kind: 'empty' }
);

export function createYamlPositions(text: string, root: PlacedNode): YamlPositions {
  let lines: LineCounter | undefined;
  const linePos = (offset: number) => {
    lines ??= countLines(text);
    return lines.linePos(offset);
  };
  return {
    rangeOf(pointer, target = 'value') {
      const found = nodeAt(root, pointer);
      const chosen = target === 'key' && found?.key ? found.key : found?.node;
      if (!chosen?.span) return undefined;
      const from = linePos(chosen.span[0]);
      const to = linePos(chosen.span[1]);
      return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
    },
  };
}

/** The node at exactly `pointer`, and its key when the last step went through a mapping. */
function nodeAt(root: PlacedNode, pointer: string): { node: PlacedNode; key?: PlacedNode } | undefined {
  let found: { node: PlacedNode; key?: PlacedNode } = { node: root };
  for (const segment of decodePointer(pointer)) {
    const { node } = found;
    if (node.kind === 'mapping') {
      const entry = node.entries.get(segment);
      if (!entry) return undefined;
      found = { node: entry.value, key: entry.key };
    } else if (node.kind === 'sequence') {
      const item = /^(0|[1-9][0-9]*)$/.test(segment) ? node.items[Number(segment)] : undefined;
      if (!item) return undefined;
      found = { node: item };
    } else {
      return undefined;
    }
  }
  return found;
}

/** The `yaml` library's own line counter, fed the line starts its lexer would report. */
function countLines(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) counter.addNewLine(at + 1);
  return counter;
}
