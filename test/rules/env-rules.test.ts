import { describe, expect, it } from 'vitest';
import { openaiModelsFormat } from '../../src/rules/openai-models-format.js';
import { openaiModelsOverride } from '../../src/rules/openai-models-override.js';
import { openaiModelsMissing } from '../../src/rules/openai-models-missing.js';
import { redisUriMissing } from '../../src/rules/redis-uri-missing.js';
import { redisPrefixConflict } from '../../src/rules/redis-prefix-conflict.js';
import { forcedInMemoryNamespaces } from '../../src/rules/forced-in-memory-namespaces.js';
import { endpointsEnvNames } from '../../src/rules/endpoints-env-names.js';
import { envBooleanFormat } from '../../src/rules/env-boolean-format.js';
import { envExampleSecret } from '../../src/rules/env-example-secret.js';
import { envDeprecatedVariable } from '../../src/rules/env-deprecated-variable.js';
import { envDuplicateKey } from '../../src/rules/env-duplicate-key.js';
import { envSchema } from '../../src/rules/env-schema.js';
import { lint } from '../helpers/rule-context.js';

describe('openai-models-format', () => {
  const messages = (value: string) => lint({ env: `OPENAI_API_KEY=x\nOPENAI_MODELS=${value}\n` }, [openaiModelsFormat]).map((d) => d.message);

  it('reports a JSON array (brackets and quotes), each as its own finding, on the key line', () => {
    const diagnostics = lint({ env: `OPENAI_API_KEY=x\nOPENAI_MODELS='["gpt-4o","gpt-4o-mini"]'\n` }, [openaiModelsFormat]);
    expect(diagnostics.map((d) => d.message.split(':')[0]).sort()).toEqual([
      'OPENAI_MODELS has quotes inside the list',
      'OPENAI_MODELS looks like a JSON array',
    ]);
    expect(diagnostics[0]).toMatchObject({ file: '.env', pointer: '/OPENAI_MODELS', range: { line: 2, column: 1 } });
  });

  it('reports ; and space separators, empty items and duplicates', () => {
    expect(messages('gpt-4o;gpt-4o-mini')).toEqual([expect.stringContaining("uses ';' as a separator")]);
    expect(messages('gpt-4o gpt-4o-mini')).toEqual([expect.stringContaining('containing whitespace')]);
    expect(messages('gpt-4o,,gpt-4o-mini,')).toEqual([expect.stringContaining('empty item')]);
    expect(messages('gpt-4o,o3,gpt-4o')).toEqual([expect.stringContaining("lists 'gpt-4o' more than once")]);
  });

  it('accepts a plain comma list with spaces after commas', () => {
    expect(messages('gpt-4o, gpt-4o-mini,o3-mini')).toEqual([]);
  });
});

describe('openai-models-override', () => {
  it('is info when OPENAI_MODELS is set', () => {
    const [d] = lint({ env: 'OPENAI_MODELS=gpt-4o,o3\n' }, [openaiModelsOverride]);
    expect(d).toMatchObject({ severity: 'info', range: { line: 1 } });
    expect(d!.message).toContain('(2 models) replaces');
  });

  it('is silent when OPENAI_MODELS is unset or empty', () => {
    expect(lint({ env: 'OPENAI_MODELS=\n' }, [openaiModelsOverride])).toEqual([]);
  });
});

describe('openai-models-missing', () => {
  const yaml = `version: "1.3.17"
endpoints:
  openAI:
    titleModel: "gpt-4.1-nano"
modelSpecs:
  list:
    - name: "reasoning"
      label: "o3"
      preset:
        endpoint: "openAI"
        model: "o3"
    - name: "claude"
      label: "Claude"
      preset:
        endpoint: "anthropic"
        model: "claude-sonnet-4"
`;

  it('reports the openAI titleModel and an openAI modelSpec missing from OPENAI_MODELS', () => {
    const diagnostics = lint({ yaml, env: 'OPENAI_MODELS=gpt-4o,o3-mini\n' }, [openaiModelsMissing]);
    expect(diagnostics.map((d) => [d.pointer, d.range?.line])).toEqual([
      ['/endpoints/openAI/titleModel', 4],
      ['/modelSpecs/list/0/preset/model', 11],
    ]);
    expect(diagnostics[1]!.message).toBe("modelSpec 'reasoning' uses OpenAI model 'o3', which is not in OPENAI_MODELS: the openAI endpoint does not offer it");
  });

  it('is silent when the models are listed or OPENAI_MODELS is unset', () => {
    expect(lint({ yaml, env: 'OPENAI_MODELS=gpt-4.1-nano, o3\n' }, [openaiModelsMissing])).toEqual([]);
    expect(lint({ yaml }, [openaiModelsMissing])).toEqual([]);
  });
});

describe('redis rules', () => {
  it('redis-uri-missing: USE_REDIS=true without REDIS_URI is an error at USE_REDIS', () => {
    const [d] = lint({ env: 'PORT=3080\nUSE_REDIS=True\n' }, [redisUriMissing]);
    expect(d).toMatchObject({ severity: 'error', pointer: '/USE_REDIS', range: { line: 2 } });
    expect(d!.message).toContain('LibreChat stops at startup');
  });

  it('redis-uri-missing: silent with REDIS_URI from the process environment, or USE_REDIS=1 (false)', () => {
    expect(lint({ env: 'USE_REDIS=true\n', processEnv: { REDIS_URI: 'redis://r:6379' } }, [redisUriMissing])).toEqual([]);
    expect(lint({ env: 'USE_REDIS=1\n' }, [redisUriMissing])).toEqual([]);
  });

  it('redis-prefix-conflict: both prefix variables set', () => {
    const [d] = lint({ env: 'REDIS_KEY_PREFIX=lc\nREDIS_KEY_PREFIX_VAR=DEPLOYMENT_ID\n' }, [redisPrefixConflict]);
    expect(d).toMatchObject({ severity: 'error', range: { line: 2 } });
    expect(lint({ env: 'REDIS_KEY_PREFIX=lc\n' }, [redisPrefixConflict])).toEqual([]);
  });
});

describe('forced-in-memory-namespaces', () => {
  it('reports STATIC_CONFIG, a wrong case and an empty item separately', () => {
    const diagnostics = lint({ env: 'FORCED_IN_MEMORY_CACHE_NAMESPACES=CONFIG_STORE,STATIC_CONFIG,app_config,\n' }, [forcedInMemoryNamespaces]);
    expect(diagnostics).toHaveLength(3);
    expect(diagnostics.map((d) => d.hint)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('STATIC_CONFIG (once suggested by the docs) does not exist'),
        "did you mean 'APP_CONFIG'? names are case-sensitive",
        expect.stringContaining('remove the extra comma'),
      ]),
    );
    expect(diagnostics[0]).toMatchObject({ severity: 'error', range: { line: 1 } });
  });

  it('judges against the target CacheKeys (USER_PRINCIPALS is new in 0.8.8)', () => {
    expect(lint({ env: 'FORCED_IN_MEMORY_CACHE_NAMESPACES=USER_PRINCIPALS\n', version: '0.8.8' }, [forcedInMemoryNamespaces])).toEqual([]);
    expect(lint({ env: 'FORCED_IN_MEMORY_CACHE_NAMESPACES=USER_PRINCIPALS\n', version: '0.8.5' }, [forcedInMemoryNamespaces])).toHaveLength(1);
  });

  it('only notes that 0.7.7, which predates the variable, ignores it', () => {
    const [d, ...rest] = lint({ env: 'FORCED_IN_MEMORY_CACHE_NAMESPACES=STATIC_CONFIG\n', version: '0.7.7' }, [forcedInMemoryNamespaces]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'info' });
    expect(d!.message).toContain('does not read FORCED_IN_MEMORY_CACHE_NAMESPACES');
  });
});

describe('endpoints-env-names', () => {
  it('reports wrong case, stale and custom-endpoint names', () => {
    const diagnostics = lint({ env: 'ENDPOINTS=openai, agents,gptPlugins,deepseek,custom\n' }, [endpointsEnvNames]);
    expect(diagnostics.map((d) => d.message).sort()).toEqual([
      "ENDPOINTS entry 'deepseek' is not an endpoint of LibreChat 0.8.8: it is ignored",
      "ENDPOINTS entry 'gptPlugins' is not an endpoint of LibreChat 0.8.8: it is ignored",
      "ENDPOINTS entry 'openai' is in the wrong case: LibreChat matches 'openAI' exactly, so this endpoint is hidden",
    ]);
  });

  it('a miscased custom hides nothing: LibreChat keeps custom endpoints and only loses their place in the order', () => {
    const [d, ...rest] = lint({ env: 'ENDPOINTS=openAI,Custom\n' }, [endpointsEnvNames]);
    expect(rest).toEqual([]);
    expect(d!.message).toContain("ENDPOINTS entry 'Custom' is in the wrong case");
    expect(d!.message).toContain('custom endpoints still show');
    expect(d!.message).not.toContain('hidden');
  });

  it('accepts exact built-in names', () => {
    expect(lint({ env: 'ENDPOINTS=openAI,agents,custom,bedrock\n' }, [endpointsEnvNames])).toEqual([]);
  });
});

describe('env-boolean-format', () => {
  it('reports 1, yes and on for isEnabled flags', () => {
    const diagnostics = lint({ env: 'USE_REDIS=1\nALLOW_REGISTRATION=yes\nDEBUG_LOGGING=on\nPORT=1\n' }, [envBooleanFormat]);
    expect(diagnostics.map((d) => [d.pointer, d.range?.line])).toEqual([
      ['/USE_REDIS', 1],
      ['/ALLOW_REGISTRATION', 2],
      ['/DEBUG_LOGGING', 3],
    ]);
    expect(diagnostics[0]!.message).toBe("USE_REDIS=1 means false: LibreChat only treats the word 'true' as enabled");
  });

  it('accepts true/TRUE/false/0', () => {
    expect(lint({ env: 'USE_REDIS=TRUE\nSEARCH=false\nNO_INDEX=0\n' }, [envBooleanFormat])).toEqual([]);
  });
});

describe('env-example-secret', () => {
  it("reports the .env.example values without printing them", () => {
    const env = 'CREDS_KEY=f34be427ebb29de8d88c107a71546019685ed8b241d8f2ed00c3df97ad2566f0\nCREDS_IV=e2341419ec3dd3d19b13a1a87fafcbfb\n';
    const diagnostics = lint({ env }, [envExampleSecret]);
    expect(diagnostics.map((d) => [d.pointer, d.severity, d.range?.line])).toEqual([
      ['/CREDS_KEY', 'error', 1],
      ['/CREDS_IV', 'error', 2],
    ]);
    expect(JSON.stringify(diagnostics)).not.toContain('f34be427');
    expect(diagnostics[1]!.hint).toContain('openssl rand -hex 16');
  });

  it('accepts generated values', () => {
    expect(lint({ env: 'JWT_SECRET=test-fake-generated\n' }, [envExampleSecret])).toEqual([]);
  });
});

describe('env-deprecated-variable', () => {
  it('reports OPENROUTER_API_KEY as the registry says for the line (ignored from 0.7.7, chats and model list rerouted before), and CHECK_BALANCE', () => {
    const diagnostics = lint({ env: 'OPENROUTER_API_KEY=test-fake\nCHECK_BALANCE=true\nOPENAI_FORCE_PROMPT=true\n' }, [envDeprecatedVariable]);
    expect(diagnostics.map((d) => d.pointer)).toEqual(['/OPENROUTER_API_KEY', '/CHECK_BALANCE', '/OPENAI_FORCE_PROMPT']);
    expect(diagnostics[0]).toMatchObject({ severity: 'info', message: 'OPENROUTER_API_KEY is not read by LibreChat 0.8.8: it does not add an OpenRouter endpoint' });
    const legacy = lint({ env: 'OPENROUTER_API_KEY=test-fake\n', version: '0.7.6' }, [envDeprecatedVariable]);
    expect(legacy[0]).toMatchObject({ severity: 'warn' });
    expect(legacy[0]!.message).toContain("sends the built-in OpenAI endpoint's chats to OpenRouter in LibreChat 0.7.6, and fetches its model list from openrouter.ai");
    expect(lint({ env: 'OPENROUTER_API_KEY=test-fake\n', version: '0.7.7' }, [envDeprecatedVariable])[0]).toMatchObject({ severity: 'info' });
  });

  it('reports Azure singles only alongside endpoints.azureOpenAI, and legacy OpenAI flags not for 0.7.7', () => {
    expect(lint({ env: 'AZURE_API_KEY=x\n' }, [envDeprecatedVariable])).toEqual([]);
    const yaml = 'version: "1.3.17"\nendpoints:\n  azureOpenAI:\n    groups: []\n';
    expect(lint({ yaml, env: 'AZURE_API_KEY=x\n' }, [envDeprecatedVariable])).toHaveLength(1);
    expect(lint({ env: 'OPENAI_SUMMARIZE=true\n', version: '0.7.7' }, [envDeprecatedVariable])).toEqual([]);
  });

  it('ignores empty values (LibreChat checks truthiness)', () => {
    expect(lint({ env: 'OPENROUTER_API_KEY=\n' }, [envDeprecatedVariable])).toEqual([]);
  });
});

describe('env-duplicate-key', () => {
  it('reports the earlier, ignored line and names the winning one', () => {
    const [d, ...rest] = lint({ env: 'PORT=3080\nOPENAI_MODELS=a\n# later\nOPENAI_MODELS=b\n' }, [envDuplicateKey]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ pointer: '/OPENAI_MODELS', range: { line: 2, column: 1 } });
    expect(d!.message).toBe('OPENAI_MODELS is set again on line 4: this line is ignored (the last one wins)');
  });

  it('accepts unique keys', () => {
    expect(lint({ env: 'A=1\nB=2\n' }, [envDuplicateKey])).toEqual([]);
  });
});

describe('env-schema', () => {
  it('reports a bad MONGO_URI and a non-numeric PORT with hints, at their lines', () => {
    const diagnostics = lint({ env: 'PORT=http\nMONGO_URI=localhost:27017\nREDIS_URI=redis://a:6379,redis://b:6379\n' }, [envSchema]);
    expect(diagnostics.map((d) => [d.pointer, d.range?.line, d.severity])).toEqual([
      ['/PORT', 1, 'error'],
      ['/MONGO_URI', 2, 'error'],
    ]);
    expect(diagnostics[1]!.hint).toContain('mongodb://');
  });
});

describe('findings about values the process environment sets', () => {
  it('carry no .env range and say where the value comes from, since dotenv does not override it', () => {
    const [d] = lint({ env: 'OPENAI_MODELS=gpt-4o,o3\n', processEnv: { OPENAI_MODELS: 'gpt-4o;o3' } }, [openaiModelsFormat]);
    expect(d!.range).toBeUndefined();
    expect(d!.message).toContain('(OPENAI_MODELS is set in the process environment)');
  });

  it('env-boolean-format judges the value LibreChat reads', () => {
    const [d] = lint({ env: 'USE_REDIS=true\n', processEnv: { USE_REDIS: 'yes' } }, [envBooleanFormat]);
    expect(d!.message).toBe("USE_REDIS=yes means false: LibreChat only treats the word 'true' as enabled (USE_REDIS is set in the process environment)");
  });

  it('env-schema checks the .env file itself and keeps its line', () => {
    const [d] = lint({ env: 'PORT=http\n', processEnv: { PORT: '3080' } }, [envSchema]);
    expect(d).toMatchObject({ message: 'PORT does not have the expected format', range: { line: 1 } });
  });

  it('keep the .env line when the file is what LibreChat reads', () => {
    const [d] = lint({ env: 'OPENAI_MODELS=gpt-4o;o3\n' }, [openaiModelsFormat]);
    expect(d!.range).toMatchObject({ line: 1, column: 1 });
    expect(d!.message).not.toContain('process environment');
  });
});
