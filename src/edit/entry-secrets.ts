import { redact } from '../core/mask.js';
import { USER_PROVIDED } from '../env/interpolate.js';
import { findPlainSecrets } from '../rules/hardcoded-secret.js';
import { collectStrings } from '../rules/support.js';

/**
 * Plain-text keys an existing config may hold (a hard-coded `apiKey`, a token in `headers`).
 * add-endpoint shows diffs and changed fields of that file, so these are masked in all output.
 */
export function collectConfigSecrets(...values: unknown[]): string[] {
  const secrets = new Set<string>();
  for (const value of values) {
    for (const { secret } of findPlainSecrets(value)) secrets.add(secret);
    // Any literal apiKey is a key, whatever it looks like.
    for (const { path, value: text } of collectStrings(value)) {
      const trimmed = text.trim();
      if (path.at(-1) === 'apiKey' && trimmed !== '' && !trimmed.includes('${') && trimmed !== USER_PROVIDED) secrets.add(trimmed);
    }
  }
  return [...secrets];
}

/** A copy of `value` with every secret inside its strings masked. */
export function redactValue<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  if (typeof value === 'string') return redact(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, secrets)])) as T;
  }
  return value;
}
