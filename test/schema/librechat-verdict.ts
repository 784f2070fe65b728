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

/**
 * Values an expanded `${VAR}` gets while zod runs: LibreChat expands MCP URLs from its environment
 * first, and a deployment sets them to URLs of the right scheme.
 */
const ENV_URL = 'https://env.example.test/mcp';
const ENV_WEBSOCKET_URL = 'wss://env.example.test/mcp';

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
  const variables = referencedVariables(value);
  const saved = new Map([...variables.keys()].map((name) => [name, process.env[name]]));
  for (const [name, url] of variables) process.env[name] = url;
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

/** Every `${VAR}` name in the value, with the URL it gets (wss:// inside a websocket MCP server). */
function referencedVariables(value: unknown, found = new Map<string, string>(), url = ENV_URL): Map<string, string> {
  if (typeof value === 'string') for (const match of value.matchAll(/\$\{([^}]+)\}/g)) found.set(match[1]!, url);
  else if (value !== null && typeof value === 'object') {
    const inner = (value as { type?: unknown }).type === 'websocket' ? ENV_WEBSOCKET_URL : url;
    for (const item of Object.values(value)) referencedVariables(item, found, inner);
  }
  return found;
}
