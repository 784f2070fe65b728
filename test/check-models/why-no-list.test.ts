import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findAsciiPunctuation } from '../helpers/english-sentences.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * `check-models --why <id>` for an id in no list: it names the lists that could hold it, says what
 * adding it there means (OPENAI_MODELS replaces the defaults whole; models.default; fetch), and
 * gives the edit, which, pasted, makes the id show.
 */
let folder: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  folder = await makeTempDir('lc-doctor-why-');
});
afterEach(async () => folder.remove());

const why = (model: string, lang = 'en') => runCli(['check-models', '--no-cache-check', '--runtime', 'node', '--lang', lang, '--why', model], { cwd: folder.path });
const fixLine = (stdout: string, where: string) => stdout.split('\n').find((line) => line.includes(`${where}: `))!.split(`${where}: `)[1]!;

// A port nothing listens on: no provider list, so lc-doctor cannot tell which ids exist.
const CUSTOM = `version: "1.2.1"
endpoints:
  custom:
    - name: "relay"
      apiKey: "\${RELAY_KEY}"
      baseURL: "http://127.0.0.1:9/v1"
      models:
        default: ["relay-small"]
`;

describe('--why for a model in no list', () => {
  it('the built-in endpoint alone: OPENAI_MODELS replaces the defaults, so the pasted line keeps them and adds the id', async () => {
    await folder.write('.env', 'OPENAI_API_KEY=user_provided\n');
    const run = await why('my-model');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/'my-model' is in no list; OPENAI_MODELS replaces the \d+ models shown today whole, so its line lists them all plus this one/);
    const line = fixLine(run.stdout, 'fix in .env');
    expect(line).toMatch(/^OPENAI_MODELS=gpt-[^,]+,.*,my-model$/);

    await folder.write('.env', `OPENAI_API_KEY=user_provided\n${line}\n`);
    const pasted = await why('my-model');
    expect(pasted.stdout).toContain("'my-model' is in the list (OPENAI_MODELS): it shows");
    expect(pasted.code).toBe(0);
  });

  it('several endpoints: every list that could hold it, each with its edit; the pasted YAML makes it show', async () => {
    await folder.write('.env', 'OPENAI_API_KEY=user_provided\nOPENAI_MODELS=gpt-4o\nRELAY_KEY=relay-test-fake-0000001\n');
    await folder.write('librechat.yaml', CUSTOM);
    const run = await why('relay-large');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("'relay-large' is in no endpoint's list (looked at: openAI, relay); it could go into OPENAI_MODELS, models.default:");
    expect(run.stdout).toContain('- openAI: add it to OPENAI_MODELS');
    expect(run.stdout).toContain('fix in .env: OPENAI_MODELS=gpt-4o,relay-large');
    expect(run.stdout).toContain('- relay: add it to models.default, or set models.fetch: true if the provider serves it');
    expect(run.stdout).toContain('default: ["relay-small", "relay-large"]');

    await folder.write('librechat.yaml', CUSTOM.replace('default: ["relay-small"]', 'default: ["relay-small", "relay-large"]'));
    const pasted = await why('relay-large');
    expect(pasted.stdout).toContain("'relay-large' is in the list (/endpoints/custom/0/models/default): it shows");
    expect(pasted.code).toBe(0);
  });

  it('in Chinese too, with the same edits', async () => {
    await folder.write('.env', 'OPENAI_API_KEY=user_provided\nOPENAI_MODELS=gpt-4o\nRELAY_KEY=relay-test-fake-0000001\n');
    await folder.write('librechat.yaml', CUSTOM);
    const several = await why('relay-large', 'zh-CN');
    expect(several.stdout).toContain("'relay-large' 不在任何端点的列表里（已查：openAI、relay）；可以加到 OPENAI_MODELS、models.default：");
    expect(several.stdout).toContain('- relay：加到 models.default 里；如果提供商提供它，也可以设 models.fetch: true');
    expect(several.stdout).toContain('修正（写进 .env）：OPENAI_MODELS=gpt-4o,relay-large');
    expect(findAsciiPunctuation(several.stdout)).toEqual([]);
    await folder.write('librechat.yaml', '');
    await folder.write('.env', 'OPENAI_API_KEY=user_provided\n');
    const alone = await why('my-model', 'zh-CN');
    expect(alone.stdout).toMatch(/'my-model' 不在任何列表里；OPENAI_MODELS 会整个替换现在显示的 \d+ 个模型，所以这一行要列出它们全部，再加上这个/);
    expect(alone.code).toBe(1);
  });
});
