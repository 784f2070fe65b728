import { findKeyShapes, findPlainSecrets } from '../rules/hardcoded-secret.js';
import { maskSecretInPlace, redactInPlace } from '../core/mask.js';
import { USER_PROVIDED, WHOLE_VALUE_REF } from '../env/interpolate.js';
import type { Deployment } from '../config/load-deployment.js';
import { MAX_ALIAS_COUNT, type LoadedYaml } from '../config/load-yaml.js';
import { hideContinuationLines } from '../env/load-env.js';

/** Variable names whose values are credentials (keys, tokens, passwords, URIs that embed them). */
const SECRET_VARIABLE = /KEY|TOKEN|SECRET|PASSWORD|PASS$|CREDS|_IV$|_URI$|_URL$|PROXY/i;
const ENV_LINE = /^(\s*(?:export\s+)?([\w.-]+)\s*=\s*)(["'`]?)(.*?)(\3\s*(?:#.*)?)$/;

/**
 * Source text for code frames with every secret masked (length kept so carets still line up):
 * hard-coded keys in the YAML (also when a syntax error stops the normal load), key-shaped values
 * anywhere, and every credential-like line of .env, duplicates included.
 */
export function redactSources(deployment: Deployment): Record<string, string> {
  const sources: Record<string, string> = {};
  if (deployment.config) sources[deployment.config.file] = redactInPlace(deployment.config.text, configSecrets(deployment.config));
  if (deployment.envFound) sources[deployment.env.file] = redactEnvText(deployment.env.text);
  return sources;
}

function configSecrets(config: LoadedYaml): string[] {
  const inValues = findPlainSecrets(bestEffortValue(config)).map((found) => found.secret);
  return [...inValues, ...findKeyShapes(config.text)];
}

/** The loaded value, or what the yaml library recovers around syntax errors (their frames show the lines). */
function bestEffortValue(config: LoadedYaml): unknown {
  if (config.value !== undefined || config.aliasesUnsafe) return config.value;
  try {
    return config.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}

function redactEnvText(text: string): string {
  return hideContinuationLines(text)
    .split('\n')
    .map((line) => {
      const match = ENV_LINE.exec(line);
      if (!match) return redactInPlace(line, findKeyShapes(line));
      const value = match[4]!;
      if (!SECRET_VARIABLE.test(match[2]!)) return redactInPlace(line, findKeyShapes(value));
      if (value === '' || value === USER_PROVIDED || WHOLE_VALUE_REF.test(value)) return line;
      return `${match[1]}${match[3]}${maskSecretInPlace(value)}${match[5]}`;
    })
    .join('\n');
}
