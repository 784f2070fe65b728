import { decodePointer } from '../core/json-pointer.js';
import { DECLARED_BEYOND_JUDGE, READ_BEYOND_SCHEMA, TOP_LEVEL_KEYS_REFUSED } from './line-key-tables.js';

/** The top-level keys of the value that the line refuses though its judge accepts them. */
export function topLevelKeysRefused(lineId: string, root: unknown): string[] {
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return [];
  return (TOP_LEVEL_KEYS_REFUSED[lineId] ?? []).filter((key) => Object.hasOwn(root, key));
}

/** Every top-level key the line refuses, so a report's list of allowed keys leaves them out. */
export function topLevelKeysTheLineLacks(lineId: string): readonly string[] {
  return TOP_LEVEL_KEYS_REFUSED[lineId] ?? [];
}

/**
 * For one line and one config value: whether the judge's verdict at a pointer is not the line's,
 * because the line declares (or reads) the key there, or a value the pointer sits under.
 * A declared key covers its whole subtree; a declared literal covers the object it selects
 * (an MCP server's `type: streamable-http` picks a branch the judge does not have).
 */
export function lineAcceptsBeyondJudge(lineId: string, root: unknown): (pointer: string) => boolean {
  const patterns = [...(DECLARED_BEYOND_JUDGE[lineId] ?? []), ...(READ_BEYOND_SCHEMA[lineId] ?? [])];
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
      // The object a literal selects (an MCP server's type), unless that is the whole file or a
      // list: one new capability in `capabilities` must not hide a misspelt one beside it.
      covered.push(path.selects ? path.segments.slice(0, -1) : path.segments);
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
  /** The place is a property of a nested object (not an array item, not a top-level key). */
  selects: boolean;
}

/** Every concrete place a pattern names in the value, with what is there. */
function expand(root: unknown, pattern: string[]): Place[] {
  let found: Place[] = [{ segments: [], value: root, selects: false }];
  for (const part of pattern) {
    found = found.flatMap(({ segments, value }) => {
      if (value === null || typeof value !== 'object') return [];
      const keys = part === '*' ? Object.keys(value) : Object.hasOwn(value, part) ? [part] : [];
      const selects = segments.length > 0 && !Array.isArray(value);
      return keys.map((key) => ({ segments: [...segments, key], value: (value as Record<string, unknown>)[key], selects }));
    });
  }
  return found;
}
