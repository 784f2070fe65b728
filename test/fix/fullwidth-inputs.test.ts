import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findFullwidthSlips, toAscii } from '../../src/core/fullwidth.js';
import { lint } from '../helpers/rule-context.js';
import { fullwidthPunctuation } from '../../src/rules/fullwidth-punctuation.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/** Chinese input-method punctuation: what counts as a slip, and add-endpoint refusing it with the ASCII to paste. */

const dirs: { remove: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => d.remove()));
});

describe('findFullwidthSlips', () => {
  it.each([
    ['gpt-4o，qwen', ['，']],
    ['https：//api.x.com', ['：']],
    ['“sk-abc”', ['“', '”']],
    ["‘a’", ['‘', '’']],
    ['gpt-4o（mini）', ['（', '）']],
    ['a,　b', ['\u3000']],
    ['KEY＝value', ['＝']],
  ])('finds each character in %s', (text, chars) => {
    expect(findFullwidthSlips(text).map((m) => m.char)).toEqual(chars);
  });

  it.each(['欢迎，请登录', '通义千问（Qwen）', '我的助手：测试', '你好　世界'])('leaves Chinese prose alone: %s', (text) => {
    expect(findFullwidthSlips(text)).toEqual([]);
  });

  it('converts to the ASCII the admin meant', () => {
    expect(toAscii('“a”，‘b’：（c）＝d　e')).toBe(`"a",'b':(c)=d e`);
  });
});

describe('fullwidth-punctuation rule positions', () => {
  it('reports each slip at its own line:column with the ASCII fix, in YAML and .env', () => {
    const found = lint({ yaml: 'version: "1.3.17"\nendpoints:\n  custom:\n    - name: x\n      baseURL: https：//a.b/v1\n', env: '# 注释，随便\nOPENAI_MODELS=gpt-4o，gpt-4o-mini\n' }, [fullwidthPunctuation]);
    expect(found.map((d) => [d.file, d.range!.line, d.range!.column, d.hint])).toEqual([
      ['.env', 2, 21, "type ASCII ',' instead: gpt-4o,gpt-4o-mini"],
      ['librechat.yaml', 5, 21, "type ASCII ':' instead: https://a.b/v1"],
    ]);
  });

  it('leaves fields people read alone (labels, descriptions, prompts), not model ids or names next to them', () => {
    const yaml = [
      'version: "1.3.17"',
      'modelSpecs:',
      '  list:',
      '    - name: "fast（cheap）"',
      '      label: "Fast model（cheap）"',
      '      description: "Quick answers，short"',
      '      preset: { endpoint: "openAI", model: "gpt-4o", promptPrefix: "Be brief（please）" }',
      '',
    ].join('\n');
    expect(lint({ yaml }, [fullwidthPunctuation]).map((d) => `${d.range!.line}:${d.range!.column}`)).toEqual(['4:18', '4:24']);
  });

  it('never shows the text of a secret', () => {
    const [d] = lint({ env: 'OPENAI_API_KEY=sk-abcdefghijklmnop，qrstuvwxyz0123456789\n' }, [fullwidthPunctuation]);
    expect(d!.message + d!.hint).not.toContain('abcdefghijklmnop');
    expect(d!.hint).toBe("type ASCII ',' instead");
  });
});

describe('add-endpoint refuses full-width input', () => {
  it.each([
    [['--models', 'deepseek-ai/DeepSeek-V3.2-Exp，Qwen/Qwen3-235B-A22B'], "--models has full-width '，'", 'type it in ASCII: --models deepseek-ai/DeepSeek-V3.2-Exp,Qwen/Qwen3-235B-A22B'],
    [['--title-model', 'qwen-plus　'], '--title-model has an ideographic space', 'type it in ASCII: --title-model qwen-plus'],
    [['--base-url', 'https：//api-inference.modelscope.cn/v1'], "--base-url has full-width '：'", 'type it in ASCII: --base-url https://api-inference.modelscope.cn/v1'],
  ])('%j: one line, the ASCII to paste, exit 2, no file written', async (args, message, hint) => {
    const dir = await makeTempDir('lc-doctor-fw-');
    dirs.push(dir);
    const result = await runCli(['add-endpoint', 'modelscope', ...args, '--yes'], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(hint);
    expect(existsSync(join(dir.path, 'librechat.yaml'))).toBe(false);
    expect(existsSync(join(dir.path, '.env'))).toBe(false);
  });
});
