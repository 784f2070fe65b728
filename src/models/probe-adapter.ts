import type { Deployment } from '../config/load-deployment.js';
import type { ProbeProgressEvent, ProbeResult, SkippedTarget, Verdict } from '../probe/types.js';
import type { CheckStatus, ModelCheck, ProbedArgs, ProbedFacts } from './checks.js';
import type { EndpointResolution, ModelResolution } from './types.js';

/**
 * The time limits of check-models' probe, which has no options for them: a dead endpoint must not
 * hold the report for a minute. `lc-doctor probe` has options to wait longer.
 */
export const CHECK_MODELS_PROBE_LIMITS = { timeoutMs: 20_000, connectTimeoutMs: 5000, stallTimeoutMs: 10_000 } as const;

/**
 * `--probe`: the probe engine streams LibreChat's exact request for each shown endpoint's
 * configured models (the first listed model when the list is fetched) and each result becomes
 * one report line.
 */
export async function probeShownModels(deployment: Deployment, resolution: ModelResolution, onProgress?: (event: ProbeProgressEvent) => void): Promise<ModelCheck[]> {
  const { collectProbeTargets, runProbes } = await import('../probe/index.js');
  const shown = resolution.endpoints.filter((e) => e.status === 'shown' || e.status === 'fallback');
  const { targets, skipped } = collectProbeTargets(deployment.config?.value, deployment.environment, { endpoints: shown.map((e) => e.name) });
  const planned = targets.map((target) => ({ ...target, models: modelsToProbe(shown.find((e) => e.name === target.name)) })).filter((t) => t.models.length > 0);
  const results = await runProbes(planned, { allModels: true, librechatVersion: resolution.librechatVersion, environment: deployment.environment, ...CHECK_MODELS_PROBE_LIMITS }, onProgress);
  return [...results.map(toCheck), ...skipped.map(skippedCheck)];
}

/** What the admin configured and LibreChat shows; for a fetched list, its first id. */
function modelsToProbe(endpoint: EndpointResolution | undefined): string[] {
  if (!endpoint) return [];
  const shown = new Set(endpoint.models.map((m) => m.id));
  const configured = endpoint.configured.map((m) => m.id).filter((id) => shown.has(id));
  return configured.length > 0 ? configured : endpoint.models.slice(0, 1).map((m) => m.id);
}

const STATUS: Record<Verdict['severity'], CheckStatus> = { error: 'fail', warn: 'warn', info: 'ok' };

function toCheck(result: ProbeResult): ModelCheck {
  const main: Verdict = result.verdicts[0] ?? { code: 'ok', severity: 'info', data: {} };
  const status = result.verdicts.reduce<CheckStatus>((worst, v) => (rank(STATUS[v.severity]) > rank(worst) ? STATUS[v.severity] : worst), 'ok');
  const fixable = result.verdicts.find((v) => v.fix);
  return {
    code: 'probe',
    status,
    endpoint: result.endpoint,
    model: result.model,
    args: probedArgs(main, {
      verdicts: result.verdicts.map((v) => v.code),
      display: result.display,
      version: result.librechatVersion,
      firstReasoningMs: Math.round(result.timings.firstReasoning ?? -1),
      firstAnswerMs: Math.round(result.timings.firstAnswer ?? -1),
      totalMs: Math.round(result.timings.total),
    }),
    fix: fixable?.fix ? { kind: 'yaml', text: renderYamlFix(fixable.fix), ...(fixable.addEntry ? { addEntry: renderAddedEntry(fixable.addEntry) } : {}) } : undefined,
  };
}

/** The main verdict's facts flat beside the probe's own (the line's JSON shape); each code keeps its own facts. */
function probedArgs(main: Verdict, facts: ProbedFacts): ProbedArgs {
  return { ...main.data, verdict: main.code, ...facts } as ProbedArgs;
}

function skippedCheck(skipped: SkippedTarget): ModelCheck {
  const check: ModelCheck = { code: 'probe', status: 'warn', endpoint: skipped.name, args: { verdict: 'skipped', reason: skipped.reason, field: skipped.field, variables: skipped.variables } };
  // check-models reads no key from stdin; the probe command does.
  if (skipped.reason === 'user-provided') check.fix = { kind: 'command', text: `lc-doctor probe ${shellQuote(skipped.name)} --key-stdin` };
  return check;
}

export function shellQuote(word: string): string {
  return /^[\w.@%+=:,/-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function rank(status: CheckStatus): number {
  return status === 'fail' ? 2 : status === 'warn' ? 1 : 0;
}

/** The entry a `titleEndpoint` fix names, as the list item to add under `endpoints.custom`. */
function renderAddedEntry(entry: Record<string, unknown>): string {
  return renderYamlFix(entry, '  ').replace(/^ {2}/, '- ');
}

/** `{ addParams: { enable_thinking: true } }` as the YAML lines to add under the endpoint. */
export function renderYamlFix(fix: Record<string, unknown>, indent = ''): string {
  return Object.entries(fix)
    .map(([key, value]) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? `${indent}${key}:\n${renderYamlFix(value as Record<string, unknown>, indent + '  ')}` : `${indent}${key}: ${JSON.stringify(value)}`))
    .join('\n');
}
