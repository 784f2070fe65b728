import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * LibreChat's own streaming client (`@librechat/agents`, devDependency), set up the way LibreChat
 * v0.8.8 sets up a custom endpoint in an agents run. Written from LibreChat's source, independently
 * of lc-doctor's probe, so the differential test can catch a wrong model in either:
 * - packages/api/src/endpoints/config/providers.ts `getProviderConfig`: a custom endpoint runs as
 *   `openAI`, unless its lower-cased name is a known custom provider (deepseek, xai, moonshot, openrouter);
 * - packages/api/src/endpoints/openai/config.ts `getOpenAIConfig`: "openrouter" in the baseURL or in
 *   the lower-cased name makes the provider `openrouter`; `addParams` go to `modelKwargs`;
 * - packages/api/src/agents/run.ts `getReasoningKey` and `createRun`: `customParams.reasoningKey`
 *   wins, else `reasoning` for OpenRouter, else `reasoning_content`; `streamUsage: false`,
 *   `usage: true` for custom endpoints; `useLegacyContent: true` (custom/initialize.ts);
 * - api/server/controllers/agents/callbacks.js: every run-step and delta event goes through
 *   `createContentAggregator`; the aggregated parts are what the message shows.
 */
export interface CustomEndpointEntry {
  name: string;
  baseURL: string;
  apiKey: string;
  addParams?: Record<string, unknown>;
  reasoningKey?: 'reasoning' | 'reasoning_content';
}

export interface ContentPart {
  type: string;
  think?: string;
  text?: string;
}

const KNOWN_CUSTOM_PROVIDERS = new Set(['xai', 'deepseek', 'moonshot', 'openrouter']);

function providerFor(entry: CustomEndpointEntry): string {
  if (entry.baseURL.includes('openrouter') || entry.name.toLowerCase().includes('openrouter')) return 'openrouter';
  const lower = entry.name.toLowerCase();
  return KNOWN_CUSTOM_PROVIDERS.has(lower) ? lower : 'openAI';
}

function reasoningKeyFor(entry: CustomEndpointEntry): 'reasoning' | 'reasoning_content' {
  if (entry.reasoningKey) return entry.reasoningKey;
  return entry.baseURL.toLowerCase().includes('openrouter') || entry.name.toLowerCase().includes('openrouter') ? 'reasoning' : 'reasoning_content';
}

/** The few members used here; the package's own .d.ts files use path aliases tsc cannot follow. */
interface AgentsModule {
  Run: { create(config: Record<string, unknown>): Promise<{ processStream(input: Record<string, unknown>, config: Record<string, unknown>): Promise<unknown> }> };
  GraphEvents: Record<'ON_RUN_STEP' | 'ON_RUN_STEP_DELTA' | 'ON_RUN_STEP_COMPLETED' | 'ON_MESSAGE_DELTA' | 'ON_REASONING_DELTA', string>;
  createContentAggregator(): { contentParts: unknown[]; aggregateContent(input: { event: string; data: unknown }): void };
}
type MessagesModule = typeof import('@langchain/core/messages');
let loaded: Promise<[AgentsModule, MessagesModule]> | undefined;

/** Loaded once per test file: the package is large and its import costs about a second. */
function loadAgents(): Promise<[AgentsModule, MessagesModule]> {
  loaded ??= Promise.all([import('@librechat/agents') as Promise<unknown> as Promise<AgentsModule>, import('@langchain/core/messages')]);
  return loaded;
}

/** Sends one user turn through LibreChat's client and returns the message's content parts. */
export async function streamThroughLibreChat(entry: CustomEndpointEntry, model: string, prompt = 'What is 17 + 25?'): Promise<ContentPart[]> {
  const [{ Run, GraphEvents, createContentAggregator }, { HumanMessage }] = await loadAgents();
  const provider = providerFor(entry);
  const { contentParts, aggregateContent } = createContentAggregator();
  const aggregate = { handle: (event: string, data: unknown) => aggregateContent({ event, data }) };
  const clientOptions = {
    provider,
    streaming: true,
    streamUsage: false,
    usage: true,
    model,
    apiKey: entry.apiKey,
    configuration: { baseURL: entry.baseURL },
    ...(entry.addParams && Object.keys(entry.addParams).length > 0 ? { modelKwargs: entry.addParams } : {}),
  };
  const runId = `lc-doctor-${Math.random().toString(36).slice(2)}`;
  const run = await Run.create({
    runId,
    graphConfig: {
      type: 'standard',
      agents: [{ agentId: 'probe', provider, reasoningKey: reasoningKeyFor(entry), instructions: '', useLegacyContent: true, clientOptions }],
    },
    customHandlers: Object.fromEntries(
      [GraphEvents.ON_RUN_STEP, GraphEvents.ON_RUN_STEP_DELTA, GraphEvents.ON_RUN_STEP_COMPLETED, GraphEvents.ON_MESSAGE_DELTA, GraphEvents.ON_REASONING_DELTA].map((event) => [event, aggregate]),
    ),
    returnContent: true,
  });
  await run.processStream({ messages: [new HumanMessage(prompt)] }, { runId, streamMode: 'values', version: 'v2', configurable: { thread_id: runId } });
  return (contentParts as (ContentPart | undefined)[]).filter((part): part is ContentPart => part !== undefined);
}

/** Whether LibreChat's client produced a "Thoughts" block (a `think` part with text). */
export function hasThinkPart(parts: ContentPart[]): boolean {
  return parts.some((part) => part.type === 'think' && typeof part.think === 'string' && part.think.trim() !== '');
}

/** A real HTTP server that answers every POST with the same recorded SSE bytes. */
export async function startReplayServer(sseText: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.method !== 'POST') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"object":"list","data":[]}');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' }).end(sseText);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
