import { Command, Option } from 'commander';
import type { DefineCommand } from './commands.js';
import { useColor } from '../core/io.js';

const list = (value: string): string[] => value.split(',').map((s) => s.trim()).filter(Boolean);

export const defineAddEndpoint: DefineCommand = (setExitCode, io) =>
  new Command('add-endpoint')
    .description('Add or update a provider endpoint in librechat.yaml and .env, keeping every other byte of both files.')
    .argument('<provider>', "provider preset id (see 'lc-doctor providers')")
    .option('-c, --config <file>', 'librechat.yaml to edit (created if missing)', 'librechat.yaml')
    .option('-e, --env <file>', '.env to edit (created if missing)', '.env')
    .option('--name <name>', 'endpoint name (default: the provider id); an existing entry with this name is updated')
    .option('--region <region>', "provider region, e.g. cn, intl (see 'lc-doctor providers')")
    .option('--base-url <url>', 'base URL (required for generic; overrides the region)')
    .option('--models <ids>', 'comma-separated model ids for models.default (chosen models mean models.fetch: false unless --fetch)', list)
    .option('--add-model <ids>', 'append these model ids to the existing list (models.default, or OPENAI_MODELS with --method openai)', list)
    .option('--replace-models', 'let --models replace the existing list instead of refusing')
    .option('--title-model <id>', 'model for conversation titles (default: the preset\'s non-reasoning model)')
    .option('--thinking', 'add the request field that turns thinking on')
    .option('--no-thinking', 'add the request field that turns thinking off')
    .option('--fetch', 'set models.fetch: true (list models from the provider)')
    .option('--no-fetch', 'set models.fetch: false')
    .option('--api-key-env <NAME>', 'variable holding the key (default: the preset\'s)')
    .addOption(new Option('--method <method>', 'custom: a librechat.yaml endpoint; openai: point the built-in OpenAI endpoint at the provider via .env').choices(['custom', 'openai']).default('custom'))
    .option('--librechat-version <version>', 'LibreChat line to write for (default: from the file\'s version:, else the newest)')
    .option('--dry-run', 'show the diff and stop')
    .option('--print', 'write nothing; print the YAML block and .env lines to paste')
    .option('-y, --yes', 'write without asking')
    .option('--force', 'edit a config that already has schema errors')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('--json', 'same as --format json (schemaVersion 1)')
    .addHelpText(
      'after',
      `
Examples:
  lc-doctor add-endpoint modelscope --models deepseek-ai/DeepSeek-V3.2-Exp
  lc-doctor add-endpoint modelscope --add-model Qwen/QwQ-32B --name modelscope-plain
  lc-doctor add-endpoint dashscope --region intl --thinking --yes
  lc-doctor add-endpoint modelscope --method openai --dry-run
  lc-doctor add-endpoint generic --name my-vllm --base-url http://vllm:8000/v1 --models Qwen/Qwen3-8B`,
    )
    .action(async (provider: string, options: Record<string, unknown>, command: Command) => {
      const { runAddEndpoint } = await import('../edit/run-add-endpoint.js');
      const { createAddEndpointView } = await import('../report/add-endpoint/index.js');
      const json = options.json === true || options.format === 'json';
      const fromCli = (name: string) => (command.getOptionValueSource(name) === 'cli' ? options[name] : undefined);
      setExitCode(
        await runAddEndpoint(
          {
            provider,
            config: options.config as string,
            env: options.env as string,
            method: options.method as 'custom' | 'openai',
            name: options.name as string | undefined,
            region: options.region as string | undefined,
            baseUrl: options.baseUrl as string | undefined,
            models: options.models as string[] | undefined,
            addModels: options.addModel as string[] | undefined,
            replaceModels: options.replaceModels === true ? true : undefined,
            titleModel: options.titleModel as string | undefined,
            thinking: fromCli('thinking') as boolean | undefined,
            fetch: fromCli('fetch') as boolean | undefined,
            apiKeyEnv: options.apiKeyEnv as string | undefined,
            librechatVersion: options.librechatVersion as string | undefined,
            force: options.force === true,
          },
          { dryRun: options.dryRun === true, print: options.print === true, yes: options.yes === true, json },
          io,
          createAddEndpointView({ json, color: useColor(io) }),
          askOnTerminal,
        ),
      );
    });

async function askOnTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
}
