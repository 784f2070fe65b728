import type { CacheSettings } from './connection.js';
import { FAMILIES, FAMILY_IDS, type FamilyId } from './families.js';
import { familiesOfScannedKey, placeNamespaces, type EntryRole, type ExactTarget, type NamespacePlacement, type ScanTarget } from './targets.js';

/** A model-cache key that exists, with the families whose spelling it matches. */
export interface FoundKey {
  key: string;
  role: EntryRole;
  families: FamilyId[];
  source: 'exact' | 'scan';
  /** Matched only a shared-namespace pattern (`keyv::keyv:http*`, ...). */
  sharedNamespace: boolean;
}

/** How the LibreChat version family was decided. */
export interface FamilyDecision {
  /** The family (or families whose keys are spelled alike) the plan follows; empty when unknown. */
  families: FamilyId[];
  decidedBy: 'option' | 'keys' | 'none';
  /** Keys of families with different spellings coexist (e.g. orphans left by an upgrade). */
  ambiguous: boolean;
  /** For `keys`: every distinct family set seen, e.g. [['0.7.9'], ['0.8.0-0.8.2','0.8.3-0.8.4']]. */
  evidence: FamilyId[][];
}

/** Attributes existing keys to families; pure so the detection rules are unit-tested without Redis. */
export function attributeKeys(
  exact: ExactTarget[],
  existing: Set<string>,
  scanned: { target: ScanTarget; keys: string[] }[],
): FoundKey[] {
  const found = new Map<string, FoundKey>();
  for (const t of exact) {
    if (existing.has(t.key)) found.set(t.key, { key: t.key, role: t.role, families: t.families, source: 'exact', sharedNamespace: false });
  }
  for (const { target, keys } of scanned) {
    for (const key of keys) {
      if (found.has(key)) continue;
      found.set(key, { key, role: target.role, families: familiesOfScannedKey(target, key), source: 'scan', sharedNamespace: target.sharedNamespace });
    }
  }
  return [...found.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Drops matches of shared-namespace patterns (`…keyv:http*`) unless that family is the chosen
 * one or its exact keys exist: in Keyv's default namespace such keys may belong to another app.
 */
export function keepTrustedKeys(found: FoundKey[], chosen: FamilyId | undefined): FoundKey[] {
  const confirmed = new Set(found.filter((k) => k.source === 'exact').flatMap((k) => k.families));
  if (chosen) confirmed.add(chosen);
  return found.filter((k) => !k.sharedNamespace || k.families.some((f) => confirmed.has(f)));
}

/** Chooses the family: the option wins; otherwise the families every found key agrees on. */
export function decideFamilies(chosen: FamilyId | undefined, found: FoundKey[]): FamilyDecision {
  const evidence = distinctSets(found.map((k) => k.families));
  if (chosen) return { families: [chosen], decidedBy: 'option', ambiguous: false, evidence };
  if (found.length === 0) return { families: [], decidedBy: 'none', ambiguous: false, evidence };
  const common = FAMILY_IDS.filter((id) => found.every((k) => k.families.includes(id)));
  if (common.length > 0) return { families: common, decidedBy: 'keys', ambiguous: false, evidence };
  const union = FAMILY_IDS.filter((id) => found.some((k) => k.families.includes(id)));
  return { families: union, decidedBy: 'keys', ambiguous: true, evidence };
}

function distinctSets(sets: FamilyId[][]): FamilyId[][] {
  const seen = new Map<string, FamilyId[]>();
  for (const s of sets) {
    const sorted = FAMILY_IDS.filter((id) => s.includes(id));
    seen.set(sorted.join(','), sorted);
  }
  return [...seen.values()];
}

/** Restart advice for one family: which model-relevant namespaces only a restart can clear. */
export interface RestartAdvice {
  family: FamilyId;
  inMemory: NamespacePlacement[];
  /** v0.8.0-0.8.2: `APP_CONFIG:_BASE_` is read at startup instead of the YAML, so it must go first. */
  deleteAppConfigBeforeRestart: boolean;
}

/** Model-relevant namespaces that live in process memory, per decided family. */
export function adviseRestart(families: FamilyId[], settings: CacheSettings): RestartAdvice[] {
  return families.map((id) => {
    const family = FAMILIES[id];
    const relevant = new Set([
      family.names.modelQueries,
      ...(family.hasConfigStore ? [family.names.configStore] : []),
      ...(family.names.appConfig ? [family.names.appConfig] : []),
    ]);
    const placements = placeNamespaces(family, settings);
    const inMemory = placements.filter((p) => p.where === 'memory' && relevant.has(p.namespace));
    const appConfigInRedis = placements.some((p) => p.namespace === 'APP_CONFIG' && p.where === 'redis');
    return { family: id, inMemory, deleteAppConfigBeforeRestart: id === '0.8.0-0.8.2' && appConfigInRedis };
  });
}
