/**
 * Where a LibreChat line's own verdict is wider than the generated schema that judges it.
 *
 * Only some releases have a librechat-data-provider on the registry, so most lines are judged by a
 * neighbour's schema (`schema` in src/librechat/lines.ts). Where the line's own `configSchema`
 * declares a key or a literal value the neighbour lacks, the neighbour's "unknown key" or "not
 * allowed" is not LibreChat's: v0.7.9 reads `webSearch`, `memory` and `streamable-http` MCP
 * servers, which the v0.7.7-rc1 package rejects; v0.8.0-v0.8.4 still read
 * `interface.endpointsMenu`, which v0.8.5 dropped.
 *
 * Each list is the difference between the line's own `configSchema` (packages/data-provider/src
 * at the line's tag, read in the spotifynetflixyu/LibreChat fork that carries the upstream tags)
 * and its judge's, walked key by key. A pattern is a JSON pointer with `*` for any array item or
 * record key; `pointer="value"` is a literal the line accepts there. Lines not listed (0.8.5-0.8.8)
 * declare nothing their judge lacks. The other direction (the judge accepting what the line
 * refuses) is modelled below only where it costs the whole file.
 */
const V076: readonly string[] = [
  '/modelSpecs/list/*/iconURL="bingAI"',
  '/modelSpecs/list/*/preset/clientId',
  '/modelSpecs/list/*/preset/conversationSignature',
  '/modelSpecs/list/*/preset/endpoint="bingAI"',
  '/modelSpecs/list/*/preset/endpointType="bingAI"',
  '/modelSpecs/list/*/preset/invocationId',
  '/modelSpecs/list/*/preset/jailbreak',
  '/modelSpecs/list/*/preset/jailbreakConversationId',
  '/modelSpecs/list/*/preset/suggestions',
  '/modelSpecs/list/*/preset/systemMessage',
  '/modelSpecs/list/*/preset/toneStyle',
];
const V075: readonly string[] = [
  ...V076,
  '/endpoints/agents/apiKey',
  '/endpoints/agents/capabilities/*="code_interpreter"',
  '/endpoints/agents/capabilities/*="image_vision"',
  '/endpoints/agents/capabilities/*="retrieval"',
  '/endpoints/agents/excludedIds',
  '/endpoints/agents/headers',
  '/endpoints/agents/models',
  '/endpoints/agents/pollIntervalMs',
  '/endpoints/agents/privateAssistants',
  '/endpoints/agents/retrievalModels',
  '/endpoints/agents/supportedIds',
  '/endpoints/agents/timeoutMs',
  '/endpoints/agents/titleConvo',
  '/endpoints/agents/titleMethod',
  '/endpoints/agents/titleMethod="completion"',
  '/endpoints/agents/titleMethod="functions"',
  '/endpoints/agents/version',
  '/modelSpecs/list/*/authType="SYSTEM_DEFINED"',
];
const V077: readonly string[] = [
  '/mcpServers/*/timeout',
];
const V078: readonly string[] = [
  ...V077,
  '/balance',
  '/endpoints/agents/allowedProviders',
  '/endpoints/agents/capabilities/*="chain"',
  '/endpoints/agents/capabilities/*="ocr"',
  '/endpoints/agents/maxRecursionLimit',
  '/fileStrategy="azure_blob"',
  '/fileStrategy="mistral_ocr"',
  '/fileStrategy="text"',
  '/mcpServers/*/chatMenu',
  '/mcpServers/*/headers',
  '/mcpServers/*/initTimeout',
  '/modelSpecs/addedEndpoints',
  '/modelSpecs/list/*/preset/tools/*/chatMenu',
  '/ocr',
];
const V079: readonly string[] = [
  ...V078,
  '/endpoints/agents/capabilities/*="web_search"',
  '/endpoints/agents/titleConvo',
  '/endpoints/agents/titleEndpoint',
  '/endpoints/agents/titleMethod',
  '/endpoints/agents/titleMethod="completion"',
  '/endpoints/agents/titleMethod="functions"',
  '/endpoints/agents/titleMethod="structured"',
  '/endpoints/agents/titlePromptTemplate',
  '/endpoints/all/titleConvo',
  '/endpoints/all/titleEndpoint',
  '/endpoints/all/titleMethod',
  '/endpoints/all/titleMethod="completion"',
  '/endpoints/all/titleMethod="functions"',
  '/endpoints/all/titleMethod="structured"',
  '/endpoints/all/titlePromptTemplate',
  '/endpoints/anthropic/titleConvo',
  '/endpoints/anthropic/titleEndpoint',
  '/endpoints/anthropic/titleMethod',
  '/endpoints/anthropic/titleMethod="completion"',
  '/endpoints/anthropic/titleMethod="functions"',
  '/endpoints/anthropic/titleMethod="structured"',
  '/endpoints/anthropic/titlePromptTemplate',
  '/endpoints/assistants/titleEndpoint',
  '/endpoints/assistants/titleMethod="structured"',
  '/endpoints/assistants/titlePromptTemplate',
  '/endpoints/azureAssistants/titleEndpoint',
  '/endpoints/azureAssistants/titleMethod="structured"',
  '/endpoints/azureAssistants/titlePromptTemplate',
  '/endpoints/azureOpenAI/titleMethod="structured"',
  '/endpoints/azureOpenAI/titlePrompt',
  '/endpoints/azureOpenAI/titlePromptTemplate',
  '/endpoints/bedrock/titleConvo',
  '/endpoints/bedrock/titleEndpoint',
  '/endpoints/bedrock/titleMethod',
  '/endpoints/bedrock/titleMethod="completion"',
  '/endpoints/bedrock/titleMethod="functions"',
  '/endpoints/bedrock/titleMethod="structured"',
  '/endpoints/bedrock/titlePromptTemplate',
  '/endpoints/custom/*/customParams',
  '/endpoints/custom/*/titleEndpoint',
  '/endpoints/custom/*/titleMethod="structured"',
  '/endpoints/custom/*/titlePromptTemplate',
  '/endpoints/google/titleConvo',
  '/endpoints/google/titleEndpoint',
  '/endpoints/google/titleMethod',
  '/endpoints/google/titleMethod="completion"',
  '/endpoints/google/titleMethod="functions"',
  '/endpoints/google/titleMethod="structured"',
  '/endpoints/google/titlePromptTemplate',
  '/endpoints/gptPlugins/titleConvo',
  '/endpoints/gptPlugins/titleEndpoint',
  '/endpoints/gptPlugins/titleMethod',
  '/endpoints/gptPlugins/titleMethod="completion"',
  '/endpoints/gptPlugins/titleMethod="functions"',
  '/endpoints/gptPlugins/titleMethod="structured"',
  '/endpoints/gptPlugins/titlePromptTemplate',
  '/endpoints/openAI/titleConvo',
  '/endpoints/openAI/titleEndpoint',
  '/endpoints/openAI/titleMethod',
  '/endpoints/openAI/titleMethod="completion"',
  '/endpoints/openAI/titleMethod="functions"',
  '/endpoints/openAI/titleMethod="structured"',
  '/endpoints/openAI/titlePromptTemplate',
  '/fileConfig/clientImageResize',
  '/fileConfig/imageGeneration',
  '/fileStrategy="azure_mistral_ocr"',
  '/fileStrategy="vertexai_mistral_ocr"',
  '/interface/fileSearch',
  '/interface/mcpServers',
  '/interface/memories',
  '/interface/temporaryChatRetention',
  '/interface/webSearch',
  '/mcpServers/*/customUserVars',
  '/mcpServers/*/oauth',
  '/mcpServers/*/serverInstructions',
  '/mcpServers/*/type="http"',
  '/mcpServers/*/type="streamable-http"',
  '/memory',
  '/modelSpecs/list/*/preset/disableStreaming',
  '/modelSpecs/list/*/preset/reasoning_effort=""',
  '/modelSpecs/list/*/preset/reasoning_summary',
  '/modelSpecs/list/*/preset/reasoning_summary=""',
  '/modelSpecs/list/*/preset/reasoning_summary="auto"',
  '/modelSpecs/list/*/preset/reasoning_summary="concise"',
  '/modelSpecs/list/*/preset/reasoning_summary="detailed"',
  '/modelSpecs/list/*/preset/useResponsesApi',
  '/modelSpecs/list/*/preset/web_search',
  '/turnstile',
  '/webSearch',
];
/** What v0.8.2 and v0.8.3 both declare beyond v0.8.5. */
const V082_V083: readonly string[] = [
  '/endpoints/agents/baseURL',
  '/endpoints/all/baseURL',
  '/endpoints/azureOpenAI/customOrder',
  '/endpoints/azureOpenAI/plugins',
  '/endpoints/azureOpenAI/summarize',
  '/endpoints/azureOpenAI/summaryModel',
  '/endpoints/custom/*/customOrder',
  '/endpoints/custom/*/summarize',
  '/endpoints/custom/*/summaryModel',
  '/fileStrategies/avatar="azure"',
  '/fileStrategies/avatar="azure_mistral_ocr"',
  '/fileStrategies/avatar="execute_code"',
  '/fileStrategies/avatar="mistral_ocr"',
  '/fileStrategies/avatar="openai"',
  '/fileStrategies/avatar="text"',
  '/fileStrategies/avatar="vectordb"',
  '/fileStrategies/avatar="vertexai_mistral_ocr"',
  '/fileStrategies/default="azure"',
  '/fileStrategies/default="azure_mistral_ocr"',
  '/fileStrategies/default="execute_code"',
  '/fileStrategies/default="mistral_ocr"',
  '/fileStrategies/default="openai"',
  '/fileStrategies/default="text"',
  '/fileStrategies/default="vectordb"',
  '/fileStrategies/default="vertexai_mistral_ocr"',
  '/fileStrategies/document="azure"',
  '/fileStrategies/document="azure_mistral_ocr"',
  '/fileStrategies/document="execute_code"',
  '/fileStrategies/document="mistral_ocr"',
  '/fileStrategies/document="openai"',
  '/fileStrategies/document="text"',
  '/fileStrategies/document="vectordb"',
  '/fileStrategies/document="vertexai_mistral_ocr"',
  '/fileStrategies/image="azure"',
  '/fileStrategies/image="azure_mistral_ocr"',
  '/fileStrategies/image="execute_code"',
  '/fileStrategies/image="mistral_ocr"',
  '/fileStrategies/image="openai"',
  '/fileStrategies/image="text"',
  '/fileStrategies/image="vectordb"',
  '/fileStrategies/image="vertexai_mistral_ocr"',
  '/fileStrategy="azure"',
  '/fileStrategy="azure_mistral_ocr"',
  '/fileStrategy="execute_code"',
  '/fileStrategy="mistral_ocr"',
  '/fileStrategy="openai"',
  '/fileStrategy="text"',
  '/fileStrategy="vectordb"',
  '/fileStrategy="vertexai_mistral_ocr"',
  '/interface/endpointsMenu',
  '/interface/sidePanel',
  '/modelSpecs/list/*/preset/chatGptLabel',
  '/modelSpecs/list/*/preset/conversationId',
  '/modelSpecs/list/*/preset/defaultPreset',
  '/modelSpecs/list/*/preset/expiredAt',
  '/modelSpecs/list/*/preset/file_ids',
  '/modelSpecs/list/*/preset/greeting',
  '/modelSpecs/list/*/preset/iconURL',
  '/modelSpecs/list/*/preset/isArchived',
  '/modelSpecs/list/*/preset/messages',
  '/modelSpecs/list/*/preset/order',
  '/modelSpecs/list/*/preset/parentMessageId',
  '/modelSpecs/list/*/preset/presetId',
  '/modelSpecs/list/*/preset/presetOverride',
  '/modelSpecs/list/*/preset/resendImages',
  '/modelSpecs/list/*/preset/spec',
  '/modelSpecs/list/*/preset/tags',
  '/modelSpecs/list/*/preset/title',
  '/modelSpecs/list/*/preset/user',
];
const V082: readonly string[] = [
  ...V082_V083,
  '/endpoints/azureOpenAI/groups/*/forcePrompt',
  '/endpoints/custom/*/forcePrompt',
];
const V081: readonly string[] = [
  ...V082,
  '/endpoints/agents/allowedProviders/*="chatGPTBrowser"',
  '/endpoints/agents/allowedProviders/*="gptPlugins"',
  '/endpoints/gptPlugins',
  '/modelSpecs/addedEndpoints/*="chatGPTBrowser"',
  '/modelSpecs/addedEndpoints/*="gptPlugins"',
  '/modelSpecs/list/*/iconURL="chatGPTBrowser"',
  '/modelSpecs/list/*/iconURL="gptPlugins"',
  '/modelSpecs/list/*/preset/agentOptions',
  '/modelSpecs/list/*/preset/endpoint="chatGPTBrowser"',
  '/modelSpecs/list/*/preset/endpoint="gptPlugins"',
  '/modelSpecs/list/*/preset/endpointType="chatGPTBrowser"',
  '/modelSpecs/list/*/preset/endpointType="gptPlugins"',
];
const V080: readonly string[] = [
  ...V081,
  '/webSearch/scraperType',
  '/webSearch/scraperType="firecrawl"',
  '/webSearch/scraperType="serper"',
];
const V083: readonly string[] = [
  ...V082_V083,
  '/fileStrategies/avatar="document_parser"',
  '/fileStrategies/default="document_parser"',
  '/fileStrategies/document="document_parser"',
  '/fileStrategies/image="document_parser"',
  '/fileStrategy="document_parser"',
];

/** Each line's list above (a line often adds to the one before it). */
export const DECLARED_BEYOND_JUDGE: Readonly<Record<string, readonly string[]>> = {
  '0.7.5': V075,
  '0.7.6': V076,
  '0.7.7': V077,
  '0.7.8': V078,
  '0.7.9': V079,
  '0.8.0': V080,
  '0.8.1': V081,
  '0.8.2': V082,
  '0.8.3': V083,
  '0.8.4': V083,
};

/**
 * Keys the judge declares (with a shape it checks) that the line's own non-strict objects do not:
 * the line strips them without a word, so the judge's complaint about their value is not the
 * line's. Same source as above.
 */
export const STRIPPED_BY_LINE: Readonly<Record<string, readonly string[]>> = {
  '0.8.0': ['/endpoints/anthropic/models', '/endpoints/bedrock/models', '/mcpServers/*/title'],
  '0.8.1': ['/endpoints/anthropic/models', '/endpoints/bedrock/models', '/mcpServers/*/title'],
  '0.8.2': ['/endpoints/bedrock/models'],
};

/**
 * Keys LibreChat reads from the file as written though no schema of the line declares them:
 * `loadCustomConfig` returns the parsed YAML, not zod's output, and v0.7.5-v0.7.9's
 * api/server/services/Config/loadConfigEndpoints.js takes `iconURL` from each custom endpoint.
 */
export const READ_BEYOND_SCHEMA: Readonly<Record<string, readonly string[]>> = {
  '0.7.5': ['/endpoints/custom/*/iconURL'],
  '0.7.6': ['/endpoints/custom/*/iconURL'],
  '0.7.7': ['/endpoints/custom/*/iconURL'],
  '0.7.8': ['/endpoints/custom/*/iconURL'],
  '0.7.9': ['/endpoints/custom/*/iconURL'],
};

/**
 * The other direction, where it costs the whole file: keys the judge declares but the line's own
 * strict objects refuse (the top level, a custom endpoint's \`customParams\`), and values whose type
 * the line's own schema narrows. Same source as above. v0.8.3 refuses \`summarization\` and exits;
 * v0.7.5 refuses \`mcpServers\` and runs on its defaults; v0.8.6 has none of the \`customParams\`
 * reasoning options v0.8.7 added; v0.8.0 and v0.8.1 take \`interface.prompts\` and \`agents\` as
 * booleans only (the \`{use, create, share}\` form arrived in v0.8.2).
 */
const REASONING_PARAMS = ['reasoningFormat', 'reasoningKey', 'includeReasoningContent', 'includeReasoningHistory'].map((key) => `/endpoints/custom/*/customParams/${key}`);

export const KEYS_REFUSED: Readonly<Record<string, readonly string[]>> = {
  '0.7.5': ['/actions', '/mcpServers'],
  '0.8.0': ['/mcpSettings', '/summarization'],
  '0.8.1': ['/mcpSettings', '/summarization'],
  '0.8.2': ['/summarization'],
  '0.8.3': ['/summarization'],
  '0.8.4': ['/summarization'],
  '0.8.6': ['/filters', '/langfuse', '/messageFilter', '/openapi', '/permissions', '/skillSync', ...REASONING_PARAMS],
  '0.8.7': ['/filters', '/langfuse', '/openapi', '/permissions'],
};

const INTERFACE_BOOLEANS = { '/interface/prompts': 'boolean', '/interface/agents': 'boolean' } as const;

export const TYPES_NARROWED: Readonly<Record<string, Readonly<Record<string, 'boolean'>>>> = {
  '0.8.0': INTERFACE_BOOLEANS,
  '0.8.1': INTERFACE_BOOLEANS,
};
