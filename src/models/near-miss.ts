import { suggestModelIds } from '../probe/near-miss.js';

/** How an id differs from the one the user asked about (for the wording of the hint). */
export type NearMissKind = 'case' | 'org-prefix' | 'separator' | 'typo';

export interface NearMiss {
  id: string;
  kind: NearMissKind;
}

/**
 * Ids that are almost `wanted`, closest first. The matching is the probe's (`suggestModelIds`:
 * case, `-Exp` vs `-exp`, org prefix, small typos); this only names how each one differs.
 */
export function findNearMisses(wanted: string, candidates: Iterable<string>): NearMiss[] {
  const unique = [...new Set(candidates)];
  return suggestModelIds(wanted, unique).map((id) => ({ id, kind: classify(wanted, id) }));
}

function classify(wanted: string, id: string): NearMissKind {
  const a = wanted.toLowerCase();
  const b = id.toLowerCase();
  if (a === b) return 'case';
  if (a.replace(/[-_.\s]/g, '') === b.replace(/[-_.\s]/g, '')) return 'separator';
  if (a.slice(a.lastIndexOf('/') + 1) === b.slice(b.lastIndexOf('/') + 1)) return 'org-prefix';
  return 'typo';
}
