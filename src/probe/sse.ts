import { createParser, type EventSourceParser } from 'eventsource-parser';

/** One thing read off an OpenAI-style event stream. */
export type SseItem =
  | { type: 'chunk'; value: Record<string, unknown> }
  | { type: 'done' }
  | { type: 'comment'; text: string }
  | { type: 'malformed'; data: string };

/** Incremental decoder: feed text as it arrives (any split), then `end()` once the body closes. */
export interface SseDecoder {
  feed(text: string): void;
  end(): void;
}

/**
 * OpenAI-compatible streams on top of eventsource-parser, which already handles CRLF/LF/CR,
 * `data:` with or without the space, comments, multi-line `data:` and events split across reads.
 * This layer only adds the OpenAI conventions: `[DONE]`, JSON payloads, and a final event that
 * lacks its blank line (servers that close right after the last chunk).
 */
export function createSseDecoder(onItem: (item: SseItem) => void): SseDecoder {
  const parser: EventSourceParser = createParser({
    onEvent: (event) => onItem(decodeData(event.data)),
    onComment: (text) => onItem({ type: 'comment', text }),
  });
  return {
    feed: (text) => parser.feed(text),
    // Two line breaks complete a partial last line and dispatch its event; harmless otherwise.
    end: () => parser.feed('\n\n'),
  };
}

function decodeData(data: string): SseItem {
  // Only short payloads can be `[DONE]`; JSON.parse ignores surrounding whitespace itself.
  if (data.length < 16 && data.trim() === '[DONE]') return { type: 'done' };
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { type: 'chunk', value: value as Record<string, unknown> };
  } catch {
    // fall through: reported as a malformed chunk, not thrown
  }
  return { type: 'malformed', data: data.trim().slice(0, 200) };
}
