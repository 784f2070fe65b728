import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** Issue 14 item 16: every numeric option is checked for form and range before anything runs. */

const CASES: Array<[command: string[], option: string, value: string, expected: RegExp]> = [
  [['probe'], '--timeout', '2147484', /expected seconds from 0\.1 to 3600/],
  [['probe'], '--timeout', '1e9', /expected seconds from 0\.1 to 3600/],
  [['probe'], '--connect-timeout', '0', /expected seconds from 0\.1 to 600/],
  [['probe'], '--stall-timeout', 'Infinity', /expected seconds from 0\.1 to 3600/],
  [['probe'], '--concurrency', '0x10', /expected a whole number from 1 to 64/],
  [['probe'], '--max-tokens', '1.5', /expected a whole number from 1 to 1000000/],
  [['mock-provider'], '--port', '70000', /expected a whole number from 0 to 65535/],
  [['mock-provider'], '--latency', '-5', /expected a whole number from 0 to 600000/],
  [['mock-provider'], '--chunk-delay', '9e99', /expected a whole number from 0 to 600000/],
  [['validate'], '--max-warnings', '-1', /expected a whole number from 0 to 1000000/],
  [['clear-models-cache', '--dry-run'], '--timeout', '1e9', /expected seconds from 0\.1 to 600/],
];

describe('numeric options', () => {
  it.each(CASES)('%s %s %s is a usage error naming the range (exit 2)', async (command, option, value, expected) => {
    const result = await runCli([...command, `${option}=${value}`], { cwd: process.cwd() });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^lc-doctor: option '(?:-[a-z], )?${option} <[a-z]+>' argument '${value.replace(/[.+]/g, '\\$&')}' is invalid\\. `));
    expect(result.stderr).toMatch(expected);
  });

  it('fractional seconds within range are accepted', async () => {
    const result = await runCli(['probe', '--timeout', '0.25', '--help'], { cwd: process.cwd() });
    expect(result.code).toBe(0);
  });
});
