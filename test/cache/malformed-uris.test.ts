import { describe, expect, it } from 'vitest';
import { runCli } from '../setup/run-cli.js';

/** Issue 14 item 12: a MONGO_URI with a typo is the user's to fix, never "internal error". */

const MALFORMED = [
  ['a port out of range', 'mongodb://librechat:Mongo-Pw-7391@127.0.0.1:99999/LibreChat'],
  ['a wrong scheme', 'mongo://librechat:Mongo-Pw-7391@127.0.0.1:27017/LibreChat'],
  ['a doubled @', 'mongodb://librechat:Mongo-Pw-7391@@127.0.0.1:27017/LibreChat'],
  ['a bad percent escape', 'mongodb://librechat:Mongo-Pw-7391%zz@127.0.0.1:27017/LibreChat'],
  ['an unknown option', 'mongodb://librechat:Mongo-Pw-7391@127.0.0.1:27017/LibreChat?notAnOption=1'],
  ['srv with a port', 'mongodb+srv://librechat:Mongo-Pw-7391@cluster0.example.net:27017/LibreChat'],
  ['an unescaped colon in the password', 'mongodb://librechat:Mongo:Pw-7391@127.0.0.1:27017/LibreChat'],
] as const;

describe('clear-models-cache with a malformed MONGO_URI', () => {
  it.each(MALFORMED)('%s: a one-line cause and hint, exit 2, the password masked', async (_, uri) => {
    const run = await runCli(['clear-models-cache', '--dry-run'], `MONGO_URI=${uri}\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^lc-doctor: MONGO_URI is not a valid MongoDB connection string: [^\n]+\nhint: [^\n]*--skip-mongo\n$/);
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr + run.stdout).not.toMatch(/Mongo-Pw-7391|Pw-7391/);
  });

  it('a REDIS_URI with a bad percent escape in its password is a handled error too', async () => {
    const run = await runCli(['clear-models-cache', '--dry-run'], 'USE_REDIS=true\nREDIS_URI=redis://:Redis-Pw-5521%zz@127.0.0.1:1\n');
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr + run.stdout).not.toContain('Redis-Pw-5521');
  });
});
