import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { schemasDirectory } from '../../src/schema/targets.js';

const run = promisify(execFile);
const generator = fileURLToPath(new URL('../../scripts/generate-schemas.mjs', import.meta.url));
let outDir: string | undefined;

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('schemas/ is what scripts/generate-schemas.mjs produces from the installed packages', () => {
  it('regenerates byte-identical files (run `npm run schemas` after bumping a package)', async () => {
    outDir = await mkdtemp(join(tmpdir(), 'lc-doctor-schemas-'));
    await run(process.execPath, [generator, outDir]);
    const generated = (await readdir(outDir)).sort();
    const committed = (await readdir(schemasDirectory)).filter((name) => name.startsWith('librechat-') || name === 'manifest.json').sort();
    expect(committed).toEqual(generated);
    for (const name of generated) {
      const [fresh, current] = await Promise.all([readFile(join(outDir, name), 'utf8'), readFile(join(schemasDirectory, name), 'utf8')]);
      expect(current === fresh, `schemas/${name} is stale`).toBe(true);
    }
  }, 60_000);
});
