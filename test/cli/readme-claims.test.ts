import { readFileSync } from 'node:fs';
import type { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import type { Io } from '../../src/core/io.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const io: Io = { stdout: () => undefined, stderr: () => undefined, env: {}, cwd: '.', isTTY: false, stdinIsTTY: false };
const built: Command[] = commands.map((define) => define(() => undefined, io));
const option = (command: Command, long: string): Option | undefined => command.options.find((o) => o.long === long);

/** The commands README's flags paragraph names as producing a JSON result. */
function readmeJsonCommands(): string[] {
  const sentence = /JSON output \(`--json` or `-f json`, with a `schemaVersion`\): ([^.]+)\./.exec(readme)?.[1];
  if (!sentence) throw new Error('README no longer states which commands have --json');
  return [...sentence.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!);
}

describe("README's claims about flags hold for every command's real options", () => {
  it('the command table lists every command', () => {
    for (const command of built) expect(readme).toContain(`| \`lc-doctor ${command.name()}`);
  });

  it('each command README says has JSON has --json and -f json', () => {
    const claimed = readmeJsonCommands();
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
    expect(readme).toContain('Short flags are the same in every command: `-c` config, `-e` env file, `-f` format');
    for (const command of built) {
      expect(option(command, '--config')?.short ?? '-c', `${command.name()} --config`).toBe('-c');
      expect(option(command, '--env')?.short ?? '-e', `${command.name()} --env`).toBe('-e');
      expect(option(command, '--format')?.short ?? '-f', `${command.name()} --format`).toBe('-f');
    }
    // clear-models-cache reads .env like the others, so it takes -e too.
    expect(option(built.find((c) => c.name() === 'clear-models-cache')!, '--env')?.short).toBe('-e');
  });
});
