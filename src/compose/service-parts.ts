import { isAbsolute, resolve } from 'node:path';
import { substituteCompose, type ComposeLookup } from './interpolate.js';
import type { ComposeEnvEntry, ComposeMount, ComposePort, ComposeProblem } from './types.js';

/**
 * Normalizers for one service's fields in one compose file, after the compose-spec's short and
 * long syntaxes. Each takes the raw YAML value (strings not yet substituted, so `environment`
 * keeps what was written) and Compose's lookup.
 */

type Raw = unknown;

function text(value: Raw, lookup: ComposeLookup, problems: ComposeProblem[]): string | undefined {
  if (value === null || value === undefined) return undefined;
  const substituted = substituteCompose(String(value), lookup);
  problems.push(...substituted.errors);
  return substituted.value;
}

/** `environment:` as a list (`- KEY=value`, `- KEY`) or a map (`KEY: value`, `KEY:`). */
export function readEnvironment(value: Raw, lookup: ComposeLookup, problems: ComposeProblem[]): Map<string, ComposeEnvEntry> {
  const entries = new Map<string, ComposeEnvEntry>();
  const add = (key: string, raw: string | undefined): void => {
    if (raw === undefined) {
      // `- KEY` / `KEY:` passes the shell's value through, or nothing when it is unset.
      entries.set(key, { value: lookup(key), origin: 'environment', raw: '', missing: [] });
      return;
    }
    const substituted = substituteCompose(raw, lookup);
    problems.push(...substituted.errors);
    entries.set(key, { value: substituted.value, origin: 'environment', raw, missing: substituted.missing });
  };
  if (Array.isArray(value)) {
    for (const item of value) {
      const line = String(item);
      const equals = line.indexOf('=');
      if (equals === -1) add(line.trim(), undefined);
      else add(line.slice(0, equals).trim(), line.slice(equals + 1));
    }
  } else if (value && typeof value === 'object') {
    for (const [key, raw] of Object.entries(value)) add(key, raw === null || raw === undefined ? undefined : String(raw));
  }
  return entries;
}

/** `env_file:` as a string, a list of strings, or a list of `{ path, required }`. */
export function readEnvFiles(value: Raw, lookup: ComposeLookup, problems: ComposeProblem[]): { path: string; required: boolean }[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const files: { path: string; required: boolean }[] = [];
  for (const item of items) {
    if (item && typeof item === 'object') {
      const { path, required } = item as { path?: unknown; required?: unknown };
      const shown = text(path, lookup, problems);
      if (shown) files.push({ path: shown, required: required !== false });
    } else {
      const shown = text(item, lookup, problems);
      if (shown) files.push({ path: shown, required: true });
    }
  }
  return files;
}

/** `volumes:` short (`SRC:DST[:MODE]`, `DST`) and long (`{ type, source, target }`) syntax. */
export function readMounts(value: Raw, folder: string, lookup: ComposeLookup, problems: ComposeProblem[]): ComposeMount[] {
  if (!Array.isArray(value)) return [];
  const mounts: ComposeMount[] = [];
  for (const item of value) {
    if (item && typeof item === 'object') {
      const long = item as { type?: unknown; source?: unknown; target?: unknown };
      const target = text(long.target, lookup, problems);
      if (!target) continue;
      const source = text(long.source, lookup, problems);
      const bind = long.type === 'bind' || (long.type === undefined && isHostPath(source));
      mounts.push({ target, bind, source: source && bind ? resolve(folder, source) : source });
      continue;
    }
    const parts = (text(item, lookup, problems) ?? '').split(':');
    if (parts.length === 1) {
      mounts.push({ target: parts[0]!, bind: false });
      continue;
    }
    const [source, target] = parts as [string, string];
    const bind = isHostPath(source);
    mounts.push({ target, bind, source: bind ? resolve(folder, source) : source });
  }
  return mounts;
}

function isHostPath(source: string | undefined): boolean {
  return source !== undefined && (source.startsWith('.') || source.startsWith('~') || isAbsolute(source));
}

/** `ports:` short (`[IP:][HOST:]CONTAINER[/proto]`) and long (`{ target, published, host_ip }`) syntax. */
export function readPorts(value: Raw, lookup: ComposeLookup, problems: ComposeProblem[]): ComposePort[] {
  if (!Array.isArray(value)) return [];
  const ports: ComposePort[] = [];
  for (const item of value) {
    if (item && typeof item === 'object') {
      const long = item as { target?: unknown; published?: unknown; host_ip?: unknown };
      const target = Number(text(long.target, lookup, problems));
      const published = firstPort(text(long.published, lookup, problems));
      if (Number.isInteger(target)) ports.push({ target, published, hostIp: text(long.host_ip, lookup, problems) });
      continue;
    }
    const spec = (text(item, lookup, problems) ?? '').replace(/\/(tcp|udp|sctp)$/, '');
    const lastColon = spec.lastIndexOf(':');
    const target = firstPort(spec.slice(lastColon + 1));
    if (target === undefined) continue;
    if (lastColon === -1) {
      ports.push({ target });
      continue;
    }
    const front = spec.slice(0, lastColon);
    const hostColon = front.lastIndexOf(':');
    const published = firstPort(front.slice(hostColon + 1));
    const hostIp = hostColon === -1 ? undefined : front.slice(0, hostColon).replace(/^\[|\]$/g, '');
    ports.push({ target, published, hostIp });
  }
  return ports;
}

/** The first port of `8080` or a range `8080-8081`; undefined for an empty or random host port. */
function firstPort(spec: string | undefined): number | undefined {
  if (!spec) return undefined;
  const port = Number(spec.split('-')[0]);
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

/** Network aliases of a service (`networks: { net: { aliases: [...] } }`). */
export function readAliases(value: Raw): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const aliases: string[] = [];
  for (const network of Object.values(value as Record<string, unknown>)) {
    const list = network && typeof network === 'object' ? (network as { aliases?: unknown }).aliases : undefined;
    if (Array.isArray(list)) aliases.push(...list.map(String));
  }
  return aliases;
}

export { text as substituteField };
