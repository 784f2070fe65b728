/** Realistic edits of a parsed config, for property tests: what people do to YAML by hand. */

export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'rename'; at: number; style: number }
  | { op: 'retype'; at: number; replacement: number }
  | { op: 'insert'; at: number; key: number; replacement: number }
  | { op: 'flip'; at: number };

export const INSERTED_KEYS = ['apikey', 'baseUrl', 'model', 'defaults', 'summarize', 'extra', 'Version', 'custom'];
export const REPLACEMENTS: unknown[] = [42, 1.5, -1, 'text', '', 'https://example.com/v1', true, null, [], {}, ['a'], { name: 'x' }, '${SOME_VAR}'];

type Path = (string | number)[];

/** Applies `mutation` to a deep copy of `value`; `at` picks a node among all nodes (mod count). */
export function mutateConfig(value: unknown, mutation: Mutation): unknown {
  const copy = structuredClone(value);
  const paths = collectPaths(copy);
  const path = paths[mutation.at % paths.length]!;
  const parent = path.length > 0 ? nodeAt(copy, path.slice(0, -1)) : undefined;
  const key = path[path.length - 1];
  const node = nodeAt(copy, path);
  switch (mutation.op) {
    case 'delete':
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else if (isObject(parent) && typeof key === 'string') delete parent[key];
      return copy;
    case 'rename':
      if (isObject(parent) && typeof key === 'string') {
        const renamed = renameKey(key, mutation.style);
        const entries = Object.entries(parent).map(([k, v]) => [k === key ? renamed : k, v] as const);
        for (const k of Object.keys(parent)) delete parent[k];
        for (const [k, v] of entries) parent[k] = v;
      }
      return copy;
    case 'retype':
      return replaceAt(copy, path, structuredClone(REPLACEMENTS[mutation.replacement % REPLACEMENTS.length]));
    case 'insert':
      if (isObject(node)) node[INSERTED_KEYS[mutation.key % INSERTED_KEYS.length]!] = structuredClone(REPLACEMENTS[mutation.replacement % REPLACEMENTS.length]);
      return copy;
    case 'flip':
      return replaceAt(copy, path, flipScalar(node));
  }
}

function renameKey(key: string, style: number): string {
  const styles = [
    (k: string) => k.toLowerCase(),
    (k: string) => k.charAt(0).toUpperCase() + k.slice(1),
    (k: string) => `${k}s`,
    (k: string) => k.slice(0, -1),
  ];
  const renamed = styles[style % styles.length]!(key);
  return renamed === key ? `${key}_` : renamed;
}

function flipScalar(node: unknown): unknown {
  if (typeof node === 'number') return String(node);
  if (typeof node === 'boolean') return String(node);
  if (typeof node === 'string' && node.trim() !== '' && !Number.isNaN(Number(node))) return Number(node);
  if (typeof node === 'string') return node.length;
  return node;
}

function replaceAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const parent = nodeAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = replacement;
  return root;
}

function collectPaths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => collectPaths(item, [...prefix, i], out));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) collectPaths(v, [...prefix, k], out);
  return out;
}

function nodeAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
