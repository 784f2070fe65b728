/** One command's `--help` in another language, keyed like commander knows it. */
export interface CommandHelp {
  description: string;
  /** By argument name (`provider`, `endpoint`). */
  arguments?: Record<string, string>;
  /** By long flag (`--config`, `--no-cache-check`). */
  options: Record<string, string>;
  /** The text after the option list (examples, exit codes). */
  after?: string;
}

/**
 * `--help` in a language other than English. English help is written where the options are
 * declared (`src/cli/<command>.ts`), which is what commander needs; another language translates
 * every description here, keyed by command and flag, and `applyHelpLanguage` swaps them in.
 * test/cli/help-language.test.ts fails when a command or option has no translation.
 */
export interface HelpWords {
  program: { description: string; lang: string; version: string; help: string; helpCommand: string; exitCodes: string };
  /** commander's headings: `Usage:`, `Options:`, `Commands:`, `Arguments:`, `Global Options:`. */
  titles: Record<string, string>;
  /** What commander appends to a description, `(choices: "a", "b", default: "a")`, in this language. */
  details(details: HelpDetails): string;
  commands: Record<string, CommandHelp>;
}

/** The choices and the default of an option or argument, each value as commander prints it (`"json"`, `[]`). */
export interface HelpDetails {
  choices?: string[];
  default?: string;
}
