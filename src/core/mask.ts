/**
 * Secret masking. Every value that could be a key passes through here before it reaches any
 * output; `ms-7528...6461` keeps enough to recognise a key without making it usable.
 */

export function maskSecret(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) return '';
  if (trimmed.length <= 12) return '*'.repeat(Math.min(trimmed.length, 8));
  return `${trimmed.slice(0, 7)}...${trimmed.slice(-4)}`;
}

/**
 * Passwords, unlike API keys, have no recognisable prefix worth keeping, and they are short enough
 * that `maskSecret`'s 7 + 4 characters would give most of one away: nothing of them is shown.
 */
export function maskPassword(value: string): string {
  return value.length === 0 ? '' : '****';
}

/** Replaces each occurrence of the given secrets in `text` with its masked form. */
export function redact(text: string, secrets: Iterable<string>, mask: (secret: string) => string = maskSecret): string {
  let out = text;
  const sorted = [...new Set(secrets)].filter((s) => s.length >= 6).sort((a, b) => b.length - a.length);
  for (const secret of sorted) out = out.split(secret).join(mask(secret));
  return out;
}

/** `redact` for passwords (Redis, MongoDB): every occurrence becomes `****`. */
export function redactPasswords(text: string, passwords: Iterable<string>): string {
  return redact(text, passwords, maskPassword);
}

/**
 * Masks a secret without changing its length, for source excerpts where carets must still line
 * up under the text: `sk-test*************c5d6`.
 */
export function maskSecretInPlace(value: string): string {
  if (value.length <= 12) return '*'.repeat(value.length);
  return value.slice(0, 7) + '*'.repeat(value.length - 11) + value.slice(-4);
}

/** `redact` for source excerpts: each secret keeps its length. */
export function redactInPlace(text: string, secrets: Iterable<string>): string {
  let out = text;
  const sorted = [...new Set(secrets)].filter((s) => s.length >= 6).sort((a, b) => b.length - a.length);
  for (const secret of sorted) out = out.split(secret).join(maskSecretInPlace(secret));
  return out;
}
