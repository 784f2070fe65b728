import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../core/errors.js';

/**
 * The LibreChat lines lc-doctor can judge against. Everything here comes from `schemas/`,
 * generated from the real librechat-data-provider packages by `scripts/generate-schemas.mjs`.
 */

/** Facts extracted from one librechat-data-provider version (`schemas/librechat-<id>.facts.json`). */
export interface LibreChatFacts {
  librechatVersion: string;
  configVersion: string;
  /** `EModelEndpoint` values: exact names a custom endpoint may not use. */
  reservedEndpointNames: string[];
  /** `KnownEndpoints` values. */
  knownEndpoints: string[];
  /** `defaultModels` per built-in endpoint. */
  defaultModels: Record<string, string[]>;
  /** `CacheKeys` enum as name -> wire value. */
  cacheKeys: Record<string, string>;
  /** Keys accepted in a custom endpoint's `customParams`. */
  customParamsKeys: string[];
  /** Valid `customParams.defaultParamsEndpoint` values. */
  paramEndpoints: string[];
}

export interface SchemaTarget {
  /** Short id used on the command line, e.g. `0.8.8`. */
  id: string;
  librechatVersion: string;
  configVersion: string;
  /** `librechat-data-provider@x.y.z` the schema was generated from. */
  packageSpec: string;
  /** File names inside `schemas/`. */
  schemaFile: string;
  lintSchemaFile: string;
  facts: LibreChatFacts;
}

interface ManifestEntry {
  id: string;
  librechatVersion: string;
  configVersion: string;
  package: string;
  schema: string;
  lintSchema: string;
  facts: string;
}

export const schemasDirectory = fileURLToPath(new URL('../../schemas/', import.meta.url));

let cachedTargets: SchemaTarget[] | undefined;

/** Every generated target, newest first. */
export function listTargets(): SchemaTarget[] {
  if (cachedTargets) return cachedTargets;
  const manifest = readSchemaJson<{ targets: ManifestEntry[] }>('manifest.json');
  cachedTargets = manifest.targets.map((entry) => ({
    id: entry.id,
    librechatVersion: entry.librechatVersion,
    configVersion: entry.configVersion,
    packageSpec: entry.package,
    schemaFile: entry.schema,
    lintSchemaFile: entry.lintSchema,
    facts: readSchemaJson<LibreChatFacts>(entry.facts),
  }));
  return cachedTargets;
}

const keyPresence = new Map<string, boolean>();

/**
 * Whether the line's config schema knows a key anywhere (`titleEndpoint` appears only on endpoint
 * configs). Reads the schema text once per target; only commands that write config ask.
 */
export function schemaKnowsKey(target: Pick<SchemaTarget, 'schemaFile'>, key: string): boolean {
  const id = `${target.schemaFile}#${key}`;
  let known = keyPresence.get(id);
  if (known === undefined) {
    known = readFileSync(schemasDirectory + target.schemaFile, 'utf8').includes(`"${key}"`);
    keyPresence.set(id, known);
  }
  return known;
}

export function readSchemaJson<T>(file: string): T {
  return JSON.parse(readFileSync(schemasDirectory + file, 'utf8')) as T;
}

export interface TargetChoice {
  target: SchemaTarget;
  /** How it was chosen, for the report: `--librechat-version`, the file's `version:`, or the default. */
  reason: 'option' | 'config-version' | 'newest';
}

/**
 * `--librechat-version` wins; else the config's `version:` matched to the line that ships that
 * config version (or the newest line not older than it); else the newest.
 */
export function chooseTarget(requested: string | undefined, configVersion: unknown): TargetChoice {
  const targets = listTargets();
  if (requested) {
    const wanted = requested.replace(/^v/, '');
    const found = targets.find((t) => t.id === wanted || t.librechatVersion.replace(/^v/, '') === wanted || wanted.startsWith(t.id));
    if (!found) {
      throw new UsageError(
        `unknown LibreChat version '${requested}'`,
        `known versions: ${targets.map((t) => `${t.id} (${t.librechatVersion})`).join(', ')}`,
      );
    }
    return { target: found, reason: 'option' };
  }
  if (typeof configVersion === 'string') {
    const exact = targets.find((t) => t.configVersion === configVersion.trim());
    if (exact) return { target: exact, reason: 'config-version' };
    const ascending = [...targets].reverse();
    const atLeast = ascending.find((t) => compareVersions(t.configVersion, configVersion.trim()) >= 0);
    if (atLeast) return { target: atLeast, reason: 'config-version' };
  }
  return { target: targets[0]!, reason: 'newest' };
}

/** Numeric dotted-version comparison; non-numeric parts compare as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.replace(/^v/, '').split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
