import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/config/load-yaml.js';
import { checkSchema } from '../../src/schema/check-schema.js';
import { chooseTarget } from '../../src/schema/targets.js';
import { lint } from '../helpers/rule-context.js';
import { unknownKey } from '../../src/rules/unknown-key.js';

/** The schema verdict validate gives for one config on one LibreChat line. */
function schemaVerdict(yaml: string, line: string): string[] {
  const { target } = chooseTarget(line, undefined);
  return checkSchema(parseYamlText('librechat.yaml', yaml).value, target, 'librechat.yaml').map((d) => `${d.code} ${d.pointer}`);
}

const unknownKeys = (yaml: string, line: string) => lint({ yaml, version: line }, [unknownKey]).map((d) => d.pointer);

describe('a line judged by a neighbour schema: what the line itself declares is not refused', () => {
  const v079 = `version: "1.2.8"
balance:
  enabled: true
webSearch:
  searchProvider: "serper"
turnstile:
  siteKey: "0x4AAAAAAA"
mcpServers:
  tickets:
    type: streamable-http
    url: "https://mcp.example.org/tickets"
`;

  it('v0.7.9 accepts its own top-level keys and streamable-http MCP servers; v0.7.7 still refuses them', () => {
    expect(schemaVerdict(v079, '0.7.9')).toEqual([]);
    expect(schemaVerdict(v079, '0.7.7')).toEqual(
      expect.arrayContaining(['schema.unknown-key /balance', 'schema.unknown-key /webSearch', 'schema.unknown-key /turnstile']),
    );
    expect(schemaVerdict(v079, '0.7.7').some((finding) => finding.endsWith('/mcpServers/tickets/type'))).toBe(true);
  });

  it('a title method the line added does not hide a wrong field in the same endpoint', () => {
    const yaml = 'version: "1.2.8"\nendpoints:\n  custom:\n    - name: "Groq"\n      apiKey: "${GROQ_API_KEY}"\n      baseURL: "https://api.groq.com/openai/v1"\n      models:\n        default: ["llama-3.1-8b-instant"]\n      titleMethod: "structured"\n      titleConvo: "yes"\n';
    expect(schemaVerdict(yaml, '0.7.9')).toEqual(['schema.type /endpoints/custom/0/titleConvo']);
  });

  it('a key v0.8.0-v0.8.2 strip without checking is not refused for a value only v0.8.5 checks', () => {
    const yaml = 'version: "1.3.1"\nendpoints:\n  bedrock:\n    models:\n      default: ["anthropic.claude-3-haiku"]\n';
    expect(schemaVerdict(yaml, '0.8.5')).toEqual(['schema.type /endpoints/bedrock/models']);
    expect(schemaVerdict(yaml, '0.8.1')).toEqual([]);
  });

  it('a capability the line added does not hide a misspelt one in the same list', () => {
    const yaml = 'version: "1.2.8"\nendpoints:\n  agents:\n    capabilities: ["ocr", "web_serach"]\n';
    expect(schemaVerdict(yaml, '0.7.9')).toEqual(['schema.enum /endpoints/agents/capabilities/1']);
  });

  it('interface.endpointsMenu is read up to v0.8.4 and unknown from v0.8.5; a misspelling stays unknown everywhere', () => {
    const yaml = 'version: "1.3.6"\ninterface:\n  endpointsMenu: false\n  sidePanel: true\n  modelselect: true\n';
    expect(unknownKeys(yaml, '0.8.3')).toEqual(['/interface/modelselect']);
    expect(unknownKeys(yaml, '0.8.5')).toEqual(['/interface/endpointsMenu', '/interface/sidePanel', '/interface/modelselect']);
  });

  it('a custom endpoint iconURL works on every 0.7 line: the loader reads it from the file as written', () => {
    const yaml = 'version: "1.1.7"\nendpoints:\n  custom:\n    - name: "Groq"\n      apiKey: "${GROQ_API_KEY}"\n      baseURL: "https://api.groq.com/openai/v1"\n      iconURL: "https://example.org/groq.png"\n      models:\n        default: ["llama-3.1-8b-instant"]\n';
    for (const line of ['0.7.5', '0.7.7', '0.7.9']) expect(unknownKeys(yaml, line), line).toEqual([]);
  });

  it('MCP timeout is read from v0.7.7 on, not by v0.7.6', () => {
    const yaml = 'version: "1.2.1"\nmcpServers:\n  files:\n    command: "npx"\n    args: ["-y", "@modelcontextprotocol/server-filesystem", "/data"]\n    timeout: 60000\n';
    expect(unknownKeys(yaml, '0.7.7')).toEqual([]);
    expect(unknownKeys(yaml, '0.7.6')).toEqual(['/mcpServers/files/timeout']);
  });

  it('a top-level key newer than the line refuses the whole file on that line, as its own strict schema does', () => {
    const summarization = 'version: "1.3.6"\nsummarization:\n  enabled: true\n';
    expect(schemaVerdict(summarization, '0.8.3')).toEqual(['schema.unknown-key /summarization']);
    expect(schemaVerdict(summarization, '0.8.5')).toEqual([]);
    const mcp = 'version: "1.1.7"\nmcpServers:\n  files:\n    command: "npx"\n    args: ["-y", "@modelcontextprotocol/server-filesystem", "/data"]\n';
    expect(schemaVerdict(mcp, '0.7.5')).toEqual(['schema.unknown-key /mcpServers']);
    expect(schemaVerdict(mcp, '0.7.6')).toEqual([]);
  });

  it('the refusal lists the keys that line allows, without the ones it lacks', () => {
    const { target } = chooseTarget('0.8.3', undefined);
    const [finding] = checkSchema({ version: '1.3.6', summarization: { enabled: true } }, target, 'librechat.yaml');
    const allowed = (finding!.params as { rejectsFileAllowed: string[] }).rejectsFileAllowed;
    expect(allowed).toContain('mcpSettings');
    expect(allowed).not.toContain('summarization');
  });

  it('v0.8.0 and v0.8.1 take interface.prompts and agents as booleans only; the object form is refused there, not on v0.8.2', () => {
    const yaml = 'version: "1.3.1"\ninterface:\n  prompts:\n    use: true\n    share: false\n  agents: true\n';
    expect(schemaVerdict(yaml, '0.8.1')).toEqual(['schema.type /interface/prompts']);
    expect(schemaVerdict(yaml, '0.8.2')).toEqual([]);
    expect(schemaVerdict('version: "1.3.1"\ninterface:\n  prompts: false\n', '0.8.0')).toEqual([]);
  });

  it('v0.8.6 refuses the customParams reasoning options v0.8.7 added (customParams is strict)', () => {
    const yaml = `version: "1.3.12"
endpoints:
  custom:
    - name: "CoresHub"
      apiKey: "\${CORESHUB_API_KEY}"
      baseURL: "https://openapi.coreshub.cn/v1"
      models:
        default: ["DeepSeek-V3.2"]
      customParams:
        includeReasoningHistory: false
`;
    expect(schemaVerdict(yaml, '0.8.6')).toEqual(['schema.unknown-key /endpoints/custom/0/customParams/includeReasoningHistory']);
    expect(schemaVerdict(yaml, '0.8.7')).toEqual([]);
  });
});
