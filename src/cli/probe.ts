import { runtimeOption } from './shared-options.js';
import type { RuntimeChoice } from '../config/runtime.js';
import { Command, Option } from 'commander';
import type { DefineCommand } from './commands.js';
import { integerIn, secondsIn } from './numeric-options.js';
import { useColor } from '../core/io.js';

const collect = (value: string, previous: string[]) => [...previous, value];

export const defineProbe: DefineCommand = (setExitCode, io) =>
  new Command('probe')
    .description(
      'Send each endpoint exactly the streamed request LibreChat sends, and report where reasoning arrives, whether your LibreChat version will show it, timings, usage and the config fix.',
    )
    .argument('[endpoint...]', 'endpoint names from librechat.yaml (default: all)')
    .option('-c, --config <file>', 'librechat.yaml to read (default: CONFIG_PATH from the environment or .env, else ./librechat.yaml)')
    .option('-e, --env <file>', '.env file to resolve ${VAR} from (default: ./.env if present)')
    .option('-m, --model <id>', 'model to probe (repeatable; default: the first configured model)', collect, [] as string[])
    .option('--all-models', 'probe every configured model', false)
    .option('--list-models', 'also GET {baseURL}/models for every endpoint (always done with models.fetch: true)', false)
    .option('--prompt <text>', 'the user message to send')
    .option('--max-tokens <n>', 'send max_tokens (LibreChat sends none by default)', integerIn(1, 1_000_000))
    .option('--concurrency <n>', 'requests in flight', integerIn(1, 64), 4)
    .option('--timeout <s>', 'per-request time limit in seconds', secondsIn(0.1, 3600), 60)
    .option('--connect-timeout <s>', 'TCP/TLS connect limit in seconds', secondsIn(0.1, 600), 10)
    .option('--stall-timeout <s>', 'no bytes for this long mid-stream counts as a stall', secondsIn(0.1, 3600), 30)
    .addOption(new Option('--turns <n>', '2 replays the first answer as history, like LibreChat').choices(['1', '2']).default('1'))
    .option('--key-stdin', 'read a key for user_provided endpoints from stdin (hidden on a terminal, never stored)', false)
    .option('--librechat-version <version>', 'LibreChat version to judge reasoning display against (e.g. 0.8.8, 0.7.9)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('--json', 'same as --format json', false)
    .option('-v, --verbose', 'also show the requests sent (keys masked) and informational findings', false)
    .addOption(runtimeOption())
    .addHelpText(
      'after',
      `
Examples:
  lc-doctor probe                               probe the first model of every endpoint
  lc-doctor probe DeepSeek --all-models --turns 2
  lc-doctor probe --librechat-version 0.7.9 --format json
  echo "$MY_KEY" | lc-doctor probe Relay --key-stdin`,
    )
    .action(async (endpoints: string[], opts: Record<string, unknown>) => {
      const { runProbeCommand } = await import('../probe/command.js');
      const { readKeyFromStdin } = await import('../probe/read-key.js');
      const { createProbeView } = await import('../report/probe/index.js');
      const format = opts.json ? 'json' : (opts.format as 'stylish' | 'json');
      const code = await runProbeCommand(
        {
          endpoints,
          ...(opts.config ? { config: String(opts.config) } : {}),
          ...(opts.env ? { env: String(opts.env) } : {}),
          model: opts.model as string[],
          allModels: Boolean(opts.allModels),
          ...(opts.prompt ? { prompt: String(opts.prompt) } : {}),
          ...(opts.maxTokens !== undefined ? { maxTokens: Number(opts.maxTokens) } : {}),
          concurrency: Number(opts.concurrency),
          timeout: Number(opts.timeout),
          connectTimeout: Number(opts.connectTimeout),
          stallTimeout: Number(opts.stallTimeout),
          turns: opts.turns === '2' ? 2 : 1,
          keyStdin: Boolean(opts.keyStdin),
          listModels: Boolean(opts.listModels),
          verbose: Boolean(opts.verbose),
          ...(opts.librechatVersion ? { librechatVersion: String(opts.librechatVersion) } : {}),
          runtime: opts.runtime as RuntimeChoice,
        },
        io,
        createProbeView(io, { format, verbose: Boolean(opts.verbose), color: useColor(io) }),
        () => readKeyFromStdin(process.stdin, io.stderr),
      );
      setExitCode(code);
    });
