import { Command } from 'commander';
import type { DefineCommand } from './commands.js';
import { useColor } from '../core/io.js';

export const defineDemo: DefineCommand = (setExitCode, io) =>
  new Command('demo')
    .description('See the main job without LibreChat: mock providers on 127.0.0.1, a sample config, doctor --probe on it.')
    .addHelpText('after', '\nEverything runs on loopback in a temp folder that is removed afterwards (also on Ctrl-C).\nExit 0 when the demo ran (its findings are the point), 2 when it could not run.')
    .action(async () => {
      const { runDemo } = await import('../demo/run-demo.js');
      const { formatDemo } = await import('../report/check-models/demo.js');
      const { redact } = await import('../core/mask.js');
      const run = await runDemo();
      io.stdout(redact(formatDemo(run, { color: useColor(io) }), run.secrets));
      setExitCode(0);
    });
