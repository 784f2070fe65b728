import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuntimeSummary } from '../../src/config/runtime.js';
import { useLanguage, type Language } from '../../src/report/i18n/index.js';
import { describeRuntimeLine } from '../../src/report/runtime.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const deployLayout = resolve(import.meta.dirname, '../fixtures/compose/deploy');
let dir: Awaited<ReturnType<typeof makeTempDir>>;
let folder: string;

/** LibreChat's deploy layout with its endpoint on a closed local port: the probe fails at once, without the internet. */
beforeAll(async () => {
  dir = await makeTempDir();
  folder = join(dir.path, 'deploy');
  await cp(deployLayout, folder, { recursive: true });
  const config = await readFile(join(folder, 'librechat.yaml'), 'utf8');
  await writeFile(join(folder, 'librechat.yaml'), config.replace('https://api.deepseek.com/v1', 'http://127.0.0.1:9/v1'));
});
afterAll(() => dir.remove());

const LANGUAGES: Language[] = ['en', 'zh-CN'];
// Without Compose's mount, CONFIG_PATH=/app/librechat.yaml in the layout's .env names no file here: -c does.
const RUNTIMES = [{ name: 'Compose (found)', args: [] }, { name: 'npm run backend (--runtime node)', args: ['--runtime', 'node', '-c', 'librechat.yaml'] }];

describe.each(LANGUAGES)('every command that judges the deployment says which runtime it assumed, in one wording (%s)', (lang) => {
  it.each(RUNTIMES)('$name', async ({ args }) => {
    const run = (command: string[]) => runCli([...command, ...args, '--lang', lang], { cwd: folder });
    const summary = (JSON.parse((await run(['doctor', '--json'])).stdout) as { runtime: RuntimeSummary }).runtime;
    await useLanguage(lang);
    const sentence = describeRuntimeLine(summary);
    const outputs = {
      validate: await run(['validate']),
      'check-models': await run(['check-models', '--no-cache-check']),
      probe: await run(['probe', '--timeout', '5']),
      doctor: await run(['doctor']),
    };
    for (const [command, output] of Object.entries(outputs)) expect(output.stdout.split('\n'), command).toContain(sentence);
    for (const json of [['probe', '--timeout', '5', '--json'], ['validate', '--json'], ['check-models', '--no-cache-check', '--json']]) {
      expect((JSON.parse((await run(json)).stdout) as { runtime: RuntimeSummary }).runtime, json[0]).toEqual(summary);
    }
    // The probe really ran (and failed on the closed port): the sentence heads a real report.
    expect(outputs.probe.code).toBe(1);
    expect(outputs.probe.stdout).toContain('127.0.0.1:9');
  });
});
