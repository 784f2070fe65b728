// Parser throughput on a 50 MB synthetic stream, and time-to-first-token overhead of the probe's
// stream path versus a raw undici read of the same stream. Run after `npm run build`.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { setTimeout } from 'node:timers';
import { performance } from 'node:perf_hooks';
import { request, Agent } from 'undici';
import { createSseDecoder } from '../dist/probe/sse.js';
import { StreamAnalyzer } from '../dist/probe/stream-analysis.js';
import { performChatRequest } from '../dist/probe/stream-request.js';

const TARGET_BYTES = 50 * 1024 * 1024;
const FEED_SIZE = 64 * 1024;

function syntheticStream() {
  const frames = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const delta = i % 3 === 0 ? { content: null, reasoning_content: `step ${i}: carry the one and keep going. ` } : { content: `token${i} `, reasoning_content: null };
    const frame = `data: ${JSON.stringify({ id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1, model: 'bench', choices: [{ index: 0, delta, finish_reason: null }], usage: null })}\n\n`;
    frames.push(frame);
    size += Buffer.byteLength(frame);
  }
  frames.push('data: [DONE]\n\n');
  return frames.join('');
}

function measureThroughput(text) {
  const runs = [];
  for (let run = 0; run < 3; run++) {
    const analyzer = new StreamAnalyzer();
    const decoder = createSseDecoder((item) => analyzer.add(item, 0));
    const started = performance.now();
    for (let i = 0; i < text.length; i += FEED_SIZE) decoder.feed(text.slice(i, i + FEED_SIZE));
    decoder.end();
    const observation = analyzer.finish();
    runs.push({ ms: performance.now() - started, chunks: observation.chunks.total });
  }
  const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
  return { mbPerSecond: Buffer.byteLength(text) / 1024 / 1024 / (best.ms / 1000), chunks: best.chunks };
}

/** A server whose first reasoning chunk follows the headers after a short pause. */
async function startFirstTokenServer() {
  const first = `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: null, reasoning_content: 'hmm' }, finish_reason: null }] })}\n\n`;
  const rest = `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: '42' }, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      setTimeout(() => {
        res.write(first);
        setTimeout(() => res.end(rest), 5);
      }, 5);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/v1/chat/completions` };
}

async function rawFirstByte(url) {
  const dispatcher = new Agent();
  const started = performance.now();
  const response = await request(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' }, dispatcher });
  let at = 0;
  for await (const _part of response.body) {
    at ||= performance.now() - started;
  }
  await dispatcher.destroy();
  return at;
}

async function probeFirstToken(url) {
  const outcome = await performChatRequest({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }, { limits: { timeoutMs: 10_000, connectTimeoutMs: 5_000, stallTimeoutMs: 5_000 }, environment: {} });
  return outcome.timings.firstReasoning;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const text = syntheticStream();
const throughput = measureThroughput(text);
const { server, url } = await startFirstTokenServer();
const raw = [];
const probe = [];
for (let i = 0; i < 5; i++) await Promise.all([rawFirstByte(url), probeFirstToken(url)]); // warm-up
for (let i = 0; i < 60; i++) {
  raw.push(await rawFirstByte(url));
  probe.push(await probeFirstToken(url));
}
server.close();
const result = {
  bench: 'probe-parser',
  streamMB: Math.round((Buffer.byteLength(text) / 1024 / 1024) * 10) / 10,
  chunks: throughput.chunks,
  mbPerSecond: Math.round(throughput.mbPerSecond * 10) / 10,
  rawFirstByteMs: Math.round(median(raw) * 1000) / 1000,
  probeFirstTokenMs: Math.round(median(probe) * 1000) / 1000,
  ttftOverheadMs: Math.round((median(probe) - median(raw)) * 1000) / 1000,
  targetOverheadMs: 1,
};
console.log(JSON.stringify(result));
console.log(
  `parser: ${result.mbPerSecond} MB/s over ${result.streamMB} MB (${result.chunks} chunks); first token: raw undici ${result.rawFirstByteMs} ms, probe ${result.probeFirstTokenMs} ms, overhead ${result.ttftOverheadMs} ms (target < 1 ms)`,
);
