import type { NestedFinding } from '../../../core/problems.js';
import type { LocatedCheck } from '../../../models/report.js';
import type { DecisionStep } from '../../../models/types.js';
import type { ModelStep } from '../../../models/why.js';
import type { ReasoningDisplay, SkippedTarget, Verdict } from '../../../probe/types.js';
import type { CheckModelsWords } from '../../check-models/words.js';
import { describeDisplay, describeSkip, describeVerdict } from '../../probe/words.js';
import { wordFinding } from '../../validate/word-finding.js';
import { failureText } from '../../errors/index.js';
import { plural as englishPlural } from './plural.js';

type Args = Record<string, unknown>;
const s = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));
const plural = (n: unknown, word: string): string => englishPlural(Number(n), word);

function origins(args: Args): string {
  const list = (args.origins as string[] | undefined) ?? [];
  return list
    .map((o) => (o.startsWith('fetched:') ? `GET ${o.slice(8)}` : o.startsWith('default:') ? `LibreChat's default ${o.slice(8)} list` : o.startsWith('/') ? `models.default` : o))
    .join(' + ');
}

function didYouMean(args: Args): string {
  if (!args.suggestion) return '';
  const why = args.kind === 'case' ? 'differs only in case' : args.kind === 'org-prefix' ? 'differs in the org prefix' : args.kind === 'separator' ? 'differs in separators' : 'looks like a typo of it';
  return `; the provider has '${s(args.suggestion)}' (${why})`;
}

function fetchFailure(args: Args): string {
  if (args.reason === 'http') return `HTTP ${s(args.status)}${args.message ? `: ${s(args.message)}` : ''}`;
  return s(args.message) || s(args.reason);
}

function describeCheck(check: LocatedCheck): string {
  const a = check.args as Args;
  switch (check.code) {
    case 'config-problem':
      return `${wordFinding(a.finding as NestedFinding).message} (${s(a.rule)})${a.first ? ': LibreChat rejects the whole file (it exits, or runs without it), so only built-in endpoints are checked' : ''}`;
    case 'endpoint-ok':
      return `${plural(a.count, 'model')} from ${origins(a) || 'nowhere'}`;
    case 'endpoint-fallback':
      return `model fetch failed (${a.reason ? fetchFailure(a) : 'empty list'} at ${s(a.url)}); LibreChat shows the fallback list instead: ${plural(a.count, 'model')} from ${origins(a)}`;
    case 'endpoint-hidden':
      return a.written
        ? `hidden: ENDPOINTS lists '${s(a.written)}' but names are case-sensitive ('${s(a.endpoint)}')`
        : `hidden: ENDPOINTS=${s(a.value)} does not list '${s(a.endpoint)}'`;
    case 'endpoint-not-enabled':
      return `not shown: ${s(a.variables).split(', ')[0]} is empty, so LibreChat does not enable this endpoint${Number(a.models) > 0 ? ` (its ${plural(a.models, 'configured model')} never show)` : ''}`;
    case 'entry-dropped':
      return `dropped at load time: missing ${s(a.missing)}${(a.typos as string[]).length ? ` (found '${s(a.typos)}': keys are case-sensitive)` : ''}; none of its models show`;
    case 'entry-duplicate-name':
      return `same name as entry #${s(a.first)}: LibreChat keys endpoints by name, so one shadows the other`;
    case 'env-list-suspicious':
      return `${s(a.variable)} has ids with brackets, quotes, spaces or ';': ${s(a.ids)} (it is a plain comma list)`;
    case 'unresolved-variable':
      return `\${${s(a.variables)}} is not set: LibreChat sends the placeholder literally and requests fail; put the value into .env as ${s(a.variables)}`;
    case 'env-literal-reference':
      return `${s(a.variable)} is the literal text \${${s(a.references)}}: LibreChat reads .env with dotenv, which never expands it (only Docker Compose's env_file does), so requests fail; write the value of ${s((a.references as string[])[0])} itself into ${s(a.variable)}`;
    case 'user-provided-no-fetch':
      return `user_provided key or URL: this LibreChat version never fetches the list, users see models.default (${plural(a.count, 'model')})`;
    case 'model-replaced-by-fetch':
      return `'${s(check.model)}' is in models.default but the fetched list replaces it and does not contain it${didYouMean(a)}`;
    case 'model-not-at-provider':
      return `'${s(check.model)}' shows in the list but the provider does not serve it: choosing it fails${didYouMean(a)}`;
    case 'model-id-punctuation':
      return `'${s(check.model)}' is one model id to LibreChat: its comma or full-width punctuation (Chinese input method) does not separate models; meant: ${s(a.ids)}`;
    case 'legacy-openrouter-key':
      return a.takeover
        ? `OPENROUTER_API_KEY is set: LibreChat ${s(a.version)} sends the built-in OpenAI endpoint's chats to OpenRouter with it, and takes its model list from openrouter.ai`
        : `OPENROUTER_API_KEY is set: LibreChat ${s(a.version)} does not read it (it does not add an OpenRouter endpoint)`;
    case 'cache-stale':
      return a.absent
        ? `stale: the cached ${s(a.entry)} (${s(a.key)}) has no '${s(check.endpoint)}' list; the config gives ${plural(a.resolved, 'model')}`
        : `stale: the cache holds ${s(a.cached)} ${s(check.endpoint)} models, the config gives ${s(a.resolved)}${(a.missing as string[]).length ? ` (missing: ${s(a.missing)})` : ''}`;
    case 'cache-fresh':
      return Number(a.lists) + Number(a.queries) === 0
        ? `no model list cached in Redis for this version: LibreChat builds the lists on the next request`
        : `the model lists cached in Redis (${plural(Number(a.lists) + Number(a.queries), 'entry')}) match the config`;
    case 'cache-in-memory':
      return `model lists are cached in LibreChat's process memory: a restart (every replica) applies changes`;
    case 'cache-unavailable':
      return `could not read the model cache: ${failureText(a)}`;
    case 'probe':
      return describeProbe(a);
  }
}

/** Probe lines reuse the probe's own wording for its verdicts. */
function describeProbe(a: Args): string {
  if (a.verdict === 'skipped' && a.reason === 'user-provided') return `not probed: ${s(a.field)} is user_provided (each user enters a key in LibreChat)`;
  if (a.verdict === 'skipped') return `not probed: ${describeSkip({ name: '', source: '', reason: a.reason as SkippedTarget['reason'], field: s(a.field), variables: (a.variables as string[]) ?? [] })}`;
  const verdict = { code: a.verdict, severity: 'info', data: a } as unknown as Verdict;
  const timing = Number(a.firstReasoningMs) >= 0 ? `first reasoning ${s(a.firstReasoningMs)} ms, ` : '';
  const reasoning = a.display === 'no-reasoning' ? '' : `; reasoning ${describeDisplay(a.display as ReasoningDisplay, s(a.version))}`;
  return `probe: ${describeVerdict(verdict)}${reasoning} (${timing}total ${s(a.totalMs)} ms)`;
}

/** Where a model id came from, in words (`--verbose`, `--why`). */
function describeOrigin(kind: string, detail: string): string {
  if (kind === 'default-list') return `LibreChat's default ${detail} list`;
  if (kind === 'fetched') return `fetched from ${detail}`;
  return detail;
}

function describeStep(step: DecisionStep | ModelStep): string {
  const a = step.args as Args;
  switch (step.code) {
    case 'entry-missing-field':
      return `endpoints.custom[${s(a.index)}] lacks ${s(a.missing)}: loadConfigModels drops the entry silently`;
    case 'entry-duplicate-name':
      return `entry #${s(a.index)} has the same name as entry #${s(a.first)}`;
    case 'endpoint-not-enabled':
      return `${s(a.variables)} empty: the ${s(a.endpoint)} endpoint is not enabled`;
    case 'endpoint-enabled':
      return `${s(a.variable)} is set: the ${s(a.endpoint)} endpoint is enabled`;
    case 'endpoints-allow-list':
      return a.listed ? `ENDPOINTS lists ${s(a.endpoint)}` : `ENDPOINTS=${s(a.value)} does not list ${s(a.endpoint)}: hidden`;
    case 'endpoints-allow-list-case':
      return `ENDPOINTS has '${s(a.written)}', not '${s(a.endpoint)}' (case-sensitive): hidden`;
    case 'custom-always-shown':
      return `custom endpoint '${s(a.endpoint)}' loads (custom endpoints ignore ENDPOINTS)`;
    case 'env-list-replaces':
      return `${s(a.variable)} is set: its ${plural(a.count, 'id')} replace the default list (${s(a.defaults)} ids)${a.fetches ? ' and fetching is off' : ''}`;
    case 'env-list-suspicious':
      return `${s(a.variable)} has odd ids: ${s(a.ids)}`;
    case 'yaml-list-wins':
      return `${s(a.pointer)} lists ${plural(a.count, 'model')} and wins over the environment`;
    case 'user-provided-defaults':
      return `${s(a.variable ?? a.endpoint)} is user_provided: no fetch, the ${s(a.list)} list is used (${plural(a.count, 'model')})`;
    case 'user-provided-fetch-later':
      return `user_provided: models.default until a user stores a key, then fetched with that user's key`;
    case 'fetch-disabled':
      return `models.fetch is off: models.default is the list`;
    case 'fetch-url':
      return `LibreChat fetches GET ${s(a.url)} (5 s timeout, {data:[{id}]} expected)`;
    case 'fetch-ok':
      return `the fetch returned ${plural(a.count, 'model')}${Number(a.replaces) > 0 ? `; they replace models.default (${plural(a.replaces, 'id')})` : ''}`;
    case 'fetch-failed':
      return `the fetch failed: ${fetchFailure(a)}`;
    case 'fetch-empty':
      return `the fetch returned an empty list`;
    case 'fetch-chat-completions-url':
      return `baseURL ends in /chat/completions, so the fetch asks ${s(a.baseURL)}/models, which does not exist`;
    case 'fetch-trailing-slash':
      return `baseURL ends in '/': this version asks ${s(a.baseURL)}/models (double slash)`;
    case 'ollama-tags':
      return `the name starts with 'ollama': LibreChat asks ${s(a.url)} first${a.ok ? '' : ` and it failed (${s(a.message)})${a.fallsBack ? ', then tries /models' : '; this version does not try /models'}`}`;
    case 'openai-filter':
      return `api.openai.com list filtered with /${s(a.pattern)}/ (minus audio/realtime): ${s(a.kept)} kept`;
    case 'fallback-defaults':
      return a.reason === 'no-key' ? `no key to fetch with: the ${s(a.list)} list is used` : `falls back to ${s(a.list)} (${plural(a.count, 'model')})`;
    case 'default-list':
      return `${s(a.listVariable)} unset: LibreChat's default ${s(a.list)} list (${plural(a.count, 'model')})`;
    case 'yaml-defaults':
      return `models.default lists ${plural(a.count, 'model')}`;
    case 'unresolved-variable':
      return `\${${s(a.variables)}} is not set: the literal placeholder is used`;
    case 'env-literal-reference':
      return `${s(a.variable)} holds \${${s(a.references)}} unexpanded: the literal text is the key`;
    case 'model-in-list':
      return `'${s(a.model)}' is in the list (${describeOrigin(s(a.originKind), s(a.origin))}): it shows`;
    case 'model-not-at-provider':
      return `'${s(a.model)}' shows, but the provider's /models does not have it${didYouMean(a)}`;
    case 'model-replaced-by-fetch':
      return `'${s(a.model)}' is in models.default, but the fetched list (${plural(a.fetched, 'model')}) replaces models.default and lacks it${didYouMean(a)}`;
    case 'model-only-at-provider':
      return `'${s(a.model)}' exists at the provider (${s(a.url)}) but not in the configured list${a.listed ? `, which has '${s(a.listed)}' instead` : ''}${a.fetch ? '; add it to models.default, or set models.fetch: true to show every model the provider serves' : ''}`;
    case 'model-not-listed':
      if (a.shown) return `'${s(a.model)}' is in no list, but the provider's '${s(a.suggestion)}' is and shows: ask for that id`;
      if (a.providerAnswered && !a.suggestion) return `'${s(a.model)}' is in no list, and the provider's /models does not have it either: an id added to a list would show and then fail`;
      return `'${s(a.model)}' is in no list${didYouMean(a)}; ${listAdvice(a)}`;
    case 'model-cache-stale':
      return a.absent
        ? `LibreChat's cached ${s(a.entry)} (${s(a.key)}) has no list for this endpoint: it serves the cached lists, so neither shows until the cache is cleared`
        : `LibreChat's cached ${s(a.entry)} (${s(a.key)}) is an older list without '${s(a.model)}': it serves that list, so the model does not show until the cache is cleared`;
    case 'model-in-no-endpoint':
      return `'${s(a.model)}' is in no endpoint's list (looked at: ${s(a.endpoints) || 'none'})${(a.lists as string[]).length > 0 ? `; it could go into ${s(a.lists)}:` : '; no endpoint shows, so no list can hold it'}`;
  }
}

/** Where a new id goes on one endpoint, and what that edit means. */
function listAdvice(a: Args): string {
  if (a.fetched) return "the provider's fetched list replaces models.default, so only an id the provider serves can show";
  if (a.list === 'models.default') return `add it to models.default${a.fetchable ? ', or set models.fetch: true if the provider serves it' : ''}`;
  if (a.replaces) return `${s(a.list)} replaces the ${plural(a.count, 'model')} shown today whole, so its line lists them all plus this one`;
  return `add it to ${s(a.list)}`;
}

export const checkModels: CheckModelsWords = {
  check: describeCheck,
  step: describeStep,
  origin: describeOrigin,
  plural: (n, word) => englishPlural(n, word),
  noFiles: 'no files',
  status: { ok: 'ok', warn: 'warn', fail: 'fail' },
  fixWhere: { env: 'in .env', yaml: 'in librechat.yaml', command: 'run' },
  fixLabel: 'fix',
  hintLabel: 'hint',
  whyTitle: (model) => `why ${model}`,
  whyVerdict: { shown: 'shows', 'shown-not-served': 'shows, but the provider does not serve it', 'not-shown': 'does not show' },
  whyEndpoint: (endpoint) => ` (endpoint ${endpoint})`,
  nearMisses: (list) => `near-misses: ${list}`,
  whyPlace: (place) => `${place.endpoint}: ${listAdvice(place as unknown as Args)}`,
  summary: (s) => `${plural(s.endpoints, 'endpoint')}, ${plural(s.models, 'model')} shown`,
  counts: (s) => ({ ok: `${s.ok} ok`, warn: `${s.warn} warn`, fail: `${s.fail} fail` }),
  allShow: 'every configured model will show',
  someDoNot: 'some configured models will not show or not work',
  markdownColumns: '| | endpoint | model | finding | fix |',
  fix: {
    none: "--fix: no model id to correct automatically (only ids the provider has in another case, or as its only near-miss, are)",
    headline: (f) => `--fix ${f.dryRun ? 'would correct' : 'corrected'} ${plural(f.count, 'model id')} in ${f.files}${f.dryRun ? ' (nothing written: --dry-run)' : ` (previous versions kept as ${f.backups})`}`,
    again: 'run check-models again to see the lists as LibreChat will build them now',
    markdown: (dryRun, list) => `--fix ${dryRun ? 'would correct' : 'corrected'}: ${list || 'nothing'}`,
  },
  demo: {
    intro: 'Mock providers on loopback, a sample librechat.yaml and .env, then doctor --probe on them.',
    configCaption: 'librechat.yaml (in a temp folder, removed afterwards):',
    onYourOwn: 'On your own deployment: lc-doctor doctor <folder> --probe',
    stories: {
      deepseek: 'DeepSeek-style reasoning endpoint, configured right',
      qwen: 'DashScope-style endpoint: Qwen thinks only with enable_thinking, which the config does not send',
      siliconflow: "SiliconFlow-style endpoint whose config has a model id in the wrong case ('-exp' for '-Exp')",
    },
  },
};
