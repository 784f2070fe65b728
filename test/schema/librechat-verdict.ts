import { createRequire } from 'node:module';
import type { SchemaTarget } from '../../src/schema/targets.js';

/**
 * LibreChat's own verdict, from the real librechat-data-provider devDependency of the target's
 * version: `configSchema.strict().safeParse(value)`, exactly what the server runs at start-up.
 */

interface ZodIssue {
  path: (string | number)[];
  message: string;
}

interface LibreChatPackage {
  configSchema: { strict(): { safeParse(value: unknown): { success: boolean; error?: { issues: ZodIssue[] } } } };
}

const require = createRequire(import.meta.url);

/** Value an expanded `${VAR}` gets while zod runs: LibreChat expands URLs from its environment first. */
const ENV_VALUE = 'https://env.example.test/mcp';

export function loadLibreChatPackage(target: SchemaTarget): LibreChatPackage {
  const version = target.packageSpec.replace(/^librechat-data-provider@/, '');
  return require(`ldp-${version}`) as LibreChatPackage;
}

/**
 * `[]` when LibreChat accepts the value, else its issues as `path: message` lines. A throw counts
 * as a rejection: with a non-URL MCP `url`, zod still runs the protocol refinement and
 * `new URL()` throws out of `safeParse` (LibreChat does not start either way).
 */
export function libreChatIssues(target: SchemaTarget, value: unknown): string[] {
  const names = referencedVariables(value);
  const saved = new Map(names.map((name) => [name, process.env[name]]));
  for (const name of names) process.env[name] = ENV_VALUE;
  try {
    const result = loadLibreChatPackage(target).configSchema.strict().safeParse(value);
    return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
  } catch (error) {
    return [`safeParse threw: ${error instanceof Error ? error.message : String(error)}`];
  } finally {
    for (const [name, previous] of saved) {
      if (previous === undefined) delete process.env[name];
      else process.env[name] = previous;
    }
  }
}

function referencedVariables(value: unknown, found = new Set<string>()): string[] {
  if (typeof value === 'string') for (const match of value.matchAll(/\$\{([^}]+)\}/g)) found.add(match[1]!);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) referencedVariables(item, found);
  return [...found];
}
