import { describe, expect, it } from 'vitest';
import { parseComposeEnvFile, substituteCompose } from '../../src/compose/index.js';

const env: Record<string, string> = { SET: 'value', EMPTY: '', KEY: 'ms-123' };
const lookup = (name: string): string | undefined => env[name];

describe("Compose's substitution", () => {
  it.each([
    ['${SET}', 'value'],
    ['$SET/x', 'value/x'],
    ['${UNSET}', ''],
    ['${UNSET:-fallback}', 'fallback'],
    ['${EMPTY:-fallback}', 'fallback'],
    ['${EMPTY-fallback}', ''],
    ['${UNSET-fallback}', 'fallback'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET:-${SET}}', 'value'],
    ['http://rag_api:${RAG_PORT:-8000}', 'http://rag_api:8000'],
    ['$$REDIS_PASSWORD', '$REDIS_PASSWORD'],
    ['cost $5', 'cost $5'],
  ])('%s becomes %j', (text, expected) => {
    expect(substituteCompose(text, lookup).value).toBe(expected);
  });

  it('names unset variables (Compose warns and puts an empty string)', () => {
    expect(substituteCompose('${A}-${SET}-$B', lookup).missing).toEqual(['A', 'B']);
    expect(substituteCompose('${A:-x}', lookup).missing).toEqual([]);
  });

  it('stops on ${NAME:?message} when NAME is unset or empty', () => {
    expect(substituteCompose('${EMPTY:?set EMPTY first}', lookup).errors).toEqual([{ kind: 'required-variable', name: 'EMPTY', message: 'set EMPTY first' }]);
    expect(substituteCompose('${EMPTY?set it}', lookup).errors).toEqual([]);
  });
});

describe('env files as Compose reads them', () => {
  it('substitutes from the shell first, then from earlier lines of the same file', () => {
    const values = parseComposeEnvFile('MODELSCOPE_API_KEY=ms-abc\nOPENAI_API_KEY=${MODELSCOPE_API_KEY}\nFROM_SHELL=$KEY\n', lookup);
    expect(values.get('OPENAI_API_KEY')?.value).toBe('ms-abc');
    expect(values.get('OPENAI_API_KEY')?.raw).toBe('${MODELSCOPE_API_KEY}');
    expect(values.get('FROM_SHELL')?.value).toBe('ms-123');
  });

  it('keeps single-quoted values literal and cuts unquoted values at #', () => {
    const values = parseComposeEnvFile("A='${SET}'\nB=\"${SET}\\nx\"\nC=abc # note\nexport D=1\n# E=2\n", lookup);
    expect(values.get('A')?.value).toBe('${SET}');
    expect(values.get('B')?.value).toBe('value\nx');
    expect(values.get('C')?.value).toBe('abc');
    expect(values.get('D')?.value).toBe('1');
    expect(values.has('E')).toBe(false);
  });

  it('reports a reference to a variable defined nowhere (Compose substitutes "")', () => {
    const values = parseComposeEnvFile('OPENAI_API_KEY=${MODELSCOPE_API_KEY}\n', lookup);
    expect(values.get('OPENAI_API_KEY')).toEqual({ value: '', raw: '${MODELSCOPE_API_KEY}', missing: ['MODELSCOPE_API_KEY'] });
  });
});
