import type { FailureText, ProbeError, ReasoningChannel, StreamObservation, Usage } from './types.js';
import type { SseItem } from './sse.js';

const OPEN_TAG = '<think>';
const CLOSE_TAG = '</think>';
/** Enough answer text to replay as turn 2 and to find tags; a probe answer is short. */
const MAX_KEPT_CONTENT = 64 * 1024;

/** First-token moments, in ms since the request started. */
export interface FirstTokens {
  reasoning?: number;
  answer?: number;
}

/**
 * Folds the items of one stream into a {@link StreamObservation}. Pure: the caller passes the
 * clock reading with each item, so the same analysis runs on live sockets and recorded files.
 */
export class StreamAnalyzer {
  readonly first: FirstTokens = {};
  error?: ProbeError;
  private readonly fields = new Set<ReasoningChannel>();
  /** Fields with text on a chunk whose role (its own or the last one seen) is `assistant`. */
  private readonly fieldsWithRole = new Set<ReasoningChannel>();
  private role?: unknown;
  private openTagWhole = false;
  /** Chunks with `reasoning` text, and those of them that also carried `reasoning_content: ""`. */
  private readonly reasoningField = { chunks: 0, besideEmptyKey: 0 };
  private content = '';
  private tail = '';
  private sawOpen = false;
  private sawClose = false;
  private firstContentAt?: number;
  private reasoningChars = 0;
  private reasoningText = '';
  private shadowed = false;
  private chunks = { total: 0, reasoning: 0, answer: 0, comments: 0 };
  private usage?: Usage;
  private usageOnContentChunks = 0;
  private finishReason?: string;
  private sawDone = false;

  add(item: SseItem, atMs: number): void {
    if (item.type === 'comment') this.chunks.comments++;
    else if (item.type === 'done') this.sawDone = true;
    else if (item.type === 'malformed') this.error ??= { kind: 'malformed-chunk', message: item.data };
    else this.addChunk(item.value, atMs);
  }

  private addChunk(chunk: Record<string, unknown>, atMs: number): void {
    this.chunks.total++;
    const streamError = readStreamError(chunk);
    if (streamError) this.error ??= streamError;
    const choices = Array.isArray(chunk.choices) ? chunk.choices : [];
    const choice = asRecord(choices[0]);
    const delta = asRecord(choice?.delta) ?? asRecord(choice?.message);
    if (typeof choice?.finish_reason === 'string') this.finishReason = choice.finish_reason;
    this.readUsage(chunk, choices.length, typeof choice?.finish_reason === 'string');
    if (delta) this.readDelta(delta, atMs);
  }

  private readDelta(delta: Record<string, unknown>, atMs: number): void {
    // LangChain reads `delta.role ?? <last role seen>`; without `assistant` the chunk is generic.
    this.role = delta.role ?? this.role;
    const fromContent = text(delta.reasoning_content);
    const fromReasoning = text(delta.reasoning);
    const fromDetails = detailsText(delta.reasoning_details);
    if (fromContent) this.addField('reasoning_content');
    if (fromReasoning) this.addField('reasoning');
    if (fromDetails) this.addField('reasoning_details');
    // The v0.8.0-v0.8.5 SDK checks `'reasoning_content' in delta` first: a null/empty key hides `reasoning`.
    if (fromReasoning && !fromContent && 'reasoning_content' in delta) this.shadowed = true;
    if (fromReasoning) this.reasoningField.chunks++;
    if (fromReasoning && delta.reasoning_content === '') this.reasoningField.besideEmptyKey++;
    // Servers that send the same text in several fields count once.
    const reasoning = fromContent || fromReasoning || fromDetails;
    if (reasoning) this.noteReasoning(reasoning, atMs);
    const content = text(delta.content);
    if (content) this.readContent(content, atMs);
  }

  private addField(field: ReasoningChannel): void {
    this.fields.add(field);
    if (this.role === 'assistant') this.fieldsWithRole.add(field);
  }

  private noteReasoning(value: string, atMs: number): void {
    this.chunks.reasoning++;
    this.reasoningChars += value.length;
    if (this.reasoningText.length < MAX_KEPT_CONTENT) this.reasoningText += value;
    this.first.reasoning ??= atMs;
  }

  private readContent(value: string, atMs: number): void {
    if (this.content.length < MAX_KEPT_CONTENT) this.content += value;
    this.firstContentAt ??= atMs;
    if (!this.sawClose && value.includes(OPEN_TAG)) this.openTagWhole = true;
    // Tags may be split across chunks: look at the end of the previous text plus this chunk only.
    const window = this.tail + value;
    this.tail = window.slice(-CLOSE_TAG.length);
    if (!this.sawOpen && !this.sawClose && window.includes(OPEN_TAG)) this.sawOpen = true;
    if (!this.sawClose && window.includes(CLOSE_TAG)) {
      this.sawClose = true;
      if (!this.sawOpen) this.reclassifyAsReasoning();
      const after = window.slice(window.indexOf(CLOSE_TAG) + CLOSE_TAG.length);
      if (after.trim()) this.noteAnswer(atMs);
      else this.chunks.reasoning++;
      return;
    }
    // `<thi` may be the start of a tag split across chunks: decide on the next chunk.
    if (!this.sawOpen && this.content.length <= OPEN_TAG.length + 4 && OPEN_TAG.startsWith(this.content.trimStart())) return;
    if (this.sawOpen && !this.sawClose) {
      this.chunks.reasoning++;
      this.first.reasoning ??= atMs;
      return;
    }
    if (value.trim() || this.first.answer !== undefined) this.noteAnswer(atMs);
  }

  /** A bare `</think>` turns everything before it into thinking shown as answer text. */
  private reclassifyAsReasoning(): void {
    this.first.reasoning ??= this.firstContentAt;
    this.chunks.reasoning += this.chunks.answer + 1;
    this.chunks.answer = 0;
    delete this.first.answer;
  }

  private noteAnswer(atMs: number): void {
    this.chunks.answer++;
    this.first.answer ??= atMs;
  }

  private readUsage(chunk: Record<string, unknown>, choiceCount: number, isFinish: boolean): void {
    const usage = asRecord(chunk.usage);
    if (!usage) return;
    // Usage on a chunk that is neither the finish chunk nor a usage-only chunk means a running total.
    if (choiceCount > 0 && !isFinish) this.usageOnContentChunks++;
    const details = asRecord(usage.completion_tokens_details);
    this.usage = {
      ...optionalNumber('promptTokens', usage.prompt_tokens),
      ...optionalNumber('completionTokens', usage.completion_tokens),
      ...optionalNumber('totalTokens', usage.total_tokens),
      ...optionalNumber('reasoningTokens', details?.reasoning_tokens ?? usage.reasoning_tokens),
      placement: this.usageOnContentChunks > 0 ? 'every-chunk' : choiceCount === 0 ? 'usage-chunk' : isFinish ? 'finish-chunk' : 'other-chunk',
    };
  }

  /** The observation so far; call once the body has ended. */
  finish(): StreamObservation {
    const channel = this.channel();
    const answer = channel === 'think-tags' || channel === 'closing-tag-only' ? stripThinking(this.content) : this.content;
    return {
      channel,
      fieldsWithText: [...this.fields],
      bothKeysOneNull: this.shadowed,
      // Hidden only when every `reasoning` chunk had the empty key: LibreChat shows the others.
      emptyKeyBesideReasoning: this.reasoningField.chunks > 0 && this.reasoningField.besideEmptyKey === this.reasoningField.chunks,
      fieldsWithoutRole: [...this.fields].filter((field) => !this.fieldsWithRole.has(field)),
      thinkTagSplit: channel === 'think-tags' && !this.openTagWhole,
      reasoningChars: this.reasoningChars + (this.content.length - answer.length),
      answerChars: answer.trim().length,
      answerText: answer.trim(),
      chunks: { ...this.chunks },
      ...(this.usage ? { usage: this.usage } : {}),
      ...(this.finishReason ? { finishReason: this.finishReason } : {}),
      sawDone: this.sawDone,
    };
  }

  /** Reasoning text seen in dedicated fields (replayed on turn 2 when LibreChat would). */
  get reasoning(): string {
    return this.reasoningText;
  }

  private channel(): ReasoningChannel {
    for (const field of ['reasoning_content', 'reasoning', 'reasoning_details'] as const) if (this.fields.has(field)) return field;
    if (this.sawOpen) return 'think-tags';
    if (this.sawClose) return 'closing-tag-only';
    return 'none';
  }
}

function stripThinking(content: string): string {
  const closeAt = content.indexOf(CLOSE_TAG);
  return closeAt >= 0 ? content.slice(closeAt + CLOSE_TAG.length) : content.replace(OPEN_TAG, '');
}

function readStreamError(chunk: Record<string, unknown>): ProbeError | undefined {
  const error = chunk.error;
  if (error === undefined || error === null) return undefined;
  const record = asRecord(error);
  const message = typeof record?.message === 'string' ? record.message : typeof error === 'string' ? error : undefined;
  const code = record?.code;
  const text: FailureText = message !== undefined ? { message } : { detail: { code: 'stream-error-object', params: {} } };
  return { kind: 'stream-error', ...text, ...(code !== undefined && code !== null ? { code: String(code) } : {}) };
}

/** `reasoning_details[].text` only: LibreChat's client shows no Thoughts for `summary` or encrypted items. */
function detailsText(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value.map((d) => text(asRecord(d)?.text)).join('');
}

/** `null`, `""` and absent all mean "no text". */
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function optionalNumber<K extends string>(key: K, value: unknown): Partial<Record<K, number>> {
  return typeof value === 'number' ? ({ [key]: value } as Record<K, number>) : {};
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
