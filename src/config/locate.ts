import { isMap, isScalar, isSeq, isPair, type Node, type Pair } from 'yaml';
import type { Diagnostic, LocationTarget, SourceRange } from '../core/diagnostic.js';
import { decodePointer, encodePointer } from '../core/json-pointer.js';
import type { LoadedYaml } from './load-yaml.js';

/**
 * Resolves a JSON pointer to a source range through the YAML document (never by searching the
 * text). A pointer that runs past the document (a missing required key) lands on the deepest
 * node that exists: the object that lacks the key.
 */
export function locatePointer(loaded: LoadedYaml, pointer: string, target: LocationTarget = 'value'): SourceRange {
  // The same answer without building the Document, when the fast load placed the node.
  const placed = loaded.positions?.rangeOf(pointer, target);
  if (placed) return placed;
  let node: unknown = loaded.doc.contents;
  let pair: Pair | undefined;
  for (const segment of decodePointer(pointer)) {
    const next = childOf(node, segment);
    if (!next) break;
    node = next.node;
    pair = next.pair;
  }
  const useKey = target === 'key' && pair && isNodeWithRange(pair.key);
  const chosen = useKey ? pair!.key : node;
  const range = isNodeWithRange(chosen) ? chosen.range : undefined;
  if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const from = loaded.lineCounter.linePos(range[0]);
  const to = loaded.lineCounter.linePos(range[1]);
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** The node (and its map pair) at exactly `pointer`, or undefined when the path does not exist. */
export function findNodeAt(loaded: LoadedYaml, pointer: string): { node: unknown; pair?: Pair; parent?: unknown } | undefined {
  let found: { node: unknown; pair?: Pair; parent?: unknown } = { node: loaded.doc.contents };
  for (const segment of decodePointer(pointer)) {
    const next = childOf(found.node, segment);
    if (!next) return undefined;
    found = { ...next, parent: found.node };
  }
  return found;
}

function childOf(node: unknown, segment: string): { node: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      const key = isScalar(item.key) ? item.key.value : item.key;
      if (String(key) === segment) return { node: item.value ?? item, pair: item };
    }
    return undefined;
  }
  if (isSeq(node)) {
    const index = Number(segment);
    const item = Number.isInteger(index) ? node.items[index] : undefined;
    if (item === undefined) return undefined;
    return { node: isPair(item) ? item.value : item };
  }
  return undefined;
}

function isNodeWithRange(value: unknown): value is Node & { range: [number, number, number] } {
  return typeof value === 'object' && value !== null && 'range' in value && Array.isArray((value as Node).range);
}

/** The JSON pointer of the deepest node whose source covers `offset` (`''` when none does): for text-level findings. */
export function pointerAtOffset(loaded: LoadedYaml, offset: number): string {
  const segments: (string | number)[] = [];
  let node: unknown = loaded.doc.contents;
  for (;;) {
    const next = childCovering(node, offset);
    if (!next) return encodePointer(segments);
    segments.push(next.segment);
    node = next.node;
  }
}

function childCovering(node: unknown, offset: number): { segment: string | number; node: unknown } | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      const covers = [item.key, item.value].some((part) => isNodeWithRange(part) && part.range[0] <= offset && offset <= part.range[2]);
      if (covers) return { segment: String(isScalar(item.key) ? item.key.value : item.key), node: item.value };
    }
  }
  if (isSeq(node)) {
    const index = node.items.findIndex((item) => isNodeWithRange(item) && item.range[0] <= offset && offset <= item.range[2]);
    if (index >= 0) return { segment: index, node: node.items[index] };
  }
  return undefined;
}

/** Fills `range` on every diagnostic about this YAML file that does not have one yet. */
export function locateDiagnostics<D extends Diagnostic>(loaded: LoadedYaml, diagnostics: D[]): D[] {
  for (const d of diagnostics) {
    if (d.file === loaded.file && !d.range) d.range = locatePointer(loaded, d.pointer, d.target);
  }
  return diagnostics;
}
