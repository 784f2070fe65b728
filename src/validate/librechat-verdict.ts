import type { Diagnostic } from '../core/diagnostic.js';
import { listCustomEndpoints, listMissingEndpointFields } from '../rules/support.js';
import type { LibreChatLine } from '../librechat/index.js';

/**
 * What LibreChat itself will do at start-up with these files: one verdict for CI, derived from
 * the findings. `loads` is the single flag to gate on.
 */
export interface LibreChatVerdict {
  /** LibreChat starts and applies the config as written (true when there is no config file). */
  loads: boolean;
  /** The process starts (false: it throws or exits while loading). */
  starts: boolean;
  /** `applied`, `ignored` (LibreChat runs on defaults without it) or `absent`. */
  config: 'applied' | 'ignored' | 'absent';
  /** Custom endpoints LibreChat drops without a word while loading (names, or `#n` when unnamed). */
  droppedEndpoints: string[];
  /** The findings that decide `starts`/`config`, in report order. */
  decidedBy: { ruleId: string; file: string; line: number | null; pointer: string }[];
}

/**
 * Rules whose finding is a throw in LibreChat's start-up: the loader (`parseCustomParams`), the
 * Azure setup (`validateAzureGroups`), the cache and Redis setup.
 */
const THROWS_AT_STARTUP = new Set(['custom-params-invalid', 'azure-group-invalid', 'forced-in-memory-namespaces', 'redis-prefix-conflict', 'redis-uri-missing']);

export interface VerdictInput {
  /** Every finding of the report (located). */
  diagnostics: Diagnostic[];
  /** LibreChat's own schema verdict, before rules replaced any message (located). */
  schemaErrors: Diagnostic[];
  /** The parsed config value; `undefined` when absent or unparsable. */
  configValue: unknown;
  configPresent: boolean;
  /** The judged line: whether a schema failure exits or ignores the file (PR #10733) comes from it. */
  line: LibreChatLine;
  environment: Record<string, string>;
}

export function judgeLibreChat(input: VerdictInput): LibreChatVerdict {
  const syntax = input.diagnostics.filter((d) => d.ruleId === 'yaml-syntax');
  // An empty file is "missing or YAML format invalid" to LibreChat: it runs on defaults.
  const empty = input.configPresent && syntax.length === 0 && (input.configValue === null || input.configValue === undefined);
  const schemaFailures = empty ? [] : input.schemaErrors;
  const schemaExits = input.line.invalidConfig === 'exits' && input.environment.CONFIG_BYPASS_VALIDATION !== 'true';
  const throwing = input.diagnostics.filter((d) => THROWS_AT_STARTUP.has(d.ruleId));
  const exits = throwing.length > 0 || (schemaExits && schemaFailures.length > 0);
  const ignored = !exits && (syntax.length > 0 || empty || schemaFailures.length > 0);
  const config = !input.configPresent ? 'absent' : ignored || exits ? 'ignored' : 'applied';
  const emptyFinding = empty ? input.schemaErrors : [];
  const deciding = exits ? [...throwing, ...(schemaExits ? schemaFailures : [])] : ignored ? [...syntax, ...emptyFinding, ...schemaFailures] : [];
  return {
    loads: !exits && config !== 'ignored',
    starts: !exits,
    config,
    droppedEndpoints: config === 'applied' ? droppedEndpoints(input.configValue) : [],
    decidedBy: deciding.map((d) => ({ ruleId: d.ruleId, file: d.file, line: d.range?.line ?? null, pointer: d.pointer })),
  };
}

/** Entries `loadCustomEndpointsConfig` skips: a required field missing, whatever its spelling. */
function droppedEndpoints(configValue: unknown): string[] {
  return listCustomEndpoints(configValue)
    .filter(({ entry }) => listMissingEndpointFields(entry).length > 0)
    .map(({ index, entry }) => (typeof entry.name === 'string' && entry.name ? entry.name : `#${index + 1}`));
}
