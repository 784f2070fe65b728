import type { SettingProblem } from '../librechat/index.js';
import type { EnvSchemaIssue } from '../env/check-env-schema.js';
import type { LocatedCheck } from '../models/report.js';
import type { ComposeProblem } from '../compose/index.js';
import type { MissingEndpointField } from '../rules/support.js';
import type { ReplayOption } from '../providers/index.js';

/**
 * Every finding `validate` can report: its code and the parameters the sentence needs. Rules,
 * the schema check and the loaders build these; `src/report/locales/<language>/validate.ts` words
 * each code (the compiler checks every language has every code). A new finding is one line here
 * plus one entry per language. Paths (`endpoints.custom[0].apiKey`), values already in backticks
 * and variable names are identifiers: the same in every language.
 */
export interface ValidateFindings {
  'azure-group-invalid': { group: string; problem: AzureGroupProblem; model?: string };
  'custom-params-invalid.endpoint': { endpoint: string; paramEndpoint: string; allowed: string[] };
  'custom-params-invalid.key': { endpoint: string; paramEndpoint: string; key: string; allowed: string[] };
  'custom-params-invalid.definition': {
    endpoint: string;
    key: string;
    problem: SettingProblem;
    /** The field at fault. */
    field: string;
    /** The option without a mapping, or the missing field. */
    detail?: string;
    /** The default after LibreChat filled it, as JSON. */
    value?: string;
    options?: string[];
    range?: string;
  };
  /** LibreChat reads the file anyway, with U+FFFD for the bad bytes. */
  'file-encoding': { file: 'config' | 'env'; line: number; offset: number; path: string };
  'baseurl-chat-completions': { root: string; /** The baseURL as written, when it had `${VAR}`s. */ written?: string };
  'config-version.number': { version: number; expected: string };
  'config-version.outdated': { version: string; expected: string; librechatVersion: string };
  'config-remote': { url: string };
  /** Something Docker Compose itself refuses to start with. */
  'compose-file': ComposeProblem;
  'compose-config-not-mounted': { config: string; service: string; containerPath: string };
  'config-absent': Record<string, never>;
  /** doctor's github and sarif formats: a check-models or probe line, worded by check-models' catalog. */
  'check-models.check': { check: LocatedCheck };
  'endpoint-dropped': { name?: string; /** 1-based position in endpoints.custom. */ number: number; missing: MissingEndpointField[] };
  'endpoint-duplicate-name.same': EndpointNamePair;
  'endpoint-duplicate-name.case': EndpointNamePair;
  'endpoint-reserved-name.routed': { name: string; builtIn: string };
  'endpoint-reserved-name.confusing': { name: string; builtIn: string };
  'endpoints-env-names.case': { name: string; correct: string };
  'endpoints-env-names.custom-case': { name: string };
  'endpoints-env-names.unknown': { name: string; librechatVersion: string; known: string[] };
  'env-boolean-format': { key: string; value: string };
  'env-deprecated-variable': { key: string; kind: 'no-longer-read' | 'startup-warning' | 'azure' };
  /** `read`: the judged line sends the OpenAI endpoint's chats to OpenRouter; otherwise it ignores the variable. */
  'env-deprecated-variable.openrouter': { librechatVersion: string; read: boolean };
  /** `KEY=${OTHER}` in .env under Compose's env_file, but OTHER is set nowhere: Compose puts "". */
  'env-file-reference.unset': { key: string; value: string; missing: string[] };
  /** Under Compose without env_file .env: LibreChat's dotenv reads the mounted file literally. */
  'env-file-reference.mounted': { key: string; value: string; service: string; composeFiles: string[] };
  /** Under `npm run backend`: dotenv never expands; `option`: chosen with --runtime node. */
  'env-file-reference.node': { key: string; value: string; variable: string; option: boolean };
  'env-duplicate-key': { key: string; laterLine: number };
  'env-example-secret': { key: string; command: string };
  'env-not-interpolated.enum': PathVariable;
  'env-not-interpolated.literal': PathVariable;
  'env-not-interpolated.protected': PathVariable;
  'env-schema': EnvSchemaIssue;
  'env-undefined-variable': UndefinedVariable;
  'env-undefined-variable.user-supplied': UndefinedVariable;
  'env-unsupported-syntax.bare': BadReference;
  'env-unsupported-syntax.whole-value': BadReference;
  'env-unsupported-syntax.default': BadReference & { variable: string };
  'env-unsupported-syntax.spaces': BadReference & { variable: string };
  'env-unsupported-syntax.invalid-name': BadReference;
  'forced-in-memory-namespaces': { name: string; librechatVersion: string; valid: string[]; /** `name` in the right case. */ correct?: string };
  'forced-in-memory-namespaces.unsupported': { librechatVersion: string };
  /** A full-width character typed by a Chinese input method where LibreChat needs ASCII (`replacement` '' = delete it). */
  'fullwidth-punctuation': { char: string; ascii: string; part: FullwidthPart; replacement: string; /** The word as it should read, when showing it is safe. */ fixed?: string };
  'hardcoded-secret': { path: string; kind: SecretKind; masked: string; variable: string; /** For `header`: the header's name. */ header?: string };
  /** `summarization`: the judged line has the top-level `summarization` block the summarize fields moved to. */
  'legacy-field': { key: string; librechatVersion: string; summarization: boolean };
  'models-default-comma': { name: string; parts: string[] };
  'openai-models-format': { problem: OpenAIModelsProblem; name?: string; /** The list as it should read. */ clean: string };
  'openai-models-missing': { where: string; model: string; envFile: string };
  'openai-models-override': { count: number };
  'redis-prefix-conflict': { prefixVariable: string };
  'redis-uri-missing': Record<string, never>;
  'reasoning-history-refused': { endpoint: string; provider: string; option: ReplayOption };
  'title-model-not-served': { titleModel: string; served: string[]; currentModel: string; /** The endpoint whose models the title request uses, when not this one. */ servingEndpoint?: string };
  'unknown-key': UnknownKeyParams;
  /** The misspelled key is a field the endpoint cannot live without: the endpoint is dropped. */
  'unknown-key.drops-endpoint': UnknownKeyParams & { suggestion: string; endpoint?: string };
  'schema.unknown-key': { key: string; /** '' at the top level. */ parent: string; suggestion?: string; underEndpoints: boolean; /** Set where an unknown key rejects the whole file. */ rejectsFileAllowed?: string[] };
  'schema.required': { /** '' for the file itself. */ path: string; missing: string };
  'schema.preset-endpoint': { path: string };
  'schema.version-number': { version: string; configVersion: string };
  'schema.type': { path: string; types: string[]; /** Allowed literal values, in backticks. */ values: string[]; actual: ValueShape; hint?: TypeHint };
  'schema.enum': { path: string; allowed: string[]; actual: string; /** The value is a `${VAR}`, never expanded here. */ variable?: boolean; caseMatch?: string };
  'schema.const': { path: string; allowed: string; actual: string };
  'schema.reserved-name': { path: string; name: string };
  'schema.not-empty': { path: string };
  'schema.not': { path: string; forbidden: string[] };
  'schema.not-pattern': SchemaPattern;
  'schema.not-allowed': { path: string };
  'schema.format-url': { path: string; actual: string };
  'schema.pattern': SchemaPattern;
  /** minItems, maxLength, minimum, multipleOf, oneOf... (`limit` is NaN when the keyword has none). */
  'schema.limit': { path: string; keyword: string; limit: number; actual: string };
  'schema.empty-file': Record<string, never>;
  /** The yaml library's error: its code (BAD_INDENT, DUPLICATE_KEY...) and its own English text. */
  'yaml-syntax': { yamlCode: string; detail: string };
  'yaml-syntax.too-deep': Record<string, never>;
  /** `count`: too many aliases in the text; otherwise too many expansions while loading. */
  'yaml-syntax.alias-bomb': { limit: number; count?: boolean };
  'yaml-syntax.alias-self-reference': { anchor: string };
}

export type ValidateCode = keyof ValidateFindings;

/** One finding: a code with exactly its parameters (a discriminated union on `code`). */
export type ValidateFinding = { [C in ValidateCode]: { code: C; params: ValidateFindings[C] } }[ValidateCode];

interface EndpointNamePair {
  name: string;
  earlierName: string;
  earlierIndex: number;
}

interface PathVariable {
  path: string;
  variable: string;
}

interface UndefinedVariable {
  variable: string;
  path: string;
  /** Set but empty, rather than not defined. */
  empty: boolean;
  envFile: string;
  /** The env file is an example (`.env.example`): the hint never asks for a value there. */
  example?: boolean;
}

interface BadReference {
  path: string;
  /** The text inside `${...}` (or after `$`). */
  name: string;
}

interface UnknownKeyParams {
  key: string;
  /** Where the key sits; absent at the top level. */
  parent?: string;
  suggestion?: string;
  allowedKeys: string[];
  /** `default` next to `models:` instead of under it. */
  misplacedDefault: boolean;
}

interface SchemaPattern {
  path: string;
  pattern: string;
  patternKind?: PatternKind;
  actual: string;
}

/** Where a full-width slip sits. */
export type FullwidthPart = 'key' | 'value' | 'env-value' | 'env-line';

export type AzureGroupProblem = 'duplicate-group' | 'serverless-without-base-url' | 'no-instance-name' | 'duplicate-model' | 'model-without-deployment';

export type SecretKind = 'openai' | 'modelscope' | 'google' | 'groq' | 'xai' | 'huggingface' | 'token' | 'url-password' | 'header';

export type OpenAIModelsProblem = 'json-array' | 'quotes' | 'semicolon' | 'whitespace' | 'empty-item' | 'duplicate';

/** Patterns of the generated schemas that have a name (a raw pattern is a poor message). */
export type PatternKind = 'ws-url' | 'http-url' | 'host-port' | 'private-address' | 'dot-domain';

/** What a wrong value is, for "got ...": its kind and, for scalars, its text. */
export type ValueShape = { kind: 'nothing' | 'null' | 'array' | 'object' } | { kind: 'string' | 'number' | 'boolean'; text: string };

/** The usual fix behind a type error. */
export type TypeHint = { kind: 'quote'; text: string } | { kind: 'quote-as-written' } | { kind: 'unquote'; text: string } | { kind: 'true-or-false' };
