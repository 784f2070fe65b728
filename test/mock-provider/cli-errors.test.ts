import { describe, expect, test } from 'vitest';
import { startMockProvider } from '../../src/mock-provider/index.js';
import { runCli } from '../helpers/run-cli.js';

/** What an admin gets for a port or option mistake: one line and a hint (exit 2), never "internal error". */
describe('lc-doctor mock-provider: input mistakes', () => {
  test('a port already in use', async () => {
    const busy = await startMockProvider();
    const port = new URL(busy.url).port;
    try {
      const run = await runCli(['mock-provider', '--port', port], { cwd: process.cwd() });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(run.stderr).toContain('hint: pick another --port, or --port 0 for any free port');
      expect(run.stderr).not.toContain('internal error');
    } finally {
      await busy.close();
    }
  });

  test('--latency with another fault is refused instead of being ignored', async () => {
    const run = await runCli(['mock-provider', '--port', '0', '--fault', '429', '--latency', '500'], { cwd: process.cwd() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--latency works with --fault latency, not --fault 429');
  });
});
