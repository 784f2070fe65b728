import type { HttpRequest } from './http.js';
import { isOpenRouterDetected } from './librechat-display.js';
import type { ProbeTarget } from './types.js';

/** A chat message as LibreChat sends it (assistant turns may carry replayed reasoning). */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
  reasoning_content?: string;
}

export interface ChatRequestOptions {
  stream: boolean;
  maxTokens?: number;
}

/** What LibreChat identifies the user with; the probe has no user, so it sends a fixed marker. */
export const PROBE_USER = 'lc-doctor-probe';

/** The request URL: `{baseURL}/chat/completions`, or `baseURL` itself with `directEndpoint`. */
export function chatCompletionsUrl(target: Pick<ProbeTarget, 'baseURL' | 'directEndpoint'>): string {
  return target.directEndpoint ? target.baseURL : `${target.baseURL}/chat/completions`;
}

/** The model list URL; with `directEndpoint` the base is derived from the full URL. */
export function modelsUrl(target: Pick<ProbeTarget, 'baseURL' | 'directEndpoint'>): string {
  const base = target.directEndpoint ? target.baseURL.replace(/\/chat\/completions\/?$/, '') : target.baseURL;
  return `${base}/models`;
}

/**
 * The body LibreChat builds for a custom endpoint: streaming with usage, the `user` marker,
 * OpenRouter's `include_reasoning` when the endpoint is OpenRouter-detected, then `addParams`
 * merged and `dropParams` removed last (as LibreChat applies them). `dropParams` names are matched
 * in both spellings, since v0.8 deletes LangChain camelCase keys and v0.7 snake_case ones.
 */
export function buildChatRequest(target: ProbeTarget, model: string, messages: ChatMessage[], options: ChatRequestOptions): HttpRequest {
  const body: Record<string, unknown> = { model, messages, stream: options.stream, user: PROBE_USER };
  if (options.stream) body.stream_options = { include_usage: true };
  if (options.maxTokens !== undefined) body.max_tokens = options.maxTokens;
  if (isOpenRouterDetected(target)) body.include_reasoning = true;
  Object.assign(body, target.addParams);
  for (const name of target.dropParams) {
    delete body[name];
    delete body[toSnakeCase(name)];
  }
  return {
    url: chatCompletionsUrl(target),
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: options.stream ? 'text/event-stream' : 'application/json', ...lowerKeys(target.headers), authorization: `Bearer ${target.apiKey}` },
    body: JSON.stringify(body),
  };
}

export function buildModelsRequest(target: ProbeTarget): HttpRequest {
  return { url: modelsUrl(target), method: 'GET', headers: { accept: 'application/json', ...lowerKeys(target.headers), authorization: `Bearer ${target.apiKey}` } };
}

function toSnakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
