import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const DOMAIN_FOLDERS = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !['cli', 'report', 'launch'].includes(entry.name))
  .map((entry) => entry.name);

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

// `npm run lint` (in `npm test`) applies the same rules to every file of src/; these cases prove the rules bite.
describe('import boundaries (eslint, part of npm test)', () => {
  it.each(DOMAIN_FOLDERS)('src/%s/ may not import report/ or cli/', async (folder) => {
    const file = `src/${folder}/boundary-probe.ts`;
    expect(await importErrors(file, "import { createStyle } from '../report/shared/style.js';\nexport const s = createStyle;\n")).toHaveLength(1);
    expect(await importErrors(file, "import type { DefineCommand } from '../cli/commands.js';\nexport type D = DefineCommand;\n")).toHaveLength(1);
    expect(await importErrors(file, "export const s = await import('../report/probe/index.js');\n")).toHaveLength(1);
    expect(await importErrors(file, "import { maskSecret } from '../core/mask.js';\nexport const m = maskSecret;\n")).toEqual([]);
  });

  it('report/ may not import cli/, but may import domain folders', async () => {
    expect(await importErrors('src/report/probe/x.ts', "import type { DefineCommand } from '../../cli/commands.js';\nexport type D = DefineCommand;\n")).toHaveLength(1);
    expect(await importErrors('src/report/probe/x.ts', "import type { ProbeReport } from '../../probe/report.js';\nexport type R = ProbeReport;\n")).toEqual([]);
  });

  it('cli/ may import report/ (it wires formats to commands)', async () => {
    expect(await importErrors('src/cli/x.ts', "import { createStyle } from '../report/shared/style.js';\nexport const s = createStyle;\n")).toEqual([]);
  });
});
