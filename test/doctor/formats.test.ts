import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEnglishSentences } from '../helpers/english-sentences.js';
import { runCli } from '../helpers/run-cli.js';

const layouts = resolve(import.meta.dirname, '../fixtures/compose');
const doctor = (args: string[], isTTY = false, env: NodeJS.ProcessEnv = {}) => runCli(['doctor', join(layouts, 'default'), '--runtime', 'node', ...args], { cwd: layouts, isTTY, env });

describe('doctor formats and progress', () => {
  it('github: one annotation per finding at its line, and the summary line', async () => {
    const result = await doctor(['-f', 'github']);
    expect(result.stdout).toMatch(/^::error file=\.env,line=13,col=1.*title=lc-doctor\(env-file-reference\)::OPENAI_API_KEY=\$\{MODELSCOPE_API_KEY\}/m);
    expect(result.stdout.match(/OPENAI_API_KEY=\$\{MODELSCOPE_API_KEY\}: LibreChat reads/g)).toHaveLength(1);
    expect(result.code).toBe(1);
  });

  it('sarif: valid SARIF 2.1.0 with the same findings', async () => {
    const sarif = JSON.parse((await doctor(['-f', 'sarif'])).stdout) as { version: string; runs: { results: { ruleId: string; level: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toContainEqual(expect.objectContaining({ ruleId: 'env-file-reference', level: 'error' }));
  });

  it('markdown: a job summary table with the fix and the commands that show each finding', async () => {
    const markdown = (await doctor(['-f', 'markdown'])).stdout;
    expect(markdown).toMatch(/^## lc-doctor doctor\n/);
    expect(markdown).toMatch(/\| 1 \| ❌ \| OPENAI_API_KEY=\$\{MODELSCOPE_API_KEY\}.*\| `\.env:13` \| validate, check-models \|/);
  });

  it('progress goes to stderr on a terminal only', async () => {
    expect((await doctor([], true)).stderr).toContain('lc-doctor: running validate...');
    expect((await doctor([])).stderr).toBe('');
  });

  it('the progress line speaks the locale', async () => {
    const { stderr } = await doctor([], true, { LANG: 'zh_CN.UTF-8' });
    expect(stderr).toContain('lc-doctor：正在运行 validate…');
    expect(stderr).toContain('lc-doctor：正在运行 check-models…');
    expect(findEnglishSentences(stderr)).toEqual([]);
  });
});
