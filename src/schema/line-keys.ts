import { decodePointer } from '../core/json-pointer.js';
import { DECLARED_BEYOND_JUDGE, KEYS_REFUSED, READ_BEYOND_SCHEMA, STRIPPED_BY_LINE, TYPES_NARROWED } from './line-key-tables.js';

/** A place in the value the line's own schema refuses though its judge accepts it. */
export type LineRefusal = { kind: 'key'; segments: string[] } | { kind: 'type'; segments: string[]; expected: 'boolean'; value: unknown };

/** Every key (in a strict object) and every value (of a narrower type) the line refuses in this config. */
export function refusalsByLine(lineId: string, root: unknown): LineRefusal[] {
  const keys = (KEYS_REFUSED[lineId] ?? []).flatMap((pattern) => expand(root, decodePointer(pattern)).map(({ segments }) => ({ kind: 'key' as const, segments })));
  const types = Object.entries(TYPES_NARROWED[lineId] ?? {}).flatMap(([pattern, expected]) =>
    expand(root, decodePointer(pattern))
      .filter(({ value }) => typeof value !== expected)
      .map(({ segments, value }) => ({ kind: 'type' as const, segments, expected, value })),
  );
  return [...keys, ...types];
}

/** The top-level keys the line lacks, so a report's list of allowed keys leaves them out. */
export function topLevelKeysTheLineLacks(lineId: string): string[] {
  return (KEYS_REFUSED[lineId] ?? []).map(decodePointer).flatMap((segments) => (segments.length === 1 ? segments : []));
}

/**
 * For one line and one config value: whether the judge's verdict at a pointer is not the line's,
 * because the line declares (or reads) the key there or a value the pointer sits under, or
 * strips a key the judge checks.
 * A declared key covers its whole subtree; a declared literal covers the object it selects
 * (an MCP server's `type: streamable-http` picks a branch the judge does not have).
 */
export function lineAcceptsBeyondJudge(lineId: string, root: unknown): (pointer: string) => boolean {
  const patterns = [...(DECLARED_BEYOND_JUDGE[lineId] ?? []), ...(READ_BEYOND_SCHEMA[lineId] ?? []), ...(STRIPPED_BY_LINE[lineId] ?? [])];
  if (patterns.length === 0) return () => false;
  const covered: string[][] = [];
  for (const pattern of patterns) {
    const literalAt = pattern.indexOf('=');
    if (literalAt < 0) {
      covered.push(decodePointer(pattern));
      continue;
    }
    const literal: unknown = JSON.parse(pattern.slice(literalAt + 1));
    for (const path of expand(root, decodePointer(pattern.slice(0, literalAt)))) {
      if (path.value !== literal) continue;
      // A new `type` picks a union branch the judge lacks (an MCP server's streamable-http), so
      // the judge cannot check that object at all. Any other literal covers only itself: a new
      // titleMethod must not hide a wrong field beside it, nor a new capability a misspelt one.
      covered.push(path.selectsBranch ? path.segments.slice(0, -1) : path.segments);
    }
  }
  return (pointer) => {
    const segments = decodePointer(pointer);
    return covered.some((prefix) => prefix.length <= segments.length && prefix.every((part, i) => part === '*' || part === segments[i]));
  };
}

interface Place {
  segments: string[];
  value: unknown;
  /** The place is the `type` of a nested object: the key a union picks its branch by. */
  selectsBranch: boolean;
}

/** Every concrete place a pattern names in the value, with what is there. */
function expand(root: unknown, pattern: string[]): Place[] {
  let found: Place[] = [{ segments: [], value: root, selectsBranch: false }];
  for (const part of pattern) {
    found = found.flatMap(({ segments, value }) => {
      if (value === null || typeof value !== 'object') return [];
      const keys = part === '*' ? Object.keys(value) : Object.hasOwn(value, part) ? [part] : [];
      const inObject = segments.length > 0 && !Array.isArray(value);
      return keys.map((key) => ({ segments: [...segments, key], value: (value as Record<string, unknown>)[key], selectsBranch: inObject && key === 'type' }));
    });
  }
  return found;
}
