import { visit, type Document, type LineCounter } from 'yaml';

/**
 * `a: &a [*a]` makes a value that contains itself. LibreChat cannot load such a config, and
 * every walker over the value would recurse forever; it is found once, here, right after
 * loading. Iterative, so a deep (but finite) document cannot overflow the stack either.
 */
export function containsItself(value: unknown): boolean {
  const onPath = new Set<object>();
  const stack: Array<{ node: object; leaving: boolean }> = [];
  if (typeof value === 'object' && value !== null) stack.push({ node: value, leaving: false });
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      onPath.delete(node);
      continue;
    }
    if (onPath.has(node)) return true;
    onPath.add(node);
    stack.push({ node, leaving: true });
    const children = node instanceof Map ? [...node.values()] : Array.isArray(node) ? node : Object.values(node);
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push({ node: child as object, leaving: false });
  }
  return false;
}

/** Line and column of the first alias that points at a node containing it (for the finding's location). */
export function locateSelfReference(doc: Document.Parsed, lineCounter: LineCounter): { line: number; column: number } {
  let found: { line: number; column: number } | undefined;
  visit(doc, {
    Alias(_, alias, path) {
      const target = alias.resolve(doc);
      if (target && path.includes(target as never) && alias.range) {
        const pos = lineCounter.linePos(alias.range[0]);
        found = { line: pos.line, column: pos.col };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found ?? { line: 1, column: 1 };
}
