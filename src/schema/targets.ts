import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lineForConfigVersion, newestLine, resolveLibreChatVersion, type LibreChatLine, type SettingCheck, type VersionEvidence, type VersionSource } from '../librechat/index.js';

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
  /** Valid `customParams.defaultParamsEndpoint` values (empty: the package has no paramSettings). */
  paramEndpoints: string[];
  /** Keys `customParams.paramDefinitions` may use, per `defaultParamsEndpoint` (paramSettings + agentParamSettings). */
  paramKeys: Record<string, string[]>;
  /** Per `defaultParamsEndpoint`, the default setting of each key, as the loader spreads it under a `paramDefinitions` item. */
  paramDefaults: Record<string, Record<string, Record<string, unknown>>>;
  /** The version-specific checks this package's `validateSettingDefinitions` makes (probed by calling it). */
  settingChecks: SettingCheck[];
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

export function readSchemaJson<T>(file: string): T {
  return JSON.parse(readFileSync(schemasDirectory + file, 'utf8')) as T;
}

/**
 * A schema target as the judge of one LibreChat line: `librechatVersion` is the judged version and
 * `configVersion` the judged line's `CONFIG_VERSION` (v0.8.3 expects 1.3.6 though v0.8.5's schema judges it).
 */
export interface JudgeTarget extends SchemaTarget {
  line: LibreChatLine;
  /** The release the schema was generated from (`v0.8.5`), which may differ from the judged line. */
  schemaRelease: string;
}

export interface TargetChoice {
  target: JudgeTarget;
  /** How it was chosen, for the report: the option, a deployment file, the config's `version:`, or the default. */
  reason: VersionSource;
  /** The deployment file that decided it (compose image or checkout), when one did. */
  evidence?: VersionEvidence;
}

/**
 * One order for every command: `--librechat-version` (refused unless the registry knows the line);
 * the deployment's compose image or checkout (an unknown tag such as `latest` is judged as the newest);
 * the config's `version:` matched to a line; the newest line. The line's generated schema judges.
 */
export function chooseTarget(requested: string | undefined, configVersion: unknown, evidence?: VersionEvidence): TargetChoice {
  if (requested) {
    const { line, version } = resolveLibreChatVersion(requested);
    return { target: judgeTarget(line, version.text), reason: 'option' };
  }
  if (evidence) {
    const line = evidence.resolved?.line ?? newestLine();
    return { target: judgeTarget(line, evidence.resolved?.version.text ?? line.id), reason: evidence.source, evidence };
  }
  const fromConfig = typeof configVersion === 'string' ? lineForConfigVersion(configVersion) : undefined;
  if (fromConfig) return { target: judgeTarget(fromConfig, fromConfig.id), reason: 'config-version' };
  const newest = newestLine();
  return { target: judgeTarget(newest, newest.id), reason: 'newest' };
}

/** The generated schema that judges `line`, labelled with the judged version. */
export function judgeTarget(line: LibreChatLine, version: string): JudgeTarget {
  const schema = listTargets().find((t) => t.id === line.schema);
  if (!schema) throw new Error(`schemas/manifest.json has no schema ${line.schema} for LibreChat ${line.id}; run npm run schemas`);
  return { ...schema, librechatVersion: version, configVersion: line.configVersion, schemaRelease: schema.librechatVersion, line };
}

