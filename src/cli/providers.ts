import { Command, Option } from 'commander';
import type { DefineCommand } from './commands.js';
import { useColor } from '../core/io.js';

export const defineProviders: DefineCommand = (setExitCode, io) =>
  new Command('providers')
    .description('List the provider presets add-endpoint knows: base URLs, key variables, models, thinking switches.')
    .argument('[provider]', 'show one preset in detail')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('--json', 'same as --format json (schemaVersion 2)')
    .action(async (provider: string | undefined, options: { json?: boolean; format: 'stylish' | 'json' }) => {
      const { presets, requirePreset } = await import('../providers/index.js');
      const { formatProvidersJson, formatProvidersTable, formatProviderDetail } = await import('../report/providers/index.js');
      const { createStyle } = await import('../report/shared/style.js');
      const chosen = provider === undefined ? [...presets] : [requirePreset(provider)];
      if (options.json || options.format === 'json') io.stdout(formatProvidersJson(chosen));
      else if (provider === undefined) io.stdout(formatProvidersTable(chosen, createStyle(useColor(io))));
      else io.stdout(formatProviderDetail(chosen[0]!, createStyle(useColor(io))));
      setExitCode(0);
    });
