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

/**
 * Replaces each occurrence of the given secrets in `text` with its masked form, whatever their
 * length: a 5-character key a provider echoes back is still a key. A short one (under 8
 * characters) is replaced only where it stands as a whole token, so that masking it cannot
 * garble the words around it.
 */
export function redact(text: string, secrets: Iterable<string>, mask: (secret: string) => string = maskSecret): string {
  let out = text;
  const sorted = [...new Set(secrets)].filter((s) => s.trim().length > 0).sort((a, b) => b.length - a.length);
  for (const secret of sorted) {
    if (secret.length >= SHORT_SECRET) out = out.split(secret).join(mask(secret));
    else out = out.replace(new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(secret)}(?![A-Za-z0-9])`, 'g'), () => mask(secret));
  }
  return out;
}

const SHORT_SECRET = 8;

/** Values local servers accept in place of a key (Ollama, vLLM, LM Studio): not secrets, and masking them would garble names. */
const PLACEHOLDER_KEYS = new Set(['ollama', 'empty', 'none', 'null', 'dummy', 'na', 'n/a', 'x', '-', 'any', 'key', 'token', 'placeholder', 'not-needed', 'not-required', 'lm-studio', 'lmstudio', 'vllm', 'sk-no-key-required', 'no-key', 'nokey', 'user_provided']);

/** Whether a configured key is a real secret to mask (every value but the well-known placeholders). */
export function isMaskableSecret(value: string): boolean {
  const text = value.trim();
  return text.length > 0 && !PLACEHOLDER_KEYS.has(text.toLowerCase());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  return redact(text, secrets, maskSecretInPlace);
}
