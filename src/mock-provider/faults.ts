/** Failure modes the mock provider can play, for the probe's tests and for users' dry runs. */
export const FAULT_NAMES = [
  'latency',
  'slow-trickle',
  'stall',
  'reset',
  'malformed-chunk',
  'stream-error',
  'no-done',
  '401',
  '404',
  '429',
  '500-html',
] as const;
export type FaultName = (typeof FAULT_NAMES)[number];

export function isFaultName(value: string): value is FaultName {
  return (FAULT_NAMES as readonly string[]).includes(value);
}

/** An HTTP error answer for the status faults. */
export interface ErrorReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const json = { 'content-type': 'application/json' };

export function errorReplyFor(fault: FaultName): ErrorReply | undefined {
  switch (fault) {
    case '401':
      return { status: 401, headers: json, body: JSON.stringify({ error: { message: 'Incorrect API key provided. ', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } }) };
    case '404':
      return { status: 404, headers: json, body: JSON.stringify({ detail: 'Not Found' }) };
    case '429':
      return { status: 429, headers: { ...json, 'retry-after': '7' }, body: JSON.stringify({ error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' } }) };
    case '500-html':
      return {
        status: 500,
        headers: { 'content-type': 'text/html' },
        body: '<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1><p>upstream failed</p></body></html>',
      };
    default:
      return undefined;
  }
}

/** A chunk that is not JSON, as broken gateways send. */
export const MALFORMED_PAYLOAD = '{"choices":[{"index":0,"delta":{"content":"4';

/** A mid-stream failure with HTTP 200, the way OpenRouter reports upstream errors. */
export const STREAM_ERROR_PAYLOAD = {
  error: { message: 'Upstream provider returned an error', code: 502 },
  choices: [{ index: 0, delta: { content: '' }, finish_reason: 'error' }],
};
