import { collectStrings } from '../rules/support.js';
import { findSecret } from '../rules/hardcoded-secret.js';
import { maskSecretInPlace, redactInPlace } from '../core/mask.js';
import type { Deployment } from '../config/load-deployment.js';

/** Variable names whose values are credentials (keys, tokens, passwords, URIs that embed them). */
const SECRET_VARIABLE = /KEY|TOKEN|SECRET|PASSWORD|PASS$|CREDS|_IV$|_URI$|_URL$|PROXY/i;
const ENV_LINE = /^(\s*(?:export\s+)?([\w.-]+)\s*=\s*)(["'`]?)(.*?)(\3\s*(?:#.*)?)$/;

/**
 * Source text for code frames with every secret masked (length kept so carets still line up):
 * hard-coded keys in the YAML, and every credential-like line of .env, duplicates included.
 */
export function redactSources(deployment: Deployment): Record<string, string> {
  const sources: Record<string, string> = {};
  if (deployment.config) sources[deployment.config.file] = redactInPlace(deployment.config.text, configSecrets(deployment.config.value));
  if (deployment.envFound) sources[deployment.env.file] = redactEnvText(deployment.env.text);
  return sources;
}

function configSecrets(value: unknown): string[] {
  return collectStrings(value).flatMap(({ path, value: text }) => findSecret(path, text.trim())?.secret ?? []);
}

export function redactEnvText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const match = ENV_LINE.exec(line);
      if (!match || !SECRET_VARIABLE.test(match[2]!)) return line;
      const value = match[4]!;
      if (value === '' || value === 'user_provided' || /^\$\{[^}]+\}$/.test(value)) return line;
      return `${match[1]}${match[3]}${maskSecretInPlace(value)}${match[5]}`;
    })
    .join('\n');
}
