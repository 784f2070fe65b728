import type { FileKind, SpecialFileType, WriteFailure } from '../../../core/problems.js';
import { insideNetworkCommand } from '../../compose-reach.js';
import type { ProblemWords } from '../../errors/words.js';
import { wordFinding } from '../../validate/word-finding.js';
import { reach } from './reach.js';

const BUG_HINT = 'this is a bug in lc-doctor; set LC_DOCTOR_DEBUG=1 for the stack trace and report it';
const FILE: Record<FileKind, string> = { config: 'config file', env: '.env file', compose: 'compose file', 'compose-env': 'env file', 'package-json': 'package.json' };
const SPECIAL: Record<SpecialFileType, string> = { directory: 'a directory', fifo: 'a named pipe (FIFO)', device: 'a device', socket: 'a socket', other: 'a special file' };
const WRITE: Record<WriteFailure, string> = {
  'disk-full': 'the disk is full',
  quota: 'the disk quota is exceeded',
  'read-only': 'the file system is read-only',
  permission: 'permission denied',
  'not-writable': 'the file is not writable (permission denied, or marked immutable)',
};

const list = (items: readonly string[]) => items.join(', ');
const EDIT_BY_HAND = 'edit that entry by hand, or pass another --name';
const FETCH_HINT = 'Check the URL and the network, or validate a local copy with --config';
const REDIS_URI_HINT = 'use redis://[user:password@]host:port[/db], comma-separated for a cluster';
const RUNTIME_HINT = 'run in the folder with docker-compose.yml (or deploy-compose.yml), or use --runtime node';
const MONGO_URI_HINT =
  'the form is mongodb://user:password@host:27017/LibreChat (percent-encode @ : / % in the password; mongodb+srv:// takes no port); fix MONGO_URI or pass --mongo-uri, or --skip-mongo';

export const problems: ProblemWords = {
  'file.directory': (p) => ({ message: `${FILE[p.kind]} ${p.file} is a directory, not a file`, hint: `Point to the file itself, e.g. ${p.file}/librechat.yaml` }),
  'file.not-regular': (p) => ({ message: `${FILE[p.kind]} ${p.file} is ${SPECIAL[p.type]}, not a regular file`, hint: 'Pass the path of the file itself' }),
  'file.missing': (p) => ({ message: `${FILE[p.kind]} ${p.file} does not exist`, hint: 'Check the path, or pass it with the option shown in --help' }),
  'file.unreadable': (p) => ({ message: `${FILE[p.kind]} ${p.file} is not readable (permission denied)`, hint: `check its owner and mode (ls -l ${p.file}), or run as a user who can read it` }),
  'file.read-failed': (p) => ({ message: `cannot read ${FILE[p.kind]} ${p.file}: ${p.reason}`, hint: 'Check the path and that the disk or mount is readable' }),
  'file.too-large': (p) => ({ message: `${FILE[p.kind]} ${p.file} is ${p.megabytes.toFixed(1)} MB; a LibreChat config is far smaller`, hint: `Files over ${p.limitMegabytes} MB are refused; check that this is the right file` }),
  'file.not-utf8': (p) => ({ message: `${FILE[p.kind]} ${p.file} is not valid UTF-8 (line ${p.line}, byte offset ${p.offset})`, hint: 'Save the file as UTF-8' }),
  'config.too-deep': (p) => {
    const deep = wordFinding({ code: 'yaml-syntax.too-deep', params: {} });
    return { message: `${p.file}: ${deep.message}`, ...(deep.hint ? { hint: deep.hint } : {}) };
  },
  'config.mount-missing': (p) => ({ message: `${p.file} is mounted into the LibreChat container but does not exist`, hint: 'create it, or remove the mount from the compose file (Docker would create an empty folder in its place)' }),
  'config.path-missing': (p) => ({ message: `config file ${p.file} does not exist (CONFIG_PATH from ${p.origin})`, hint: 'fix CONFIG_PATH, or name the file with --config <path>' }),
  'doctor.folder': (p) => ({
    message: p.kind === 'missing' ? `folder ${p.folder} does not exist` : `${p.folder} is a file, not a folder`,
    hint: 'name the LibreChat folder: the one with docker-compose.yml, .env or librechat.yaml',
  }),
  'config.default-missing': (p) => ({ message: `no ${p.file} in this folder (and CONFIG_PATH is not set)`, hint: 'run in the LibreChat folder, or name the file with --config <path>' }),
  'config.fetch-status': (p) => ({ message: `fetching the config from ${p.url} failed: HTTP ${p.status}`, hint: FETCH_HINT }),
  'config.fetch-failed': (p) => ({ message: `fetching the config from ${p.url} failed: ${p.reason}`, hint: FETCH_HINT }),
  'config.remote-too-large': (p) => ({ message: `the config at ${p.url} is over ${p.limitMegabytes} MB; a LibreChat config is far smaller`, hint: 'Check that CONFIG_PATH points at the config itself' }),
  'config.remote-not-local': (p) =>
    p.command === 'probe'
      ? { message: `CONFIG_PATH is a URL (${p.url}): the probe reads local files only`, hint: 'download it and pass --config <file>' }
      : { message: `--fix edits local files, but the config is a URL (${p.url})`, hint: 'download it and run --fix with --config <file>' },
  'config.yaml-errors': (p) => ({ message: `${p.file} has YAML syntax errors`, hint: "run 'lc-doctor validate' to see them" }),
  'compose.invalid-yaml': (p) => ({ message: `compose file ${p.file} is not valid YAML: ${p.reason}`, hint: 'docker compose would refuse it too; run `docker compose config` to see the same error' }),
  'write.dangling-link': (p) => ({ message: `${p.file} is a symbolic link to a file that does not exist; nothing was changed`, hint: 'point the link at the real file, or pass the real path' }),
  'write.not-regular': (p) => ({ message: `${p.file} is ${SPECIAL[p.type]}, not a regular file; nothing was changed`, hint: 'pass the path of the file itself' }),
  'write.failed': (p) => ({ message: `cannot write ${p.file}: ${WRITE[p.cause]}; nothing was changed`, hint: 'free some space or make the file and its folder writable, then run again' }),
  'write.locked': (p) => ({ message: `another process holds ${p.lock}`, hint: 'wait for the other lc-doctor run to finish, or delete the .lock file if none is running' }),
  'edit.unverified': (p) => ({ message: `${p.command} produced text for ${p.file} that does not read back as intended; nothing was written`, hint: BUG_HINT }),
  'check-models.files-changed': () => ({ message: 'the files changed while check-models was running; nothing was written', hint: 'run check-models --fix again' }),
  'option.language': (p) => ({ message: `unknown language '${p.value}'`, hint: `use --lang ${p.known.join('|')}` }),
  'option.dry-run-without-fix': (p) => ({ message: '--dry-run goes with --fix', hint: `lc-doctor ${p.command} --fix --dry-run shows the diff without writing` }),
  'option.rule-syntax': (p) => ({ message: `--rule takes <id>=off|info|warn|error, got '${p.value}'`, hint: 'e.g. --rule hardcoded-secret=off' }),
  'option.rule-unknown': (p) => ({ message: `unknown rule '${p.id}' in --rule`, hint: p.closest ? `did you mean '${p.closest}'?` : `known rules: ${list(p.known)}` }),
  'option.librechat-version': (p) => ({
    message: p.parsed ? `LibreChat ${p.value} is not a line lc-doctor models` : `'${p.value}' is not a LibreChat version like 0.8.2, v0.8.2 or 0.8.8-rc4`,
    hint: `known lines: ${list(p.known)}`,
  }),
  'option.runtime-no-librechat': (p) => ({ message: `no service in ${list(p.files)} runs LibreChat`, hint: RUNTIME_HINT }),
  'option.runtime-no-compose': (p) => ({ message: `--runtime compose: no compose file in ${p.folder}`, hint: RUNTIME_HINT }),
  'option.no-confirmation': (p) =>
    p.command === 'add-endpoint'
      ? { message: 'not writing without confirmation: no terminal to ask on', hint: 'pass --yes to write, or --dry-run / --print to only look' }
      : { message: 'refusing to delete without confirmation: not on a terminal and --yes not given', hint: 'run with --dry-run to see the plan, then with --yes to delete' },
  'add-endpoint.invalid-yaml': (p) => ({
    message: `${p.file} is not valid YAML (line ${p.line || '?'}: ${wordFinding(p.finding).message}); nothing was changed`,
    hint: "fix it first; 'lc-doctor validate' shows every problem",
  }),
  'add-endpoint.schema-errors': (p) => ({
    message: `${p.file} has ${p.count} schema error(s) LibreChat would reject (first: ${wordFinding(p.finding).message}); nothing was changed`,
    hint: "run 'lc-doctor validate' to see them, fix them, or pass --force to add the endpoint anyway",
  }),
  'add-endpoint.generated-invalid': (p) => ({ message: `the entry add-endpoint generated fails LibreChat ${p.librechatVersion}'s schema (${wordFinding(p.finding).message}); nothing was written`, hint: BUG_HINT }),
  'add-endpoint.facts-missing': () => ({ message: 'the LibreChat version facts (schemas/manifest.json) are missing from this install', hint: 'reinstall lc-doctor, or run npm run schemas in a checkout' }),
  'add-endpoint.replace-needs-models': () => ({ message: '--replace-models needs --models with the new list', hint: 'e.g. --replace-models --models qwen-plus,qwen-max' }),
  'add-endpoint.models-listed': (p) => ({
    message: `${p.entry !== undefined ? `the entry "${p.entry}"` : 'OPENAI_MODELS in .env'} already lists ${list(p.existing)}`,
    hint: `pass --add-model ${p.models.join(',')} to append, or --replace-models --models ${p.models.join(',')} to replace the list`,
  }),
  'add-endpoint.needs-name': (p) => ({ message: `${p.preset} needs --name`, hint: 'e.g. --name my-server' }),
  'add-endpoint.reserved-name': (p) => ({
    message: `'${p.name}' cannot name a custom endpoint: it is LibreChat's built-in '${p.builtIn}' endpoint`,
    hint: 'pass another --name; names differing only in case are routed to the built-in endpoint too',
  }),
  'add-endpoint.env-name': (p) => ({ message: `'${p.name}' is not a valid environment variable name`, hint: 'use letters, digits and _ only, e.g. MY_PROVIDER_API_KEY' }),
  'add-endpoint.base-url': (p) => ({ message: `--base-url '${p.url}' is not an http(s) URL`, hint: 'e.g. --base-url http://vllm:8000/v1' }),
  'add-endpoint.base-url-credentials': () => ({
    message: '--base-url holds credentials (user:password@); lc-doctor does not write them into librechat.yaml',
    hint: 'put the whole URL, credentials included, in .env as MY_BASE_URL and pass --base-url "${MY_BASE_URL}"',
  }),
  'add-endpoint.needs-base-url': (p) => ({ message: `${p.preset} needs --base-url`, hint: 'e.g. --base-url http://my-server:8000/v1' }),
  'add-endpoint.needs-models': (p) => ({ message: `${p.preset} needs --models`, hint: 'e.g. --models my-model,other-model' }),
  'add-endpoint.fullwidth': (p) => ({
    message: `${p.option} has ${p.char === '\u3000' ? 'an ideographic space' : `full-width '${p.char}'`} (Chinese input method) at character ${p.position} of '${p.value}'`,
    hint: `type it in ASCII: ${p.option} ${p.fixed}`,
  }),
  'add-endpoint.yaml-unparsable': () => ({ message: 'the config file is not valid YAML', hint: 'run lc-doctor validate to see where' }),
  'add-endpoint.root-not-map': () => ({ message: 'the config file is not a YAML mapping', hint: 'librechat.yaml must start with keys such as version: and endpoints:' }),
  'add-endpoint.endpoints-not-map': () => ({ message: 'endpoints: is not a mapping', hint: 'endpoints: must hold keys such as custom:' }),
  'add-endpoint.endpoints-flow': () => ({ message: 'endpoints: is written in flow style ({ ... })', hint: 'add the entry by hand, or rewrite endpoints: in block style' }),
  'add-endpoint.custom-not-list': () => ({ message: 'endpoints.custom is not a list', hint: 'custom: must be a list of entries, each starting with "- name:"' }),
  'add-endpoint.entry-is-alias': () => ({ message: 'the matching endpoint entry is a YAML alias', hint: EDIT_BY_HAND }),
  'add-endpoint.entry-uses-aliases': (p) => ({ message: `the endpoint entry '${p.name}' uses YAML aliases or merge keys`, hint: EDIT_BY_HAND }),
  'provider.unknown': (p) => ({ message: `unknown provider '${p.input}'`, hint: `known providers: ${list(p.known)} (see 'lc-doctor providers')` }),
  'provider.unknown-region': (p) => ({ message: `${p.preset} has no region '${p.region}'`, hint: p.known.length > 0 ? `regions: ${list(p.known)}` : `${p.preset} has no known host; pass --base-url` }),
  'probe.key-for-many': (p) => ({
    message: `--key-stdin would send one key to ${p.endpoints.length} endpoints (${list(p.endpoints)})`,
    hint: `name the endpoint the key belongs to: lc-doctor probe "${p.endpoints[0]}" --key-stdin`,
  }),
  'probe.key-empty': () => ({ message: '--key-stdin: no key was read from stdin', hint: 'pipe the key in: printf %s "$KEY" | lc-doctor probe <endpoint> --key-stdin' }),
  'probe.unknown-endpoint': (p) => ({ message: `no endpoint named ${list(p.wanted)}`, hint: p.known.length > 0 ? `endpoints in this config: ${list(p.known)}` : 'this config has no custom endpoints' }),
  'probe.nothing': (p) => ({
    message: `nothing to probe: ${p.file} has no endpoints.custom entries and OPENAI_API_KEY is not set`,
    hint: 'add an endpoint under endpoints.custom (lc-doctor validate checks the file), or set OPENAI_API_KEY (and OPENAI_REVERSE_PROXY for a compatible provider) in .env',
  }),
  'check-models.unknown-endpoint': (p) => ({ message: `no endpoint named '${p.name}'`, hint: `endpoint names are exact and case-sensitive: ${list(p.known)}` }),
  'redis.not-configured': () => ({ message: 'Redis is not configured (USE_REDIS is not true).', hint: 'set USE_REDIS=true and REDIS_URI, or pass --redis-uri' }),
  'redis.uri-missing': () => ({ message: 'USE_REDIS is enabled but REDIS_URI is not set.', hint: 'set REDIS_URI in .env or pass --redis-uri' }),
  'redis.prefix-conflict': () => ({ message: 'Only either REDIS_KEY_PREFIX_VAR or REDIS_KEY_PREFIX can be set (LibreChat refuses to start this way).', hint: 'remove one of them from .env' }),
  'redis.uri-not-url': (p) => ({ message: `REDIS_URI entry '${p.uri}' is not a URL`, hint: REDIS_URI_HINT }),
  'redis.uri-bad-escape': (p) => ({ message: `REDIS_URI entry '${p.uri}' has a user name or password with an invalid % escape`, hint: `${REDIS_URI_HINT}; write % itself as %25` }),
  'redis.auth': (p) => ({ message: `Redis at ${p.where} rejected the credentials: ${p.reason}`, hint: 'check REDIS_PASSWORD / REDIS_USERNAME or the password in REDIS_URI' }),
  'redis.tls': (p) => ({ message: `TLS to Redis at ${p.where} failed: ${p.reason}`, hint: 'check REDIS_CA (PEM file of the CA) and rediss:// in REDIS_URI' }),
  'redis.connect': (p) => ({ message: `cannot connect to Redis at ${p.where}: ${p.reason}`, hint: 'is Redis running and REDIS_URI right? lc-doctor uses the same variables as LibreChat' }),
  'redis.no-answer': (p) => ({
    message: `cannot connect to Redis at ${p.where}: no answer within ${p.ms} ms`,
    hint: 'something accepts connections there but does not answer as Redis: check the port in REDIS_URI, and rediss:// if that server wants TLS',
  }),
  'redis.network-only': (p) => ({
    message: `${reach.redisNetworkOnly(p.service, p.network)}: it cannot be reached from this host`,
    hint: p.rerun
      ? `run lc-doctor inside that network: ${insideNetworkCommand(p.network, p.rerun.toolRoot, p.rerun.args)} (or publish the port in the compose file, or pass --redis-uri)`
      : 'publish the port in the compose file, or pass --redis-uri',
  }),
  'mongo.uri': (p) => ({ message: `MONGO_URI is not a valid MongoDB connection string: ${p.reason}`, hint: MONGO_URI_HINT }),
  'mongo.connect': (p) => ({ message: `cannot connect to MongoDB: ${p.reason}`, hint: 'check MONGO_URI or pass --mongo-uri; --skip-mongo skips the MongoDB check' }),
  'cache.inspect-failed': (p) => ({ message: `failed while inspecting Redis: ${p.reason}; nothing was deleted`, hint: 'fix the connection and run again (use --dry-run to check first)' }),
  'cache.fault': (p) => ({
    message: `stopped by a fault while deleting (${p.phase}): ${p.reason}`,
    hint: 'the report above lists exactly what was and was not deleted; fix the cause and run again',
  }),
  'mock.profile': (p) => ({ message: `unknown profile '${p.profile}'`, hint: `profiles: ${list(p.known)}` }),
  'mock.fault': (p) => ({ message: `unknown fault '${p.fault}'`, hint: `faults: ${list(p.known)}` }),
  'mock.latency-without-fault': (p) => ({ message: `--latency works with --fault latency, not --fault ${p.fault}`, hint: 'drop --latency, or use --fault latency' }),
  'mock.port-in-use': (p) => ({ message: `port ${p.port} on ${p.host} is already in use`, hint: 'pick another --port, or --port 0 for any free port' }),
  'mock.host': (p) => ({ message: `cannot listen on ${p.host}: not an address of this machine`, hint: 'use --host 127.0.0.1 (the default)' }),
  'mock.port-denied': (p) => ({ message: `no permission to listen on port ${p.port}`, hint: 'use a port above 1023, or --port 0' }),
};
