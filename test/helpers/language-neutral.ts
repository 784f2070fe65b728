/**
 * A JSON document without its words: every `message` and `hint` field removed, at any depth.
 * Two runs in different languages must leave the same document.
 */
export function withoutWords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutWords);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'message' && key !== 'hint').map(([key, item]) => [key, withoutWords(item)]));
}

/** Every `message` field at any depth: the sentences a JSON document carries. */
export function messageFields(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => (key === 'message' && typeof item === 'string' ? [item] : messageFields(item)));
}
