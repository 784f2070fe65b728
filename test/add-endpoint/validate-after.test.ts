import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/validate/run-validate.js';
import { presets } from '../../src/providers/index.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { fixture, targets } from './helpers.js';

const matrix = targets.flatMap((target) => presets.map((preset) => [`${preset.id} for LibreChat ${target.id}`, preset, target] as const));

describe("what add-endpoint writes passes lc-doctor validate", () => {
  it.each(matrix)('%s: no errors and no warnings about the new entry', async (_label, preset, target) => {
    const dir = await makeTempDir('lc-doctor-val-');
    try {
      await dir.write('librechat.yaml', await fixture('commented.yaml'));
      const keyVariable = preset.apiKeyEnv ?? 'MY_SERVER_API_KEY';
      // The keys the user puts in after the run (the example config already references two).
      await dir.write('.env', `GROQ_API_KEY=gsk_test_fake_0001\nMISTRAL_API_KEY=sk-test-fake-0002\n${keyVariable}=sk-test-fake-0003\n`);
      const extra = preset.requiresBaseUrl ? ['--name', 'my-server', '--base-url', 'http://my-server:8000/v1', '--models', 'served-model'] : [];
      const added = await runCli(['add-endpoint', preset.id, '--librechat-version', target.id, '--thinking', '--yes', ...extra], { cwd: dir.path });
      expect(added.stderr).toBe('');
      const report = await runValidate({ cwd: dir.path, processEnv: {}, librechatVersion: target.id });
      const entryIndex = preset.id === 'groq' ? 0 : 2;
      const problems = report.diagnostics.filter((d) => d.severity === 'error' || (d.severity === 'warn' && d.pointer.startsWith(`/endpoints/custom/${entryIndex}`)));
      expect(problems).toEqual([]);
    } finally {
      await dir.remove();
    }
  });
});
