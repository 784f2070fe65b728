/**
 * How each command's JSON output states a fact about a deployment. A reader returns the command's
 * verdict, or undefined when the command has nothing to say about that fact. The verdict words are
 * shared by all commands of one fact, so the driver can compare them as they are.
 */

/** `check-models --why` is run as its own command: its answer is about one model. */
export type Command = 'validate' | 'check-models' | 'check-models --why' | 'probe' | 'clear-models-cache' | 'doctor';

interface Diagnostic {
  ruleId: string;
  severity: string;
  pointer: string;
}
interface Check {
  code: string;
  status: string;
  endpoint?: string;
  model?: string;
  args: Record<string, unknown>;
}
interface ProbeResult {
  endpoint: string;
  model: string;
  display: string;
  verdicts: { code: string; severity: string }[];
}
export interface Outputs {
  validate?: { diagnostics: Diagnostic[] };
  'check-models'?: { checks: Check[] };
  'check-models --why'?: { why: { verdict: string } };
  probe?: { results: ProbeResult[]; skipped: { name: string; reason: string }[] };
  'clear-models-cache'?: { keys: unknown[] };
  doctor?: { findings: { fact: string; severity: string; reportedBy: string[] }[] };
}

type Reader = (outputs: Outputs) => string | undefined;

const failing = (problem: boolean): string => (problem ? 'problem' : 'fine');
const doctorHas = (outputs: Outputs, fact: RegExp): boolean | undefined => outputs.doctor?.findings.some((f) => fact.test(f.fact) && f.severity !== 'info');

/** Every fact the table asks about, with each command's way of stating it. */
export const FACTS: Record<string, Partial<Record<Command, Reader>>> = {
  /** The endpoint's configured models answer (seed methods one and two). */
  'models-work': {
    validate: (o) => o.validate && failing(o.validate.diagnostics.some((d) => d.severity === 'error')),
    'check-models': (o) => o['check-models'] && failing(o['check-models'].checks.some((c) => c.status === 'fail')),
    probe: (o) => o.probe && failing(o.probe.skipped.length > 0 || o.probe.results.some((r) => r.verdicts.some((v) => v.severity === 'error'))),
    doctor: (o) => o.doctor && failing(o.doctor.findings.some((f) => f.severity === 'error')),
  },
  /** LibreChat drops the custom entry at load (a required key misspelled). */
  'entry-dropped': {
    validate: (o) => o.validate && failing(o.validate.diagnostics.some((d) => d.severity === 'error' && d.pointer.startsWith('/endpoints/custom/0'))),
    'check-models': (o) => o['check-models'] && failing(o['check-models'].checks.some((c) => c.code === 'entry-dropped' && c.status === 'fail')),
    probe: (o) => o.probe && failing(o.probe.skipped.some((s) => s.reason === 'incomplete-entry') || o.probe.results.length === 0),
    doctor: (o) => o.doctor && failing(doctorHas(o, /^endpoint-dropped:\/endpoints\/custom\/0$/) === true),
  },
  /** `OPENROUTER_API_KEY` changes where chats go (the 0.7 legacy client's takeover). */
  'openrouter-takeover': {
    validate: (o) => o.validate && failing(o.validate.diagnostics.some((d) => d.pointer === '/OPENROUTER_API_KEY' && d.severity === 'warn')),
    'check-models': (o) => o['check-models'] && failing(o['check-models'].checks.some((c) => c.code === 'legacy-openrouter-key' && c.status === 'warn')),
    doctor: (o) => o.doctor && failing(o.doctor.findings.some((f) => f.fact === 'openrouter-api-key' && f.severity === 'warn')),
  },
  /** An id the admin listed is not one the provider serves (method one: `${OPENAI_REVERSE_PROXY}/models`). */
  'model-served': {
    'check-models': (o) => o['check-models'] && failing(o['check-models'].checks.some((c) => c.code === 'model-not-at-provider' && c.status === 'fail')),
    'check-models --why': (o) => o['check-models --why'] && failing(o['check-models --why'].why.verdict !== 'shown'),
    probe: (o) => o.probe && failing(o.probe.results.some((r) => r.verdicts.some((v) => v.code === 'model-not-found'))),
    doctor: (o) => o.doctor && failing(doctorHas(o, /^model-not-served:/) === true),
  },
  /** The model list cached in Redis is not what the config gives now (a model the config adds does not show). */
  'cache-stale': {
    'check-models': (o) => o['check-models'] && failing(o['check-models'].checks.some((c) => c.code === 'cache-stale')),
    'check-models --why': (o) => o['check-models --why'] && failing(o['check-models --why'].why.verdict !== 'shown'),
    doctor: (o) => o.doctor && failing(o.doctor.findings.some((f) => f.fact.startsWith('cache-stale'))),
  },
  /** Redis holds a model list of this line that clearing would remove. */
  'cache-holds-lists': {
    'check-models': (o) => o['check-models'] && (o['check-models'].checks.some((c) => c.code === 'cache-stale' || (c.code === 'cache-fresh' && Number(c.args.lists) + Number(c.args.queries) > 0)) ? 'cached' : 'empty'),
    'clear-models-cache': (o) => o['clear-models-cache'] && (o['clear-models-cache'].keys.length > 0 ? 'cached' : 'empty'),
  },
  /** The Thoughts block shows the model's reasoning. */
  'reasoning-display': {
    probe: (o) => o.probe?.results[0]?.display,
    'check-models': (o) => o['check-models']?.checks.find((c) => c.code === 'probe')?.args.display as string | undefined,
  },
  /** The second message of a chat fails: reasoning is replayed to a provider that refuses it. */
  'replay-refused': {
    validate: (o) => o.validate && failing(o.validate.diagnostics.some((d) => d.ruleId === 'reasoning-history-refused')),
    'check-models': (o) => o['check-models'] && failing(o['check-models'].checks.some((c) => c.code === 'reasoning-history-refused')),
    probe: (o) => o.probe && failing(o.probe.results.some((r) => r.verdicts.some((v) => v.code === 'second-turn-rejected'))),
    doctor: (o) => o.doctor && failing(doctorHas(o, /^reasoning-history-refused:/) === true),
  },
};
