import { Command } from 'commander';
import type { DefineCommand } from './commands.js';

export const defineValidate: DefineCommand = (setExitCode, io) =>
  new Command('validate')
    .description('Check librechat.yaml and .env the way LibreChat will, plus the mistakes LibreChat accepts silently.')
    .action(async () => {
      io.stdout('validate: not wired yet\n');
      setExitCode(2);
    });
