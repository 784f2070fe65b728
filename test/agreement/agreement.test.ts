import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLine } from '../../src/librechat/index.js';
import { startMockProvider } from '../../src/mock-provider/index.js';
import { startReplayServer } from '../helpers/librechat-agents.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { flushRedis, startRedis, type RedisServer } from '../setup/redis-servers.js';
import { seedModelCache } from '../setup/seed-librechat.js';
import { FACTS, type Command, type Outputs } from './readers.js';
import { TABLE, type Row, type Servers } from './table.js';

/**
 * The one driver of the agreement table: every row, on every line it lists, runs its commands
 * in-process on the same files (real Redis, real mock providers over HTTP), reads the row's fact
 * from each command's JSON, and requires one verdict: the same from every command, and the
 * registry's where the row says what LibreChat does on that line.
 */

const closers: (() => Promise<unknown>)[] = [];
let servers: Servers;
let redis: RedisServer;

beforeAll(async () => {
  redis = await startRedis();
  const [deepseek, vllm, coreshub, splitThink, wholeThink] = await Promise.all([
    startMockProvider({ profile: 'deepseek' }),
    startMockProvider({ profile: 'vllm' }),
    startMockProvider({ profile: 'coreshub' }),
    startReplayServer(thinkStream(['<thi', 'nk>Adding 40 and 2.', '</think>', '42'])),
    startReplayServer(thinkStream(['<think>Adding 40 and 2.', '</think>', '42'])),
  ]);
  closers.push(() => deepseek.close(), () => vllm.close(), () => coreshub.close(), splitThink.close, wholeThink.close, () => redis.stop());
  servers = { deepseek, vllm, coreshub, splitThink, wholeThink, redisUri: redis.uri() };
});
afterAll(async () => Promise.all(closers.map((close) => close())));

/** An OpenAI-style stream whose content arrives in the given pieces. */
function thinkStream(pieces: string[]): string {
  const chunk = (delta: object, finish: string | null = null) => `data: ${JSON.stringify({ object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  return [chunk({ role: 'assistant', content: '' }), ...pieces.map((content) => chunk({ content })), chunk({}, 'stop'), 'data: [DONE]\n\n'].join('');
}

const ARGS: Record<Command, (line: string) => string[]> = {
  validate: (line) => ['validate', '--librechat-version', line, '--json'],
  'check-models': (line) => ['check-models', '--librechat-version', line, '--json'],
  'check-models --why': (line) => ['check-models', '--librechat-version', line, '--json'],
  probe: (line) => ['probe', '--librechat-version', line, '--json'],
  'clear-models-cache': (line) => ['clear-models-cache', '--librechat-version', line, '--json'],
  doctor: (line) => ['doctor', '.', '--librechat-version', line, '--json'],
};

async function prepareRedis(row: Row): Promise<void> {
  if (!row.environment) return;
  await flushRedis(redis);
  if (row.seedCache) await seedModelCache({ family: row.seedCache, uri: redis.uri(), forcedInMemory: [] });
}

/** Each command's verdict on the row's fact, on one line. */
async function verdicts(row: Row, line: string, cwd: string): Promise<Partial<Record<Command, string>>> {
  await prepareRedis(row);
  const outputs: Outputs = {};
  const env = row.environment?.(servers) ?? {};
  for (const [command, extra] of Object.entries(row.commands) as [Command, string[]][]) {
    const run = await runCli([...ARGS[command](line), ...extra], { cwd, env });
    // probe exits 2 when it could probe nothing (every endpoint skipped); its JSON still says why.
    expect(run.stdout.trim(), `${command} printed no report: ${run.stderr}`).toMatch(/^\{/);
    (outputs as Record<string, unknown>)[command] = JSON.parse(run.stdout);
  }
  const readers = FACTS[row.fact]!;
  return Object.fromEntries(Object.keys(row.commands).map((command) => [command, readers[command as Command]?.(outputs)]));
}

describe.each(TABLE)('$name', (row) => {
  it.each([...row.lines])('LibreChat %s: every command says the same', async (line) => {
    const dir = await makeTempDir('lc-doctor-agreement-');
    closers.push(dir.remove);
    const { yaml, env } = row.files(servers);
    await dir.write('librechat.yaml', yaml);
    await dir.write('.env', env);
    const said = await verdicts(row, line, dir.path);
    const first = Object.values(said)[0];
    const expected = row.expected ? row.expected(findLine(line)!) : first;
    expect(said).toEqual(Object.fromEntries(Object.keys(row.commands).map((command) => [command, expected])));
  });
});
