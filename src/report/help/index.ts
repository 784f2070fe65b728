import type { Argument, Command, Help, Option } from 'commander';
import { terminalWidth, wrapCjk } from './wrap.js';
import type { HelpWords } from './words.js';

/**
 * Puts another language's descriptions on an already built command tree (descriptions, argument
 * and option help, the text after the options, commander's own headings). Items without a
 * translation keep their English text; the help-language test keeps that list empty.
 */
export function applyHelpLanguage(program: Command, help: HelpWords): void {
  program.description(help.program.description);
  program.helpCommand('help [command]', help.program.helpCommand);
  translateCommon(program, help);
  for (const command of program.commands) {
    const words = help.commands[command.name()];
    translateCommon(command, help);
    if (!words) continue;
    command.description(words.description);
    for (const argument of command.registeredArguments) {
      const text = words.arguments?.[argument.name()];
      if (text) argument.description = text;
    }
    for (const option of command.options) {
      const text = option.long ? words.options[option.long] : undefined;
      if (text) option.description = text;
    }
    if (words.after !== undefined) {
      // commander keeps `addHelpText('after')` as listeners; the English ones give way to the translation.
      (command as unknown as NodeJS.EventEmitter).removeAllListeners('afterHelp');
      if (words.after) command.addHelpText('after', words.after);
    }
  }
}

/** Headings, `--help`/`--version`/`--lang` lines, `(choices/default: ...)` and wrapping on one command. */
function translateCommon(command: Command, help: HelpWords): void {
  command.helpOption('-h, --help', help.program.help);
  for (const option of command.options) {
    if (option.long === '--version') option.description = help.program.version;
    if (option.long === '--lang') option.description = help.program.lang;
  }
  command.configureHelp({
    styleTitle: (title: string) => help.titles[title] ?? title,
    optionDescription: (option: Option) => withDetails(option.description, help, option.argChoices, shownDefault(option)),
    argumentDescription: (argument: Argument) =>
      withDetails(argument.description, help, argument.argChoices, argument.defaultValue === undefined ? undefined : (argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue))),
    displayWidth: terminalWidth,
    boxWrap(this: Help, text: string, width: number): string {
      return width < this.minWidthToWrap ? text : wrapCjk(text, width);
    },
  });
}

/** The default commander would show for an option (it hides the implicit `false` of a flag with a value). */
function shownDefault(option: Option): string | undefined {
  if (option.defaultValue === undefined) return undefined;
  const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
  return shown ? (option.defaultValueDescription ?? JSON.stringify(option.defaultValue)) : undefined;
}

function withDetails(description: string, help: HelpWords, choices: readonly string[] | undefined, defaultValue: string | undefined): string {
  if (!choices && defaultValue === undefined) return description;
  return description + help.details({ ...(choices ? { choices: choices.map((choice) => JSON.stringify(choice)) } : {}), ...(defaultValue !== undefined ? { default: defaultValue } : {}) });
}
