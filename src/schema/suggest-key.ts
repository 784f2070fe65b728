/**
 * Did-you-mean for object keys: `apikey` -> `apiKey`, `baseUrl` -> `baseURL`, `model` -> `models`.
 * A case-insensitive match wins; otherwise the closest key within a small edit distance.
 */

/** Keys that are a known slip for another key, where edit distance alone would guess wrong. */
const KNOWN_SLIPS: Readonly<Record<string, string>> = {
  defaults: 'default',
  model: 'models',
  url: 'baseURL',
  baseurl: 'baseURL',
  base_url: 'baseURL',
  api_key: 'apiKey',
  apikey: 'apiKey',
  header: 'headers',
};

export function suggestKey(unknown: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const lower = unknown.toLowerCase();
  const caseMatch = allowed.find((key) => key.toLowerCase() === lower);
  if (caseMatch) return caseMatch;
  const slip = KNOWN_SLIPS[lower];
  if (slip && allowed.includes(slip)) return slip;
  const normalized = lower.replace(/[-_]/g, '');
  const separatorMatch = allowed.find((key) => key.toLowerCase().replace(/[-_]/g, '') === normalized);
  if (separatorMatch) return separatorMatch;
  const budget = unknown.length <= 4 ? 1 : 2;
  let best: { key: string; distance: number } | undefined;
  for (const key of allowed) {
    const distance = editDistance(lower, key.toLowerCase(), budget);
    if (distance <= budget && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

/** Damerau-Levenshtein (optimal string alignment), stopping early once above `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}
