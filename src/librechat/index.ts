import { UsageError } from '../core/errors.js';
import { LIBRECHAT_LINES } from './lines.js';
import type { CacheFamilyId, LibreChatLine } from './types.js';
import { compareVersions, parseLibreChatVersion, type LibreChatVersion } from './version.js';

export { LIBRECHAT_LINES } from './lines.js';
export { CACHE_FAMILY_IDS, SCHEMA_IDS } from './types.js';
export type { CacheFamilyId, LibreChatLine, ModelListRules, ReasoningCopy, ReasoningDisplayRules, ReleaseCandidateFacts, SchemaId, StartupCheckId, TitleRules } from './types.js';
export { compareVersions, parseLibreChatVersion, type LibreChatVersion } from './version.js';
export { checkSettingDefinitions, fillDefinition, type SettingCheck, type SettingDefinitionProblem, type SettingProblem } from './setting-definitions.js';

/** A version the registry knows, with the line that models it. */
export interface ResolvedVersion {
  line: LibreChatLine;
  version: LibreChatVersion;
}

/** How a command decided which line judges: the option, a deployment file, the config's `version:`, or the default. */
export type VersionSource = 'option' | 'compose-image' | 'checkout' | 'config-version' | 'newest';

/** What a deployment file says about the version, and where it says it. */
export interface VersionEvidence {
  source: 'compose-image' | 'checkout';
  /** The file that said it (compose files relative to the folder, `package.json`). */
  file: string;
  /** The image (`ghcr.io/danny-avila/librechat:v0.8.5`) or the package.json version (`v0.8.5`). */
  value: string;
  /** The version it names, when that is a line lc-doctor models; undefined = unknown, judged as the newest. */
  resolved?: ResolvedVersion;
}

/** `0.7.5, 0.7.6, ..., 0.8.8`: the list every refusal shows. */
export function listLineIds(): string[] {
  return LIBRECHAT_LINES.map((line) => line.id);
}

export function newestLine(): LibreChatLine {
  return LIBRECHAT_LINES[LIBRECHAT_LINES.length - 1]!;
}

/** The line that judges a version: its own (release candidates included), else the newest. */
export function lineOf(version: string): LibreChatLine {
  return lookUpVersion(version)?.line ?? newestLine();
}

/** The oldest line that has a behaviour (`customParams.reasoningKey`, say): what an "upgrade to" hint names. */
export function firstLineWith(has: (line: LibreChatLine) => boolean): LibreChatLine | undefined {
  return LIBRECHAT_LINES.find(has);
}

export function findLine(id: string): LibreChatLine | undefined {
  return LIBRECHAT_LINES.find((line) => line.id === id);
}

/**
 * The version as written (`0.8.2`, `v0.8.2`, `0.8.8-rc4`), or undefined when it is not a known line.
 * A release candidate gets its line with the facts its candidates did differently (`releaseCandidates`).
 */
export function lookUpVersion(input: string): ResolvedVersion | undefined {
  const version = parseLibreChatVersion(input);
  const line = version && findLine(version.lineId);
  if (!line || !version) return undefined;
  const candidate = version.rc !== undefined && line.releaseCandidates;
  return { line: candidate ? { ...line, ...candidate } : line, version };
}

/** Like lookUpVersion, but refuses anything else with the list of lines (a usage error: exit 2). */
export function resolveLibreChatVersion(input: string): ResolvedVersion {
  const found = lookUpVersion(input);
  if (found) return found;
  const parsed = parseLibreChatVersion(input) !== undefined;
  throw new UsageError({ code: 'option.librechat-version', params: { value: parsed ? input.trim() : input, parsed, known: listLineIds() } });
}

/** The cache family of an exact version (a line's release candidates may still carry the previous cache code). */
export function cacheFamilyOf(resolved: ResolvedVersion): CacheFamilyId {
  return resolved.line.cacheFamily;
}

/**
 * The line a config's `version:` points at: the oldest line that ships exactly that config version
 * (v0.8.3 and v0.8.4 both ship 1.3.6), else the oldest line whose config version is newer (a release
 * candidate's in-between version), else undefined.
 */
export function lineForConfigVersion(configVersion: string): LibreChatLine | undefined {
  const wanted = configVersion.trim();
  return LIBRECHAT_LINES.find((line) => line.configVersion === wanted) ?? LIBRECHAT_LINES.find((line) => compareVersions(line.configVersion, wanted) >= 0);
}
