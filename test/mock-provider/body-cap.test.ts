import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BODY_BYTES, startMockProvider, type MockProvider } from '../../src/mock-provider/server.js';

/** Issue 14 item 17: mock-provider answers 413 to a huge upload instead of buffering it. */

let provider: MockProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

/** POSTs `total` bytes in 64 KiB chunks (chunked, no length) and resolves with the status and how much was written. */
function upload(url: string, total: number, declareLength: boolean): Promise<{ status: number; written: number }> {
  return new Promise((resolve, reject) => {
    let written = 0;
    const req = request(`${url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-any', ...(declareLength ? { 'content-length': String(total) } : {}) },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, written }));
    });
    req.on('error', (error) => (written > MAX_REQUEST_BODY_BYTES ? resolve({ status: -1, written }) : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (written < total) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('mock-provider request body cap', () => {
  it('a 300 MB streamed POST gets 413 long before it is all sent', async () => {
    provider = await startMockProvider({ port: 0 });
    const result = await upload(provider.url, 300 * 1024 * 1024, false);
    expect(result.status).toBe(413);
    expect(result.written).toBeLessThan(64 * 1024 * 1024);
  });

  it('a declared Content-Length over the cap gets 413 at once', async () => {
    provider = await startMockProvider({ port: 0 });
    const result = await upload(provider.url, 300 * 1024 * 1024, true);
    expect(result.status).toBe(413);
    expect(result.written).toBeLessThan(64 * 1024 * 1024);
  });

  it('a normal request still works', async () => {
    provider = await startMockProvider({ port: 0 });
    const res = await fetch(`${provider.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-any' },
      body: JSON.stringify({ model: 'deepseek-reasoner', messages: [{ role: 'user', content: 'hi' }], stream: false }),
    });
    expect(res.status).not.toBe(413);
  });
});
