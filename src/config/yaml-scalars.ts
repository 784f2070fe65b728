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
  for (const token of new Parser().parse(text)) collect(token, false, found);
  return found;
}

function collect(node: unknown, isKey: boolean, found: WrittenScalar[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, false, found);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const token = node as Record<string, unknown>;
  const style = typeof token.type === 'string' ? STYLES[token.type] : undefined;
  if (style && typeof token.source === 'string' && typeof token.offset === 'number') {
    found.push({ offset: token.offset, source: token.source, style, isKey });
  }
  for (const [field, child] of Object.entries(token)) {
    if (typeof child === 'object' && child !== null) collect(child, field === 'key', found);
  }
}
