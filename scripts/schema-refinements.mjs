/**
 * The zod refinements of LibreChat's configSchema that zod-to-json-schema cannot see, re-expressed
 * as JSON Schema keywords by zod path. Used by scripts/generate-schemas.mjs.
 */

/** A string containing a `${VAR}` reference. */
export const ENV_REFERENCE = '\\$\\{[^}]+\\}';
const LEADING_ENV_REFERENCE = '^\\s*\\$\\{';
const WEBSOCKET_SCHEME = '^\\s*[Ww][Ss][Ss]?:';
const PROXY_SCHEME = '^\\s*(?:[Hh][Tt][Tt][Pp][Ss]?|[Ss][Oo][Cc][Kk][Ss]5?):';

/** `!value` in JavaScript, for the values YAML can produce. */
const FALSY = { enum: ['', null, false, 0] };

/**
 * Refinements by zod path (see `walkZod` for the path syntax). `patch(schema, pkg)` returns the JSON
 * Schema that replaces the generated one; it may wrap it, never edit shared `$ref` targets.
 */
const REFINEMENTS = [
  {
    path: /^endpoints$/,
    why: 'at least one `endpoints` field must be provided',
    patch: (s) => withKeywords(s, { minProperties: 1 }),
  },
  {
    path: /^endpoints\.custom\[\]\.name$/,
    why: 'a custom endpoint name may not be an EModelEndpoint value (case-sensitive)',
    patch: (s, pkg) => withKeywords(s, { not: { enum: Object.values(pkg.EModelEndpoint) } }),
  },
  {
    path: /\.addParams$/,
    why: '`addParams.web_search` must be a boolean',
    patch: (s) => withKeywords(s, { properties: { web_search: { type: 'boolean' } } }),
  },
  {
    path: /^mcpServers\{\}\|type=websocket\.url$/,
    why: 'a websocket MCP url must be ws:// or wss://',
    patch: (s) => withScheme(s, { pattern: WEBSOCKET_SCHEME }),
  },
  {
    path: /^mcpServers\{\}\|type=(sse|streamable-http|http)\.url$/,
    why: 'an SSE / streamable-http MCP url must not be ws:// or wss://',
    patch: (s) => withScheme(s, { not: { pattern: WEBSOCKET_SCHEME } }),
  },
  {
    path: /^mcpServers\{\}\|type=[a-z-]+\.proxy$/,
    why: 'an MCP proxy url must be http://, https://, socks:// or socks5://',
    patch: (s) => withScheme(s, { pattern: PROXY_SCHEME }),
  },
  {
    path: /^mcpServers\{\}\|type=[a-z-]+\.oauth$/,
    why: 'OAuth client_secret requires client_id, and both require authorization_url and token_url',
    patch: (s) =>
      withKeywords(s, {
        allOf: [
          truthyThen(['client_secret'], ['client_id']),
          truthyThen(['client_secret', 'client_id'], ['authorization_url', 'token_url']),
        ],
      }),
  },
  {
    path: /^modelSpecs\.list\[\]\.preset$/,
    why: 'a modelSpec preset needs `endpoint` unless it names a non-empty `agent_id`',
    patch: (s) =>
      withKeywords(s, {
        if: { not: { required: ['endpoint'] } },
        then: { required: ['agent_id'], properties: { agent_id: { not: FALSY } } },
      }),
  },
  {
    path: /^cloudfront$/,
    why: 'cloudfront: distributionId with invalidateOnDelete, cookieDomain with cookie signing, signed access needs cookies',
    patch: (s) =>
      withKeywords(s, {
        allOf: [
          ifThen({ invalidateOnDelete: { const: true } }, { distributionId: { not: FALSY } }, ['distributionId']),
          ifThen({ imageSigning: { const: 'cookies' } }, { cookieDomain: { not: FALSY } }, ['cookieDomain']),
          ifThen({ requireSignedAccess: { const: true } }, { imageSigning: { const: 'cookies' } }, ['imageSigning']),
        ],
      }),
  },
  {
    path: /^cloudfront\.cookieDomain$/,
    why: 'cloudfront.cookieDomain must start with a dot',
    patch: (s) => withKeywords(s, { pattern: '^\\.' }),
  },
  {
    path: /\.allowedAddresses\[\]$/,
    why: 'allowedAddresses entries are host:port (port 1-65535), no URL/path/whitespace, IPv4 literals private',
    patch: (s) => withKeywords(s, allowedAddressKeywords()),
  },
  {
    path: /^fileConfig\.endpoints\{\}\.supportedMimeTypes$/,
    why: 'each supportedMimeTypes entry must be a string (or a RegExp, which YAML cannot express)',
    patch: (s) => withKeywords(s, { items: { type: 'string' } }),
  },
  {
    path: /\.paramDefinitions\[\]\.range$/,
    why: 'range.positiveMin cannot exceed range.max',
    // JSON Schema cannot compare two values; only the common case (no positiveMin) is exact.
    patch: (s) => s,
    partial: true,
  },
];

function withKeywords(schema, keywords) {
  if (schema && '$ref' in schema) return { allOf: [schema], ...keywords };
  const merged = { ...schema };
  for (const [key, value] of Object.entries(keywords)) {
    merged[key] = key === 'properties' ? { ...(schema?.properties ?? {}), ...value } : value;
  }
  return merged;
}

function ifThen(condition, then, required) {
  return {
    if: { properties: condition, required: Object.keys(condition) },
    then: { properties: then, required },
  };
}

/** When every key in `when` is truthy, every key in `need` must be truthy too. */
function truthyThen(when, need) {
  const truthy = (keys) => ({ required: keys, properties: Object.fromEntries(keys.map((k) => [k, { not: FALSY }])) });
  return { if: truthy(when), then: truthy(need) };
}

/**
 * A scheme rule applies to the literal text; a value that starts with `${VAR}` gets its scheme
 * from the environment, which only the interpolation rules can see.
 */
function withScheme(schema, scheme) {
  return withKeywords(schema, { allOf: [{ anyOf: [{ pattern: LEADING_ENV_REFERENCE }, scheme] }] });
}

/**
 * `z.string().transform(extractEnvVariable).pipe(z.string().url())`: LibreChat expands `${VAR}`
 * from its own environment before the URL check, so a reference is accepted here.
 */
export function isEnvExpandedUrl(def) {
  const input = def.in?._def;
  const output = def.out?._def;
  return (
    input?.typeName === 'ZodEffects' &&
    input.effect.type === 'transform' &&
    output?.typeName === 'ZodString' &&
    output.checks.some((check) => check.kind === 'url')
  );
}

function allowedAddressKeywords() {
  const octet = '(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)';
  const ipv4 = `${octet}\\.${octet}\\.${octet}\\.${octet}`;
  const privateIpv4 = [
    '(?:0|10|127|22[4-9]|2[3-5]\\d)\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}',
    '169\\.254\\.\\d{1,3}\\.\\d{1,3}',
    '172\\.(?:1[6-9]|2\\d|3[01])\\.\\d{1,3}\\.\\d{1,3}',
    '192\\.168\\.\\d{1,3}\\.\\d{1,3}',
    '192\\.0\\.0\\.\\d{1,3}',
    '100\\.(?:6[4-9]|[7-9]\\d|1[01]\\d|12[0-7])\\.\\d{1,3}\\.\\d{1,3}',
    '198\\.(?:18|19)\\.\\d{1,3}\\.\\d{1,3}',
  ].join('|');
  const port = '0*(?:[1-9]\\d{0,3}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d{2}|655[0-2]\\d|6553[0-5])';
  return {
    pattern: `^(?:\\[[^\\]]+\\]|[^:/\\s\\[\\]]+):${port}$`,
    if: { pattern: `^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}:` },
    then: { pattern: `^(?:${privateIpv4}):` },
    // `ipv4` kept for documentation of the accepted literal shape.
    $comment: `IPv4 literal shape: ${ipv4}; IPv6 literals are only checked for shape`,
  };
}

/**
 * Walks a zod (v3) schema and yields every refinement/transform with a readable path:
 * `a.b` object keys, `[]` array items, `{}` record values, `|type=x` union option by its `type`
 * literal (else `|<index>`).
 */
function* walkZod(schema, path, seen = new Set()) {
  const def = schema?._def;
  if (!def || seen.has(def)) return;
  seen.add(def);
  const join = (suffix) => (path && !suffix.startsWith('[') && !suffix.startsWith('{') && !suffix.startsWith('|') ? `${path}.${suffix}` : `${path}${suffix}`);
  switch (def.typeName) {
    case 'ZodEffects':
      yield { path, def };
      yield* walkZod(def.schema, path, seen);
      return;
    case 'ZodObject':
      for (const [key, value] of Object.entries(def.shape())) yield* walkZod(value, join(key), seen);
      return;
    case 'ZodArray':
      yield* walkZod(def.type, join('[]'), seen);
      return;
    case 'ZodRecord':
      yield* walkZod(def.valueType, join('{}'), seen);
      return;
    case 'ZodUnion':
    case 'ZodDiscriminatedUnion':
      for (const [index, option] of [...def.options.values()].entries()) yield* walkZod(option, join(`|${unionLabel(option, index)}`), seen);
      return;
    case 'ZodIntersection':
      yield* walkZod(def.left, path, seen);
      yield* walkZod(def.right, path, seen);
      return;
    case 'ZodPipeline':
      yield* walkZod(def.in, path, seen);
      return;
    case 'ZodLazy':
      yield* walkZod(def.getter(), path, seen);
      return;
    default:
      if (def.innerType) yield* walkZod(def.innerType, path, seen);
  }
}

function unionLabel(option, index) {
  let inner = option;
  while (inner?._def && !inner._def.shape && (inner._def.innerType || inner._def.schema)) inner = inner._def.innerType ?? inner._def.schema;
  const type = inner?._def?.shape?.().type;
  let literal = type;
  while (literal?._def?.innerType) literal = literal._def.innerType;
  if (literal?._def?.typeName === 'ZodLiteral') return `type=${literal._def.value}`;
  if (literal?._def?.typeName === 'ZodUnion') return `type=${literal._def.options[0]._def.value}`;
  return String(index);
}

/** Maps each refinement's zod def to its patch; reports the ones nobody handles. */
export function planRefinements(pkg, alias) {
  const patches = new Map();
  const unhandled = new Set();
  for (const { path, def } of walkZod(pkg.configSchema, '')) {
    if (def.effect.type === 'transform' || def.effect.type === 'preprocess') continue;
    const refinement = REFINEMENTS.find((r) => r.path.test(path));
    if (refinement) patches.set(def, refinement);
    else unhandled.add(path);
  }
  for (const path of unhandled) process.stderr.write(`${alias}: refinement not expressed in JSON Schema: ${path}\n`);
  return patches;
}

