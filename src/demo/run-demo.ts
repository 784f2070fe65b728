import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockProvider, type MockProvider } from '../mock-provider/index.js';
import { createDefaultPorts } from '../models/default-ports.js';
import type { CheckModelsReport } from '../models/report.js';
import { runCheckModels } from '../models/run.js';
import { runDoctor } from '../doctor/run-doctor.js';
import type { DoctorReport } from '../doctor/types.js';
import { DEMO_PROVIDERS, DEMO_WHY_MODEL, demoConfigYaml, demoEnv } from './scenario.js';

/** What the demo ran and found; the CLI words it. */
export interface DemoRun {
  folder: string;
  /** Each mock provider by its scenario name (the report tells its story). */
  providers: { name: string; url: string }[];
  configText: string;
  /** `lc-doctor doctor --probe` on the sample deployment. */
  doctor: DoctorReport;
  why: CheckModelsReport;
  secrets: string[];
}

/**
 * Starts the mock providers, writes the sample deployment into a temp folder, runs
 * `doctor --probe` and `check-models --why` on it, and always cleans up: servers closed, folder removed
 * (also when the process is interrupted).
 */
export async function runDemo(): Promise<DemoRun> {
  const servers: MockProvider[] = [];
  const folder = await mkdtemp(join(tmpdir(), 'lc-doctor-demo-'));
  const cleanup = async () => {
    await Promise.all(servers.map((s) => s.close()));
    await rm(folder, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    // Clean up, then let the default handler end the process with the usual signal status.
    void cleanup().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for (const provider of DEMO_PROVIDERS) servers.push(await startMockProvider({ ...provider.mock, apiKey: provider.apiKey, host: '127.0.0.1', port: 0 }));
    const configText = demoConfigYaml(servers.map((s) => s.url));
    await writeFile(join(folder, 'librechat.yaml'), configText);
    await writeFile(join(folder, '.env'), demoEnv());
    // An empty process environment: the demo must not pick up the user's real keys or Redis.
    const options = { cwd: folder, processEnv: {}, probe: true, cacheCheck: true };
    const ports = createDefaultPorts();
    const doctor = await runDoctor({ folder, processEnv: {}, probe: true }, ports);
    const why = await runCheckModels({ ...options, probe: false, why: DEMO_WHY_MODEL }, ports);
    const providers = DEMO_PROVIDERS.map((p, i) => ({ name: p.name, url: servers[i]!.url }));
    return { folder, providers, configText, doctor: doctor.report, why: why.report, secrets: doctor.secrets };
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanup();
  }
}
