import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { LANGUAGES } from '../../src/report/i18n/languages.js';
import { runCli, spawnCli } from '../helpers/run-cli.js';
import { findAsciiPunctuation, findEnglishSentences } from '../helpers/english-sentences.js';
import { terminalWidth } from '../../src/report/help/wrap.js';

const INVALID = new URL('../fixtures/configs/invalid/', import.meta.url).pathname;
const BROKEN = ['balance-on-0.7.yaml', 'custom-params-unknown.yaml', 'image-output-upper.yaml', 'header-number.yaml', 'file-strategy-env.yaml'];
const ZH = { LANG: 'zh_CN.UTF-8' };

/** Ports and milliseconds vary from run to run; everything else in the demo is deterministic. */
function normalise(text: string): string {
  return text.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>').replace(/\b\d+ ms\b/g, '<n> ms');
}

describe('the language follows the locale (spawned, as a user runs it)', () => {
  it('LANG=zh_CN.UTF-8 prints Chinese, LANG=C English, --lang wins over both', async () => {
    const file = INVALID + 'image-output-upper.yaml';
    const zh = await spawnCli(['validate', '-c', file, '-e', '/dev/null'], { cwd: tmpdir(), env: ZH });
    const c = await spawnCli(['validate', '-c', file, '-e', '/dev/null'], { cwd: tmpdir(), env: { LANG: 'C' } });
    const flag = await spawnCli(['validate', '-c', file, '-e', '/dev/null', '--lang', 'en'], { cwd: tmpdir(), env: ZH });
    expect(zh.stdout).toContain('只能是 `png`、`webp`、`jpeg` 之一，实际是 `PNG`');
    expect(zh.stdout).toContain('1 个问题（1 个错误、0 个警告、0 个提示）');
    expect(c.stdout).toContain('must be one of `png`, `webp`, `jpeg`, got `PNG`');
    expect(flag.stdout).toBe(c.stdout);
    expect([zh.code, c.code, flag.code]).toEqual([1, 1, 1]);
  });

  it('LC_DOCTOR_LANG chooses too, and an unknown language is a usage error (exit 2)', async () => {
    const chosen = await runCli(['validate', '-c', INVALID + 'image-output-upper.yaml', '-e', '/dev/null'], { cwd: tmpdir(), env: { LC_DOCTOR_LANG: 'zh-CN', LANG: 'C' } });
    expect(chosen.stdout).toContain('个问题');
    const unknown = await runCli(['validate', '--lang', 'fr'], { cwd: tmpdir() });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown language 'fr'");
    // The admin asked for a language: the refusal speaks the locale's, not English.
    const underChinese = await runCli(['validate', '--lang', 'fr'], { cwd: tmpdir(), env: ZH });
    expect(underChinese.code).toBe(2);
    expect(underChinese.stderr).toBe("lc-doctor: 未知语言 'fr'\n提示：请用 --lang en|zh-CN\n");
  });
});

describe('JSON is the same in every language apart from its words', () => {
  it.each(BROKEN)('validate --json on %s: identical codes, params, locations; only message and hint differ', async (name) => {
    const args = ['validate', '-c', INVALID + name, '-e', '/dev/null', '--json'];
    const en = JSON.parse((await runCli(args, { cwd: tmpdir(), env: { LANG: 'C' } })).stdout);
    const zh = JSON.parse((await runCli(args, { cwd: tmpdir(), env: ZH })).stdout);
    const neutral = (report: { diagnostics: Record<string, unknown>[] }) => ({ ...report, diagnostics: report.diagnostics.map(({ message: _m, hint: _h, ...rest }) => rest) });
    expect(neutral(zh)).toEqual(neutral(en));
    expect(zh.diagnostics.map((d: { message: string }) => d.message)).not.toEqual(en.diagnostics.map((d: { message: string }) => d.message));
  });
});

describe('no English sentence is left in zh-CN output', () => {
  it('lc-doctor --help and every command --help: Chinese punctuation, and no option line past 80 columns', async () => {
    const names = ['', ...commands.map((define) => define(() => undefined, { stdout: () => undefined, stderr: () => undefined, env: {}, cwd: '/', isTTY: false, stdinIsTTY: false }).name())];
    for (const name of names) {
      const run = await runCli(name ? [name, '--help'] : ['--help'], { cwd: tmpdir(), env: ZH });
      expect(run.code, name).toBe(0);
      expect(findEnglishSentences(run.stdout), `lc-doctor ${name} --help`).toEqual([]);
      // `(默认: "auto")` and `(default: ".")` were commander's own words and punctuation.
      expect(findAsciiPunctuation(run.stdout), `lc-doctor ${name} --help`).toEqual([]);
      expect(run.stdout, name).not.toMatch(/\((?:default|choices):/);
      // commander wraps at 80 columns counting characters; a Chinese character takes two.
      const optionLines = run.stdout.split('\n\n').filter((block) => /^(?:选项|参数|命令)：/.test(block)).flatMap((block) => block.split('\n'));
      expect(optionLines.filter((line) => terminalWidth(line) > 80), `lc-doctor ${name} --help`).toEqual([]);
    }
    const mock = await runCli(['mock-provider', '--help'], { cwd: tmpdir(), env: ZH });
    expect(mock.stdout).toContain('\n返回格式（--profile）：deepseek、dashscope、');
    expect(mock.stdout).toContain('\n故障（--fault）：latency、slow-trickle、');
    expect(mock.stdout).not.toMatch(/Profiles|Faults/);
  });

  it.each(BROKEN)('validate on %s (stylish and github)', async (name) => {
    for (const format of ['stylish', 'github']) {
      const run = await runCli(['validate', '-c', INVALID + name, '-e', '/dev/null', '--format', format], { cwd: tmpdir(), env: ZH });
      expect(findEnglishSentences(run.stdout), `${name} ${format}`).toEqual([]);
    }
  });

  it('the demo, whose zh-CN output is also a snapshot', async () => {
    const run = await spawnCli(['demo'], { cwd: tmpdir(), env: ZH });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('探测：没有收到推理内容：这个模型只在被要求时才思考');
    expect(findEnglishSentences(run.stdout)).toEqual([]);
    expect(findAsciiPunctuation(run.stdout)).toEqual([]);
    await expect(normalise(run.stdout)).toMatchFileSnapshot('./__snapshots__/demo.zh-CN.txt');
  });
});

describe('every language has --help for every command and option', () => {
  it.each(Object.keys(LANGUAGES).filter((tag) => tag !== 'en'))('%s', async (tag) => {
    const { catalog } = await LANGUAGES[tag as keyof typeof LANGUAGES].load();
    const io = { stdout: () => undefined, stderr: () => undefined, env: {}, cwd: '/', isTTY: false, stdinIsTTY: false };
    const missing: string[] = [];
    for (const define of commands) {
      const command = define(() => undefined, io);
      const help = catalog.help?.commands[command.name()];
      if (!help) missing.push(command.name());
      for (const argument of command.registeredArguments) if (!help?.arguments?.[argument.name()]) missing.push(`${command.name()} <${argument.name()}>`);
      for (const option of command.options) if (option.long && !help?.options[option.long]) missing.push(`${command.name()} ${option.long}`);
    }
    expect(missing).toEqual([]);
  });
});

