/** How an id differs from the one the user asked about. */
export type NearMissKind = 'case' | 'org-prefix' | 'separator' | 'typo';

export interface NearMiss {
  id: string;
  kind: NearMissKind;
}

const SEPARATORS = /[-_.:\s]/g;

/**
 * Ids that are almost `wanted`: another case (`-exp` vs `-Exp`), with or without an org prefix
 * (`DeepSeek-V3` vs `deepseek-ai/DeepSeek-V3`), other separators, or one or two typos.
 * Closest kinds first; exact matches are never near-misses.
 */
export function findNearMisses(wanted: string, candidates: Iterable<string>): NearMiss[] {
  const found = new Map<string, NearMiss>();
  for (const id of candidates) {
    if (id === wanted || found.has(id)) continue;
    const kind = classify(wanted, id);
    if (kind) found.set(id, { id, kind });
  }
  const rank: Record<NearMissKind, number> = { case: 0, 'org-prefix': 1, separator: 2, typo: 3 };
  return [...found.values()].sort((a, b) => rank[a.kind] - rank[b.kind] || a.id.localeCompare(b.id));
}

function classify(wanted: string, id: string): NearMissKind | undefined {
  const a = wanted.toLowerCase();
  const b = id.toLowerCase();
  if (a === b) return 'case';
  if (withoutOrg(a) === withoutOrg(b)) return 'org-prefix';
  if (a.replace(SEPARATORS, '') === b.replace(SEPARATORS, '')) return 'separator';
  const limit = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  if (Math.min(a.length, b.length) >= 4 && editDistance(withoutOrg(a), withoutOrg(b), limit) <= limit) return 'typo';
  return undefined;
}

function withoutOrg(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

/** Levenshtein distance, giving up (returning limit + 1) as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
