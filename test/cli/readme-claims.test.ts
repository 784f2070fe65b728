import { readFileSync } from 'node:fs';
import type { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import type { Io } from '../../src/core/io.js';

/** Each README, with the sentences that state which commands have JSON and the short flags. */
const READMES = [
  {
    file: 'README.md',
    jsonSentence: /JSON output \(`--json` or `-f json`, with a `schemaVersion`\): ([^.]+)\./,
    shortFlags: 'Short flags are the same in every command: `-c` config, `-e` env file, `-f` format',
  },
  {
    file: 'README.zh-CN.md',
    jsonSentence: /有 JSON 输出（`--json` 或 `-f json`，带 `schemaVersion`）的命令：([^。]+)。/,
    shortFlags: '所有命令的短选项都一样：`-c` 配置文件，`-e` env 文件，`-f` 输出格式',
  },
].map((r) => ({ ...r, text: readFileSync(new URL(`../../${r.file}`, import.meta.url), 'utf8') }));
const io: Io = { stdout: () => undefined, stderr: () => undefined, env: {}, cwd: '.', isTTY: false, stdinIsTTY: false };
const built: Command[] = commands.map((define) => define(() => undefined, io));
const option = (command: Command, long: string): Option | undefined => command.options.find((o) => o.long === long);

/** The commands a README's flags paragraph names as producing a JSON result. */
function readmeJsonCommands(readme: (typeof READMES)[number]): string[] {
  const sentence = readme.jsonSentence.exec(readme.text)?.[1];
  if (!sentence) throw new Error(`${readme.file} no longer states which commands have --json`);
  return [...sentence.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!);
}

describe.each(READMES)("$file's claims about flags hold for every command's real options", (readme) => {
  it('the command table lists every command', () => {
    for (const command of built) expect(readme.text).toContain(`| \`lc-doctor ${command.name()}`);
  });

  it('each command README says has JSON has --json and -f json', () => {
    const claimed = readmeJsonCommands(readme);
    expect(claimed.length).toBeGreaterThan(5);
    for (const name of claimed) {
      const command = built.find((c) => c.name() === name);
      expect(command, name).toBeDefined();
      expect(option(command!, '--json'), `${name} --json`).toBeDefined();
      expect(option(command!, '--format')?.short, `${name} -f`).toBe('-f');
      expect(option(command!, '--format')?.argChoices, `${name} -f json`).toContain('json');
    }
    // The commands left out are the ones README names as producing no result.
    const left = built.map((c) => c.name()).filter((n) => !claimed.includes(n));
    expect(left.sort()).toEqual(['demo', 'mock-provider']);
  });

  it('the short flags are the same everywhere: -c config, -e env, -f format', () => {
    expect(readme.text).toContain(readme.shortFlags);
    for (const command of built) {
      expect(option(command, '--config')?.short ?? '-c', `${command.name()} --config`).toBe('-c');
      expect(option(command, '--env')?.short ?? '-e', `${command.name()} --env`).toBe('-e');
      expect(option(command, '--format')?.short ?? '-f', `${command.name()} --format`).toBe('-f');
    }
    // clear-models-cache reads .env like the others, so it takes -e too.
    expect(option(built.find((c) => c.name() === 'clear-models-cache')!, '--env')?.short).toBe('-e');
  });
});
