import { REPLAY } from './replay.js';
import type { CheckModelsWords } from '../../check-models/words.js';
import { describeFetchFailure, describeOrigin, describeOrigins, didYouMean } from '../../check-models/messages.js';
import { failureText } from '../../errors/index.js';
import { wordFinding } from '../../validate/word-finding.js';
import { plural } from './plural.js';

export const checkModels: CheckModelsWords = {
  checks: {
    'config-problem': (a) => `${wordFinding(a.finding).message} (${a.rule})${a.first ? ': LibreChat rejects the whole file (it exits, or runs without it), so only built-in endpoints are checked' : ''}`,
    'endpoint-ok': (a) => `${plural(a.count, 'model')} from ${describeOrigins(a.origins) || 'nowhere'}`,
    'endpoint-fallback': (a) => `model fetch failed (${a.reason ? describeFetchFailure(a) : 'empty list'} at ${a.url ?? ''}); LibreChat shows the fallback list instead: ${plural(a.count, 'model')} from ${describeOrigins(a.origins)}`,
    'endpoint-hidden': (a) => a.written
        ? `hidden: ENDPOINTS lists '${a.written}' but names are case-sensitive ('${a.endpoint}')`
        : `hidden: ENDPOINTS=${a.value ?? ''} does not list '${a.endpoint}'`,
    'endpoint-not-enabled': (a) => `not shown: ${a.variables[0]} is empty, so LibreChat does not enable this endpoint${a.models > 0 ? ` (its ${plural(a.models, 'configured model')} never show)` : ''}`,
    'entry-dropped': (a) => `dropped at load time: missing ${a.missing.join(', ')}${a.typos.length ? ` (found '${a.typos.join(', ')}': keys are case-sensitive)` : ''}; none of its models show`,
    'entry-duplicate-name': (a) => `same name as entry #${a.first}: LibreChat keys endpoints by name, so one shadows the other`,
    'env-list-suspicious': (a) => `${a.variable} has ids with brackets, quotes, spaces or ';': ${a.ids.join(', ')} (it is a plain comma list)`,
    'unresolved-variable': (a) => `\${${a.variables.join(', ')}} is not set: LibreChat sends the placeholder literally and requests fail; put the value into .env as ${a.variables.join(', ')}`,
    'env-literal-reference': (a) => `${a.variable} is the literal text \${${a.references.join(', ')}}: LibreChat reads .env with dotenv, which never expands it (only Docker Compose's env_file does), so requests fail; write the value of ${a.references[0] ?? ''} itself into ${a.variable}`,
    'user-provided-no-fetch': (a) => `user_provided key or URL: this LibreChat version never fetches the list, users see models.default (${plural(a.count, 'model')})`,
    'model-replaced-by-fetch': (a, check) => `'${check.model ?? ''}' is in models.default but the fetched list replaces it and does not contain it${didYouMean(a)}`,
    'model-not-at-provider': (a, check) => `'${check.model ?? ''}' shows in the list but the provider does not serve it: choosing it fails${didYouMean(a)}`,
    'model-id-punctuation': (a, check) => `'${check.model ?? ''}' is one model id to LibreChat: its comma or full-width punctuation (Chinese input method) does not separate models; meant: ${a.ids.join(', ')}`,
    'legacy-openrouter-key': (a) => a.takeover
        ? `OPENROUTER_API_KEY is set: LibreChat ${a.version} sends the built-in OpenAI endpoint's chats to OpenRouter with it, and takes its model list from openrouter.ai`
        : `OPENROUTER_API_KEY is set: LibreChat ${a.version} does not read it (it does not add an OpenRouter endpoint)`,
    'reasoning-history-refused': (a) => `${REPLAY[a.option].sends} and ${a.provider} answers 400 to reasoning_content in the messages it is sent: ${REPLAY[a.option].fails}`,
    'cache-stale': (a, check) => a.absent
        ? `stale: the cached ${a.entry} (${a.key}) has no '${check.endpoint ?? ''}' list; the config gives ${plural(a.resolved, 'model')}`
        : `stale: the cache holds ${a.cached} ${check.endpoint ?? ''} models, the config gives ${a.resolved}${a.missing.length ? ` (missing: ${a.missing.join(', ')})` : ''}${a.expiresIn ? `; LibreChat drops this entry by itself in ${a.expiresIn} s` : ''}`,
    'cache-fresh': (a) => a.lists + a.queries === 0
        ? `no model list cached in Redis for this version: LibreChat builds the lists on the next request`
        : `the model lists cached in Redis (${plural(a.lists + a.queries, 'entry')}) match the config`,
    'cache-in-memory': () => `model lists are cached in LibreChat's process memory: a restart (every replica) applies changes`,
    'cache-unavailable': (a) => `could not read the model cache: ${failureText(a)}`,
  },
  steps: {
    'entry-missing-field': (a) => `endpoints.custom[${a.index}] lacks ${a.missing.join(', ')}: loadConfigModels drops the entry silently`,
    'entry-duplicate-name': (a) => `entry #${a.index} has the same name as entry #${a.first}`,
    'endpoint-not-enabled': (a) => `${a.variables.join(', ')} empty: the ${a.endpoint} endpoint is not enabled`,
    'endpoint-enabled': (a) => `${a.variable} is set: the ${a.endpoint} endpoint is enabled`,
    'endpoints-allow-list': (a) => a.listed ? `ENDPOINTS lists ${a.endpoint}` : `ENDPOINTS=${a.value ?? ''} does not list ${a.endpoint}: hidden`,
    'endpoints-allow-list-case': (a) => `ENDPOINTS has '${a.written ?? ''}', not '${a.endpoint}' (case-sensitive): hidden`,
    'custom-always-shown': (a) => `custom endpoint '${a.endpoint}' loads (custom endpoints ignore ENDPOINTS)`,
    'env-list-replaces': (a) => `${a.variable} is set: its ${plural(a.count, 'id')} replace the default list (${a.defaults} ids)${a.fetches ? ' and fetching is off' : ''}`,
    'env-list-suspicious': (a) => `${a.variable} has odd ids: ${a.ids.join(', ')}`,
    'yaml-list-wins': (a) => `${a.pointer} lists ${plural(a.count, 'model')} and wins over the environment`,
    'user-provided-defaults': (a) => `${a.variable ?? a.endpoint ?? ''} is user_provided: no fetch, the ${a.list} list is used (${plural(a.count, 'model')})`,
    'user-provided-fetch-later': () => `user_provided: models.default until a user stores a key, then fetched with that user's key`,
    'fetch-disabled': () => `models.fetch is off: models.default is the list`,
    'fetch-url': (a) => `LibreChat fetches GET ${a.url} (5 s timeout, {data:[{id}]} expected)`,
    'fetch-ok': (a) => `the fetch returned ${plural(a.count, 'model')}${(a.replaces ?? 0) > 0 ? `; they replace models.default (${plural(a.replaces ?? 0, 'id')})` : ''}`,
    'fetch-failed': (a) => `the fetch failed: ${describeFetchFailure(a)}`,
    'fetch-empty': () => `the fetch returned an empty list`,
    'fetch-chat-completions-url': (a) => `baseURL ends in /chat/completions, so the fetch asks ${a.baseURL}/models, which does not exist`,
    'fetch-trailing-slash': (a) => `baseURL ends in '/': this version asks ${a.baseURL}/models (double slash)`,
    'ollama-tags': (a) => `the name starts with 'ollama': LibreChat asks ${a.url} first${a.ok ? '' : ` and it failed (${describeFetchFailure(a)})${a.fallsBack ? ', then tries /models' : '; this version does not try /models'}`}`,
    'openai-filter': (a) => `api.openai.com list filtered with /${a.pattern}/ (minus audio/realtime): ${a.kept} kept`,
    'fallback-defaults': (a) => a.reason === 'no-key' ? `no key to fetch with: the ${a.list} list is used` : `falls back to ${a.list} (${plural(a.count, 'model')})`,
    'default-list': (a) => `${a.listVariable ?? ''} unset: LibreChat's default ${a.list} list (${plural(a.count, 'model')})`,
    'yaml-defaults': (a) => `models.default lists ${plural(a.count, 'model')}`,
    'unresolved-variable': (a) => `\${${a.variables.join(', ')}} is not set: the literal placeholder is used`,
    'env-literal-reference': (a) => `${a.variable} holds \${${a.references.join(', ')}} unexpanded: the literal text is the key`,
    'model-in-list': (a) => `'${a.model}' is in the list (${describeOrigin(a.originKind, a.origin)}): it shows`,
    'model-not-at-provider': (a) => `'${a.model}' shows, but the provider's /models does not have it${didYouMean(a)}`,
    'model-replaced-by-fetch': (a) => `'${a.model}' is in models.default, but the fetched list (${plural(a.fetched, 'model')}) replaces models.default and lacks it${didYouMean(a)}`,
    'model-only-at-provider': (a) => `'${a.model}' exists at the provider (${a.url ?? ''}) but not in the configured list${a.listed ? `, which has '${a.listed}' instead` : ''}${a.fetch ? '; add it to models.default, or set models.fetch: true to show every model the provider serves' : ''}`,
    'model-cache-stale': (a) =>
      a.absent
        ? `LibreChat's cached ${a.entry} (${a.key}) has no list for this endpoint: it serves the cached lists, so neither shows until the cache is cleared`
        : `LibreChat's cached ${a.entry} (${a.key}) is an older list without '${a.model}': it serves that list, so the model does not show until ${a.expiresIn ? `the entry expires (in ${a.expiresIn} s) or ` : ''}the cache is cleared`,
    'model-in-no-endpoint': (a) =>
      `'${a.model}' is in no endpoint's list (looked at: ${a.endpoints.join(', ') || 'none'})${a.lists.length > 0 ? `; it could go into ${a.lists.join(', ')}:` : '; no endpoint shows, so no list can hold it'}`,
  },
  notListed: {
    shownAs: (model, suggestion) => `'${model}' is in no list, but the provider's '${suggestion}' is and shows: ask for that id`,
    notAtProvider: (model) => `'${model}' is in no list, and the provider's /models does not have it either: an id added to a list would show and then fail`,
    addIt: (model, didYouMean, advice) => `'${model}' is in no list${didYouMean}; ${advice}`,
  },
  listAdvice: {
    fetched: "the provider's fetched list replaces models.default, so only an id the provider serves can show",
    modelsDefault: (fetchable) => `add it to models.default${fetchable ? ', or set models.fetch: true if the provider serves it' : ''}`,
    replaces: (list, count) => `${list} replaces the ${plural(count, 'model')} shown today whole, so its line lists them all plus this one`,
    add: (list) => `add it to ${list}`,
  },
  probe: {
    userProvided: (field) => `not probed: ${field} is user_provided (each user enters a key in LibreChat)`,
    skipped: (reason) => `not probed: ${reason}`,
    probed: (p) => `probe: ${p.verdict}${p.reasoning ? `; reasoning ${p.reasoning}` : ''} (${p.firstReasoningMs !== undefined ? `first reasoning ${p.firstReasoningMs} ms, ` : ''}total ${p.totalMs} ms)`,
  },
  origin: { 'default-list': (list) => `LibreChat's default ${list} list`, fetched: (url) => `fetched from ${url}` },
  didYouMean: (suggestion, how) => `; the provider has '${suggestion}' (${how})`,
  nearMiss: { case: 'differs only in case', 'org-prefix': 'differs in the org prefix', separator: 'differs in separators', typo: 'looks like a typo of it' },
  httpFailure: (status, message) => `HTTP ${status}${message ? `: ${message}` : ''}`,
  fetchDetails: {
    'invalid-url': () => 'not a URL',
    refused: () => 'connection refused',
    'host-not-found': () => 'host not found',
    'no-answer': (p) => `no answer within ${p.seconds} s`,
  },
  probeSkipped: { 'not-in-build': 'the streaming probe is not available in this build' },
  plural,
  noFiles: 'no files',
  status: { ok: 'ok', warn: 'warn', fail: 'fail' },
  fixWhere: { env: 'in .env', yaml: 'in librechat.yaml', command: 'run' },
  fixLabel: 'fix',
  fixNotes: { 'ollama-name': 'a name not starting with "ollama" fetches /models only', 'keep-models-default': 'keep models.default as written' },
  fixLead: (label, where) => `${label} ${where}: `,
  hintLabel: 'hint:',
  aside: (text) => ` (${text})`,
  topics: { config: 'config', cache: 'cache', env: 'env', legacy: 'legacy', reasoning: 'reasoning' },
  endpointKind: { builtin: 'builtin', custom: 'custom' },
  endpointStatus: { shown: 'shown', fallback: 'fallback', hidden: 'hidden', dropped: 'dropped' },
  titled: (title, text) => `${title}: ${text}`,
  nearMissItem: (id, endpoint, kind) => `${id} (${endpoint}, ${kind})`,
  whyTitle: (model) => `why ${model}`,
  whyVerdict: { shown: 'shows', 'shown-not-served': 'shows, but the provider does not serve it', 'not-shown': 'does not show' },
  whyEndpoint: (endpoint) => ` (endpoint ${endpoint})`,
  nearMisses: (list) => `near-misses: ${list}`,
  whyPlace: (endpoint, advice) => `${endpoint}: ${advice}`,
  summary: (s) => `${plural(s.endpoints, 'endpoint')}, ${plural(s.models, 'model')} shown`,
  counts: (s) => ({ ok: `${s.ok} ok`, warn: `${s.warn} warn`, fail: `${s.fail} fail` }),
  allShow: 'every configured model will show',
  someDoNot: 'some configured models will not show or not work',
  markdownColumns: '| | endpoint | model | finding | fix |',
  fix: {
    none: '--fix: nothing to correct automatically (only ids the provider has in another case, or as its only near-miss, and reasoning sent back to a provider that refuses it, are)',
    headline: (f) =>
      `--fix ${f.dryRun ? 'would correct' : 'corrected'} ${[f.ids ? plural(f.ids, 'model id') : '', f.replays ? `the reasoning replay of ${plural(f.replays, 'endpoint')}` : ''].filter(Boolean).join(' and ')} in ${f.files}${f.dryRun ? ' (nothing written: --dry-run)' : ` (previous versions kept as ${f.backups})`}`,
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
