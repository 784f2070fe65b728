import { Command, InvalidArgumentError, Option } from 'commander';
import type { DefineCommand } from './commands.js';
import { integerIn } from './numeric-options.js';
import { words } from '../report/i18n/index.js';
import { FAULT_NAMES } from '../mock-provider/faults.js';
import { PROFILE_NAMES } from '../mock-provider/profiles.js';

function modelList(value: string): string[] {
  const ids = value.split(',').map((id) => id.trim()).filter(Boolean);
  if (ids.length === 0) throw new InvalidArgumentError(words().errors.optionValue.modelIds);
  return ids;
}

/** Resolves on the first SIGINT/SIGTERM; the server then closes and the command returns. */
function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export const defineMockProvider: DefineCommand = (setExitCode, io) => {
  const command = new Command('mock-provider').description(
    'Run a local OpenAI-compatible provider that streams reasoning the way real providers do (DeepSeek, DashScope, OpenRouter, vLLM...), to see LibreChat render it without spending tokens.',
  );
  return command
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('-p, --port <port>', 'port (0 = any free port)', integerIn(0, 65535), 8765)
    .option('--api-key <key>', 'require Authorization: Bearer <key>')
    .addOption(new Option('--profile <name>', 'provider wire shape').default('deepseek'))
    .option('--models <ids>', "comma-separated model ids to serve instead of the profile's (e.g. the ones your config lists)", modelList)
    .addOption(new Option('--fault <name>', 'failure to play'))
    .option('--latency <ms>', 'delay before answering (implies --fault latency; default 300 with it)', integerIn(0, 600_000))
    .option('--chunk-delay <ms>', 'delay between streamed chunks', integerIn(0, 600_000))
    .addHelpText('after', `\nProfiles: ${PROFILE_NAMES.join(', ')}\nFaults:   ${FAULT_NAMES.join(', ')}`)
    .action(async (opts: Record<string, unknown>) => {
      const { isProfileName } = await import('../mock-provider/profiles.js');
      const { isFaultName } = await import('../mock-provider/faults.js');
      const { UsageError } = await import('../core/errors.js');
      const profile = String(opts.profile);
      if (!isProfileName(profile)) throw new UsageError({ code: 'mock.profile', params: { profile, known: [...PROFILE_NAMES] } });
      // --latency alone means the latency fault; with another fault it would be silently ignored.
      const fault = opts.fault === undefined ? (opts.latency !== undefined ? 'latency' : undefined) : String(opts.fault);
      if (fault !== undefined && !isFaultName(fault)) throw new UsageError({ code: 'mock.fault', params: { fault, known: [...FAULT_NAMES] } });
      if (opts.latency !== undefined && fault !== 'latency') throw new UsageError({ code: 'mock.latency-without-fault', params: { fault: String(fault) } });
      const { runMockProviderCommand } = await import('../mock-provider/command.js');
      const { mockProviderView } = await import('../report/mock-provider/index.js');
      const code = await runMockProviderCommand(
        {
          host: String(opts.host),
          port: Number(opts.port),
          profile,
          ...(Array.isArray(opts.models) ? { models: opts.models as string[] } : {}),
          ...(opts.apiKey ? { apiKey: String(opts.apiKey) } : {}),
          ...(fault ? { fault } : {}),
          ...(opts.latency !== undefined ? { latencyMs: Number(opts.latency) } : {}),
          ...(opts.chunkDelay !== undefined ? { chunkDelayMs: Number(opts.chunkDelay) } : {}),
        },
        io,
        mockProviderView,
        untilSignal,
      );
      setExitCode(code);
    });
};
