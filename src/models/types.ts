/**
 * Plain data produced by the model-list engine. Nothing here holds wording: formatters in
 * `src/report/check-models/` turn step codes and their arguments into sentences.
 */

import type { FailureText, ProbeDetail } from '../probe/types.js';

/** Where one model id in a resolved list came from. */
export type ModelOrigin =
  /** LibreChat's built-in `defaultModels.<list>` of the targeted version. */
  | { kind: 'default-list'; list: string }
  /** A comma list in the environment, e.g. `OPENAI_MODELS`. */
  | { kind: 'env-list'; variable: string }
  /** `models.default` (or another YAML list) at this JSON pointer. */
  | { kind: 'yaml-list'; pointer: string; /** The item's position in that list. */ index: number }
  /** Returned by the provider's model list at this URL. */
  | { kind: 'fetched'; url: string };

export interface ResolvedModel {
  id: string;
  origin: ModelOrigin;
}

/** How a step of LibreChat's decision path went. `stop` means a model or endpoint drops out here. */
export type StepOutcome = 'pass' | 'info' | 'warn' | 'stop';

/** A fix the user can apply: a .env line, a YAML snippet or a command. */
export interface Fix {
  kind: 'env' | 'yaml' | 'command';
  text: string;
  /** A comment for the fix's last line, as a code: the report words it in the chosen language. */
  note?: FixNote;
  /** A whole `endpoints.custom` item to add as well (a `titleEndpoint` fix names it), as YAML. */
  addEntry?: string;
}

/** Why a pasted line reads as it does: `ollama-name` (a name without the prefix fetches /models only), `keep-models-default` (`fetch: false` keeps the list). */
export type FixNote = 'ollama-name' | 'keep-models-default';

/**
 * The facts each step of LibreChat's decision path carries for its sentence (never secrets, never
 * words): `src/report/locales/<language>/check-models.ts` words each code, and the compiler checks
 * every language has every one.
 */
export interface StepArgs {
  'entry-missing-field': { endpoint: string; index: number; missing: string[]; /** Keys that differ only in case. */ typos: string[] };
  'entry-duplicate-name': { endpoint: string; first: number; index: number };
  'endpoint-not-enabled': { endpoint: string; variables: string[] };
  'endpoint-enabled': { endpoint: string; variable: string };
  'endpoints-allow-list': AllowListArgs;
  'endpoints-allow-list-case': AllowListArgs;
  'custom-always-shown': { endpoint: string };
  'env-list-replaces': { variable: string; count: number; defaults: number; fetches: boolean };
  'env-list-suspicious': { variable: string; ids: string[] };
  'yaml-list-wins': { pointer: string; count: number };
  'user-provided-defaults': DefaultListArgs;
  'user-provided-fetch-later': DefaultListArgs;
  'fetch-disabled': { count: number };
  'fetch-url': { url: string; shape: 'openai' };
  'fetch-ok': { url: string; count: number; /** How many models.default ids the fetched list replaces (custom endpoints). */ replaces?: number };
  'fetch-failed': { url: string; reason: FetchFailure; status: number } & FetchFailureText;
  'fetch-empty': { url: string };
  'fetch-chat-completions-url': { baseURL: string };
  'fetch-trailing-slash': { baseURL: string };
  /** `message` is empty when the tags list answered. */
  'ollama-tags': { endpoint: string; url: string; ok: boolean; fallsBack: boolean } & FetchFailureText;
  'openai-filter': { pattern: string; kept: number; removed: string[] };
  'fallback-defaults': { reason: 'no-key' | 'empty' | 'failed'; list: string; count: number };
  'default-list': DefaultListArgs;
  'yaml-defaults': { pointer: string; count: number };
  'unresolved-variable': { variables: string[] };
  /** A key variable holds `${OTHER}` as literal text (dotenv never expands it; Compose's env_file would). */
  'env-literal-reference': { variable: string; references: string[] };
}

/** `ENDPOINTS` and one built-in endpoint: listed, or not (`written`: the entry that differs only in case). */
export interface AllowListArgs {
  endpoint: string;
  listed: boolean;
  written?: string;
  /** `ENDPOINTS` as LibreChat parses it, comma-joined. */
  value?: string;
}

/** A built-in's default list (`listVariable` unset, or a user_provided key), or a custom entry's models.default. */
export interface DefaultListArgs {
  endpoint?: string;
  variable?: string;
  listVariable?: string;
  list: string;
  count: number;
}

export type StepCode = keyof StepArgs;

/** One step of LibreChat's decision path for an endpoint: its code, how it went, its facts, and a fix. */
export type DecisionStep = { [C in StepCode]: { code: C; outcome: StepOutcome; args: StepArgs[C]; fix?: Fix } }[StepCode];

/** The outcome of one model-list request (LibreChat's own fetch or lc-doctor's look-up). */
export type FetchOutcome =
  | { ok: true; url: string; status: number; ids: string[] }
  | ({ ok: false; url: string; reason: FetchFailure; status?: number } & FetchFailureText);

/**
 * Why a model-list fetch failed, in lc-doctor's own terms (worded in
 * `src/report/locales/<language>/check-models.ts`); the probe's own descriptions of an answer
 * that is no list, or a redirect not followed, pass through as they are.
 */
export interface FetchDetails {
  'invalid-url': Record<string, never>;
  refused: Record<string, never>;
  'host-not-found': Record<string, never>;
  /** Nothing (or not all of it) arrived within LibreChat's fetch timeout. */
  'no-answer': { seconds: number };
}

export type FetchDetail = { [C in keyof FetchDetails]: { code: C; params: FetchDetails[C] } }[keyof FetchDetails] | ProbeDetail;

/** A failed fetch's own words: the provider's or the OS's text (`message`), or lc-doctor's (`detail`). */
export type FetchFailureText = FailureText<FetchDetail>;

export type FetchFailure = 'http' | 'network' | 'timeout' | 'shape' | 'invalid-url';

export type EndpointKind = 'builtin' | 'custom';

/** Final state of an endpoint in LibreChat's model selector. */
export type EndpointStatus =
  /** Shown, with the list LibreChat's fetch (or the configured list) produced. */
  | 'shown'
  /** Shown, but with a fallback list because the fetch failed or returned nothing. */
  | 'fallback'
  /** Not shown: hidden by `ENDPOINTS` or not enabled by a key. */
  | 'hidden'
  /** Not shown: the custom entry is dropped at load time. */
  | 'dropped';

export interface EndpointResolution {
  /** Endpoint key as LibreChat uses it (custom names normalised like LibreChat). */
  name: string;
  kind: EndpointKind;
  /** JSON pointer of the custom entry (`/endpoints/custom/2`); absent for env-only built-ins. */
  pointer?: string;
  status: EndpointStatus;
  /** The list LibreChat will show (empty when hidden or dropped). */
  models: ResolvedModel[];
  /** Model ids the admin wrote down (OPENAI_MODELS, models.default ...): the ids expected to show. */
  configured: ResolvedModel[];
  /** LibreChat's decision path for this endpoint, in order. */
  steps: DecisionStep[];
  /** LibreChat's own model fetch, when it made one. */
  fetch?: FetchOutcome;
  /**
   * How LibreChat names this fetch in its `MODEL_QUERIES` cache: the base URL (up to 0.8.4) and
   * the 0.8.5+ digest of base URL and key (a digest, never the key itself).
   */
  cacheIds?: string[];
  /** lc-doctor's read-only look at the provider's list when LibreChat does not fetch (for near-misses). */
  providerList?: FetchOutcome;
}

/** Everything the engine knows after walking LibreChat's path for every endpoint. */
export interface ModelResolution {
  librechatVersion: string;
  endpoints: EndpointResolution[];
  /** `ENDPOINTS` as LibreChat parses it, or the default order when unset. */
  enabledEndpoints: string[];
}
