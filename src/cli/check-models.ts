import { Command, Option } from 'commander';
import type { Deployment } from '../config/load-deployment.js';
import { UsageError } from '../core/errors.js';
import type { CheckModelsReport } from '../models/report.js';
import type { DefineCommand } from './commands.js';
import { useColor } from '../core/io.js';
import { runtimeOption } from './shared-options.js';
import type { RuntimeChoice } from '../config/runtime.js';

export const defineCheckModels: DefineCommand = (setExitCode, io) =>
  new Command('check-models')
    .description("Show which models each endpoint will list, the way the targeted LibreChat builds the lists, and why a model is missing.")
    .option('-c, --config <path>', 'librechat.yaml (default: CONFIG_PATH from the environment or .env, else ./librechat.yaml)')
    .option('-e, --env <path>', '.env file (default: ./.env when it exists)')
    .option('--librechat-version <version>', 'LibreChat line to follow (default: from the config version, else the newest)')
    .option('--endpoint <name>', 'check only this endpoint (exact name, e.g. openAI or a custom name)')
    .option('--why <model-id>', "walk LibreChat's decision path for one model id and stop where it drops out")
    .option('--probe', "also stream one request per model (LibreChat's exact request) and report reasoning")
    .option('--no-cache-check', "do not read LibreChat's model cache in Redis")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'markdown']).default('stylish'))
    .option('--json', 'same as --format json')
    .addOption(runtimeOption())
    .option('-v, --verbose', 'every endpoint with its decision path and each model with its origin')
    .option('--fix', "correct model ids the provider spells otherwise (case, or its one near-miss) in models.default or *_MODELS in .env, and turn off reasoning sent back to a provider that refuses it (atomic, with a .bak)")
    .option('--dry-run', 'with --fix: show the diff and write nothing')
    .addHelpText(
      'after',
      `
Examples:
  lc-doctor check-models
  lc-doctor check-models --why deepseek-ai/DeepSeek-V3.2-Exp
  lc-doctor check-models --endpoint openAI --verbose
  lc-doctor check-models --format markdown >> "$GITHUB_STEP_SUMMARY"

Nothing is modified unless --fix: the cache is only read (clear it with 'lc-doctor clear-models-cache').
Exit 0 when every configured model will show, 1 when some will not, 2 when it could not run.`,
    )
    .action(async (options: CheckModelsCliOptions) => {
      if (options.dryRun && !options.fix) throw new UsageError({ code: 'option.dry-run-without-fix', params: { command: 'check-models' } });
      const { runCheckModels } = await import('../models/run.js');
      const { createDefaultPorts } = await import('../models/default-ports.js');
      const { checkModelsFormatters } = await import('../report/check-models/index.js');
      const { redact } = await import('../core/mask.js');
      const { chooseProgressReporter } = await import('../report/probe/progress.js');
      const progress = options.probe ? chooseProgressReporter(io) : undefined;
      const { report, secrets, deployment } = await runCheckModels(
        {
          config: options.config,
          env: options.env,
          librechatVersion: options.librechatVersion,
          endpoint: options.endpoint,
          why: options.why,
          probe: Boolean(options.probe),
          cacheCheck: options.cacheCheck,
          cwd: io.cwd,
          processEnv: io.env,
          runtime: options.runtime,
          onProbeProgress: progress ? (event) => progress.onEvent(event) : undefined,
        },
        createDefaultPorts(),
      ).finally(() => progress?.finish());
      if (options.fix) await addFixes(report, deployment, io.cwd, Boolean(options.dryRun));
      const text = checkModelsFormatters[options.json ? 'json' : options.format](report, { color: useColor(io), verbose: Boolean(options.verbose) });
      io.stdout(redact(text, secrets));
      setExitCode(report.exitCode);
    });

async function addFixes(report: CheckModelsReport, deployment: Deployment, cwd: string, dryRun: boolean): Promise<void> {
  const { applyModelFixes } = await import('../fix/apply-model-fixes.js');
  const outcome = await applyModelFixes(report.checks, deployment, cwd, dryRun);
  report.fix = {
    dryRun,
    written: outcome.written,
    files: outcome.files.map((f) => f.path),
    fixed: outcome.fixed,
    diff: outcome.diff,
  };
}

interface CheckModelsCliOptions {
  fix?: boolean;
  dryRun?: boolean;
  config?: string;
  env?: string;
  librechatVersion?: string;
  endpoint?: string;
  why?: string;
  probe?: boolean;
  cacheCheck: boolean;
  format: 'stylish' | 'json' | 'markdown';
  json?: boolean;
  verbose?: boolean;
  runtime: RuntimeChoice;
}
