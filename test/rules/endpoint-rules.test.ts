import { describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/report/i18n/index.js';
import { endpointDropped } from '../../src/rules/endpoint-dropped.js';
import { unknownKey } from '../../src/rules/unknown-key.js';
import { endpointDuplicateName } from '../../src/rules/endpoint-duplicate-name.js';
import { endpointReservedName } from '../../src/rules/endpoint-reserved-name.js';
import { legacyField } from '../../src/rules/legacy-field.js';
import { modelsDefaultComma } from '../../src/rules/models-default-comma.js';
import { baseurlChatCompletions } from '../../src/rules/baseurl-chat-completions.js';
import { titleModelNotServed } from '../../src/rules/title-model-not-served.js';
import { configVersion } from '../../src/rules/config-version.js';
import { lint } from '../helpers/rule-context.js';

const endpoint = (body: string) => `version: "1.3.17"
endpoints:
  custom:
${body}`;

const GROQ = `    - name: "groq"
      apiKey: "\${GROQ_API_KEY}"
      baseURL: "https://api.groq.com/openai/v1/"
      models:
        default: ["llama-3.3-70b-versatile"]
`;

describe('endpoint-dropped', () => {
  it('reports an entry without baseURL at the entry, with the fix', () => {
    const [d, ...rest] = lint(
      {
        yaml: endpoint(`    - name: "Mistral"
      apiKey: "\${MISTRAL_API_KEY}"
      models:
        default: ["mistral-large-latest"]
`),
      },
      [endpointDropped],
    );
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'endpoint-dropped', severity: 'error', pointer: '/endpoints/custom/0', range: { line: 4, column: 7 } });
    expect(d!.message).toBe("custom endpoint 'Mistral' lacks baseURL: LibreChat drops it without any error");
    expect(d!.hint).toBe('add baseURL to the entry, or remove it');
  });

  it('leaves a case-misspelled field (apikey) to unknown-key, which reports it at the key', () => {
    const yaml = endpoint(GROQ.replace('apiKey:', 'apikey:'));
    expect(lint({ yaml }, [endpointDropped])).toEqual([]);
    const [d] = lint({ yaml }, [unknownKey]);
    expect(d).toMatchObject({ pointer: '/endpoints/custom/0/apikey', range: { line: 5, column: 7 } });
  });

  it('reports models without fetch or default, and a nameless entry by position, in both languages', async () => {
    const yaml = endpoint(`    - apiKey: "x"
      baseURL: "https://h/v1"
      models:
        fetch: false
`);
    const diagnostics = lint({ yaml }, [endpointDropped]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ pointer: '/endpoints/custom/0', range: { line: 4, column: 7 } });
    expect(diagnostics[0]!.message).toBe('custom endpoint #1 lacks name, models.fetch or models.default: LibreChat drops it without any error');
 
    await useLanguage('zh-CN');
    try {
      expect(lint({ yaml }, [endpointDropped])[0]!.message).toBe('自定义端点 #1 缺少 name、models.fetch 或 models.default：LibreChat 会直接丢掉它，不报任何错');
    } finally {
      await useLanguage('en');
    }
  });

  it('accepts a complete entry', () => {
    expect(lint({ yaml: endpoint(GROQ) }, [endpointDropped])).toEqual([]);
  });
});

describe('endpoint-duplicate-name', () => {
  it('reports the exact duplicate and the case collision at the later name', () => {
    const diagnostics = lint({ yaml: endpoint(GROQ + GROQ + GROQ.replace('"groq"', '"Groq"')) }, [endpointDuplicateName]);
    expect(diagnostics.map((d) => [d.pointer, d.range?.line])).toEqual([
      ['/endpoints/custom/1/name', 9],
      ['/endpoints/custom/2/name', 14],
    ]);
    expect(diagnostics[0]!.message).toContain('already used by endpoints.custom[0]');
    expect(diagnostics[1]!.message).toContain("differs only in case from 'groq'");
  });

  it('treats Ollama and ollama as the same normalised name', () => {
    const yaml = endpoint(GROQ.replace('"groq"', '"Ollama"') + GROQ.replace('"groq"', '"ollama"'));
    expect(lint({ yaml }, [endpointDuplicateName])[0]!.message).toContain('already used');
  });

  it('accepts distinct names', () => {
    expect(lint({ yaml: endpoint(GROQ + GROQ.replace('"groq"', '"Mistral"')) }, [endpointDuplicateName])).toEqual([]);
  });

  it('ignores a dropped entry, which never reaches the name maps', () => {
    const dropped = GROQ.replace('apiKey:', 'apikey:');
    expect(lint({ yaml: endpoint(dropped + GROQ) }, [endpointDuplicateName])).toEqual([]);
  });
});

describe('endpoint-reserved-name', () => {
  it('warns on Google (built-in google in another case) at the name value', () => {
    const [d] = lint({ yaml: endpoint(GROQ.replace('"groq"', '"Google"')) }, [endpointReservedName]);
    expect(d).toMatchObject({ pointer: '/endpoints/custom/0/name', severity: 'warn', range: { line: 4, column: 13 } });
    expect(d!.message).toContain("built-in endpoint 'google' in another case: agents and titles run the built-in google initializer");
  });

  it('is only info for OpenAI, which LibreChat still runs as a custom endpoint', () => {
    const [d] = lint({ yaml: endpoint(GROQ.replace('"groq"', '"OpenAI"')) }, [endpointReservedName]);
    expect(d).toMatchObject({ severity: 'info' });
    expect(d!.message).toContain("it works as a custom endpoint");
  });

  it('uses the target facts: gptPlugins is reserved in 0.7.7 only', () => {
    const yaml = endpoint(GROQ.replace('"groq"', '"GPTPlugins"'));
    expect(lint({ yaml, version: '0.7.7' }, [endpointReservedName])).toHaveLength(1);
    expect(lint({ yaml, version: '0.8.8' }, [endpointReservedName])).toEqual([]);
  });

  it('accepts an unrelated name', () => {
    expect(lint({ yaml: endpoint(GROQ) }, [endpointReservedName])).toEqual([]);
  });
});

describe('legacy-field', () => {
  const yaml = endpoint(GROQ + '      summarize: true\n      summaryModel: "llama-3.1-8b-instant"\n      forcePrompt: true\n');
  it('points at each legacy key whose value v0.8 no longer honours', () => {
    const diagnostics = lint({ yaml }, [legacyField]);
    expect(diagnostics.map((d) => [d.pointer, d.target, d.range?.line, d.range?.column])).toEqual([
      ['/endpoints/custom/0/summarize', 'key', 9, 7],
      ['/endpoints/custom/0/summaryModel', 'key', 10, 7],
      ['/endpoints/custom/0/forcePrompt', 'key', 11, 7],
    ]);
    expect(diagnostics[0]!.hint).toContain('summarization');
  });

  it('stays quiet when v0.8 does what the value says anyway (as in LibreChat\'s own example file)', () => {
    const asTheExampleWrites = endpoint(GROQ + '      summarize: false\n      summaryModel: "current_model"\n      forcePrompt: false\n');
    expect(lint({ yaml: asTheExampleWrites }, [legacyField])).toEqual([]);
  });

  it('stays quiet for v0.7.7, which still reads them', () => {
    expect(lint({ yaml, version: '0.7.7' }, [legacyField])).toEqual([]);
  });

  it('never sends v0.8.0-0.8.4 to the top-level summarization block, which those lines refuse (0.8.2+ exit on it)', () => {
    const hints = (version: string) => lint({ yaml, version }, [legacyField]).map((d) => d.hint);
    expect(hints('0.8.3').slice(0, 2)).toEqual([
      'remove it: LibreChat 0.8.3 has no summarization, and it refuses the newer top-level `summarization` block',
      'remove it: LibreChat 0.8.3 has no summarization, and it refuses the newer top-level `summarization` block',
    ]);
    expect(hints('0.8.5').slice(0, 2)).toEqual(['configure the top-level `summarization` block instead', 'set `summarization.model` at the top level instead']);
  });
});

describe('config-version', () => {
  it('is an error for a numeric version, with a fix that quotes exactly what was typed', () => {
    const [d] = lint({ yaml: 'version: 1.20\nendpoints: {}\n' }, [configVersion]);
    expect(d).toMatchObject({ severity: 'error', pointer: '/version', range: { line: 1, column: 10 } });
    expect(d!.hint).toBe('quote it: version: "1.20"');
    expect(d!.autofix!.edits).toEqual([
      { range: [9, 9], text: '"' },
      { range: [13, 13], text: '"' },
    ]);
  });

  it('is info for an outdated string version', () => {
    const [d] = lint({ yaml: 'version: "1.2.1"\n', version: '0.8.8' }, [configVersion]);
    expect(d).toMatchObject({ severity: 'info' });
    expect(d!.message).toContain('differs from config version 1.3.17');
  });

  it('accepts the target version', () => {
    expect(lint({ yaml: 'version: "1.3.17"\n', version: '0.8.8' }, [configVersion])).toEqual([]);
  });

  it("compares with the judged line's own config version, not the version of the schema that judges it", () => {
    // v0.8.3 ships 1.3.6 and is judged with v0.8.5's schema (1.3.9).
    expect(lint({ yaml: 'version: "1.3.6"\n', version: '0.8.3' }, [configVersion])).toEqual([]);
    const [d] = lint({ yaml: 'version: "1.3.9"\n', version: '0.8.3' }, [configVersion]);
    expect(d!.message).toContain('differs from config version 1.3.6');
    expect(lint({ yaml: 'version: "1.2.8"\n', version: '0.7.9' }, [configVersion])).toEqual([]);
  });
});

describe('models-default-comma', () => {
  it('reports "a,b" as one model name and lists the split', () => {
    const yaml = endpoint(GROQ.replace('["llama-3.3-70b-versatile"]', '["llama-3.3-70b-versatile,gemma2-9b-it", "ok"]'));
    const [d, ...rest] = lint({ yaml }, [modelsDefaultComma]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ pointer: '/endpoints/custom/0/models/default/0', range: { line: 8, column: 19 } });
    expect(d!.hint).toBe('list each model as its own item: ["llama-3.3-70b-versatile", "gemma2-9b-it"]');
  });

  it('accepts separate items', () => {
    expect(lint({ yaml: endpoint(GROQ) }, [modelsDefaultComma])).toEqual([]);
  });
});

describe('baseurl-chat-completions', () => {
  it('reports a baseURL ending in /chat/completions and suggests the root', () => {
    const yaml = endpoint(GROQ.replace('openai/v1/"', 'openai/v1/chat/completions"'));
    const [d] = lint({ yaml }, [baseurlChatCompletions]);
    expect(d).toMatchObject({ pointer: '/endpoints/custom/0/baseURL', range: { line: 6 } });
    expect(d!.hint).toContain("'https://api.groq.com/openai/v1'");
  });

  it('checks the value after ${VAR} expansion', () => {
    const yaml = endpoint(GROQ.replace('"https://api.groq.com/openai/v1/"', '"${LOCALAI_URL}"'));
    const [d] = lint({ yaml, env: 'LOCALAI_URL=http://localai:8080/v1/chat/completions\n' }, [baseurlChatCompletions]);
    expect(d!.message).toContain('after expanding ${LOCALAI_URL}');
  });

  it('accepts it with directEndpoint: true', () => {
    const yaml = endpoint(GROQ.replace('openai/v1/"', 'openai/v1/chat/completions"') + '      directEndpoint: true\n');
    expect(lint({ yaml }, [baseurlChatCompletions])).toEqual([]);
  });

  it('stays quiet up to v0.7.8, whose chat client cuts a /v1 URL back to /v1, unless the model list is fetched', () => {
    const full = (fetch: boolean) => endpoint(GROQ.replace('openai/v1/"', 'openai/v1/chat/completions"').replace('default: [', `fetch: ${fetch}\n        default: [`));
    expect(lint({ yaml: full(false), version: '0.7.8' }, [baseurlChatCompletions])).toEqual([]);
    expect(lint({ yaml: full(true), version: '0.7.8' }, [baseurlChatCompletions])).toHaveLength(1);
    expect(lint({ yaml: full(false), version: '0.7.9' }, [baseurlChatCompletions])).toHaveLength(1);
    const withoutV1 = endpoint(GROQ.replace('"https://api.groq.com/openai/v1/"', '"https://open.bigmodel.cn/api/paas/v4/chat/completions"'));
    expect(lint({ yaml: withoutV1, version: '0.7.8' }, [baseurlChatCompletions])).toHaveLength(1);
  });
});

describe('title-model-not-served', () => {
  const withTitle = (model: string, fetch = false) =>
    endpoint(GROQ + `      titleConvo: true\n      titleModel: "${model}"\n`).replace('default: [', `fetch: ${fetch}\n        default: [`);

  it('reports a titleModel missing from models.default when fetch is off', () => {
    const [d] = lint({ yaml: withTitle('llama-3.1-8b-instnat') }, [titleModelNotServed]);
    expect(d).toMatchObject({ pointer: '/endpoints/custom/0/titleModel', range: { line: 11 } });
    expect(d!.message).toContain("titleModel 'llama-3.1-8b-instnat' is not one of this endpoint's models (llama-3.3-70b-versatile)");
  });

  it("accepts a title model the provider's preset lists for that host (add-endpoint's default title model)", () => {
    expect(lint({ yaml: withTitle('llama-3.1-8b-instant') }, [titleModelNotServed])).toEqual([]);
  });

  it('checks the title model against the titleEndpoint entry, whose settings LibreChat uses for titles', () => {
    const main = `    - name: "vllm"\n      apiKey: "none"\n      baseURL: "http://vllm:8000/v1"\n      models:\n        default: ["Qwen/Qwen3-8B"]\n      titleConvo: true\n      titleModel: "small"\n      titleEndpoint: "vllm-titles"\n`;
    const titles = (model: string) => `    - name: "vllm-titles"\n      apiKey: "none"\n      baseURL: "http://vllm:8000/v1"\n      models:\n        default: ["${model}"]\n`;
    const yaml = (model: string) => `version: "1.3.17"\nendpoints:\n  custom:\n${main}${titles(model)}`;
    expect(lint({ yaml: yaml('small') }, [titleModelNotServed])).toEqual([]);
    const [d] = lint({ yaml: yaml('other') }, [titleModelNotServed]);
    expect(d!.message).toContain(`is not one of "vllm-titles"'s models (other)`);
  });

  it('accepts current_model, a listed model, or fetch: true', () => {
    expect(lint({ yaml: withTitle('current_model') }, [titleModelNotServed])).toEqual([]);
    expect(lint({ yaml: withTitle('llama-3.3-70b-versatile') }, [titleModelNotServed])).toEqual([]);
    expect(lint({ yaml: withTitle('llama-3.1-8b-instant', true) }, [titleModelNotServed])).toEqual([]);
  });
});
