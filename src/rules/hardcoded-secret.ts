import { encodePointer } from '../core/json-pointer.js';
import { maskSecret } from '../core/mask.js';
import { USER_PROVIDED } from '../env/interpolate.js';
import { describePath } from './fields.js';
import type { SecretKind } from '../validate/findings.js';
import type { Rule, RuleReport } from './types.js';
import { collectStrings, listCustomEndpoints, type PathSegment } from './support.js';

/** Shapes that are keys wherever they appear. */
/** Key shapes by who issues them; `label` names the shape for the catalog (`token`: a long opaque value). */
const KEY_SHAPES: readonly { label: SecretKind; pattern: RegExp }[] = [
  { label: 'openai', pattern: /\bsk-[A-Za-z0-9_-]{20,}/ },
  { label: 'modelscope', pattern: /\bms-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i },
  { label: 'google', pattern: /\bAIza[0-9A-Za-z_-]{30,}/ },
  { label: 'groq', pattern: /\bgsk_[A-Za-z0-9]{20,}/ },
  { label: 'xai', pattern: /\bxai-[A-Za-z0-9]{20,}/ },
  { label: 'huggingface', pattern: /\bhf_[A-Za-z0-9]{20,}/ },
];

/** The same shapes, global, compiled once: callers run them over every line of a .env. */
const KEY_SHAPES_GLOBAL = KEY_SHAPES.map(({ pattern }) => new RegExp(pattern.source, `${pattern.flags}g`));

/** Every key-shaped token in free text (a whole file), for masking source excerpts. */
export function findKeyShapes(text: string): string[] {
  return KEY_SHAPES_GLOBAL.flatMap((pattern) => text.match(pattern) ?? []);
}

/** Long opaque tokens: only suspicious in fields that hold credentials. */
const OPAQUE_TOKEN = /(?:^|[\s:=])(?:Bearer\s+)?([A-Fa-f0-9]{32,}|[A-Za-z0-9+/_-]{40,}={0,2})$/;
const CREDENTIAL_FIELD = /key|token|secret|password|authorization|auth|^x-/i;
const CREDENTIAL_PARENT = new Set(['headers', 'env']);

export const hardcodedSecret: Rule = {
  id: 'hardcoded-secret',
  defaultSeverity: 'warn',
  description: 'An API key or token written into librechat.yaml where a ${VAR} reference belongs.',
  check(context) {
    const config = context.config?.value;
    return findPlainSecrets(config).map(({ path, label, secret, header }): RuleReport => {
      const variable = suggestVariable(path, config);
      return {
        file: 'config',
        pointer: encodePointer(path),
        code: 'hardcoded-secret',
        params: { path: describePath(path), kind: label, masked: maskSecret(secret), variable, ...(header ? { header } : {}) },
      };
    });
  },
};

/** A plain-text secret in a config value, and where it is. */
export interface PlainSecret {
  path: PathSegment[];
  label: SecretKind;
  secret: string;
  /** For a `header` secret: the header's name. */
  header?: string;
}

/**
 * Every secret a config value holds in plain text (not a `${VAR}` or `user_provided`): the one
 * detector behind this rule, report redaction and add-endpoint's masked diffs.
 */
export function findPlainSecrets(config: unknown): PlainSecret[] {
  return collectStrings(config).flatMap(({ path, value }) => {
    const text = value.trim();
    if (text.includes('${') || text === USER_PROVIDED) return [];
    const found = findSecret(path, text);
    return found ? [{ path, ...found }] : [];
  });
}

/** `scheme://user:password@host`: LibreChat sends such a URL's password to the server as Basic auth. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:([^\s/@]+)@/i;

/** Header names that carry credentials, whatever the value looks like. */
const AUTH_HEADER = /^(?:authorization|proxy-authorization|cookie|x-api-key|api-key|apikey)$|key|token|secret|passw|auth/i;

/** The secret inside one config string, if it has one. */
function findSecret(path: PathSegment[], text: string): { label: SecretKind; secret: string; header?: string } | undefined {
  const password = URL_PASSWORD.exec(text)?.[1];
  if (password) return { label: 'url-password', secret: password };
  for (const { label, pattern } of KEY_SHAPES) {
    const match = pattern.exec(text);
    if (match) return { label, secret: match[0] };
  }
  if (!isCredentialField(path)) return undefined;
  if (/^https?:\/\//i.test(text)) return undefined;
  const token = OPAQUE_TOKEN.exec(text)?.[1];
  if (token && looksLikeToken(token)) return { label: 'token', secret: token };
  const header = headerSecret(path, text);
  return header ? { label: 'header', secret: header, header: String(path.at(-1)) } : undefined;
}

/**
 * The value of an auth-like header (`x-api-key: abc123`, `Authorization: Bearer abc123`), short
 * or long: a header of that name holds a credential. LibreChat's `{{LIBRECHAT_USER_ID}}`-style
 * placeholders are not secrets.
 */
function headerSecret(path: PathSegment[], text: string): string | undefined {
  const name = path.at(-1);
  if (path.at(-2) !== 'headers' || typeof name !== 'string' || !AUTH_HEADER.test(name)) return undefined;
  if (text.includes('{{')) return undefined;
  const value = text.replace(/^(?:Bearer|Basic|Token|Api-Key)\s+/i, '').trim();
  return value.length > 0 ? value : undefined;
}

/** Random tokens mix letters and digits; file paths and slugs (`/opt/mcp/server-dist`) do not count. */
function looksLikeToken(token: string): boolean {
  if (!/\d/.test(token) || !/[A-Za-z]/.test(token)) return false;
  const pathLike = token.includes('/') && !/[+=]/.test(token);
  return !pathLike && !/^[a-z]+(-[a-z0-9]+)+$/.test(token);
}

function isCredentialField(path: PathSegment[]): boolean {
  const key = path.at(-1);
  const parent = path.at(-2);
  if (typeof parent === 'string' && CREDENTIAL_PARENT.has(parent)) return true;
  if (path[0] === 'webSearch' || path[0] === 'ocr') return true;
  return typeof key === 'string' && CREDENTIAL_FIELD.test(key);
}

/** An env var name for the hint: `MISTRAL_API_KEY` for the apiKey of a custom endpoint named Mistral. */
function suggestVariable(path: PathSegment[], config: unknown): string {
  const key = String(path.at(-1) ?? 'SECRET');
  const snake = toEnvName(key);
  if (path[0] !== 'endpoints' || path[1] !== 'custom' || typeof path[2] !== 'number') return snake;
  const entry = listCustomEndpoints(config).find((e) => e.index === path[2]);
  const name = typeof entry?.entry.name === 'string' ? toEnvName(entry.entry.name) : '';
  return name ? `${name}_${snake}` : `PROVIDER_${snake}`;
}

function toEnvName(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}
