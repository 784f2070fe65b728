import { performance } from 'node:perf_hooks';
import { loadUndici, readBodyText, sendHttpRequest, type HttpLimits, type HttpRequest, type HttpResponse } from './http.js';
import { classifyHttpError, classifyNetworkError, redirectError } from './probe-errors.js';
import { createSizeGuard, type Oversize } from './stream-limits.js';
import { createSseDecoder } from './sse.js';
import { StreamAnalyzer } from './stream-analysis.js';
import type { ProbeError, StreamObservation, Timings } from './types.js';

/** Everything one request produced. */
export interface RequestOutcome {
  status?: number;
  error?: ProbeError;
  timings: Timings;
  observation?: StreamObservation;
  /** Reasoning text from dedicated fields (for a turn-2 replay). */
  reasoning: string;
}

export interface RequestContext {
  limits: HttpLimits;
  environment: Record<string, string | undefined>;
}

/**
 * Sends one chat request and reads its body to the end (stream or plain JSON), timing each
 * milestone from the moment the request started. Never throws: failures come back classified.
 */
export async function performChatRequest(request: HttpRequest, context: RequestContext): Promise<RequestOutcome> {
  await loadUndici(); // module loading is not network time
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  let response: HttpResponse;
  try {
    response = await sendHttpRequest(request, context.limits, context.environment, started);
  } catch (error) {
    return { error: classifyNetworkError(error), timings: { total: elapsed() }, reasoning: '' };
  }
  const baseTimings = { ...(response.connectMs !== undefined ? { connect: response.connectMs } : {}), headers: response.headersMs };
  try {
    const failure = await readFailure(response);
    if (failure) return { status: response.status, error: failure, timings: { ...baseTimings, total: elapsed() }, reasoning: '' };
    const analyzer = new StreamAnalyzer();
    const streamError = await readStream(response, analyzer, elapsed);
    const observation = analyzer.finish();
    const error = streamError ?? analyzer.error ?? emptyAnswerError(observation);
    const timings: Timings = {
      ...baseTimings,
      ...(analyzer.first.reasoning !== undefined ? { firstReasoning: analyzer.first.reasoning } : {}),
      ...(analyzer.first.answer !== undefined ? { firstAnswer: analyzer.first.answer } : {}),
      total: elapsed(),
    };
    return { status: response.status, ...(error ? { error } : {}), timings, observation, reasoning: analyzer.reasoning };
  } finally {
    await response.close();
  }
}

async function readFailure(response: HttpResponse): Promise<ProbeError | undefined> {
  if (response.crossOriginRedirect) {
    return redirectError(response.status, response.crossOriginRedirect);
  }
  if (response.status < 400) return undefined;
  let text = '';
  try {
    text = await readBodyText(response.body);
  } catch {
    // the status alone still classifies the failure
  }
  return classifyHttpError(response.status, response.headers, text);
}

async function readStream(response: HttpResponse, analyzer: StreamAnalyzer, elapsed: () => number): Promise<ProbeError | undefined> {
  const contentType = String(response.headers['content-type'] ?? '');
  const decoder = new TextDecoder();
  const sse = createSseDecoder((item) => analyzer.add(item, elapsed()));
  // A server that ignores `stream: true` answers with one JSON document; read it as one chunk.
  const json = contentType.includes('application/json');
  let whole = '';
  const guard = createSizeGuard();
  try {
    for await (const part of response.body) {
      const text = decoder.decode(part, { stream: true });
      const oversize = guard(text);
      // Leaving the loop cancels the body: nothing more is read or buffered.
      if (oversize) return oversizeError(oversize, json);
      if (json) whole += text;
      else sse.feed(text);
    }
    if (json) sse.feed(`data: ${(whole + decoder.decode()).replace(/\r?\n/g, ' ')}\n\n`);
    else sse.feed(decoder.decode());
    sse.end();
    return undefined;
  } catch (error) {
    sse.end();
    return classifyNetworkError(error);
  }
}

function oversizeError({ what, limit }: Oversize, json: boolean): ProbeError {
  const mebibytes = limit / 1024 / 1024;
  return { kind: 'oversized', detail: json ? { code: 'oversized-json', params: { mebibytes } } : { code: 'oversized-sse', params: { what, mebibytes } } };
}

function emptyAnswerError(observation: StreamObservation): ProbeError | undefined {
  if (observation.answerChars > 0 || observation.reasoningChars > 0) return undefined;
  return { kind: 'stream-error', detail: { code: 'no-text', params: {} } };
}
