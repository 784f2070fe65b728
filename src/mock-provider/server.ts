import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorReplyFor, MALFORMED_PAYLOAD, STREAM_ERROR_PAYLOAD, type FaultName } from './faults.js';
import { PROFILES, rejectsSwitch, rejectsWithoutStream, requestThinks, type Profile, type ProfileName } from './profiles.js';
import { buildCompletion, buildStreamPayloads } from './stream-builder.js';

/** Options for {@link startMockProvider}. Per-model maps let one server play several providers. */
export interface MockProviderOptions {
  /** Loopback by default; the mock is for local use and tests. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** When set, requests must carry `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Default profile (`deepseek`). */
  profile?: ProfileName;
  /** Profile per model id; these ids are also served by `GET /v1/models`. */
  profiles?: Record<string, ProfileName>;
  fault?: FaultName;
  /** Fault per model id. */
  faults?: Record<string, FaultName>;
  /** Ids served by `GET /v1/models` (default: the profiles' own ids). */
  models?: string[];
  /** Delay before answering with the `latency` fault, ms (default 300). */
  latencyMs?: number;
  /** Delay between chunks, ms (default 0). */
  chunkDelayMs?: number;
  /** Delay between the small fragments `slow-trickle` cuts each chunk into, ms (default 15). */
  trickleMs?: number;
}

/** A request as received, for tests that check exactly what was sent. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown> | undefined;
}

export interface MockProvider {
  /** Base URL, ending in `/v1`. */
  url: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  body: Record<string, unknown> | undefined;
}

/** Starts a real OpenAI-compatible HTTP server; resolves once it listens. */
export async function startMockProvider(options: MockProviderOptions = {}): Promise<MockProvider> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    void handle(req, res, options, requests).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: MockProviderOptions, requests: ReceivedRequest[]): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://mock').pathname;
  const body = await readJsonBody(req);
  if (body === TOO_LARGE) {
    // The rest of the upload is not read: answer, then close the connection it would arrive on.
    res.setHeader('connection', 'close');
    reply(res, 413, { error: { message: `request body over ${MAX_REQUEST_BODY_BYTES / 1024 / 1024} MiB`, type: 'invalid_request_error' } });
    return void res.on('finish', () => req.destroy());
  }
  requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body });
  const exchange: Exchange = { req, res, body };
  if (req.method === 'GET' && path === '/v1/models') return serveModels(exchange, options);
  if (req.method === 'POST' && path === '/v1/chat/completions') return serveChat(exchange, options);
  return reply(res, 404, { detail: 'Not Found' });
}

function serveModels({ req, res }: Exchange, options: MockProviderOptions): void {
  const profile = PROFILES[options.profile ?? 'deepseek'];
  if (!profile.keylessModels && !authorized(req, options)) return unauthorized(res);
  const data = servedModels(options).map((id) => ({ id, object: 'model', created: 1_767_225_600, owned_by: profile.name }));
  reply(res, 200, { object: 'list', data });
}

async function serveChat(exchange: Exchange, options: MockProviderOptions): Promise<void> {
  const { req, res, body } = exchange;
  if (!authorized(req, options)) return unauthorized(res);
  if (!body) return reply(res, 400, { error: { message: 'request body is not JSON', type: 'invalid_request_error' } });
  const model = typeof body.model === 'string' ? body.model : '';
  const fault = options.faults?.[model] ?? options.fault;
  if (fault === 'latency') await sleep(options.latencyMs ?? 300);
  const failure = fault ? errorReplyFor(fault) : undefined;
  if (failure) {
    res.writeHead(failure.status, failure.headers);
    return void res.end(failure.body);
  }
  if (!servedModels(options).includes(model)) {
    return reply(res, 404, { error: { message: `The model \`${model}\` does not exist`, type: 'invalid_request_error', code: 'model_not_found' } });
  }
  const profile = PROFILES[options.profiles?.[model] ?? options.profile ?? 'deepseek'];
  const rejection = rejectRequest(profile, model, body);
  if (rejection) return reply(res, 400, { error: { message: rejection, type: 'invalid_request_error', code: 'invalid_parameter_error' } });
  const spec = { profile, model, thinks: requestThinks(profile, model, body), includeUsage: readIncludeUsage(body) };
  if (body.stream !== true) return reply(res, 200, buildCompletion(spec));
  await streamAnswer(res, profile, buildStreamPayloads(spec), fault, options);
}

/** Provider-specific 400s, from the documented facts. */
function rejectRequest(profile: Profile, model: string, body: Record<string, unknown>): string | undefined {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  if (profile.rejectsReasoningHistory && messages.some((m) => typeof m === 'object' && m !== null && 'reasoning_content' in m)) {
    return 'reasoning_content is not supported in input messages';
  }
  const switchRejected = rejectsSwitch(profile, model, body);
  if (switchRejected) return switchRejected;
  if (rejectsWithoutStream(profile, model, body)) return profile.nonStreamThinkingError;
  return undefined;
}

async function streamAnswer(res: ServerResponse, profile: Profile, payloads: Record<string, unknown>[], fault: FaultName | undefined, options: MockProviderOptions): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const frames = framesFor(profile, payloads, fault);
  const delay = options.chunkDelayMs ?? 0;
  for (const [index, frame] of frames.entries()) {
    if (res.destroyed) return;
    if (index === 2 && fault === 'stall') return; // headers and two chunks, then silence
    if (index === 2 && fault === 'reset') return void res.socket?.destroy();
    if (fault === 'slow-trickle') await trickle(res, frame, options.trickleMs ?? 15);
    else res.write(frame);
    if (delay > 0) await sleep(delay);
  }
  res.end();
}

function framesFor(profile: Profile, payloads: Record<string, unknown>[], fault: FaultName | undefined): string[] {
  const le = profile.lineEnding;
  const data = (payload: string) => `data: ${payload}${le}${le}`;
  const keepAlive = `: OPENROUTER PROCESSING${le}${le}`;
  const frames: string[] = [];
  if (profile.keepAlive) frames.push(keepAlive);
  payloads.forEach((payload, index) => {
    if (index === 2 && fault === 'malformed-chunk') frames.push(data(MALFORMED_PAYLOAD));
    frames.push(data(JSON.stringify(payload)));
    if (profile.keepAlive && index === 1) frames.push(keepAlive);
  });
  if (fault === 'stream-error') frames.splice(3, frames.length, data(JSON.stringify(STREAM_ERROR_PAYLOAD)));
  if (fault !== 'no-done') frames.push(data('[DONE]'));
  return frames;
}

const TRICKLE_BYTES = 16;

/** Writes a frame in small fragments, so events arrive split across reads. */
async function trickle(res: ServerResponse, frame: string, delay: number): Promise<void> {
  for (let i = 0; i < frame.length && !res.destroyed; i += TRICKLE_BYTES) {
    res.write(frame.slice(i, i + TRICKLE_BYTES));
    await sleep(delay);
  }
}

/** The ids `GET /v1/models` lists and chat accepts (`--models` replaces the profile's own). */
export function servedModels(options: MockProviderOptions): string[] {
  if (options.models) return options.models;
  const ids = new Set(PROFILES[options.profile ?? 'deepseek'].models);
  for (const id of Object.keys(options.profiles ?? {})) ids.add(id);
  return [...ids];
}

function authorized(req: IncomingMessage, options: MockProviderOptions): boolean {
  return !options.apiKey || req.headers.authorization === `Bearer ${options.apiKey}`;
}

function unauthorized(res: ServerResponse): void {
  reply(res, 401, { error: { message: 'Incorrect API key provided. ', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
}

function readIncludeUsage(body: Record<string, unknown>): boolean {
  const streamOptions = body.stream_options;
  return typeof streamOptions === 'object' && streamOptions !== null && (streamOptions as { include_usage?: unknown }).include_usage === true;
}

function reply(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(payload));
}

/** A chat request is a few KB, a long conversation a few hundred: anything past this is refused (413), not buffered. */
export const MAX_REQUEST_BODY_BYTES = 4 * 1024 * 1024;

const TOO_LARGE = Symbol('too large');

async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown> | undefined | typeof TOO_LARGE> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_REQUEST_BODY_BYTES) return TOO_LARGE;
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req) {
    size += (part as Buffer).length;
    if (size > MAX_REQUEST_BODY_BYTES) return TOO_LARGE;
    parts.push(part as Buffer);
  }
  if (parts.length === 0) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(parts).toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
