/**
 * Docker Compose's variable substitution (compose-spec "Interpolation", compose-go `template`):
 * `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:?err}`, `${NAME?err}`,
 * `${NAME:+alt}`, `${NAME+alt}`, defaults that nest further substitutions, and `$$` for a literal
 * `$`. An unset variable without a default becomes the empty string (Compose warns); `?` on an
 * unset variable stops Compose. This is Compose's rule set, not LibreChat's `${VAR}` (see
 * src/env/interpolate.ts): the two differ, which is why a deployment's verdict depends on whether
 * it runs under Compose.
 */

import type { ComposeProblem } from './types.js';

/** Where Compose looks a name up. Returns undefined for an unset variable. */
export type ComposeLookup = (name: string) => string | undefined;

export interface ComposeSubstitution {
  value: string;
  /** Names that were referenced, in order. */
  references: string[];
  /** Referenced names that were unset and had no default (Compose substitutes ""). */
  missing: string[];
  /** An invalid `${...}`, or `${NAME:?message}` on an unset name: Compose refuses to start. */
  errors: ComposeProblem[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

export function substituteCompose(text: string, lookup: ComposeLookup): ComposeSubstitution {
  const result: ComposeSubstitution = { value: '', references: [], missing: [], errors: [] };
  result.value = substituteFrom(text, 0, lookup, result, false).value;
  return result;
}

interface Scan {
  value: string;
  /** Index just past what was consumed. */
  end: number;
}

/** Substitutes from `start`; inside a default (`nested`) a `}` ends the scan. */
function substituteFrom(text: string, start: number, lookup: ComposeLookup, out: ComposeSubstitution, nested: boolean): Scan {
  let value = '';
  let i = start;
  while (i < text.length) {
    const char = text[i]!;
    if (nested && char === '}') return { value, end: i };
    if (char !== '$') {
      value += char;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      value += '$';
      i += 2;
    } else if (next === '{') {
      const braced = substituteBraced(text, i + 2, lookup, out);
      value += braced.value;
      i = braced.end;
    } else {
      const name = NAME.exec(text.slice(i + 1))?.[0];
      if (!name) {
        value += '$';
        i++;
        continue;
      }
      value += resolvePlain(name, lookup, out);
      i += 1 + name.length;
    }
  }
  return { value, end: i };
}

function resolvePlain(name: string, lookup: ComposeLookup, out: ComposeSubstitution): string {
  out.references.push(name);
  const found = lookup(name);
  if (found === undefined) out.missing.push(name);
  return found ?? '';
}

/** `${...}` starting after the brace; returns the index past the closing brace. */
function substituteBraced(text: string, start: number, lookup: ComposeLookup, out: ComposeSubstitution): Scan {
  const name = NAME.exec(text.slice(start))?.[0];
  if (!name) {
    // Compose rejects an invalid name; keep the text so the finding shows what was written.
    const close = text.indexOf('}', start);
    const end = close === -1 ? text.length : close + 1;
    out.errors.push({ kind: 'interpolation-invalid', text: text.slice(start - 2, end) });
    return { value: text.slice(start - 2, end), end };
  }
  let i = start + name.length;
  const operator = /^(:-|-|:\?|\?|:\+|\+)/.exec(text.slice(i))?.[0];
  if (!operator) {
    if (text[i] === '}') return { value: resolvePlain(name, lookup, out), end: i + 1 };
    out.errors.push({ kind: 'interpolation-invalid', text: `\${${name}${text.slice(i, i + 10)}` });
    return { value: resolvePlain(name, lookup, out), end: skipToClose(text, i) };
  }
  i += operator.length;
  // The word after the operator may itself hold substitutions; evaluate it only when used.
  const probe: ComposeSubstitution = { value: '', references: [], missing: [], errors: [] };
  const word = substituteFrom(text, i, lookup, probe, true);
  const end = Math.min(word.end + 1, text.length);
  out.references.push(name);
  const found = lookup(name);
  const useWord = chooseWord(operator, found);
  if (useWord === 'word') {
    mergeProbe(out, probe);
    return { value: word.value, end };
  }
  if (useWord === 'error') {
    out.errors.push({ kind: 'required-variable', name, message: word.value });
    return { value: '', end };
  }
  return { value: useWord === 'empty' ? '' : (found ?? ''), end };
}

/** Which branch an operator takes for the variable's state (set, set but empty, unset). */
function chooseWord(operator: string, found: string | undefined): 'word' | 'value' | 'error' | 'empty' {
  const unset = found === undefined;
  const emptyOrUnset = unset || found === '';
  switch (operator) {
    case ':-':
      return emptyOrUnset ? 'word' : 'value';
    case '-':
      return unset ? 'word' : 'value';
    case ':?':
      return emptyOrUnset ? 'error' : 'value';
    case '?':
      return unset ? 'error' : 'value';
    case ':+':
      return emptyOrUnset ? 'empty' : 'word';
    default:
      return unset ? 'empty' : 'word';
  }
}

function mergeProbe(out: ComposeSubstitution, probe: ComposeSubstitution): void {
  out.references.push(...probe.references);
  out.missing.push(...probe.missing);
  out.errors.push(...probe.errors);
}

function skipToClose(text: string, from: number): number {
  const close = text.indexOf('}', from);
  return close === -1 ? text.length : close + 1;
}
