import { describe, expect, it } from 'vitest';
import { parse } from 'dotenv';
import { applyEnvUpdates } from '../../src/edit/env-edit.js';
import { unifiedDiff } from '../../src/edit/unified-diff.js';

describe('.env line edits', () => {
  it('replaces a value in place, keeping export, the inline comment and every other line', () => {
    const before = '# proxy\nexport OPENAI_REVERSE_PROXY=http://old/v1 # set by ops\nA=1\n';
    const { text, changes } = applyEnvUpdates(before, [{ key: 'OPENAI_REVERSE_PROXY', value: 'https://new.example/v1', mode: 'set' }]);
    expect(text).toBe('# proxy\nexport OPENAI_REVERSE_PROXY=https://new.example/v1 # set by ops\nA=1\n');
    expect(changes).toEqual([{ key: 'OPENAI_REVERSE_PROXY', action: 'updated', hadValue: true }]);
  });

  it('fills an empty variable but never replaces a value in if-empty mode', () => {
    expect(applyEnvUpdates('OPENAI_API_KEY=\n', [{ key: 'OPENAI_API_KEY', value: '${X_KEY}', mode: 'if-empty' }]).text).toBe('OPENAI_API_KEY=${X_KEY}\n');
    expect(applyEnvUpdates('OPENAI_API_KEY=sk-test-fake-1\n', [{ key: 'OPENAI_API_KEY', value: '${X_KEY}', mode: 'if-empty' }]).text).toBe('OPENAI_API_KEY=sk-test-fake-1\n');
  });

  it('appends missing items to a comma list once', () => {
    const once = applyEnvUpdates('OPENAI_MODELS="gpt-4o, gpt-4o-mini"\n', [{ key: 'OPENAI_MODELS', value: 'gpt-4o,qwen-plus', mode: 'append-list' }]).text;
    expect(parse(once).OPENAI_MODELS).toBe('gpt-4o,gpt-4o-mini,qwen-plus');
    expect(applyEnvUpdates(once, [{ key: 'OPENAI_MODELS', value: 'qwen-plus', mode: 'append-list' }]).text).toBe(once);
  });

  it('quotes values dotenv would otherwise cut at a # or a space', () => {
    const { text } = applyEnvUpdates('', [{ key: 'A', value: 'x #y z', mode: 'set' }]);
    expect(parse(text).A).toBe('x #y z');
  });

  it('adds a line to a file without a final newline without gluing it to the last line', () => {
    expect(applyEnvUpdates('A=1', [{ key: 'B_KEY', value: '', mode: 'if-absent' }]).text).toBe('A=1\nB_KEY=\n');
  });
});

describe('unified diff', () => {
  it('shows only the changed lines with three lines of context and correct ranges', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n') + '\n';
    const after = before.replace('e\n', 'e\nNEW\n');
    expect(unifiedDiff(before, after, { from: 'a/x', to: 'b/x' })).toBe('--- a/x\n+++ b/x\n@@ -3,6 +3,7 @@\n c\n d\n e\n+NEW\n f\n g\n h\n');
  });

  it('diffs a new file against /dev/null and returns nothing for equal texts', () => {
    expect(unifiedDiff(null, 'x\n', { from: 'a/f', to: 'b/f' })).toBe('--- /dev/null\n+++ b/f\n@@ -0,0 +1,1 @@\n+x\n');
    expect(unifiedDiff('same\n', 'same\n', { from: 'a', to: 'b' })).toBe('');
  });
});
