import { isAlias, isCollection, isMap, isNode, isScalar, visit, type Alias, type Document, type Node } from 'yaml';

/**
 * Checks the yaml library does in quadratic time, or not at all, done in one linear walk:
 * - duplicate map keys: its `uniqueKeys` compares each key with every earlier one (a map of 40k
 *   keys took 71 s to parse), so the loader parses with `uniqueKeys: false` and asks here;
 * - aliases: each alias resolves by scanning every earlier anchor and alias (40k aliases: minutes),
 *   and an alias inside the node it names (`a: &a [*a]`) makes an infinite value that overflows
 *   the stack of whatever walks it. Both are found before the value is built.
 */
export type YamlStructureProblem =
  | { code: 'DUPLICATE_KEY'; offset: number }
  | { code: 'ALIAS_SELF_REFERENCE'; offset: number; anchor: string }
  | { code: 'TOO_MANY_ALIASES'; offset: number; limit: number };

export function checkYamlStructure(doc: Document.Parsed, maxAliases: number): YamlStructureProblem[] {
  const problems: YamlStructureProblem[] = [];
  /** The last node carrying each anchor so far: the one an alias met now refers to. */
  const anchored = new Map<string, Node>();
  let aliases = 0;
  visit(doc, {
    Node(_key, node, path) {
      if (isAlias(node)) {
        aliases++;
        if (aliases > maxAliases) {
          problems.push({ code: 'TOO_MANY_ALIASES', offset: startOf(node), limit: maxAliases });
          return visit.BREAK;
        }
        const target = anchored.get(node.source);
        if (target && path.includes(target)) {
          problems.push({ code: 'ALIAS_SELF_REFERENCE', offset: startOf(node), anchor: node.source });
          return visit.BREAK;
        }
        return undefined;
      }
      if (node.anchor) anchored.set(node.anchor, node);
      if (isMap(node)) findDuplicateKeys(node.items, problems);
      return undefined;
    },
  });
  return problems;
}

/** yaml's own equality for keys (`uniqueKeys: true`): the same node, or scalars with the same value. */
function findDuplicateKeys(pairs: readonly { key: unknown }[], problems: YamlStructureProblem[]): void {
  const seen = new Set<unknown>();
  for (const { key } of pairs) {
    if (!isScalar(key)) continue;
    if (seen.has(key.value) && !Number.isNaN(key.value)) problems.push({ code: 'DUPLICATE_KEY', offset: startOf(key) });
    seen.add(key.value);
  }
}

function startOf(node: Alias | Node): number {
  return isNode(node) || isCollection(node) ? (node.range?.[0] ?? 0) : 0;
}
