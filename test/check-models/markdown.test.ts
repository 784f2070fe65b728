import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { runCli } from '../helpers/run-cli.js';

/** `--format markdown` is pasted into a GitHub job summary: a multi-line YAML fix must stay readable in a table cell. */
const KEY = 'sk-test-fake-markdown-00000000001';
let provider: MockProvider;
let dir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  provider = await startMockProvider({ profile: 'deepseek', apiKey: KEY });
  dir = await makeTempDir('lc-doctor-markdown-');
  await dir.write(
    'librechat.yaml',
    ['version: 1.2.8', 'endpoints:', '  custom:', '    - name: DeepSeek', '      apiKey: "${DEEPSEEK_API_KEY}"', `      baseURL: "${provider.url}"`, '      models:', '        default: ["Deepseek-Flash"]', '        fetch: true', ''].join('\n'),
  );
  await dir.write('.env', `DEEPSEEK_API_KEY=${KEY}\n`);
});
afterAll(async () => {
  await provider.close();
  await dir.remove();
});

describe('check-models --format markdown', () => {
  it('puts a multi-line fix in one cell as <code> with line breaks and indentation, never a literal <br> in a code span', async () => {
    const run = await runCli(['check-models', '--format', 'markdown', '--no-cache-check'], { cwd: dir.path });
    expect(run.code).toBe(1);
    const row = run.stdout.split('\n').find((line) => line.startsWith('| ❌ | DeepSeek | Deepseek-Flash |'));
    expect(row).toBeDefined();
    expect(row).toContain('<code>models:<br>&nbsp;&nbsp;default: ["deepseek-flash"]</code>');
    expect(row).not.toMatch(/`[^`]*<br>[^`]*`/);
    expect(run.stdout).not.toContain(KEY);
  });
});

describe('check-models --format choices', () => {
  it('are exactly the formatters that exist', async () => {
    const { checkModelsFormatters } = await import('../../src/report/check-models/index.js');
    const help = await runCli(['check-models', '--help'], { cwd: dir.path });
    const choices = /--format <format>[\s\S]*?\(choices:([\s\S]*?)default:/.exec(help.stdout)?.[1] ?? '';
    expect(choices.match(/"[^"]+"/g)?.map((c) => c.slice(1, -1))).toEqual(Object.keys(checkModelsFormatters));
  });
});
