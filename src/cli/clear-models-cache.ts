import { Command, Option } from 'commander';
import type { DefineCommand } from './commands.js';
import { secondsIn } from './numeric-options.js';
import type { Io } from '../core/io.js';
import { runtimeOption } from './shared-options.js';
import type { RuntimeChoice } from '../config/runtime.js';

interface ClearCliOptions {
  env?: string;
  redisUri?: string;
  mongoUri?: string;
  skipMongo?: boolean;
  librechatVersion?: string;
  includeTokenConfig?: boolean;
  dryRun?: boolean;
  yes?: boolean;
  format: 'stylish' | 'json';
  json?: boolean;
  runtime: RuntimeChoice;
  timeout: number;
}

export const defineClearModelsCache: DefineCommand = (setExitCode, io) =>
  new Command('clear-models-cache')
    .description(
      "Delete only LibreChat's model-list cache (Redis, and model-config documents in MongoDB 'logs'): never sessions, bans, rate limits or other keys. Explains when the cache lives in process memory and a restart is needed.",
    )
    .option('-e, --env <file>', '.env file to read (default: ./.env if present)')
    .option('--redis-uri <uri>', 'Redis to use instead of REDIS_URI (implies USE_REDIS=true)')
    .option('--mongo-uri <uri>', 'MongoDB to use instead of MONGO_URI')
    .option('--skip-mongo', 'do not look at MongoDB')
    .option('--librechat-version <version>', 'LibreChat version (e.g. 0.8.2); default: from the deployment (compose image, checkout, config version), else from the keys present')
    .option('--include-token-config', 'also delete TOKEN_CONFIG entries (per-model pricing/context; rebuilt on demand)')
    .option('--dry-run', 'print the plan (every key with TTL and size) and delete nothing')
    .option('-y, --yes', 'delete without asking (required when not on a terminal)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('--json', 'same as --format json')
    .addOption(runtimeOption())
    .option('--timeout <s>', 'a Redis command not answered within this many seconds stops the run (with a report of what was deleted)', secondsIn(0.1, 600), 10)
    .addHelpText(
      'after',
      '\nThis command: exit 0 = cleared (or nothing stale), 1 = (part of) the model cache is in LibreChat process memory: restart needed, 2 = could not run or a fault stopped it (the report says exactly what was deleted).',
    )
    .action(async (options: ClearCliOptions) => setExitCode(await runClear(options, io)));

async function runClear(options: ClearCliOptions, io: Io): Promise<number> {
  const { HandledError } = await import('../core/errors.js');
  if (!options.dryRun && !options.yes && !io.stdinIsTTY) {
    throw new HandledError({ code: 'option.no-confirmation', params: { command: 'clear-models-cache' } });
  }
  const [{ resolveCacheSettings }, { clearModelsCache }, report, { createStyle }, { useColor }, { readDeploymentVersion }, { reachCacheFromHost }, { describeReach }] = await Promise.all([
    import('../cache/connection.js'),
    import('../cache/clear.js'),
    import('../report/clear-models-cache/index.js'),
    import('../report/shared/style.js'),
    import('../core/io.js'),
    import('../deployment-version/read-deployment.js'),
    import('../cache/compose-reach.js'),
    import('../report/compose-reach.js'),
  ]);
  const { deployment, named } = await readDeploymentVersion({ env: options.env, cwd: io.cwd, processEnv: io.env, runtime: options.runtime, requested: options.librechatVersion });
  const style = createStyle(useColor(io));
  const reached = reachCacheFromHost(deployment.runtime, deployment.environment, options);
  for (const event of reached.events) io.stderr(style.dim(`${describeReach(event)}\n`));
  const settings = resolveCacheSettings(deployment.environment, { redisUri: reached.redisUri, mongoUri: reached.mongoUri, commandTimeoutMs: Math.round(options.timeout * 1000) });
  const skipMongo = options.skipMongo || reached.skipMongo;
  const json = options.json || options.format === 'json';
  const render = (r: Parameters<typeof report.formatClearJson>[0]) => (json ? report.formatClearJson(r, settings.secrets) : report.formatClearStylish(r, settings.secrets, style));
  // Progress only on a terminal: scanning a large keyspace takes seconds.
  if (io.isTTY && settings.redis) io.stderr(style.dim(`scanning ${settings.redis.display} for model-cache keys...\n`));
  const result = await clearModelsCache(settings, {
    // The deployment's own version first (every command's order); without one, the key names decide.
    librechatVersion: named?.version,
    ...(named ? { versionChoice: { reason: named.reason, evidence: named.evidence } } : {}),
    includeTokenConfig: options.includeTokenConfig,
    dryRun: options.dryRun,
    skipMongo,
    ...(options.yes ? {} : { confirm: async (plan) => askToDelete(render({ ...plan, dryRun: true }), plan.planned.length, io) }),
  });
  io.stdout(render(result));
  if (result.fault) throw new HandledError({ code: 'cache.fault', params: { phase: result.fault.phase, reason: result.fault.message } });
  return result.exitCode;
}

async function askToDelete(plan: string, count: number, io: Io): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  io.stdout(plan);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`Delete ${count} key(s) listed above? [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
