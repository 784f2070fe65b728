import type { Diagnostic } from './diagnostic.js';

/** A validate finding carried inside another message (the first schema error of a file...). */
export type NestedFinding = Pick<Diagnostic, 'code' | 'params'>;

/** Which file a read failure is about (each language names the kind its own way). */
export type FileKind = 'config' | 'env' | 'compose' | 'compose-env' | 'package-json';

/** What a path is when it is not a regular file. */
export type SpecialFileType = 'directory' | 'fifo' | 'device' | 'socket' | 'other';

/** Why a write was refused by the operating system. */
export type WriteFailure = 'disk-full' | 'quota' | 'read-only' | 'permission' | 'not-writable';

/**
 * Every failure a command reports as a code with parameters (exit 2: could not run). The
 * catalogs in `src/report/locales/<language>/problems.ts` word each one with a hint; the compiler
 * checks that every language has every code. A new failure is one line here plus one entry per
 * language. Parameters are facts (names, paths, counts, masked values); `reason` is a detail from
 * outside lc-doctor (a driver's or the OS's own text), shown as it came.
 */
export interface Problems {
  // Reading files
  'file.directory': { kind: FileKind; file: string };
  'file.not-regular': { kind: FileKind; file: string; type: SpecialFileType };
  'file.missing': { kind: FileKind; file: string };
  'file.unreadable': { kind: FileKind; file: string };
  'file.read-failed': { kind: FileKind; file: string; reason: string };
  'file.too-large': { kind: FileKind; file: string; megabytes: number; limitMegabytes: number };
  'file.not-utf8': { kind: FileKind; file: string; line: number; offset: number };
  'config.too-deep': { file: string };
  'config.mount-missing': { file: string };
  'config.path-missing': { file: string; origin: string };
  'config.default-missing': { file: string };
  /** doctor's deployment folder: absent, or a file. */
  'doctor.folder': { folder: string; kind: 'missing' | 'file' };
  'config.fetch-status': { url: string; status: number };
  'config.fetch-failed': { url: string; reason: string };
  'config.remote-too-large': { url: string; limitMegabytes: number };
  'config.remote-not-local': { url: string; command: 'probe' | 'fix' };
  'config.yaml-errors': { file: string };
  'compose.invalid-yaml': { file: string; reason: string };
  // Writing files
  'write.dangling-link': { file: string };
  'write.not-regular': { file: string; type: SpecialFileType };
  'write.failed': { file: string; cause: WriteFailure };
  'write.locked': { lock: string };
  'check-models.files-changed': Record<string, never>;
  /** A guard against lc-doctor's own bugs: the edited text did not read back as planned, so nothing was written. */
  'edit.unverified': { command: 'add-endpoint' | 'check-models --fix'; file: string };
  // Options
  'option.language': { value: string; known: string[] };
  'option.dry-run-without-fix': { command: 'validate' | 'check-models' };
  'option.rule-syntax': { value: string };
  'option.rule-unknown': { id: string; closest?: string; known: string[] };
  'option.librechat-version': { value: string; parsed: boolean; known: string[] };
  'option.runtime-no-librechat': { files: string[] };
  'option.runtime-no-compose': { folder: string };
  'option.no-confirmation': { command: 'add-endpoint' | 'clear-models-cache' };
  // add-endpoint
  'add-endpoint.invalid-yaml': { file: string; line: number; finding: NestedFinding };
  'add-endpoint.schema-errors': { file: string; count: number; finding: NestedFinding };
  /** A guard against lc-doctor's own bugs: the entry it generated fails the judging schema. */
  'add-endpoint.generated-invalid': { librechatVersion: string; finding: NestedFinding };
  'add-endpoint.facts-missing': Record<string, never>;
  'add-endpoint.replace-needs-models': Record<string, never>;
  /** `entry` names the custom entry; without it the list is method one's `OPENAI_MODELS`. */
  'add-endpoint.models-listed': { entry?: string; existing: string[]; models: string[] };
  'add-endpoint.needs-name': { preset: string };
  'add-endpoint.reserved-name': { name: string; builtIn: string };
  'add-endpoint.env-name': { name: string };
  'add-endpoint.base-url': { url: string };
  'add-endpoint.base-url-credentials': Record<string, never>;
  'add-endpoint.needs-base-url': { preset: string };
  'add-endpoint.needs-models': { preset: string };
  'add-endpoint.fullwidth': { option: string; char: string; position: number; value: string; fixed: string };
  'add-endpoint.yaml-unparsable': Record<string, never>;
  'add-endpoint.root-not-map': Record<string, never>;
  'add-endpoint.endpoints-not-map': Record<string, never>;
  'add-endpoint.endpoints-flow': Record<string, never>;
  'add-endpoint.custom-not-list': Record<string, never>;
  'add-endpoint.entry-is-alias': Record<string, never>;
  'add-endpoint.entry-uses-aliases': { name: string };
  'provider.unknown': { input: string; known: string[] };
  'provider.unknown-region': { preset: string; region: string; known: string[] };
  // probe and check-models
  'probe.key-for-many': { endpoints: string[] };
  'probe.key-empty': Record<string, never>;
  'probe.unknown-endpoint': { wanted: string[]; known: string[] };
  'probe.nothing': { file: string };
  'check-models.unknown-endpoint': { name: string; known: string[] };
  // Redis and MongoDB
  'redis.not-configured': Record<string, never>;
  'redis.uri-missing': Record<string, never>;
  'redis.prefix-conflict': Record<string, never>;
  'redis.uri-not-url': { uri: string };
  'redis.uri-bad-escape': { uri: string };
  'redis.auth': { where: string; reason: string };
  'redis.tls': { where: string; reason: string };
  'redis.connect': { where: string; reason: string };
  /** The connection was taken but nothing answered within `ms`. */
  'redis.no-answer': { where: string; ms: number };
  /** A Compose service only the project network resolves; `rerun` is the command to run inside it. */
  'redis.network-only': { service: string; network: string; rerun?: { toolRoot: string; args: string[] } };
  'mongo.uri': { reason: string };
  'mongo.connect': { reason: string };
  'cache.inspect-failed': { reason: string };
  'cache.fault': { phase: 'redis-delete' | 'redis-recheck' | 'mongo'; reason: string };
  // mock-provider
  'mock.profile': { profile: string; known: string[] };
  'mock.fault': { fault: string; known: string[] };
  'mock.latency-without-fault': { fault: string };
  'mock.port-in-use': { host: string; port: number };
  'mock.host': { host: string };
  'mock.port-denied': { port: number };
}

export type ProblemCode = keyof Problems;

/** One failure: a code with exactly its parameters. */
export type Problem = { [C in ProblemCode]: { code: C; params: Problems[C] } }[ProblemCode];

/** The problem a thrown value carries, if it is a typed failure. */
export function problemOf(error: unknown): Problem | undefined {
  return error instanceof Error && 'problem' in error ? (error as { problem?: Problem }).problem : undefined;
}
