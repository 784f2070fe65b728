import type { Io } from '../../src/core/io.js';
import { createSseDecoder } from '../../src/probe/sse.js';
import { StreamAnalyzer } from '../../src/probe/stream-analysis.js';
import type { StreamObservation } from '../../src/probe/types.js';

/** Obviously fake keys; tests assert none of them ever appears in output. */
export const FAKE_KEY = 'sk-test-fake-0123456789abcdef';
export const FAKE_KEY_2 = 'ms-00000000-0000-4000-8000-000000000042';

/** An Io that records everything a command writes. */
export function captureIo(env: Record<string, string> = {}, cwd = process.cwd()): Io & { out: () => string; err: () => string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout: (t) => void stdout.push(t),
    stderr: (t) => void stderr.push(t),
    env: { NO_COLOR: '1', ...env },
    cwd,
    isTTY: false,
    stdinIsTTY: false,
    out: () => stdout.join(''),
    err: () => stderr.join(''),
  };
}

/** Runs text through the same decoder + analyzer the probe uses, fed in `pieceSize` slices. */
export function analyzeText(text: string, pieceSize = Number.MAX_SAFE_INTEGER): { observation: StreamObservation; analyzer: StreamAnalyzer } {
  const analyzer = new StreamAnalyzer();
  let clock = 0;
  const decoder = createSseDecoder((item) => analyzer.add(item, ++clock));
  for (let i = 0; i < text.length; i += pieceSize) decoder.feed(text.slice(i, i + pieceSize));
  decoder.end();
  return { observation: analyzer.finish(), analyzer };
}

/** `data: <json>` frames joined with the given line ending. */
export function sse(payloads: (object | string)[], le = '\n'): string {
  return payloads.map((p) => `data: ${typeof p === 'string' ? p : JSON.stringify(p)}${le}${le}`).join('');
}

export function delta(d: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { object: 'chat.completion.chunk', choices: [{ index: 0, delta: d, finish_reason: null }], ...extra };
}
