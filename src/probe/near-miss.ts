/**
 * Model ids that are probably what the user meant: same id ignoring case, `-Exp` vs `-exp`
 * style differences, or the same name under an org prefix (`Qwen/Qwen3-8B` for `Qwen3-8B`).
 */
export function suggestModelIds(wanted: string, available: string[], limit = 3): string[] {
  const key = normalize(wanted);
  const base = normalize(stripOrg(wanted));
  const scored = available
    .filter((id) => id !== wanted)
    .map((id) => ({ id, score: scoreCandidate(key, base, id) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return scored.slice(0, limit).map((c) => c.id);
}

function scoreCandidate(key: string, base: string, id: string): number {
  const candidate = normalize(id);
  if (candidate === key) return 3;
  if (normalize(stripOrg(id)) === base) return 2;
  return editDistance(candidate, key) <= Math.max(2, Math.floor(key.length / 8)) ? 1 : 0;
}

function stripOrg(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

function normalize(id: string): string {
  return id.toLowerCase().replace(/[_\s]/g, '-');
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
