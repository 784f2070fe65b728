import type { Command, Help, Option } from 'commander';
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

/** Headings, `--help`/`--version`/`--lang` lines and `(choices/default: ...)` on one command. */
function translateCommon(command: Command, help: HelpWords): void {
  command.helpOption('-h, --help', help.program.help);
  for (const option of command.options) {
    if (option.long === '--version') option.description = help.program.version;
    if (option.long === '--lang') option.description = help.program.lang;
  }
  command.configureHelp({
    styleTitle: (title: string) => help.titles[title] ?? title,
    optionDescription(this: Help, option: Option): string {
      const english = Object.getPrototypeOf(this).optionDescription.call(this, option) as string;
      return english.replace(/\((choices|default): /g, (_, word: string) => `(${word === 'choices' ? help.choices : help.default}: `).replace(/, default: /g, `, ${help.default}: `);
    },
  });
}
