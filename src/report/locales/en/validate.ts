import { REPLAY } from './replay.js';
import type { ComposeProblem } from '../../../compose/index.js';
import type { NoFixReason } from '../../../core/text-edit.js';
import type { MissingEndpointField } from '../../../rules/support.js';
import type { AzureGroupProblem, PatternKind, ValidateFindings, ValueShape } from '../../../validate/findings.js';
import type { ValidateWords } from '../../validate/words.js';
import { plural } from './plural.js';

const SECRET_KINDS = {
  openai: 'an OpenAI-style key (sk-...)',
  modelscope: 'a ModelScope key (ms-<uuid>)',
  google: 'a Google API key (AIza...)',
  groq: 'a Groq key (gsk_...)',
  xai: 'an xAI key (xai-...)',
  huggingface: 'a Hugging Face token (hf_...)',
  token: 'a long token',
  'url-password': 'a password inside a URL',
  header: 'a credential in a header',
};

const EXAMPLE_SECRET_CONSEQUENCE: Record<string, string> = {
  CREDS_KEY: 'anyone can decrypt the stored user API keys',
  CREDS_IV: 'anyone can decrypt the stored user API keys',
  JWT_SECRET: 'anyone can forge login tokens',
  JWT_REFRESH_SECRET: 'anyone can forge refresh tokens',
};

const DEPRECATED: Record<string, [string, string]> = {
  OPENROUTER_API_KEY: [
    'OPENROUTER_API_KEY sends the built-in OpenAI endpoint to OpenRouter (its models and requests), not a separate OpenRouter endpoint',
    'rename it (e.g. OPENROUTER_KEY) and reference it from a custom endpoint: apiKey: "${OPENROUTER_KEY}"',
  ],
  OPENAI_SUMMARIZE: ['OPENAI_SUMMARIZE is no longer read', 'configure the top-level `summarization` block in librechat.yaml'],
  OPENAI_SUMMARY_MODEL: ['OPENAI_SUMMARY_MODEL is no longer read', 'set `summarization.model` in librechat.yaml'],
  OPENAI_FORCE_PROMPT: ['OPENAI_FORCE_PROMPT is no longer read', 'remove it: v0.8 always uses the chat API'],
  DEBUG_OPENAI: ['DEBUG_OPENAI is no longer read', 'use DEBUG_LOGGING=true (and DEBUG_CONSOLE=true) instead'],
  CHECK_BALANCE: ['CHECK_BALANCE is deprecated (LibreChat warns at startup)', 'use `balance.enabled` in librechat.yaml'],
  START_BALANCE: ['START_BALANCE is deprecated (LibreChat warns at startup)', 'use `balance.startBalance` in librechat.yaml'],
  GOOGLE_API_KEY: ['GOOGLE_API_KEY is deprecated (LibreChat warns at startup); it was for the Google Search tool', 'use GOOGLE_SEARCH_API_KEY for search, GOOGLE_KEY for the Google endpoint'],
};

const LEGACY_FIELD_HINTS: Record<string, string> = {
  summarize: 'configure the top-level `summarization` block instead',
  summaryModel: 'set `summarization.model` at the top level instead',
  forcePrompt: 'remove it: v0.8 always uses the chat completions API',
  customOrder: 'remove it: the endpoint order follows the list order (and ENDPOINTS)',
};

const OPENAI_MODELS_PROBLEMS = {
  'json-array': ['OPENAI_MODELS looks like a JSON array: the brackets become part of the first and last model names', 'write a plain list'],
  quotes: ['OPENAI_MODELS has quotes inside the list: they become part of the model names', 'remove the quotes around each model'],
  semicolon: ["OPENAI_MODELS uses ';' as a separator: LibreChat splits on commas only, so these are one model name", 'separate models with commas'],
  whitespace: ['OPENAI_MODELS has a model name containing whitespace or a line break: LibreChat splits on commas only', 'separate models with commas, on one line'],
  'empty-item': ['OPENAI_MODELS has an empty item (a doubled, leading or trailing comma): LibreChat drops it', 'remove the extra comma'],
};

/** In Docker Compose's own words, so the message matches what `docker compose up` prints. */
const COMPOSE_PROBLEMS: { [K in ComposeProblem['kind']]: (p: Extract<ComposeProblem, { kind: K }>) => string } = {
  'interpolation-invalid': (p) => `invalid interpolation format: ${p.text}`,
  'required-variable': (p) => (p.message ? `${p.name}: ${p.message}` : `required variable ${p.name} is missing a value`),
  'env-file-missing': (p) => `env file ${p.file} (env_file of service ${p.service}) does not exist; docker compose refuses to start`,
};

const fieldName = (field: MissingEndpointField): string => (field === 'models-source' ? 'models.fetch or models.default' : field);

const PATTERNS: Record<PatternKind, string> = {
  'ws-url': 'a ws:// or wss:// URL',
  'http-url': 'an http://, https://, socks:// or socks5:// URL',
  'host-port': 'a host:port pair (for example localhost:11434)',
  'private-address': 'a private, loopback or link-local address',
  'dot-domain': 'a domain starting with a dot (".example.com")',
};

const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'YAML indentation must use spaces, not tabs',
  DUPLICATE_KEY: 'LibreChat (js-yaml) refuses duplicate keys too: keep one',
  BAD_INDENT: 'Check the indentation of this line against its parent',
  MISSING_CHAR: 'Check the indentation of this line against its parent',
};

const NO_FIX_REASONS: Record<NoFixReason, string> = {
  'value-from-environment': 'the value comes from an environment variable; change it where it is set',
  'model-object': 'the item is a { name: ... } object; decide which model keeps its other fields',
  'not-plain-text': 'the value is written with escapes, as a block or an alias, so an exact edit is not possible',
  'key-exists': 'the suggested key is already there; keep one of the two by hand',
  'overlaps-another-fix': 'another fix changes the same text; run --fix again',
  'result-not-valid': 'with this fix the files would validate worse than before',
};

const AZURE_PROBLEMS: Record<AzureGroupProblem, (model: string) => [string, string]> = {
  'duplicate-group': () => ['is defined twice', 'give every group a unique `group` name'],
  'serverless-without-base-url': () => ['is serverless but has no baseURL', 'add the serverless deployment URL as `baseURL`'],
  'no-instance-name': () => ['has no instanceName', 'add `instanceName` (the name before .openai.azure.com), or set `serverless: true` with a baseURL'],
  'duplicate-model': (model) => [`repeats model "${model}" (model names must be unique across groups)`, 'keep each model name in one group only'],
  'model-without-deployment': (model) => [`gives model "${model}" no deploymentName or version`, 'set `deploymentName` and `version` on the model, or on the group for every model'],
};

const TOO_DEEP = { message: 'the document is nested too deeply to parse', hint: 'A LibreChat config is a few levels deep; look for runaway brackets or indentation' };
const WRITE_VALUE_ITSELF = 'write the value itself here; variables only work in keys, URLs and headers';

const where = (path: string) => (path === '' ? 'the file' : `\`${path}\``);
const article = (type: string) => ({ array: 'an array', object: 'a map of keys', integer: 'an integer', null: 'null' })[type] ?? `a ${type}`;
const pattern = (p: { pattern: string; patternKind?: PatternKind }) => (p.patternKind ? PATTERNS[p.patternKind] : `text matching /${p.pattern}/`);

function describeValue(actual: ValueShape): string {
  switch (actual.kind) {
    case 'nothing': return 'nothing (the document is empty)';
    case 'null': return 'an empty value (null)';
    case 'array': return 'an array';
    case 'object': return 'a map of keys';
    case 'string': return `a string (${actual.text})`;
    default: return `${article(actual.kind)} (${actual.text})`;
  }
}

function limit(keyword: string, n: number, actual: string): string {
  switch (keyword) {
    case 'minItems': return `must have at least ${plural(n, 'item')}`;
    case 'maxItems': return `must have at most ${plural(n, 'item')}`;
    case 'minProperties': return n === 1 ? 'must not be empty: configure at least one entry' : `must have at least ${plural(n, 'key')}`;
    case 'maxProperties': return `must have at most ${plural(n, 'key')}`;
    case 'minLength': return n === 1 ? 'must not be empty' : `must be at least ${plural(n, 'character')} long`;
    case 'maxLength': return `must be at most ${plural(n, 'character')} long`;
    case 'minimum': return `must be ${n} or more, got ${actual}`;
    case 'maximum': return `must be ${n} or less, got ${actual}`;
    case 'exclusiveMinimum': return `must be greater than ${n}, got ${actual}`;
    case 'exclusiveMaximum': return `must be less than ${n}, got ${actual}`;
    case 'multipleOf': return `must be a multiple of ${n}`;
    case 'oneOf': return 'matches more than one allowed form; make it unambiguous';
    default: return `is invalid (${keyword})`;
  }
}

type DefinitionParams = ValidateFindings['custom-params-invalid.definition'];
const none = (value: string | undefined): string => value ?? '(none)';

/** What `validateSettingDefinitions` objects to, per problem. */
const DEFINITION_PROBLEMS: Record<DefinitionParams['problem'], (p: DefinitionParams) => string> = {
  columns: () => 'columns must be 1 to 4',
  'missing-field': (p) => `it has no ${none(p.detail)}`,
  type: () => 'its type is not number, boolean, string, enum or array',
  'tags-type': () => 'component tags goes with type array, and only with it',
  'min-tags': () => 'minTags is negative',
  'max-tags': () => 'maxTags is negative',
  'tags-default-array': (p) => `the default ${none(p.value)} is not a list`,
  'tags-default-max': (p) => `the default ${none(p.value)} has more tags than maxTags`,
  'tags-default-min': (p) => `the default ${none(p.value)} has fewer tags than minTags`,
  'textarea-number': () => 'a textarea holds text, not a number',
  'min-text-over-max': () => 'minText is greater than maxText',
  'min-text-negative': () => 'minText is negative',
  'max-text-negative': () => 'maxText is negative',
  'slider-range': () => 'a number slider needs a range',
  'slider-options': () => 'an enum slider needs at least 2 options',
  'switch-options': () => 'a checkbox or switch takes at most 2 options',
  'dropdown-options': () => 'a dropdown needs at least 2 options',
  'combobox-options': () => 'a combobox needs at least 2 options',
  'default-number': (p) => `the default ${none(p.value)} is not a number`,
  'default-boolean': (p) => `the default ${none(p.value)} is not true or false`,
  'default-string': (p) => `the default ${none(p.value)} is not a string`,
  'default-option': (p) => `the default ${none(p.value)} is not one of its options (${(p.options ?? []).join(', ')})`,
  'default-range': (p) => `the default ${none(p.value)} is outside its range ${p.range ?? ''}`,
  'positive-min-over-max': (p) => `range.positiveMin is above max (${p.range ?? ''})`,
  'default-positive-min': (p) => `the default ${none(p.value)} is neither min nor at least positiveMin (${p.range ?? ''})`,
  'enum-mapping': (p) => `option "${none(p.detail)}" has no enumMappings entry`,
};

export const validate: ValidateWords = {
  findings: {
    'azure-group-invalid': (p) => {
      const [problem, hint] = AZURE_PROBLEMS[p.problem](p.model ?? '');
      return { message: `Azure group "${p.group}" ${problem}: LibreChat refuses to start ("Invalid Azure OpenAI configuration")`, hint };
    },
    'custom-params-invalid.endpoint': (p) => ({
      message: `defaultParamsEndpoint "${p.paramEndpoint}" of '${p.endpoint}' is not one LibreChat knows: it refuses to start ("defaultParamsEndpoint of "${p.endpoint}" endpoint is invalid")`,
      hint: `use one of ${p.allowed.join(', ')}`,
    }),
    'custom-params-invalid.definition': (p) => ({
      message: `paramDefinitions "${p.key}" of '${p.endpoint}': ${DEFINITION_PROBLEMS[p.problem](p)}: LibreChat refuses to start ("Custom parameter definitions for "${p.endpoint}" endpoint is malformed")`,
      hint: `correct ${p.field}, or leave it out to keep LibreChat's own setting for ${p.key}`,
    }),
    'custom-params-invalid.key': (p) => ({
      message: `paramDefinitions key "${p.key}" of '${p.endpoint}' is not a ${p.paramEndpoint} parameter: LibreChat refuses to start ("contains invalid key(s)")`,
      hint: `use one of ${p.allowed.join(', ')}`,
    }),
    'file-encoding': (p) => ({
      message: `the ${p.file === 'config' ? 'config file' : '.env file'} is not valid UTF-8 (line ${p.line}, byte offset ${p.offset}): LibreChat still loads it, with U+FFFD (�) in place of those bytes`,
      hint: `save it as UTF-8, e.g. \`iconv -f latin1 -t utf-8 ${p.path} > fixed && mv fixed ${p.path}\``,
    }),
    'baseurl-chat-completions': (p) => ({
      message: `baseURL ends in /chat/completions${p.written ? ` (after expanding ${p.written})` : ''}: LibreChat appends /chat/completions and /models to it, so chats and model fetch hit URLs that 404`,
      hint: `use the API root, e.g. '${p.root}', or set directEndpoint: true to send chats to this exact URL`,
    }),
    'config-version.number': (p) => ({ message: `version ${p.version} is a YAML number, but LibreChat requires a string: it rejects the whole file`, hint: `quote it: version: "${p.expected}"` }),
    'config-version.outdated': (p) => ({
      message: `version "${p.version}" differs from config version ${p.expected} of LibreChat ${p.librechatVersion}: LibreChat logs "Outdated Config version"`,
      hint: `check the config changelog for new options, then set version: "${p.expected}"`,
    }),
    'compose-file': (p) => ({ message: COMPOSE_PROBLEMS[p.kind](p as never), hint: 'run `docker compose config` to see how Compose reads the files' }),
    'compose-config-not-mounted': (p) => ({
      message: `${p.config} is not mounted into service ${p.service}: LibreChat in the container looks for ${p.containerPath} and runs without this file`,
      hint: `mount it: under services.${p.service}.volumes in docker-compose.override.yml add \`- ./${p.config}:${p.containerPath}\``,
    }),
    'config-absent': () => ({
      message: 'no librechat.yaml: LibreChat starts with its defaults (endpoints come from .env only); .env was checked',
      hint: 'nothing to do unless you want custom endpoints; `lc-doctor add-endpoint <provider>` creates the file',
    }),
    'config-remote': (p) => ({ message: `the config is a URL (${p.url}) and was not checked`, hint: 'LibreChat fetches it at startup; pass --allow-remote to fetch and check it, or --config with a local copy' }),
    'endpoint-dropped': (p) => ({
      message: `custom endpoint ${p.name ? `'${p.name}'` : `#${p.number}`} lacks ${p.missing.map(fieldName).join(', ')}: LibreChat drops it without any error`,
      hint: `add ${p.missing.map(fieldName).join(', ')} to the entry, or remove it`,
    }),
    'endpoint-duplicate-name.same': (p) => ({
      message: `endpoint name '${p.name}' is already used by endpoints.custom[${p.earlierIndex}]: LibreChat uses the first entry and this one is shadowed`,
      hint: 'give every custom endpoint a distinct name',
    }),
    'endpoint-duplicate-name.case': (p) => ({
      message: `endpoint name '${p.name}' differs only in case from '${p.earlierName}' (endpoints.custom[${p.earlierIndex}]): the model list and settings get mixed up between them`,
      hint: 'give every custom endpoint a distinct name',
    }),
    'endpoint-reserved-name.routed': (p) => ({
      message: `custom endpoint name '${p.name}' is the built-in endpoint '${p.builtIn}' in another case: agents and titles run the built-in ${p.builtIn} initializer, which ignores this entry's apiKey, baseURL and models`,
      hint: `rename it to something distinct, e.g. '${p.name} (custom)' or '${p.name}-compatible'`,
    }),
    'endpoint-reserved-name.confusing': (p) => ({
      message: `custom endpoint name '${p.name}' differs from the built-in endpoint '${p.builtIn}' only in case: it works as a custom endpoint, but users and logs will confuse the two`,
      hint: `rename it to something distinct, e.g. '${p.name} (custom)' or '${p.name}-compatible'`,
    }),
    'endpoints-env-names.case': (p) => ({ message: `ENDPOINTS entry '${p.name}' is in the wrong case: LibreChat matches '${p.correct}' exactly, so this endpoint is hidden`, hint: `write '${p.correct}'` }),
    'endpoints-env-names.custom-case': (p) => ({
      message: `ENDPOINTS entry '${p.name}' is in the wrong case: LibreChat matches 'custom' exactly, so it is ignored; custom endpoints still show, but not in the order ENDPOINTS gives`,
      hint: `write 'custom'`,
    }),
    'endpoints-env-names.unknown': (p) => ({
      message: `ENDPOINTS entry '${p.name}' is not an endpoint of LibreChat ${p.librechatVersion}: it is ignored`,
      hint: `valid names: ${p.known.join(', ')}; custom endpoints are all placed by the single name 'custom'`,
    }),
    'env-boolean-format': (p) => ({ message: `${p.key}=${p.value} means false: LibreChat only treats the word 'true' as enabled`, hint: `write ${p.key}=true` }),
    'env-deprecated-variable': (p) =>
      p.kind === 'azure'
        ? { message: `${p.key} conflicts with endpoints.azureOpenAI in librechat.yaml`, hint: 'configure Azure only under endpoints.azureOpenAI.groups and remove this variable' }
        : { message: DEPRECATED[p.key]?.[0] ?? `${p.key} is deprecated`, ...(DEPRECATED[p.key] ? { hint: DEPRECATED[p.key]![1] } : {}) },
    'env-deprecated-variable.openrouter': (p) => ({
      message: p.read
        ? `OPENROUTER_API_KEY sends the built-in OpenAI endpoint's chats to OpenRouter in LibreChat ${p.librechatVersion}, and fetches its model list from openrouter.ai; it does not add a separate OpenRouter endpoint`
        : `OPENROUTER_API_KEY is not read by LibreChat ${p.librechatVersion}: it does not add an OpenRouter endpoint`,
      hint: 'rename it (e.g. OPENROUTER_KEY) and reference it from a custom endpoint: apiKey: "${OPENROUTER_KEY}"',
    }),
    'env-duplicate-key': (p) => ({ message: `${p.key} is set again on line ${p.laterLine}: this line is ignored (the last one wins)`, hint: `keep one ${p.key} line` }),
    'env-example-secret': (p) => ({
      message: `${p.key} is the public example value from LibreChat's .env.example: ${EXAMPLE_SECRET_CONSEQUENCE[p.key] ?? 'it is not secret'}`,
      hint: `generate a new value with \`${p.command}\`${p.key.startsWith('CREDS') ? ' (users then re-enter their stored keys)' : ' (users are logged out once)'}`,
    }),
    'env-file-reference.unset': (p) => ({
      message: `${p.key}=${p.value}: Docker Compose substitutes it, but ${p.missing.join(', ')} is set neither in .env nor in the shell, so LibreChat gets an empty ${p.key}`,
      hint: `set ${p.missing[0]} in .env`,
    }),
    'env-file-reference.mounted': (p) => ({
      message: `${p.key}=${p.value}: service ${p.service} in ${p.composeFiles.join(' + ')} has no env_file with .env, so LibreChat's dotenv reads the mounted .env and ${p.key} is the literal text "${p.value}"`,
      hint: `add \`env_file: [.env]\` to services.${p.service} (Compose then substitutes it), or write the value itself into ${p.key}`,
    }),
    'env-file-reference.node': (p) => ({
      message: `${p.key}=${p.value}: LibreChat reads .env with dotenv, which never expands \${...}, so ${p.key} is the literal text "${p.value}" (${p.option ? '--runtime node' : 'no compose file running LibreChat in this folder, so `npm run backend` is assumed'})`,
      hint: `write the value of ${p.variable} itself into ${p.key}; only Docker Compose's env_file expands \${...} in .env`,
    }),
    'env-not-interpolated.enum': (p) => ({
      message: `${p.path} is validated before any expansion: LibreChat never expands \${${p.variable}} here, so the value is not one of the allowed ones and the file is rejected (issue #9561)`,
      hint: WRITE_VALUE_ITSELF,
    }),
    'env-not-interpolated.literal': (p) => ({ message: `${p.path} is used as written: LibreChat never expands \${${p.variable}} here and sends the literal text`, hint: WRITE_VALUE_ITSELF }),
    'env-not-interpolated.protected': (p) => ({
      message: `\${${p.variable}} in ${p.path} is never expanded: LibreChat refuses to put ${p.variable} into YAML values and sends the literal text`,
      hint: `use a separate variable for this field; ${p.variable} protects LibreChat's own data and must not leave the server`,
    }),
    'env-schema': (p) => ({
      message: `${p.key} ${p.problem === 'format' ? 'does not have the expected format' : p.problem === 'enum' ? `must be one of ${(p.allowed ?? []).join(', ')}` : p.problem === 'empty' ? 'must not be empty' : 'is not valid'}`,
      ...(p.hint ? { hint: p.hint.text } : {}),
    }),
    'env-undefined-variable': (p) => ({
      message: `\${${p.variable}} in ${p.path} ${p.empty ? 'is empty' : 'is not defined'} in ${p.envFile} or the environment: LibreChat keeps the literal text "\${${p.variable}}"`,
      hint: `put the value into ${p.envFile} as ${p.variable}`,
    }),
    'env-undefined-variable.user-supplied': (p) => ({
      message: `\${${p.variable}} in ${p.path} ${p.empty ? 'is empty' : 'is not defined'}: LibreChat will ask each user for this value`,
      hint: `set ${p.variable} in ${p.envFile} to provide it for everyone`,
    }),
    'env-unsupported-syntax.bare': (p) => ({ message: `${p.path}: '$${p.name}' is shell syntax; LibreChat leaves it as literal text`, hint: `write \${${p.name}} with braces` }),
    'env-unsupported-syntax.whole-value': (p) => ({
      message: `${p.path}: the value starts with '\${' and ends with '}', so LibreChat reads it as one variable named '${p.name}' (several references in one value); LibreChat leaves it as literal text`,
      hint: 'add literal text before or after the references (e.g. "https://${HOST}:${PORT}/v1"), or define one variable holding the whole value',
    }),
    'env-unsupported-syntax.default': (p) => ({
      message: `${p.path}: '\${${p.name}}' uses shell default syntax, which LibreChat does not support; LibreChat leaves it as literal text`,
      hint: `write \${${p.variable}} and set ${p.variable} in .env (there are no defaults)`,
    }),
    'env-unsupported-syntax.spaces': (p) => ({ message: `${p.path}: '\${${p.name}}' has spaces inside the braces; LibreChat leaves it as literal text`, hint: `write \${${p.variable}} without spaces` }),
    'env-unsupported-syntax.invalid-name': (p) => ({ message: `${p.path}: '\${${p.name}}' is not a valid variable name; LibreChat leaves it as literal text`, hint: 'use letters, digits and underscores only' }),
    'forced-in-memory-namespaces': (p) => ({
      message: `FORCED_IN_MEMORY_CACHE_NAMESPACES contains ${p.name === '' ? 'an empty item' : `'${p.name}'`}, which is not a cache namespace of LibreChat ${p.librechatVersion}: startup fails with "Invalid cache keys"`,
      hint:
        p.name === ''
          ? 'remove the extra comma: LibreChat does not drop empty items here'
          : p.correct
            ? `did you mean '${p.correct}'? names are case-sensitive`
            : p.name === 'STATIC_CONFIG'
              ? "STATIC_CONFIG (once suggested by the docs) does not exist; for a stale config use 'CONFIG_STORE,APP_CONFIG'"
              : `valid namespaces: ${p.valid.join(', ')}`,
    }),
    'forced-in-memory-namespaces.unsupported': (p) => ({
      message: `LibreChat ${p.librechatVersion} does not read FORCED_IN_MEMORY_CACHE_NAMESPACES (added in July 2025, PR #8586): every cache namespace follows USE_REDIS`,
      hint: 'upgrade LibreChat to use it, or remove the variable',
    }),
    'fullwidth-punctuation': (p) => {
      const what = p.ascii === ' ' ? 'ideographic space' : `full-width '${p.char}'`;
      const effect = { key: 'the key is not the one LibreChat looks for', value: `LibreChat reads it literally, not as '${p.ascii}'`, 'env-value': `LibreChat reads it literally, not as '${p.ascii}'`, 'env-line': 'dotenv does not read this line as a variable' }[p.part];
      const place = { key: 'key', value: 'value', 'env-value': '.env value', 'env-line': '.env line' }[p.part];
      const typed = p.replacement === '' ? 'delete it' : `type ASCII '${p.replacement}' instead`;
      return { message: `${what} from a Chinese input method in a ${place}: ${effect}`, hint: p.fixed ? `${typed}: ${p.fixed}` : typed };
    },
    'hardcoded-secret': (p) => ({
      message: `${p.path} holds ${p.kind === 'header' && p.header ? `a credential in the ${p.header} header` : SECRET_KINDS[p.kind]} in plain text (${p.masked}): anyone who can read the config or its repository can use it`,
      hint: `move the value to .env (e.g. ${p.variable}=...) and write "\${${p.variable}}" here; then rotate the key`,
    }),
    'legacy-field': (p) => ({ message: `'${p.key}' is a legacy field: LibreChat ${p.librechatVersion} accepts it but ignores it`, ...(LEGACY_FIELD_HINTS[p.key] ? { hint: LEGACY_FIELD_HINTS[p.key] } : {}) }),
    'models-default-comma': (p) => ({
      message: `models.default item "${p.name}" is one model name containing commas, not ${p.parts.length} models`,
      hint: `list each model as its own item: [${p.parts.map((part) => JSON.stringify(part)).join(', ')}]`,
    }),
    'openai-models-format': (p) =>
      p.problem === 'duplicate'
        ? { message: `OPENAI_MODELS lists '${p.name}' more than once: it appears twice in the model menu`, hint: `keep one '${p.name}': OPENAI_MODELS=${p.clean}` }
        : { message: OPENAI_MODELS_PROBLEMS[p.problem][0]!, hint: `${OPENAI_MODELS_PROBLEMS[p.problem][1]!}: OPENAI_MODELS=${p.clean}` },
    'openai-models-missing': (p) => ({
      message: `${p.where} uses OpenAI model '${p.model}', which is not in OPENAI_MODELS: the openAI endpoint does not offer it`,
      hint: `add ${p.model} to OPENAI_MODELS in ${p.envFile}, or unset OPENAI_MODELS to fetch the full list`,
    }),
    'openai-models-override': (p) => ({
      message: `OPENAI_MODELS (${plural(p.count, 'model')}) replaces OpenAI's default list and turns off fetching: new OpenAI models will not appear until you edit it`,
      hint: 'comment out OPENAI_MODELS to let LibreChat fetch the list from the API (with a real OPENAI_API_KEY)',
    }),
    'redis-prefix-conflict': (p) => ({
      message: 'REDIS_KEY_PREFIX and REDIS_KEY_PREFIX_VAR are both set: LibreChat stops at startup ("Only either REDIS_KEY_PREFIX_VAR or REDIS_KEY_PREFIX can be set.")',
      hint: `keep REDIS_KEY_PREFIX for a fixed prefix, or REDIS_KEY_PREFIX_VAR to name the variable holding it (here ${p.prefixVariable}); remove the other`,
    }),
    'reasoning-history-refused': (p) => ({
      message: `'${p.endpoint}' ${REPLAY[p.option].sends} and ${p.provider} answers 400 to reasoning_content in the messages it is sent: ${REPLAY[p.option].fails}`,
      hint: 'set includeReasoningHistory: false and includeReasoningContent: false under customParams (lc-doctor validate --fix does it)',
    }),
    'redis-uri-missing': () => ({
      message: 'USE_REDIS is true but REDIS_URI is not set: LibreChat stops at startup with "USE_REDIS is enabled but REDIS_URI is not set."',
      hint: 'set REDIS_URI=redis://host:6379, or USE_REDIS=false',
    }),
    'title-model-not-served': (p) => ({
      message: `titleModel '${p.titleModel}' is not one of ${p.servingEndpoint ? `"${p.servingEndpoint}"'s` : "this endpoint's"} models (${p.served.join(', ')}) and fetch is off: if the provider does not serve it, titles fail and chats stay "New Chat"`,
      hint: `add '${p.titleModel}' to models.default, pick a listed model, or use titleModel: "${p.currentModel}"`,
    }),
    'unknown-key': (p) => ({
      message: `unknown key \`${p.key}\` ${p.parent ? `in \`${p.parent}\`` : 'at the top level'}: LibreChat ignores it${p.suggestion ? ` (did you mean \`${p.suggestion}\`?)` : ''}`,
      hint: p.suggestion
        ? `did you mean \`${p.suggestion}\`? Rename the key.`
        : p.misplacedDefault
          ? '`default` belongs under `models:` (models: { default: [...] })'
          : `LibreChat drops it without an error; known keys here: ${p.allowedKeys.join(', ')}`,
    }),
    'unknown-key.drops-endpoint': (p) => ({
      message: `unknown key \`${p.key}\` ${p.parent ? `in \`${p.parent}\`` : 'at the top level'}: LibreChat ignores it, so the endpoint${p.endpoint ? ` '${p.endpoint}'` : ''} has no \`${p.suggestion}\` and is dropped without an error (did you mean \`${p.suggestion}\`?)`,
      hint: `did you mean \`${p.suggestion}\`? Rename the key.`,
    }),
    'schema.unknown-key': (p) => ({
      message: `unknown key \`${p.key}\` ${p.parent ? `in \`${p.parent}\`` : 'at the top level'}${p.suggestion ? `: did you mean \`${p.suggestion}\`?` : p.underEndpoints ? ' (custom providers go under `endpoints.custom`)' : ''}`,
      ...(p.rejectsFileAllowed ? { hint: `LibreChat rejects the whole file for an unknown key here; allowed: ${p.rejectsFileAllowed.join(', ')}` } : {}),
    }),
    'schema.required': (p) => ({ message: p.path === '' ? `the file is missing the required key \`${p.missing}\`` : `${where(p.path)} is missing the required key \`${p.missing}\`` }),
    'schema.preset-endpoint': (p) => ({ message: `${where(p.path)} needs an \`endpoint\` (or a non-empty \`agent_id\`)` }),
    'schema.version-number': (p) => ({ message: `\`version\` must be a string: quote it ("${p.version}")`, hint: `the current config version of this LibreChat line is "${p.configVersion}"` }),
    'schema.type': (p) => {
      const expected = [...p.types.map(article), ...p.values];
      return { message: `${where(p.path)} must be ${expected.length > 0 ? expected.join(' or ') : 'a different kind of value'}, got ${describeValue(p.actual)}` };
    },
    'schema.enum': (p) => ({
      message: `${where(p.path)} must be one of ${p.allowed.join(', ')}, got ${p.actual}`,
    }),
    'schema.const': (p) => ({ message: `${where(p.path)} must be ${p.allowed}, got ${p.actual}` }),
    'schema.reserved-name': (p) => ({
      message: `${where(p.path)} cannot be ${p.name}: that name is reserved for a built-in endpoint`,
      hint: 'give the custom endpoint another name, or configure the built-in endpoint under `endpoints` instead',
    }),
    'schema.not-empty': (p) => ({ message: `${where(p.path)} must not be empty` }),
    'schema.not': (p) => ({ message: `${where(p.path)} must not be ${p.forbidden.join(' or ')}` }),
    'schema.not-pattern': (p) => ({ message: `${where(p.path)} must not be ${pattern(p)}, got ${p.actual}` }),
    'schema.not-allowed': (p) => ({ message: `${where(p.path)} is not allowed here` }),
    'schema.format-url': (p) => ({ message: `${where(p.path)} must be a valid URL, got ${p.actual}` }),
    'schema.pattern': (p) => ({ message: `${where(p.path)} must be ${pattern(p)}, got ${p.actual}` }),
    'schema.limit': (p) => ({ message: `${where(p.path)} ${limit(p.keyword, p.limit, p.actual)}` }),
    'schema.empty-file': () => ({ message: 'the config file is empty', hint: 'LibreChat ignores an empty file and runs with its defaults; add at least `version:` and `endpoints:`' }),
    'yaml-syntax': (p) => ({ message: p.detail, ...(YAML_HINTS[p.yamlCode] ? { hint: YAML_HINTS[p.yamlCode] } : {}) }),
    'yaml-syntax.too-deep': () => TOO_DEEP,
    'yaml-syntax.alias-bomb': (p) =>
      p.count
        ? { message: `too many aliases (limit ${p.limit}): the file looks like an alias bomb`, hint: 'A LibreChat config uses a handful of aliases; look for generated or repeated ones' }
        : { message: `too many alias expansions (limit ${p.limit}): the file looks like an alias bomb` },
    'yaml-syntax.alias-self-reference': (p) => ({
      message: `the alias *${p.anchor} sits inside the node it names (&${p.anchor}): its value would never end`,
      hint: 'An alias can only repeat a node defined before and outside it; copy the values instead',
    }),
  },
  fromProcessEnvironment: (key) => ` (${key} is set in the process environment)`,
  severity: { error: 'error', warn: 'warning', info: 'info' },
  hintLabel: 'hint:',
  list: (items) => items.join(', '),
  clauses: (parts) => parts.join('; '),
  withHint: (message, hint) => `${message} (${hint})`,
  noProblems: '✔ no problems found',
  counts: ({ errors, warnings, infos }) => `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`,
  problemSummary: ({ total, errors, warnings, infos }) => `${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`,
  runtimeLine: (r) => {
    const example = r.envIsExample ? '; the env file is an example: names checked, empty values accepted' : '';
    if (r.kind === 'compose') {
      const how = r.reason === 'option' ? 'chosen with --runtime compose' : `found ${r.composeFiles?.join(' + ')}`;
      const image = r.imageTag ? `, image tag ${r.imageTag}` : '';
      return `assumed Docker Compose (service ${r.service}${image}): ${how}; use --runtime node for npm run backend${example}`;
    }
    const why = {
      option: 'chosen with --runtime node',
      'no-compose-file': 'no compose file in this folder',
      'no-librechat-service': 'the compose files here run no LibreChat service',
      'compose-file': 'no compose file in this folder',
    }[r.reason];
    return `assumed npm run backend (LibreChat's dotenv reads .env): ${why}; use --runtime compose otherwise${example}`;
  },
  judgedBy: (t, why) => `judged by LibreChat ${t.librechatVersion} with the schema of ${t.schemaRelease} (${t.packageSpec}; config version ${t.configVersion}), ${why}`,
  versionChoice({ reason, evidence }) {
    switch (reason) {
      case 'option':
        return 'chosen with --librechat-version';
      case 'compose-image':
        return evidence?.known ? `from the image ${evidence.value} in ${evidence.file}` : `the image ${evidence?.value} in ${evidence?.file} names no LibreChat line: unknown, judged as the newest`;
      case 'checkout':
        return evidence?.known ? `from the LibreChat checkout's package.json (${evidence.value})` : `the checkout's package.json says ${evidence?.value}, not a line lc-doctor knows: judged as the newest`;
      case 'config-version':
        return "matched from the file's `version:` field";
      case 'newest':
        return 'the newest known; set --librechat-version to choose';
    }
  },
  fixable: (n) => `${n} of them fixable with 'lc-doctor validate --fix' (preview with --fix --dry-run)`,
  notFixed: (reason) => `not fixed automatically: ${NO_FIX_REASONS[reason]}`,
  startup: {
    decidedBy: (ruleId, place) => `${ruleId} at ${place}`,
    wontStart: (where) => `LibreChat will not start with these files (${where})`,
    ignored: (file, where) => `LibreChat will ignore ${file ?? 'the config'} and run on its defaults (${where})`,
    dropped: (endpoints) => `LibreChat will drop these custom endpoints: ${endpoints}`,
  },
  fix: {
    nothing: 'nothing to fix automatically',
    wouldFix: (n, files) => `would fix ${plural(n, 'problem')} in ${files} (nothing written: --dry-run)`,
    fixed: (n, files, backups) => `fixed ${plural(n, 'problem')} in ${files} (previous versions kept as ${backups})`,
    afterDryRun: 'after these fixes:',
    left: 'what is left:',
  },
  hints: {
    'type-quote': (h) => `quote it: "${h.text}"`,
    'type-quote-as-written': () => 'put the value in quotes exactly as written: YAML read it as a number, which can change it (long ids lose digits)',
    'type-unquote': (h) => `remove the quotes: ${h.text}`,
    'type-true-or-false': () => 'write true or false, without quotes',
    'enum-variable': () => 'LibreChat does not expand ${VAR} in this field; write the value itself',
    'enum-case': (h) => `values are case-sensitive: write ${h.value}`,
    // Never asks for a value in an example file: it is committed, and the key belongs in the real .env.
    'summarization-unavailable': (h) => `remove it: LibreChat ${h.librechatVersion} has no summarization, and it refuses the newer top-level \`summarization\` block`,
    'example-file': (h) => `add the line \`${h.variable}=\` with no value to ${h.file}, and the value itself only to the deployment's real .env`,
  },
  ruleDescriptions: {},
};
