import { Command, Option } from 'commander';
import type { Severity } from '../core/diagnostic.js';
import { UsageError } from '../core/errors.js';
import type { DefineCommand } from './commands.js';
import { integerIn } from './numeric-options.js';
import { useColor, type Io } from '../core/io.js';
import { runtimeOption } from './shared-options.js';
import type { RuntimeChoice } from '../config/runtime.js';

const FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'];

export const defineValidate: DefineCommand = (setExitCode, io) =>
  new Command('validate')
    .description('Check librechat.yaml and .env the way LibreChat will, plus the mistakes LibreChat accepts silently.')
    .option('-c, --config <path>', 'librechat.yaml to check (default: CONFIG_PATH from the environment or .env, else ./librechat.yaml)')
    .option('-e, --env <path>', '.env file to check (default: ./.env when present)')
    .option('--librechat-version <version>', 'LibreChat line to judge against, e.g. 0.8.8, 0.8.5, 0.7.7 (default: from the file\'s version:, else the newest)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('--json', 'same as --format json')
    .option('--strict', 'exit 1 on warnings too')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('--rule <id=severity>', 'set a rule to off, info, warn or error (repeatable)', collectRule)
    .option('--allow-remote', 'fetch and check a CONFIG_PATH that is an http(s) URL')
    .addOption(runtimeOption())
    .option('--fix', 'apply every safe, unambiguous fix to the files (atomic, with a .bak), then report what is left')
    .option('--dry-run', 'with --fix: show the unified diff and write nothing')
    .addHelpText(
      'after',
      `
Examples:
  lc-doctor validate                                   # ./librechat.yaml and ./.env
  lc-doctor validate -c deploy/librechat.yaml -e deploy/.env --format github
  lc-doctor validate --librechat-version 0.8.5 --rule hardcoded-secret=off --strict
  lc-doctor validate --fix --dry-run                   # the diff --fix would write

Exit 1 on errors; warnings only with --strict or over --max-warnings.`,
    )
    .action(async (options: ValidateCliOptions) => {
      if (options.dryRun && !options.fix) throw new UsageError({ code: 'option.dry-run-without-fix', params: { command: 'validate' } });
      if (options.fix) return setExitCode(await runFix(options, io));
      const { runValidate, validateExitCode } = await import('../validate/run-validate.js');
      const { validateFormatters } = await import('../report/validate/index.js');
      const report = await runValidate(validateInputs(options, io));
      const format = options.json ? 'json' : options.format;
      io.stdout(validateFormatters[format](report, { color: useColor(io) }));
      setExitCode(validateExitCode(report, { strict: options.strict, maxWarnings: options.maxWarnings }));
    });

async function runFix(options: ValidateCliOptions, io: Io): Promise<number> {
  const { runValidateFix } = await import('../fix/run-fix.js');
  const { validateExitCode } = await import('../validate/run-validate.js');
  const report = await import('../report/validate/fix.js');
  const { validateFormatters } = await import('../report/validate/index.js');
  const dryRun = Boolean(options.dryRun);
  const outcome = await runValidateFix({ ...validateInputs(options, io), dryRun });
  const format = options.json ? 'json' : options.format;
  if (format === 'json') io.stdout(report.formatFixJson(outcome, dryRun));
  else if (format === 'stylish') io.stdout(report.formatFixText(outcome, { color: useColor(io), dryRun }));
  else {
    io.stderr(report.formatFixSummary(outcome, dryRun));
    io.stdout(validateFormatters[format](outcome.after, { color: useColor(io) }));
  }
  return validateExitCode(outcome.after, { strict: options.strict, maxWarnings: options.maxWarnings });
}

function validateInputs(options: ValidateCliOptions, io: Io) {
  return {
    config: options.config,
    env: options.env,
    cwd: io.cwd,
    processEnv: io.env,
    allowRemote: options.allowRemote,
    runtime: options.runtime,
    librechatVersion: options.librechatVersion,
    ruleOverrides: options.rule ?? {},
  };
}

interface ValidateCliOptions {
  fix?: boolean;
  dryRun?: boolean;
  config?: string;
  env?: string;
  librechatVersion?: string;
  format: 'stylish' | 'json' | 'github' | 'sarif' | 'junit';
  json?: boolean;
  strict?: boolean;
  maxWarnings?: number;
  rule?: Record<string, Severity | 'off'>;
  allowRemote?: boolean;
  runtime: RuntimeChoice;
}

const parseCount = integerIn(0, 1_000_000);

const SEVERITIES = new Set(['off', 'info', 'warn', 'error']);

function collectRule(value: string, previous: Record<string, Severity | 'off'> = {}): Record<string, Severity | 'off'> {
  const match = /^([a-z0-9-]+)=(\w+)$/.exec(value.trim());
  const severity = match?.[2] === 'warning' ? 'warn' : match?.[2];
  if (!match || !severity || !SEVERITIES.has(severity)) {
    throw new UsageError({ code: 'option.rule-syntax', params: { value } });
  }
  return { ...previous, [match[1]!]: severity as Severity | 'off' };
}
