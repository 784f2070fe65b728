import { Parser } from 'yaml';

/** A scalar as written in the YAML text, found even where the file has syntax errors. */
export interface WrittenScalar {
  offset: number;
  /** The characters as written, quotes included. */
  source: string;
  style: 'plain' | 'double' | 'single';
  /** A mapping key rather than a value or sequence item. */
  isKey: boolean;
}

const STYLES: Readonly<Record<string, WrittenScalar['style']>> = { scalar: 'plain', 'double-quoted-scalar': 'double', 'single-quoted-scalar': 'single' };

/**
 * Every flow scalar of the text (block scalars and comments are not visited), from yaml's
 * concrete syntax tree: it exists even when the document has errors, so a full-width `：`
 * that breaks the mapping is still found where the admin typed it.
 */
export function listWrittenScalars(text: string): WrittenScalar[] {
  const found: WrittenScalar[] = [];
  for (const token of new Parser().parse(text)) collect(token, found);
  return found;
}

/**
 * Depth-first, in document order, with an explicit stack: the parser accepts nesting thousands
 * of levels deep, and a recursive walk over it would overflow the call stack.
 */
function collect(root: unknown, found: WrittenScalar[]): void {
  const stack: Array<{ node: unknown; isKey: boolean }> = [{ node: root, isKey: false }];
  while (stack.length > 0) {
    const { node, isKey } = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], isKey: false });
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const token = node as Record<string, unknown>;
    const style = typeof token.type === 'string' ? STYLES[token.type] : undefined;
    if (style && typeof token.source === 'string' && typeof token.offset === 'number') {
      found.push({ offset: token.offset, source: token.source, style, isKey });
    }
    const children = Object.entries(token).filter(([, child]) => typeof child === 'object' && child !== null);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]![1], isKey: children[i]![0] === 'key' });
  }
}
