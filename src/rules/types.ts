import type { Autofix, NoFixReason } from '../core/text-edit.js';
import type { Severity, SourceRange, LocationTarget } from '../core/diagnostic.js';
import type { LoadedYaml } from '../config/load-yaml.js';
import type { LoadedEnv } from '../env/load-env.js';
import type { JudgeTarget } from '../schema/targets.js';
import type { ValidateFinding } from '../validate/findings.js';
import type { DeploymentRuntime } from '../config/runtime.js';

/** Everything a rule may read. Rules never do I/O and never print. */
export interface RuleContext {
  /** The parsed librechat.yaml; absent when there is none. `config.value` is the plain JS value. */
  config?: LoadedYaml;
  /** The config file as read, also when syntax errors stop the parse (for rules that read the text itself). */
  source?: LoadedYaml;
  /** The .env file as LibreChat reads it (empty when there is none). */
  env: LoadedEnv;
  /** What LibreChat's process would see: .env values under the process environment. */
  environment: Record<string, string>;
  /** The LibreChat line the files are judged against (facts from the generated schema data). */
  target: JudgeTarget;
  /** Compose or `npm run backend` (absent: `npm run backend`, nothing detected). */
  runtime?: DeploymentRuntime;
  /** The env file is an example (`.env.example`): its values are empty or placeholders on purpose. */
  envIsExample?: boolean;
}

/** One finding of a rule, before severity and location are applied: a code with its parameters, and where. */
export type RuleReport = RuleLocation & ValidateFinding;

export interface RuleLocation {
  /** Which file the finding is in. */
  file: 'config' | 'env';
  /** JSON pointer into the YAML value, or `/<KEY>` for .env findings. */
  pointer: string;
  target?: LocationTarget;
  /** For .env findings: the range of the key line (from `LoadedEnv.entries`); for YAML only when no node has the place (text-level findings). */
  range?: SourceRange;
  /** Overrides the rule's default severity for this one finding (e.g. `info` for an outdated version). */
  severity?: Severity;
  /** Byte-exact edits of this finding's file that fix it (offsets into `config.text` or `env.text`). */
  autofix?: Autofix;
  noFix?: NoFixReason;
}

export interface Rule {
  /** kebab-case id; also the file name in `src/rules/` and `docs/rules/`. */
  id: string;
  defaultSeverity: Severity;
  /** One line, shown in SARIF and `--help`-style listings. */
  description: string;
  check(context: RuleContext): RuleReport[];
}
