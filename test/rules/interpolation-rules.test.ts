import { describe, expect, it } from 'vitest';
import { envUndefinedVariable } from '../../src/rules/env-undefined-variable.js';
import { envUnsupportedSyntax } from '../../src/rules/env-unsupported-syntax.js';
import { envNotInterpolated } from '../../src/rules/env-not-interpolated.js';
import { hardcodedSecret } from '../../src/rules/hardcoded-secret.js';
import { lint } from '../helpers/rule-context.js';

const custom = (apiKey: string, baseURL = 'https://api.deepseek.com/v1', extra = '') => `version: "1.3.17"
endpoints:
  custom:
    - name: "deepseek"
      apiKey: "${apiKey}"
      baseURL: "${baseURL}"
      models:
        default: ["deepseek-chat"]
${extra}`;

describe('env-undefined-variable', () => {
  it('is an error when the variable is missing from .env and the environment', () => {
    const [d, ...rest] = lint({ yaml: custom('${DEEPSEEK_API_KEY}'), env: 'OTHER=1\n' }, [envUndefinedVariable]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', pointer: '/endpoints/custom/0/apiKey', range: { line: 5, column: 15 } });
    expect(d!.message).toBe('${DEEPSEEK_API_KEY} in endpoints.custom[0].apiKey is not defined in .env or the environment: LibreChat keeps the literal text "${DEEPSEEK_API_KEY}"');
    expect(d!.hint).toBe('put the value into .env as DEEPSEEK_API_KEY');
  });

  it('reports an empty value (LibreChat treats it as missing) and embedded references', () => {
    const diagnostics = lint({ yaml: custom('${KEY}', 'https://${HOST}/v1'), env: 'KEY=\n' }, [envUndefinedVariable]);
    expect(diagnostics.map((d) => d.message.split(' in ')[0])).toEqual(['${KEY}', '${HOST}']);
    expect(diagnostics[0]!.message).toContain('is empty');
  });

  it('checks Azure group fields LibreChat expands (apiKey, instanceName, additionalHeaders)', () => {
    const yaml = `version: "1.3.17"
endpoints:
  azureOpenAI:
    groups:
      - group: "eastus"
        apiKey: "\${AZURE_EASTUS_KEY}"
        instanceName: "\${AZURE_EASTUS_INSTANCE}"
        additionalHeaders:
          X-Tenant: "\${AZURE_TENANT}"
        models:
          gpt-4o: { deploymentName: "gpt-4o-prod" }
`;
    const diagnostics = lint({ yaml, env: 'AZURE_EASTUS_INSTANCE=contoso-eastus\n' }, [envUndefinedVariable]);
    expect(diagnostics.map((d) => [d.pointer, d.range?.line])).toEqual([
      ['/endpoints/azureOpenAI/groups/0/apiKey', 6],
      ['/endpoints/azureOpenAI/groups/0/additionalHeaders/X-Tenant', 9],
    ]);
  });

  it('accepts a variable set only in the process environment', () => {
    expect(lint({ yaml: custom('${DEEPSEEK_API_KEY}'), processEnv: { DEEPSEEK_API_KEY: 'test-fake' } }, [envUndefinedVariable])).toEqual([]);
  });

  it('is only info for webSearch, where an unset key means per-user keys', () => {
    const yaml = 'version: "1.3.17"\nwebSearch:\n  serperApiKey: "${SERPER_API_KEY}"\n';
    const [d] = lint({ yaml }, [envUndefinedVariable]);
    expect(d).toMatchObject({ severity: 'info', pointer: '/webSearch/serperApiKey' });
    expect(d!.message).toContain('ask each user');
  });

  it('ignores fields LibreChat never interpolates and variables defined but unused', () => {
    const yaml = custom('${K}', 'https://h/v1', '      modelDisplayLabel: "${LABEL}"\n');
    expect(lint({ yaml, env: 'K=test-fake\nUNUSED=1\n' }, [envUndefinedVariable])).toEqual([]);
  });
});

describe('env-unsupported-syntax', () => {
  it.each([
    ['$DEEPSEEK_API_KEY', "'$DEEPSEEK_API_KEY' is shell syntax", 'write ${DEEPSEEK_API_KEY} with braces'],
    ['${DEEPSEEK_API_KEY:-none}', 'shell default syntax', 'write ${DEEPSEEK_API_KEY} and set DEEPSEEK_API_KEY'],
    ['${ DEEPSEEK_API_KEY }', 'spaces inside the braces', 'write ${DEEPSEEK_API_KEY} without spaces'],
    ['${KEY_A}${KEY_B}', "one variable named 'KEY_A}${KEY_B'", 'add literal text before or after'],
    ['${KEY_A}-${KEY_B}', "one variable named 'KEY_A}-${KEY_B'", 'define one variable holding the whole value'],
  ])('reports %s', (apiKey, message, hint) => {
    const [d, ...rest] = lint({ yaml: custom(apiKey) }, [envUnsupportedSyntax]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ pointer: '/endpoints/custom/0/apiKey', severity: 'warn' });
    expect(d!.message).toContain(message);
    expect(d!.hint).toContain(hint);
  });

  it('accepts ${VAR}, embedded references and header placeholders', () => {
    const extra = '      headers:\n        X-User: "{{LIBRECHAT_USER_ID}}"\n        Authorization: "Bearer ${TOKEN}"\n';
    expect(lint({ yaml: custom('${KEY}', 'https://${HOST}/v1', extra) }, [envUnsupportedSyntax])).toEqual([]);
  });
});

describe('env-not-interpolated', () => {
  it('reports ${VAR} in an enum field (issue #9561) and in a model name', () => {
    const yaml = 'version: "1.3.17"\nfileStrategy: "${FILE_STRATEGY}"\n' + custom('${K}').split('\n').slice(1).join('\n').replace('"deepseek-chat"', '"${MODEL}"');
    const diagnostics = lint({ yaml, env: 'FILE_STRATEGY=s3\nMODEL=x\n' }, [envNotInterpolated]);
    expect(diagnostics.map((d) => [d.pointer, d.range?.line])).toEqual([
      ['/fileStrategy', 2],
      ['/endpoints/custom/0/models/default/0', 9],
    ]);
    expect(diagnostics.map((d) => d.severity)).toEqual(['error', 'warn']);
    expect(diagnostics[0]!.message).toContain('never expands ${FILE_STRATEGY} here, so the value is not one of the allowed ones');
    expect(diagnostics[1]!.message).toContain('never expands ${MODEL} here and sends the literal text');
  });

  it('reports a never-expanded secret in an interpolated field', () => {
    const yaml = 'version: "1.3.17"\nmcpServers:\n  db:\n    command: npx\n    env:\n      MONGO: "${MONGO_URI}"\n';
    const [d] = lint({ yaml, env: 'MONGO_URI=mongodb://m/x\n' }, [envNotInterpolated]);
    expect(d).toMatchObject({ pointer: '/mcpServers/db/env/MONGO', range: { line: 6 } });
    expect(d!.message).toContain('${MONGO_URI} in mcpServers.db.env.MONGO is never expanded');
  });

  it('reports an enum inside webSearch, whose key fields are interpolated', () => {
    const yaml = 'version: "1.3.17"\nwebSearch:\n  serperApiKey: "${SERPER_API_KEY}"\n  searchProvider: "${SEARCH_PROVIDER}"\n';
    const diagnostics = lint({ yaml }, [envNotInterpolated]);
    expect(diagnostics.map((d) => [d.pointer, d.severity])).toEqual([['/webSearch/searchProvider', 'error']]);
  });

  it('accepts ${VAR} in keys and URLs', () => {
    expect(lint({ yaml: custom('${K}', '${BASE}') }, [envNotInterpolated])).toEqual([]);
  });
});

describe('hardcoded-secret', () => {
  it('reports an sk- key in apiKey, masked', () => {
    const key = 'sk-test-fake-1234567890abcdefghijklmnop';
    const [d] = lint({ yaml: custom(key) }, [hardcodedSecret]);
    expect(d).toMatchObject({ pointer: '/endpoints/custom/0/apiKey', severity: 'warn', range: { line: 5 } });
    expect(d!.message).toContain('an OpenAI-style key');
    expect(d!.message).toContain('sk-test...mnop');
    expect(JSON.stringify(d)).not.toContain(key);
    expect(d!.hint).toBe('move the value to .env (e.g. DEEPSEEK_API_KEY=...) and write "${DEEPSEEK_API_KEY}" here; then rotate the key');
  });

  it('reports a ModelScope key and a bearer token in a header', () => {
    const extra = '      headers:\n        Authorization: "Bearer 0123456789abcdef0123456789abcdef01234567"\n';
    const diagnostics = lint({ yaml: custom('ms-00000000-0000-0000-0000-000000000000', 'https://h/v1', extra) }, [hardcodedSecret]);
    expect(diagnostics.map((d) => d.pointer)).toEqual(['/endpoints/custom/0/apiKey', '/endpoints/custom/0/headers/Authorization']);
    expect(diagnostics[0]!.message).toContain('ModelScope key');
    expect(diagnostics[1]!.message).toContain('a long token');
  });

  it('accepts ${VAR}, user_provided, and long non-secret fields', () => {
    const extra = '      modelDisplayLabel: "0123456789abcdef0123456789abcdef01234567"\n';
    expect(lint({ yaml: custom('${K}', 'https://h/v1', extra) }, [hardcodedSecret])).toEqual([]);
    expect(lint({ yaml: custom('user_provided') }, [hardcodedSecret])).toEqual([]);
  });
});
