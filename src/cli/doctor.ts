import { Command, Option } from 'commander';
import type { DefineCommand } from './commands.js';
import { useColor } from '../core/io.js';
import { runtimeOption } from './shared-options.js';
import type { RuntimeChoice } from '../config/runtime.js';

const FORMATS = ['stylish', 'json', 'markdown', 'github', 'sarif'];

export const defineDoctor: DefineCommand = (setExitCode, io) =>
  new Command('doctor')
    .description('One report for one deployment: validate, check-models, the cache state and (with --probe) the probes, one finding per cause, what to fix first at the top.')
    .argument('[folder]', 'the LibreChat folder (compose files, .env, librechat.yaml)', '.')
    .option('-c, --config <path>', 'librechat.yaml (default: the compose mount, CONFIG_PATH, else ./librechat.yaml)')
    .option('-e, --env <path>', '.env file (default: ./.env when present)')
    .option('--librechat-version <version>', 'LibreChat line to judge against (default: from the config version, else the newest)')
    .option('--probe', 'also stream one request per shown model and report reasoning')
    .addOption(runtimeOption())
    .addOption(new Option('-f, --format <format>', 'output format (markdown: a job summary)').choices(FORMATS).default('stylish'))
    .option('--json', 'same as --format json')
    .addHelpText(
      'after',
      `
Examples:
  lc-doctor doctor                          # the deployment in this folder
  lc-doctor doctor ~/LibreChat --probe
  lc-doctor doctor --format markdown >> "$GITHUB_STEP_SUMMARY"

Exit 1 when something must be fixed (an error), 0 otherwise, 2 when it could not run.`,
    )
    .action(async (folder: string, options: DoctorCliOptions) => {
      const [{ resolve }, { runDoctor }, { createDefaultPorts }, { doctorFormatters, stepLine }, { redact }, { chooseProgressReporter }] = await Promise.all([
        import('node:path'),
        import('../doctor/run-doctor.js'),
        import('../models/default-ports.js'),
        import('../report/doctor/index.js'),
        import('../core/mask.js'),
        import('../report/probe/progress.js'),
      ]);
      const progress = options.probe ? chooseProgressReporter(io) : undefined;
      const { report, secrets } = await runDoctor(
        {
          folder: resolve(io.cwd, folder),
          config: options.config,
          env: options.env,
          librechatVersion: options.librechatVersion,
          runtime: options.runtime,
          probe: Boolean(options.probe),
          processEnv: io.env,
          // Progress only on a terminal: pipes and CI logs get the report alone.
          onStep: io.isTTY ? (step) => io.stderr(`${stepLine(step)}\n`) : undefined,
          onProbeProgress: progress ? (event) => progress.onEvent(event) : undefined,
        },
        createDefaultPorts(),
      ).finally(() => progress?.finish());
      const format = options.json ? 'json' : options.format;
      io.stdout(redact(doctorFormatters[format](report, { color: useColor(io) }), secrets));
      setExitCode(report.exitCode);
    });

interface DoctorCliOptions {
  config?: string;
  env?: string;
  librechatVersion?: string;
  probe?: boolean;
  runtime: RuntimeChoice;
  format: 'stylish' | 'json' | 'markdown' | 'github' | 'sarif';
  json?: boolean;
}
