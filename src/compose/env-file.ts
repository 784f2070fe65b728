import { substituteCompose, type ComposeLookup } from './interpolate.js';

/** One variable of an env file as Compose reads it. */
export interface ComposeEnvValue {
  value: string;
  /** The text as written (before Compose's substitution), to tell whether Compose changed it. */
  raw: string;
  /** Names the value referred to that were unset (Compose put "" in their place). */
  missing: string[];
}

const KEY_LINE = /^[ \t]*(?:export[ \t]+)?([A-Za-z0-9_.]+)[ \t]*(=|:|$)[ \t]*/;

/**
 * Parses an env file the way Docker Compose does (compose-go `dotenv`): unquoted values stop at
 * `#` and are substituted, double-quoted values get `\n` escapes and substitution, single-quoted
 * values stay literal, a bare `KEY` takes its value from `lookup`. Substitution looks in `lookup`
 * (the shell and the project's .env) first, then at variables defined earlier in the same file.
 * This differs from the `dotenv` package LibreChat uses, which never substitutes.
 */
export function parseComposeEnvFile(text: string, lookup: ComposeLookup): Map<string, ComposeEnvValue> {
  const values = new Map<string, ComposeEnvValue>();
  const inFile: ComposeLookup = (name) => lookup(name) ?? values.get(name)?.value;
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let rest = source;
  while (rest.length > 0) {
    const lineEnd = rest.indexOf('\n');
    const line = lineEnd === -1 ? rest : rest.slice(0, lineEnd);
    const match = line.trim().startsWith('#') ? null : KEY_LINE.exec(line);
    if (!match) {
      rest = lineEnd === -1 ? '' : rest.slice(lineEnd + 1);
      continue;
    }
    const key = match[1]!;
    if (match[2] === '') {
      const inherited = lookup(key);
      if (inherited !== undefined) values.set(key, { value: inherited, raw: '', missing: [] });
      rest = lineEnd === -1 ? '' : rest.slice(lineEnd + 1);
      continue;
    }
    const parsed = readValue(rest.slice(match[0].length), inFile);
    values.set(key, parsed.value);
    rest = parsed.rest.replace(/^[^\n]*\n?/, '');
  }
  return values;
}

function readValue(text: string, lookup: ComposeLookup): { value: ComposeEnvValue; rest: string } {
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const close = findClosingQuote(text, quote);
    if (close !== -1) {
      const inner = text.slice(1, close);
      const rest = text.slice(close + 1);
      if (quote === "'") return { value: { value: inner, raw: inner, missing: [] }, rest };
      const substituted = substituteCompose(unescapeDoubleQuoted(inner), lookup);
      return { value: { value: substituted.value, raw: inner, missing: substituted.missing }, rest };
    }
  }
  const lineEnd = text.indexOf('\n');
  const line = lineEnd === -1 ? text : text.slice(0, lineEnd);
  const raw = line.split('#')[0]!.trimEnd();
  const substituted = substituteCompose(raw, lookup);
  return { value: { value: substituted.value, raw, missing: substituted.missing }, rest: lineEnd === -1 ? '' : text.slice(lineEnd) };
}

function findClosingQuote(text: string, quote: string): number {
  for (let i = 1; i < text.length; i++) if (text[i] === quote && text[i - 1] !== '\\') return i;
  return -1;
}

function unescapeDoubleQuoted(text: string): string {
  return text.replace(/\\(.)/g, (_match, char: string) => (char === 'n' ? '\n' : char === 'r' ? '\r' : char));
}
