/**
 * LibreChat's `${VAR}` semantics, mirrored from librechat-data-provider `extractEnvVariable`
 * (0.8.524): only `${NAME}` (no trimming inside the braces); whole-value first, and the
 * whole-value pattern is greedy, so `${A}${B}` is one unknown name and stays literal; a missing or
 * empty variable leaves the placeholder; infrastructure secrets are never expanded.
 */

export const WHOLE_VALUE_REF = /^\${(.+)}$/;
const EMBEDDED_REF = /\${([^}]+)}/g;

/** The string LibreChat uses for per-user keys and URLs. */
export const USER_PROVIDED = 'user_provided';

/** Variables LibreChat refuses to expand in YAML (`SENSITIVE_ENV_VARS`). */
export const NEVER_EXPANDED_VARIABLES: ReadonlySet<string> = new Set([
  'JWT_SECRET',
  'JWT_REFRESH_SECRET',
  'CREDS_KEY',
  'CREDS_IV',
  'MEILI_MASTER_KEY',
  'MONGO_URI',
  'REDIS_URI',
  'REDIS_PASSWORD',
]);

export interface Interpolation {
  value: string;
  /** Names the value refers to, in order (as LibreChat parses them). */
  references: string[];
  /** Referenced names that stayed literal: missing, empty, or never expanded. */
  unresolved: string[];
}

export function interpolate(raw: string, env: Record<string, string | undefined>): Interpolation {
  const trimmed = raw.trim();
  const whole = WHOLE_VALUE_REF.exec(trimmed);
  if (whole) {
    const name = whole[1]!;
    const value = NEVER_EXPANDED_VARIABLES.has(name) ? undefined : env[name];
    return value ? { value, references: [name], unresolved: [] } : { value: trimmed, references: [name], unresolved: [name] };
  }
  const references: string[] = [];
  const unresolved: string[] = [];
  const value = trimmed.replace(EMBEDDED_REF, (placeholder, name: string) => {
    references.push(name);
    const found = NEVER_EXPANDED_VARIABLES.has(name) ? undefined : env[name];
    if (found) return found;
    unresolved.push(name);
    return placeholder;
  });
  return { value, references, unresolved };
}

/** True when `text` refers to at least one variable, as LibreChat parses `${NAME}`. */
export function hasReference(text: string): boolean {
  return interpolate(text, {}).references.length > 0;
}

/** `text` without its `${NAME}` references, to look at what is left (e.g. a bare shell `$NAME`). */
export function removeReferences(text: string): string {
  return text.replace(EMBEDDED_REF, '');
}

/** True when a resolved value is LibreChat's per-user marker. */
export function isUserProvided(value: string | undefined): boolean {
  return value === USER_PROVIDED;
}
