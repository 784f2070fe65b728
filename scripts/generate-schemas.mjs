#!/usr/bin/env node
/**
 * Generates `schemas/` from the real librechat-data-provider packages (devDependency npm aliases).
 *
 *   node scripts/generate-schemas.mjs [outDir]     (default: <repo>/schemas)
 *
 * For every LibreChat line it writes the faithful JSON Schema (`configSchema.strict()` through
 * zod-to-json-schema), a lint variant (strip-objects closed), a facts file and the manifest.
 * Zod refinements that zod-to-json-schema cannot see are re-expressed by REFINEMENTS below; a
 * refinement without an entry is listed on stderr so a package bump cannot hide one.
 * Output is deterministic: rerunning produces byte-identical files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { zodToJsonSchema } from 'zod-to-json-schema';

const require = createRequire(import.meta.url);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Newest first; the order of the manifest. */
export const TARGETS = [
  { id: '0.8.8', alias: 'ldp-0.8.524' },
  { id: '0.8.5', alias: 'ldp-0.8.501' },
  { id: '0.7.7', alias: 'ldp-0.7.6998' },
];

/** A string containing a `${VAR}` reference. */
const ENV_REFERENCE = '\\$\\{[^}]+\\}';
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
function isEnvExpandedUrl(def) {
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
function planRefinements(pkg, alias) {
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

function buildSchema(pkg, patches, removeAdditionalStrategy) {
  return zodToJsonSchema(pkg.configSchema.strict(), {
    target: 'jsonSchema7',
    $refStrategy: 'root',
    effectStrategy: 'input',
    removeAdditionalStrategy,
    postProcess: (schema, def) => {
      if (def.typeName === 'ZodPipeline' && isEnvExpandedUrl(def)) {
        return { type: 'string', anyOf: [{ pattern: ENV_REFERENCE }, { format: 'uri' }] };
      }
      const refinement = patches.get(def);
      return refinement ? refinement.patch(schema, pkg) : schema;
    },
  });
}

function decorate(schema, target, pkg, version, lint) {
  const file = schemaFileName(target.id, lint);
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: `urn:lc-doctor:schema:${file}`,
    title: `librechat.yaml for LibreChat ${pkg.Constants.VERSION} (config ${pkg.Constants.CONFIG_VERSION})${lint ? ', lint' : ''}`,
    description: lint
      ? 'Like the faithful schema, but objects LibreChat silently strips reject unknown keys. Generated by lc-doctor from librechat-data-provider; do not edit.'
      : `LibreChat's own verdict (configSchema.strict() of librechat-data-provider@${version}). Use in an editor with: # yaml-language-server: $schema=<path>/${file}. Generated by lc-doctor; do not edit.`,
    ...rest,
  };
}

function schemaFileName(id, lint) {
  return `librechat-${id}.${lint ? 'lint.' : ''}schema.json`;
}

/** Must match `validatorFile` in src/schema/check-schema.ts. */
function validatorFileName(id, lint) {
  return `librechat-${id}.${lint ? 'lint.' : ''}validate.cjs`;
}

function extractFacts(pkg) {
  const shape = pkg.endpointSchema.shape;
  let customParams = shape.customParams;
  while (customParams?._def?.innerType) customParams = customParams._def.innerType;
  const paramSettingKeys = [...Object.keys(pkg.paramSettings ?? {}), ...Object.keys(pkg.agentParamSettings ?? {})];
  return {
    librechatVersion: pkg.Constants.VERSION,
    configVersion: pkg.Constants.CONFIG_VERSION,
    reservedEndpointNames: Object.values(pkg.EModelEndpoint),
    knownEndpoints: Object.values(pkg.KnownEndpoints),
    defaultModels: pkg.defaultModels,
    cacheKeys: { ...pkg.CacheKeys },
    customParamsKeys: customParams ? Object.keys(customParams.shape) : [],
    paramEndpoints: [...new Set(paramSettingKeys)],
  };
}

/** The alias's package.json is not in its `exports`, so read it from disk. */
function readPackageVersion(alias) {
  const packageJson = join(repoRoot, 'node_modules', alias, 'package.json');
  return JSON.parse(readFileSync(packageJson, 'utf8')).version;
}

/**
 * zod's `.url()` is `new URL(value)`; the same check here keeps the verdicts identical. The
 * validators are ajv standalone code: compiling the 0.8.8 schema costs ~0.5 s, loading the
 * generated module a fraction of that.
 */
function compileStandalone(committed) {
  const { schema, hoistedPaths } = hoistLargeSubschemas(inlineRefs(committed));
  const ajv = new Ajv({
    allErrors: true,
    messages: false,
    allowUnionTypes: true,
    strictRequired: false,
    inlineRefs: false,
    formats: { uri: isUrl },
    code: { source: true, formats: new _Code(`{ uri: ${isUrl.toString()} }`) },
  });
  const header = `// Generated by scripts/generate-schemas.mjs from ${schema.$id}; do not edit.\n`;
  const code = standaloneCode(ajv, ajv.compile(schema));
  return `${header}${code}\nmodule.exports.hoistedPaths = ${JSON.stringify(hoistedPaths)};\n`;
}

/**
 * Replaces each non-recursive `$ref` by a copy of its target, so every ajv `schemaPath` names the
 * place it was checked (the error condenser groups union branches by path prefix).
 */
function inlineRefs(root) {
  const resolve = (ref) => ref.slice(2).split('/').reduce((node, key) => node[key.replace(/~1/g, '/').replace(/~0/g, '~')], root);
  const visit = (node, active) => {
    if (Array.isArray(node)) return node.map((item) => visit(item, active));
    if (node === null || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/') && !active.has(node.$ref)) {
      const { $ref, ...siblings } = node;
      const target = visit(resolve($ref), new Set([...active, $ref]));
      return Object.keys(siblings).length === 0 ? target : { allOf: [target], ...visit(siblings, active) };
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value, active)]));
  };
  return visit(root, new Set());
}

const HOIST_MIN_CHARS = 1500;

/**
 * Moves large subschemas into `definitions` behind a `$ref`. With `inlineRefs: false` each becomes
 * its own function in the generated code, and V8 compiles only the functions a config reaches
 * (one inlined 2 MB function cost ~80 ms on its first call). ajv reports a `schemaPath` relative
 * to the function that raised the error, so only subschemas that sit at a distinct instance
 * location are hoisted (under `properties`, `items`, `additionalProperties`, never inside a
 * union or condition): the runtime finds the function from the error's `instancePath`, and
 * `hoistedPaths` gives that function's original schema path.
 */
function hoistLargeSubschemas(root) {
  const definitions = {};
  const hoistedPaths = {};
  const visit = (node, path, hoistable) => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    const out = { ...node };
    for (const [key, value] of Object.entries(out)) {
      if (key === 'properties' || key === 'patternProperties') {
        out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, visit(sub, `${path}/${key}/${encodeSegment(name)}`, hoistable)]));
      } else if ((key === 'items' || key === 'additionalProperties') && !Array.isArray(value)) {
        out[key] = visit(value, `${path}/${key}`, hoistable);
      } else if (['anyOf', 'oneOf', 'allOf', 'items'].includes(key) && Array.isArray(value)) {
        out[key] = value.map((sub, index) => visit(sub, `${path}/${key}/${index}`, false));
      } else if (['not', 'if', 'then', 'else', 'contains', 'propertyNames'].includes(key)) {
        out[key] = visit(value, `${path}/${key}`, false);
      }
    }
    if (!hoistable || path === '#' || JSON.stringify(out).length < HOIST_MIN_CHARS) return out;
    const name = `h${Object.keys(definitions).length}`;
    definitions[name] = out;
    hoistedPaths[`#/definitions/${name}`] = path;
    return { $ref: `#/definitions/${name}` };
  };
  const schema = visit(root, '#', true);
  const hoisted = { ...schema, definitions: { ...(schema.definitions ?? {}), ...definitions } };
  return { schema: retargetRefs(hoisted, hoistedPaths), hoistedPaths: Object.values(hoistedPaths).sort() };
}

/** JSON pointer escaping, then URI escaping, as ajv writes `schemaPath`. */
function encodeSegment(name) {
  return encodeURIComponent(name.replace(/~/g, '~0').replace(/\//g, '~1'));
}

/** The recursive `$ref`s left by `inlineRefs` point at original paths; follow their targets' moves. */
function retargetRefs(schema, hoistedPaths) {
  const moves = Object.entries(hoistedPaths)
    .map(([to, from]) => ({ to, from: decodeURIComponent(from) }))
    .sort((a, b) => b.from.length - a.from.length);
  const visit = (node) => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const out = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value)]));
    if (typeof out.$ref === 'string' && !out.$ref.startsWith('#/definitions/h')) {
      const move = moves.find(({ from }) => out.$ref === from || out.$ref.startsWith(`${from}/`));
      if (move) out.$ref = move.to + out.$ref.slice(move.from.length);
    }
    return out;
  };
  return visit(schema);
}

function isUrl(value) {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function writeJson(dir, file, value) {
  writeFileSync(join(dir, file), `${JSON.stringify(value, null, 2)}\n`);
}

/** Generates every target into `outDir`; returns the manifest. */
export function generateSchemas(outDir) {
  mkdirSync(outDir, { recursive: true });
  const manifest = { targets: [] };
  for (const target of TARGETS) {
    const pkg = require(target.alias);
    const version = readPackageVersion(target.alias);
    const patches = planRefinements(pkg, target.alias);
    const faithful = decorate(buildSchema(pkg, patches, 'strict'), target, pkg, version, false);
    const lint = decorate(buildSchema(pkg, patches, 'passthrough'), target, pkg, version, true);
    const factsFile = `librechat-${target.id}.facts.json`;
    writeJson(outDir, schemaFileName(target.id, false), faithful);
    writeJson(outDir, schemaFileName(target.id, true), lint);
    writeJson(outDir, factsFile, extractFacts(pkg));
    writeFileSync(join(outDir, validatorFileName(target.id, false)), compileStandalone(faithful));
    writeFileSync(join(outDir, validatorFileName(target.id, true)), compileStandalone(lint));
    manifest.targets.push({
      id: target.id,
      librechatVersion: pkg.Constants.VERSION,
      configVersion: pkg.Constants.CONFIG_VERSION,
      package: `librechat-data-provider@${version}`,
      schema: schemaFileName(target.id, false),
      lintSchema: schemaFileName(target.id, true),
      facts: factsFile,
    });
  }
  writeJson(outDir, 'manifest.json', manifest);
  return manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(repoRoot, 'schemas'));
  const manifest = generateSchemas(outDir);
  process.stdout.write(`wrote ${manifest.targets.length * 5 + 1} files to ${outDir}\n`);
}
